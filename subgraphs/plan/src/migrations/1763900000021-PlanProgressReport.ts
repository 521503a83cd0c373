import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The board's published progress reports (seed 001, Appendix A): the wording and layout the stock take report
 * follows. The parts are read together and never queried inside, hence jsonb.
 */
export class PlanProgressReport1763900000021 implements MigrationInterface {
  name = 'PlanProgressReport1763900000021';

  async up(q: QueryRunner): Promise<void> {
    const s = `"${(q.connection.options as { schema: string }).schema}"`;
    await q.query(`CREATE TABLE ${s}.progress_report (id text PRIMARY KEY, plan_id text NOT NULL REFERENCES ${s}.plan(id),
      year text NOT NULL CHECK (year ~ '^[0-9]{4}-[0-9]{2}$'), title text NOT NULL, authors text[] NOT NULL, produced_date text NOT NULL,
      data_dates jsonb NOT NULL, introduction text NOT NULL, status_note text NOT NULL, status_key jsonb NOT NULL, sections jsonb NOT NULL,
      provenance jsonb NOT NULL, UNIQUE (plan_id, year))`);
  }

  async down(q: QueryRunner): Promise<void> {
    const s = `"${(q.connection.options as { schema: string }).schema}"`;
    await q.query(`DROP TABLE ${s}.progress_report`);
  }
}
