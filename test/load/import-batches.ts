import { Client } from 'pg';
import { measureCsv, nationalMeasures, NATIONAL_AGENCIES, type NationalAgency } from '@hub/common/platform';

/**
 * The import workload of the benchmarks (test/load/benchmark.ts workload 3, test/load/import-bench.ts): `rows`
 * synthetic figures, an equal share per agency, as CSV files of `batch` rows each, in quarters from 2090-91 on (far
 * from any real or national figure, so they can be deleted afterwards by period).
 */
export function importBatches(las: string[], rows: number, batch: number): Map<NationalAgency, string[]> {
  const perAgency = Math.ceil(rows / NATIONAL_AGENCIES.length);
  const measures = nationalMeasures();
  const out = new Map<NationalAgency, string[]>();
  for (const agency of NATIONAL_AGENCIES) {
    const ms = measures.filter((m) => m.agency === agency);
    const nQuarters = Math.ceil(perAgency / (ms.length * las.length));
    const quarters = Array.from({ length: nQuarters }, (_, k) => {
      const y = 2090 + Math.floor(k / 4);
      return `${y}-${String((y + 1) % 100).padStart(2, '0')} Q${(k % 4) + 1}`;
    });
    const lines: string[] = [];
    for (const m of ms) lines.push(...measureCsv(m, las, quarters, 99).trim().split('\n').slice(1));
    const mine = lines.slice(0, perAgency);
    const header = 'measure_id,area,period,value,numerator,denominator,printed,approximate,not_available,status';
    const files: string[] = [];
    for (let i = 0; i < mine.length; i += batch) files.push([header, ...mine.slice(i, i + batch)].join('\n') + '\n');
    out.set(agency, files);
  }
  return out;
}

/**
 * Deletes what importBatches' files wrote (drafts and published figures in quarters from 2090-91 on), then vacuums
 * the two tables, so that every run starts from the same state. Autovacuum is off on the CI machine's server
 * (/etc/postgresql/15/main/conf.d/90-ci.conf), so without this every run, and the national load's drafts before
 * it, stays behind as dead rows that the next import, publish and floor pay for: at 1x and load 16, 4,693 figures/s
 * after some sixty runs, 10,267 right after a VACUUM (docs/BENCHMARKS.md, "The import").
 */
export async function cleanupImport(dbUrl: string): Promise<void> {
  const c = new Client({ connectionString: dbUrl });
  await c.connect();
  try {
    for (const a of NATIONAL_AGENCIES) {
      await c.query(`DELETE FROM "${a}".observation_draft WHERE period_start >= '2090-04-01'`);
      await c.query(`DELETE FROM "${a}".observation WHERE period_start >= '2090-04-01'`);
      await c.query(`VACUUM (ANALYZE) "${a}".observation_draft, "${a}".observation`);
    }
  } finally {
    await c.end();
  }
}

/** The floor of workload (3): the same rows, one `INSERT ... SELECT FROM unnest` per batch straight into observation, no checks; figures/s. */
export async function importFloor(dbUrl: string, batches: Map<NationalAgency, string[]>): Promise<number> {
  const t0 = process.hrtime.bigint();
  let rows = 0;
  await Promise.all(
    NATIONAL_AGENCIES.map(async (a) => {
      const c = new Client({ connectionString: dbUrl });
      await c.connect();
      try {
        for (const csv of batches.get(a)!) {
          const lines = csv
            .trim()
            .split('\n')
            .slice(1)
            .map((l) => l.split(','));
          const col = (i: number) => lines.map((f) => (f[i] === '' ? null : f[i]));
          // period columns computed in SQL from the code (financial quarter 'YYYY-YY Qn')
          await c.query(
            `INSERT INTO "${a}".observation (measure_id, area_code, period_code, period_kind, period_label, period_start, period_end, value, numerator,
               denominator, printed, approximate, not_available, status, publication, publisher, published, document, location)
             SELECT t.m, t.ar, t.p, 'FINANCIAL_QUARTER', t.p, s.start, (s.start + interval '3 months' - interval '1 day')::date, t.v::numeric, t.n::bigint, t.d::bigint,
               coalesce(t.pr, coalesce(t.v, 'not available')), t.ap::boolean, t.na::boolean, t.st, 'benchmark', 'benchmark', current_date, 'floor', ''
             FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[])
               AS t(m, ar, p, v, n, d, pr, ap, na, st)
             CROSS JOIN LATERAL (SELECT make_date(left(t.p, 4)::int, 4, 1) + ((right(t.p, 1)::int - 1) * interval '3 months') AS start) s0
             CROSS JOIN LATERAL (SELECT s0.start::date AS start) s`,
            [col(0), col(1), col(2), col(3), col(4), col(5), col(6), col(7), col(8), col(9)],
          );
          rows += lines.length;
        }
      } finally {
        await c.end();
      }
    }),
  );
  return rows / (Number(process.hrtime.bigint() - t0) / 1e9);
}
