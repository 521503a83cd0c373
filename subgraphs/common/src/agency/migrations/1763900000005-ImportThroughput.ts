import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Import throughput (issue 5, docs/BENCHMARKS.md "Import throughput"): observation_draft loses its two foreign keys
 * (measure_id -> measure, area_code -> area). Each was a per-row trigger (an SPI lookup per draft written): together
 * about 45% of the draft INSERT's time on the national data (EXPLAIN ANALYZE: 135 ms of 303 ms for 3,960 drafts).
 * They were redundant: every draft is validated before it is written (checkFigure: the measure is one of the
 * agency's, the area exists, under the agency's write lock), areas and measures are never deleted (areas are
 * upserted, measures retired), and publish copies drafts into `observation`, which keeps both foreign keys: a draft
 * that broke them could never become a published figure.
 */
export class ImportThroughput1763900000005 implements MigrationInterface {
  name = 'ImportThroughput1763900000005';

  async up(q: QueryRunner): Promise<void> {
    const s = `"${(q.connection.options as { schema: string }).schema}"`;
    await q.query(`ALTER TABLE ${s}.observation_draft DROP CONSTRAINT IF EXISTS observation_draft_measure_id_fkey`);
    await q.query(`ALTER TABLE ${s}.observation_draft DROP CONSTRAINT IF EXISTS observation_draft_area_code_fkey`);
  }

  async down(q: QueryRunner): Promise<void> {
    const s = `"${(q.connection.options as { schema: string }).schema}"`;
    await q.query(`ALTER TABLE ${s}.observation_draft ADD CONSTRAINT observation_draft_measure_id_fkey FOREIGN KEY (measure_id) REFERENCES ${s}.measure(id)`);
    await q.query(`ALTER TABLE ${s}.observation_draft ADD CONSTRAINT observation_draft_area_code_fkey FOREIGN KEY (area_code) REFERENCES ${s}.area(code)`);
  }
}
