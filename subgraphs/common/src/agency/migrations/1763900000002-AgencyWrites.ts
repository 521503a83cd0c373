import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The value columns a figure has wherever it is kept: published, draft or superseded (observation_revision). */
const VALUE_COLUMNS = `
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
      CHECK (numerator IS NULL OR denominator IS NULL OR numerator <= denominator),
      CHECK (NOT not_available OR value IS NULL)`;

/**
 * The agency write side:
 * - `measure.disclosure_threshold`: figures about 1..threshold-1 people are suppressed for readers outside the
 *   agency. Existing COUNT and PERCENTAGE measures get the default 5 (suppress when in doubt); the seed gives new
 *   databases the per-measure value (null for measures that do not count people). An agency can change it with
 *   its DefineMeasure mutation.
 * - `observation_draft`: figures recorded or imported by the agency and not yet published, one per
 *   (measure, area, period). Publishing moves them into `observation`.
 * - `observation_revision`: the published values a correction replaced, with who, when and why. Append-only.
 * - `audit_event`: one row per change, written in the same transaction as the change. Append-only.
 */
export class AgencyWrites1763900000002 implements MigrationInterface {
  name = 'AgencyWrites1763900000002';

  async up(q: QueryRunner): Promise<void> {
    const s = `"${(q.connection.options as { schema: string }).schema}"`;
    await q.query(
      `ALTER TABLE ${s}.measure ADD COLUMN disclosure_threshold int CHECK (disclosure_threshold IS NULL OR disclosure_threshold >= 2)`,
    );
    await q.query(`UPDATE ${s}.measure SET disclosure_threshold = 5 WHERE unit IN ('COUNT','PERCENTAGE')`);

    await q.query(`CREATE TABLE ${s}.observation_draft (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      measure_id text NOT NULL REFERENCES ${s}.measure(id),
      area_code text NOT NULL REFERENCES ${s}.area(code),
      period_code text NOT NULL,
      period_kind text NOT NULL CHECK (period_kind IN ('FINANCIAL_YEAR','FINANCIAL_QUARTER','CALENDAR_YEAR','ROLLING_YEAR','SNAPSHOT')),
      period_label text NOT NULL,
      period_start date NOT NULL,
      period_end date NOT NULL CHECK (period_end >= period_start),
      ${VALUE_COLUMNS},
      reason text,
      created_by text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (measure_id, area_code, period_code)
    )`);

    await q.query(`CREATE TABLE ${s}.observation_revision (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      observation_id bigint NOT NULL REFERENCES ${s}.observation(id),
      ${VALUE_COLUMNS},
      replaced_at timestamptz NOT NULL DEFAULT now(),
      replaced_by text NOT NULL,
      reason text NOT NULL
    )`);
    await q.query(`CREATE INDEX observation_revision_observation ON ${s}.observation_revision (observation_id, replaced_at)`);

    await q.query(`CREATE TABLE ${s}.audit_event (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      at timestamptz NOT NULL DEFAULT now(),
      actor text NOT NULL,
      role text NOT NULL,
      action text NOT NULL CHECK (action IN ('seed','record-observation','import-observations','publish','define-measure','retire-measure')),
      entity text NOT NULL,
      entity_id text,
      details jsonb NOT NULL DEFAULT '{}'::jsonb
    )`);
    await q.query(`CREATE INDEX audit_event_at ON ${s}.audit_event (at DESC, id DESC)`);

    // History is kept in full: revisions and audit events can be added, never changed or removed.
    await q.query(`CREATE FUNCTION ${s}.refuse_history_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION '% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP; END $$`);
    for (const table of ['observation_revision', 'audit_event']) {
      await q.query(`CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON ${s}.${table}
        FOR EACH ROW EXECUTE FUNCTION ${s}.refuse_history_change()`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    const s = `"${(q.connection.options as { schema: string }).schema}"`;
    await q.query(`DROP TABLE ${s}.audit_event`);
    await q.query(`DROP TABLE ${s}.observation_revision`);
    await q.query(`DROP FUNCTION ${s}.refuse_history_change()`);
    await q.query(`DROP TABLE ${s}.observation_draft`);
    await q.query(`ALTER TABLE ${s}.measure DROP COLUMN disclosure_threshold`);
  }
}
