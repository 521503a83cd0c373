/**
 * The benchmark's floor (docs/BENCHMARKS.md, "National scale"): the equivalent SQL of each workload run directly
 * with pg (a pool of 10) behind a bare node:http server that returns the same result set as JSON; no GraphQL, no
 * authentication, no DataLoader. Disclosure control is applied in the SQL, as the subgraphs apply it to a public
 * reader.
 *   POST /scorecard {plan, area, from, to}  (from/to: ISO dates) -> pathways with their headline measures and figures
 *   POST /measure {id, agency}             -> every figure of the measure, all areas and periods
 * Run: node -r ./test/load/register.js test/load/floor.ts (DATABASE_URL, PORT). Prints "[floor] ready at <url>".
 */
import http from 'node:http';
import { Pool } from 'pg';

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10, application_name: 'bench-floor' });
let statements = 0;
const query = pool.query.bind(pool) as (sql: string, params?: unknown[]) => Promise<{ rows: any[] }>;
const sql = (text: string, params?: unknown[]) => {
  statements++;
  return query(text, params);
};

const FIGURE = (agency: string) => `o.measure_id, o.area_code, o.period_code, o.period_label,
  CASE WHEN sup THEN NULL ELSE o.value END AS value, CASE WHEN sup THEN NULL ELSE o.numerator END AS numerator, o.denominator,
  CASE WHEN sup THEN 'suppressed' ELSE o.printed END AS printed, o.approximate, o.not_available, sup AS suppressed
  FROM "${agency}".observation o JOIN "${agency}".measure m ON m.id = o.measure_id
  CROSS JOIN LATERAL (SELECT m.disclosure_threshold IS NOT NULL AND (
    (m.unit = 'COUNT' AND ((o.value >= 1 AND o.value < m.disclosure_threshold) OR (o.numerator >= 1 AND o.numerator < m.disclosure_threshold)))
    OR (m.unit = 'PERCENTAGE' AND o.numerator >= 1 AND o.numerator < m.disclosure_threshold)) AS sup) s`;

async function scorecard(b: { plan: string; area: string; from: string; to: string }) {
  const { rows: plan } = await sql(
    `SELECT p.id, p.title, pp.pathway_id, pw.name, pp.position, ce.measure_id, ce.agency_key
     FROM plan.plan p JOIN plan.plan_pathway pp ON pp.plan_id = p.id JOIN plan.pathway pw ON pw.id = pp.pathway_id
     LEFT JOIN plan.catalogue_entry ce ON ce.plan_id = p.id AND ce.pathway_id = pp.pathway_id
     WHERE p.id = $1 ORDER BY pp.position, ce.id`,
    [b.plan],
  );
  const byAgency = new Map<string, string[]>();
  for (const r of plan) if (r.measure_id) byAgency.set(r.agency_key, [...(byAgency.get(r.agency_key) ?? []), r.measure_id]);
  const measures = new Map<string, any>();
  await Promise.all(
    [...byAgency].map(async ([agency, ids]) => {
      const [{ rows: ms }, { rows: obs }] = await Promise.all([
        sql(`SELECT id, name, unit, polarity FROM "${agency}".measure WHERE id = ANY($1)`, [ids]),
        sql(`SELECT ${FIGURE(agency)} WHERE o.measure_id = ANY($1) AND o.area_code = $2 AND o.period_start >= $3 AND o.period_end <= $4
                    ORDER BY o.measure_id, o.period_end, o.period_start DESC`, [ids, b.area, b.from, b.to]),
      ]);
      for (const m of ms) measures.set(m.id, { ...m, agency, observations: [] });
      for (const o of obs) measures.get(o.measure_id).observations.push(o);
    }),
  );
  const pathways: any[] = [];
  for (const r of plan) {
    let p = pathways.at(-1);
    if (!p || p.id !== r.pathway_id) pathways.push((p = { id: r.pathway_id, name: r.name, headlineMeasures: [] }));
    if (r.measure_id) p.headlineMeasures.push(measures.get(r.measure_id) ?? null);
  }
  return { plan: { id: plan[0]?.id, title: plan[0]?.title, pathways } };
}

async function measure(b: { id: string; agency: string }) {
  const { rows } = await sql(`SELECT ${FIGURE(b.agency)} WHERE o.measure_id = $1 ORDER BY o.period_end, o.period_start DESC, o.area_code`, [b.id]);
  return { measure: { id: b.id, observations: rows } };
}

const server = http.createServer((req, res) => {
  let body = '';
  req.on('data', (c) => (body += c));
  req.on('end', async () => {
    if (req.method === 'GET' && req.url === '/sql-statements') {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ count: statements }));
      return;
    }
    try {
      const input = JSON.parse(body || '{}');
      const data = req.url === '/scorecard' ? await scorecard(input) : req.url === '/measure' ? await measure(input) : null;
      if (!data) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data }));
    } catch (e) {
      res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message: (e as Error).message }] }));
    }
  });
});
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const { port } = server.address() as { port: number };
  process.stdout.write(`[floor] ready at http://127.0.0.1:${port}\n`);
});
process.on('SIGTERM', () => void pool.end().then(() => process.exit(0)));
