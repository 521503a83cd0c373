import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Police's IOM cohort profiles (src/entities/iom-cohort-profile.ts), in the police schema. */
export class PoliceIomCohortProfile1764500000000 implements MigrationInterface {
  name = 'PoliceIomCohortProfile1764500000000';

  async up(q: QueryRunner): Promise<void> {
    const s = `"${(q.connection.options as { schema: string }).schema}"`;
    await q.query(`CREATE TABLE ${s}.iom_cohort_profile (
      id text PRIMARY KEY,
      priority_group_id text NOT NULL,
      area_code text NOT NULL REFERENCES ${s}.area(code),
      snapshot date NOT NULL,
      public_document boolean NOT NULL,
      publication text NOT NULL,
      publisher text NOT NULL,
      published date NOT NULL,
      document text NOT NULL,
      location text NOT NULL
    )`);
    await q.query(`CREATE INDEX iom_cohort_profile_group ON ${s}.iom_cohort_profile (priority_group_id, snapshot DESC)`);
    await q.query(`CREATE TABLE ${s}.iom_cohort_figure (
      profile_id text NOT NULL REFERENCES ${s}.iom_cohort_profile(id),
      figure text NOT NULL,
      value numeric,
      printed text NOT NULL,
      counts_people boolean NOT NULL,
      measure_id text REFERENCES ${s}.measure(id),
      PRIMARY KEY (profile_id, figure)
    )`);
    await q.query(`CREATE INDEX iom_cohort_figure_measure ON ${s}.iom_cohort_figure (measure_id) WHERE measure_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    const s = `"${(q.connection.options as { schema: string }).schema}"`;
    await q.query(`DROP TABLE ${s}.iom_cohort_figure`);
    await q.query(`DROP TABLE ${s}.iom_cohort_profile`);
  }
}
