import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Housing's young offenders in suitable accommodation (src/entities/young-offender-accommodation.ts). */
export class HousingYoungOffenderAccommodation1764500000002 implements MigrationInterface {
  name = 'HousingYoungOffenderAccommodation1764500000002';

  async up(q: QueryRunner): Promise<void> {
    const s = `"${(q.connection.options as { schema: string }).schema}"`;
    await q.query(`CREATE TABLE ${s}.young_offender_accommodation (
      area_code text NOT NULL REFERENCES ${s}.area(code),
      period_code text NOT NULL,
      cohort text NOT NULL,
      reported_by text,
      value numeric CHECK (value BETWEEN 0 AND 100),
      printed text NOT NULL,
      approximate boolean NOT NULL DEFAULT false,
      public_document boolean NOT NULL,
      publication text NOT NULL,
      publisher text NOT NULL,
      published date NOT NULL,
      document text NOT NULL,
      location text NOT NULL,
      PRIMARY KEY (area_code, period_code)
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    const s = `"${(q.connection.options as { schema: string }).schema}"`;
    await q.query(`DROP TABLE ${s}.young_offender_accommodation`);
  }
}
