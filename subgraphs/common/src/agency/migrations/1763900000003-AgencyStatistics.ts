import type { MigrationInterface, QueryRunner } from 'typeorm';

const ACTIONS_BEFORE = `'seed','record-observation','import-observations','publish','define-measure','retire-measure'`;
const ACTIONS = `${ACTIONS_BEFORE},'set-rag-rule','set-figure-rag'`;

/**
 * Statistics in the graph:
 * - `measure.rag_rule`: how the measure's figures get their RAG status. Existing measures get AGAINST_TARGET when
 *   they have a numeric target, AGAINST_PREVIOUS_PERIOD otherwise; a trigger gives every new measure the same
 *   default (whoever inserts it: the seed, DefineMeasure, a later tool), so the rule is decided in one place.
 * - `figure_rag`: RAG statuses set by hand, one per figure (measure, area, period), with the comment saying why.
 *   Keyed by the figure rather than the observation row, so a status can be set on a draft and survives publication.
 * - two audit actions: 'set-rag-rule' and 'set-figure-rag'.
 */
export class AgencyStatistics1763900000003 implements MigrationInterface {
  name = 'AgencyStatistics1763900000003';

  async up(q: QueryRunner): Promise<void> {
    const s = `"${(q.connection.options as { schema: string }).schema}"`;
    await q.query(
      `ALTER TABLE ${s}.measure ADD COLUMN rag_rule text CHECK (rag_rule IN ('AGAINST_TARGET','AGAINST_PREVIOUS_PERIOD','SET_BY_HAND'))`,
    );
    await q.query(
      `UPDATE ${s}.measure SET rag_rule = CASE WHEN target_value IS NOT NULL THEN 'AGAINST_TARGET' ELSE 'AGAINST_PREVIOUS_PERIOD' END`,
    );
    await q.query(`ALTER TABLE ${s}.measure ALTER COLUMN rag_rule SET NOT NULL`);
    await q.query(`CREATE FUNCTION ${s}.measure_default_rag_rule() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.rag_rule IS NULL THEN
          NEW.rag_rule := CASE WHEN NEW.target_value IS NOT NULL THEN 'AGAINST_TARGET' ELSE 'AGAINST_PREVIOUS_PERIOD' END;
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(
      `CREATE TRIGGER measure_default_rag_rule BEFORE INSERT ON ${s}.measure FOR EACH ROW EXECUTE FUNCTION ${s}.measure_default_rag_rule()`,
    );

    await q.query(`CREATE TABLE ${s}.figure_rag (
      measure_id text NOT NULL REFERENCES ${s}.measure(id),
      area_code text NOT NULL REFERENCES ${s}.area(code),
      period_code text NOT NULL,
      status text NOT NULL CHECK (status IN ('RED','AMBER','GREEN')),
      comment text NOT NULL CHECK (btrim(comment) <> ''),
      set_by text NOT NULL,
      set_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (measure_id, area_code, period_code)
    )`);

    await q.query(`ALTER TABLE ${s}.audit_event DROP CONSTRAINT audit_event_action_check`);
    await q.query(`ALTER TABLE ${s}.audit_event ADD CONSTRAINT audit_event_action_check CHECK (action IN (${ACTIONS}))`);
  }

  async down(q: QueryRunner): Promise<void> {
    const s = `"${(q.connection.options as { schema: string }).schema}"`;
    await q.query(`ALTER TABLE ${s}.audit_event DROP CONSTRAINT audit_event_action_check`);
    await q.query(`ALTER TABLE ${s}.audit_event ADD CONSTRAINT audit_event_action_check CHECK (action IN (${ACTIONS_BEFORE})) NOT VALID`); // audit events are append-only: old RAG events stay
    await q.query(`DROP TABLE ${s}.figure_rag`);
    await q.query(`DROP TRIGGER measure_default_rag_rule ON ${s}.measure`);
    await q.query(`DROP FUNCTION ${s}.measure_default_rag_rule()`);
    await q.query(`ALTER TABLE ${s}.measure DROP COLUMN rag_rule`);
  }
}
