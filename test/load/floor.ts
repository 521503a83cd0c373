/**
 * The benchmark's floor (docs/BENCHMARKS.md): what the hardware can do for each read workload. ONE SQL statement per
 * request, prepared (a named statement: parsed and planned once per connection), that returns the whole answer as
 * JSON text built by PostgreSQL, in the shape the gateway answers; Node only copies that text to the socket (no JSON
 * parsing or serialising, no GraphQL, no authentication). Disclosure control is applied in the SQL, as the agency
 * subgraphs apply it to a reader outside the agency.
 *   POST /scorecard {plan, area, from, to}  (from/to: ISO dates) -> {"data":{"plan":{... pathways, measures, figures}}}
 *   POST /measure {id}                      -> {"data":{"headlineMeasure":{id, name, observations: every figure}}}
 *   GET /sql-statements                     -> {"count": statements sent so far}
 * Run: node -r ./test/load/register.js test/load/floor.ts (DATABASE_URL, PORT; binds 127.0.0.1 only). Prints
 * "[floor] ready at <url>".
 */
import http from 'node:http';
import { Pool } from 'pg';

const pool = new Pool({
  connectionString: process.env.DATABASE_URL,
  max: Number(process.env.FLOOR_POOL_SIZE ?? 10),
  application_name: 'bench-floor',
});
let statements = 0;

/** A figure of alias o (measure alias m) as the GraphQL Observation the benchmark selects, suppressed when it must be. */
const figureJson = (withArea: boolean) => `json_build_object(${withArea ? `'area', json_build_object('code', o.area_code), ` : ''}
    'period', json_build_object('code', o.period_code, 'label', o.period_label),
    'value', CASE WHEN s.sup THEN NULL ELSE o.value END, 'numerator', CASE WHEN s.sup THEN NULL ELSE o.numerator END,
    'denominator', o.denominator, 'printed', CASE WHEN s.sup THEN 'suppressed' ELSE o.printed END,
    'approximate', o.approximate, 'notAvailable', o.not_available, 'suppressed', s.sup)`;
/** The disclosure rule (subgraphs/common/src/agency/disclosure.ts) in SQL. */
const SUPPRESSED = `CROSS JOIN LATERAL (SELECT coalesce(m.disclosure_threshold IS NOT NULL AND (
    (m.unit = 'COUNT' AND ((o.value >= 1 AND o.value < m.disclosure_threshold) OR (o.lower_bound >= 1 AND o.lower_bound < m.disclosure_threshold)
      OR (o.upper_bound >= 1 AND o.upper_bound < m.disclosure_threshold) OR (o.numerator >= 1 AND o.numerator < m.disclosure_threshold)))
    OR (m.unit = 'PERCENTAGE' AND o.numerator >= 1 AND o.numerator < m.disclosure_threshold)), false) AS sup) s`;

/**
 * Scorecard: the plan's pathways in order, each pathway's catalogue measures (first catalogue entry first, each
 * measure once), each measure's figures for one area in a date range, oldest first. $1 plan, $2 area, $3 from, $4 to.
 */
const scorecardSql = (agencies: string[]) => `
WITH cat AS (
  SELECT pathway_id, measure_id, agency_key, min(id) AS ord FROM plan.catalogue_entry
  WHERE plan_id = $1 AND pathway_id IS NOT NULL GROUP BY pathway_id, measure_id, agency_key),
measures AS MATERIALIZED (${agencies
  .map(
    (a) => `
  SELECT m.id, json_build_object('id', m.id, 'name', m.name, 'agency', '${a}', 'unit', m.unit, 'polarity', m.polarity,
    'observations', coalesce((SELECT json_agg(${figureJson(false)} ORDER BY o.period_end, o.period_start DESC, o.area_code)
      FROM "${a}".observation o ${SUPPRESSED}
      WHERE o.measure_id = m.id AND o.area_code = $2 AND o.period_start >= $3::date AND o.period_end <= $4::date), '[]'::json)) AS j
  FROM "${a}".measure m WHERE m.id IN (SELECT measure_id FROM cat WHERE agency_key = '${a}')`,
  )
  .join('\n  UNION ALL')})
SELECT json_build_object('data', json_build_object('plan', json_build_object('id', p.id, 'title', p.title, 'pathways',
  (SELECT coalesce(json_agg(json_build_object('name', pp.local_name, 'pathway', json_build_object('id', pp.pathway_id), 'headlineMeasures',
      (SELECT coalesce(json_agg(ms.j ORDER BY c.ord), '[]'::json) FROM cat c JOIN measures ms ON ms.id = c.measure_id WHERE c.pathway_id = pp.pathway_id))
    ORDER BY pp.position), '[]'::json)
   FROM plan.plan_pathway pp WHERE pp.plan_id = p.id))))::text AS body
FROM plan.plan p WHERE p.id = $1`;

/** One measure, every figure (all areas, all periods), in the order the subgraph serves them. $1 measure id. */
const measureSql = (agency: string) => `
SELECT json_build_object('data', json_build_object('headlineMeasure', json_build_object('id', m.id, 'name', m.name, 'observations',
  coalesce((SELECT json_agg(${figureJson(true)} ORDER BY o.period_end, o.period_start DESC, o.area_code)
    FROM "${agency}".observation o ${SUPPRESSED} WHERE o.measure_id = m.id), '[]'::json))))::text AS body
FROM "${agency}".measure m WHERE m.id = $1`;

async function answer(name: string, text: string, values: unknown[]): Promise<string | null> {
  statements++;
  const { rows } = await pool.query<{ body: string }>({ name, text, values });
  return rows[0]?.body ?? null;
}

/** The fields the two routes read from the request body; anything else is ignored. */
interface FloorInput {
  plan?: unknown;
  area?: unknown;
  from?: unknown;
  to?: unknown;
  id?: unknown;
}

const server = http.createServer((req, res) => {
  let body = '';
  req.on('data', (c) => (body += c));
  // The handler answers every error itself (500 below), so the promise is deliberately not awaited.
  req.on('end', () => void respond());
  async function respond() {
    if (req.method === 'GET' && req.url === '/sql-statements') {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ count: statements }));
      return;
    }
    try {
      const input = JSON.parse(body || '{}') as FloorInput;
      let out: string | null = null;
      if (req.url === '/scorecard') out = await answer('floor_scorecard', SCORECARD, [input.plan, input.area, input.from, input.to]);
      else if (req.url === '/measure') {
        const agency = String(input.id).split('.')[0];
        if (!AGENCIES.includes(agency)) throw new Error(`unknown agency of measure ${input.id}`);
        out = await answer(`floor_measure_${agency}`, measureSql(agency), [input.id]);
      } else {
        res.writeHead(404).end();
        return;
      }
      if (out === null) throw new Error('not found');
      res.writeHead(200, { 'content-type': 'application/json' }).end(out);
    } catch (e) {
      res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message: (e as Error).message }] }));
    }
  }
});
let SCORECARD = '';
/** The agencies (each with its schema), read once from the plan's register: no agency is named here. */
let AGENCIES: string[] = [];

pool
  .query<{ key: string }>(`SELECT key FROM plan.agency ORDER BY key`)
  .then(({ rows }) => {
    AGENCIES = rows.map((r) => r.key).filter((k) => /^[a-z][a-z0-9_]*$/.test(k));
    SCORECARD = scorecardSql(AGENCIES);
    server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      process.stdout.write(`[floor] ready at http://127.0.0.1:${port}\n`);
    });
  })
  .catch((e) => {
    console.error(e);
    process.exit(1);
  });
process.on('SIGTERM', () => void pool.end().then(() => process.exit(0)));
