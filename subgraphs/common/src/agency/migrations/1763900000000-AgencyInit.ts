import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Tables every agency subgraph starts with, in the agency's own schema. */
export class AgencyInit1763900000000 implements MigrationInterface {
  name = 'AgencyInit1763900000000';

  async up(q: QueryRunner): Promise<void> {
    const s = `"${(q.connection.options as { schema: string }).schema}"`;
    await q.query(`CREATE TABLE ${s}.area (
      code text PRIMARY KEY,
      name text NOT NULL,
      kind text NOT NULL,
      parent_code text REFERENCES ${s}.area(code)
    )`);
    await q.query(`CREATE TABLE ${s}.measure (
      id text PRIMARY KEY CHECK (id ~ '^[a-z][a-z0-9-]*\\.[a-z0-9][a-z0-9-]*$'),
      name text NOT NULL,
      definition text NOT NULL,
      unit text NOT NULL CHECK (unit IN ('PERCENTAGE','COUNT','RATE','RATIO','CURRENCY_GBP')),
      polarity text NOT NULL CHECK (polarity IN ('HIGHER_IS_BETTER','LOWER_IS_BETTER','NEUTRAL')),
      lead_agency text NOT NULL,
      source text NOT NULL,
      target_value numeric,
      target_due date,
      target_text text,
      retired_at timestamptz,
      CHECK (target_value IS NULL OR target_text IS NOT NULL)
    )`);
    await q.query(`CREATE TABLE ${s}.observation (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      measure_id text NOT NULL REFERENCES ${s}.measure(id),
      area_code text NOT NULL REFERENCES ${s}.area(code),
      period_code text NOT NULL,
      period_kind text NOT NULL CHECK (period_kind IN ('FINANCIAL_YEAR','FINANCIAL_QUARTER','CALENDAR_YEAR','ROLLING_YEAR','SNAPSHOT')),
      period_label text NOT NULL,
      period_start date NOT NULL,
      period_end date NOT NULL CHECK (period_end >= period_start),
      value numeric,
      numerator bigint CHECK (numerator >= 0),
      denominator bigint CHECK (denominator > 0),
      lower_bound numeric,
      upper_bound numeric,
      printed text NOT NULL,
      approximate boolean NOT NULL DEFAULT false,
      not_available boolean NOT NULL DEFAULT false,
      status text NOT NULL DEFAULT 'FINAL' CHECK (status IN ('FINAL','PROVISIONAL','REVISED')),
      note text,
      publication text NOT NULL,
      publisher text NOT NULL,
      published date NOT NULL,
      document text NOT NULL,
      location text NOT NULL,
      cited_source text,
      UNIQUE (measure_id, area_code, period_code),
      CHECK (numerator IS NULL OR denominator IS NULL OR numerator <= denominator),
      CHECK (NOT not_available OR value IS NULL)
    )`);
    await q.query(`CREATE INDEX observation_measure_period ON ${s}.observation (measure_id, period_end DESC, period_start)`);
  }

  async down(q: QueryRunner): Promise<void> {
    const s = `"${(q.connection.options as { schema: string }).schema}"`;
    await q.query(`DROP TABLE ${s}.observation`);
    await q.query(`DROP TABLE ${s}.measure`);
    await q.query(`DROP TABLE ${s}.area`);
  }
}
