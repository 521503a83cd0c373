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

/** Deletes what importBatches' files wrote (drafts and published figures in quarters from 2090-91 on). */
export async function cleanupImport(dbUrl: string): Promise<void> {
  const c = new Client({ connectionString: dbUrl });
  await c.connect();
  try {
    for (const a of NATIONAL_AGENCIES) {
      await c.query(`DELETE FROM "${a}".observation_draft WHERE period_start >= '2090-04-01'`);
      await c.query(`DELETE FROM "${a}".observation WHERE period_start >= '2090-04-01'`);
    }
  } finally {
    await c.end();
  }
}
