import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Import throughput (docs/BENCHMARKS.md "Import throughput"). Drafts are a staging table written once per
 * figure imported and deleted at publish; two changes make that write cheaper without changing what it guarantees.
 *
 * 1. The surrogate `id` (an identity column with its own primary-key index, read by nothing: a draft is known by its
 *    figure key) goes, and the figure key (measure_id, area_code, period_code), already unique, becomes the primary
 *    key: one index and one sequence call less per draft (EXPLAIN ANALYZE, 19,800 drafts: 500-970 ms -> 330-430 ms).
 * 2. observation_draft loses its two foreign keys
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
    await q.query(`ALTER TABLE ${s}.observation_draft DROP COLUMN id`);
    await q.query(`ALTER TABLE ${s}.observation_draft DROP CONSTRAINT observation_draft_measure_id_area_code_period_code_key,
                   ADD CONSTRAINT observation_draft_pkey PRIMARY KEY (measure_id, area_code, period_code)`);
  }

  async down(q: QueryRunner): Promise<void> {
    const s = `"${(q.connection.options as { schema: string }).schema}"`;
    await q.query(`ALTER TABLE ${s}.observation_draft DROP CONSTRAINT observation_draft_pkey,
                   ADD CONSTRAINT observation_draft_measure_id_area_code_period_code_key UNIQUE (measure_id, area_code, period_code)`);
    await q.query(`ALTER TABLE ${s}.observation_draft ADD COLUMN id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY`);
    await q.query(
      `ALTER TABLE ${s}.observation_draft ADD CONSTRAINT observation_draft_measure_id_fkey FOREIGN KEY (measure_id) REFERENCES ${s}.measure(id)`,
    );
    await q.query(
      `ALTER TABLE ${s}.observation_draft ADD CONSTRAINT observation_draft_area_code_fkey FOREIGN KEY (area_code) REFERENCES ${s}.area(code)`,
    );
  }
}
