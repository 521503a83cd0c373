import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Health's drug and alcohol treatment completions (src/entities/treatment-completion.ts). */
export class HealthTreatmentCompletion1764500000003 implements MigrationInterface {
  name = 'HealthTreatmentCompletion1764500000003';

  async up(q: QueryRunner): Promise<void> {
    const s = `"${(q.connection.options as { schema: string }).schema}"`;
    await q.query(`CREATE TABLE ${s}.treatment_completion (
      cohort text NOT NULL,
      period_code text NOT NULL,
      pathway_id text NOT NULL,
      area_code text NOT NULL REFERENCES ${s}.area(code),
      value numeric CHECK (value >= 0),
      printed text NOT NULL,
      not_available boolean NOT NULL DEFAULT false,
      public_document boolean NOT NULL,
      publication text NOT NULL,
      publisher text NOT NULL,
      published date NOT NULL,
      document text NOT NULL,
      location text NOT NULL,
      PRIMARY KEY (cohort, period_code),
      CHECK (NOT not_available OR value IS NULL)
    )`);
    await q.query(`CREATE INDEX treatment_completion_pathway ON ${s}.treatment_completion (pathway_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    const s = `"${(q.connection.options as { schema: string }).schema}"`;
    await q.query(`DROP TABLE ${s}.treatment_completion`);
  }
}
