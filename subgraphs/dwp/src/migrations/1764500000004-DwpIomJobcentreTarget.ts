import type { MigrationInterface, QueryRunner } from 'typeorm';

/** DWP's Jobcentre Plus targets for the IOM cohort (src/entities/iom-jobcentre-target.ts). */
export class DwpIomJobcentreTarget1764500000004 implements MigrationInterface {
  name = 'DwpIomJobcentreTarget1764500000004';

  async up(q: QueryRunner): Promise<void> {
    const s = `"${(q.connection.options as { schema: string }).schema}"`;
    await q.query(`CREATE TABLE ${s}.iom_jobcentre_target (
      id text PRIMARY KEY,
      priority_group_id text NOT NULL,
      intervention text NOT NULL,
      goal text NOT NULL,
      item text,
      lead_agency text NOT NULL,
      target_value numeric CHECK (target_value BETWEEN 0 AND 100),
      target_printed text NOT NULL,
      due_printed text NOT NULL,
      measure_id text REFERENCES ${s}.measure(id),
      public_document boolean NOT NULL,
      publication text NOT NULL,
      publisher text NOT NULL,
      published date NOT NULL,
      document text NOT NULL,
      location text NOT NULL
    )`);
    await q.query(`CREATE INDEX iom_jobcentre_target_group ON ${s}.iom_jobcentre_target (priority_group_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    const s = `"${(q.connection.options as { schema: string }).schema}"`;
    await q.query(`DROP TABLE ${s}.iom_jobcentre_target`);
  }
}
