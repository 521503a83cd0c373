import type { MigrationInterface, QueryRunner } from 'typeorm';

const ACTIONS_BEFORE = `'seed','record-observation','import-observations','publish','define-measure','retire-measure','set-rag-rule','set-figure-rag','add-series-version','close-series-version','mark-figure-public'`;
const ACTIONS = `${ACTIONS_BEFORE},'reopen-series-version','set-measure-statistics','set-figure-comparator'`;

/**
 * The audit events of the writes that change a live measure's statistical description (kind of figure, rate measure,
 * applicability, publication lag), its stored comparators, and re-open a closed series version.
 */
export class MeasureStatisticsWrites1763900000012 implements MigrationInterface {
  name = 'MeasureStatisticsWrites1763900000012';

  async up(q: QueryRunner): Promise<void> {
    const s = `"${(q.connection.options as { schema: string }).schema}"`;
    await q.query(`ALTER TABLE ${s}.audit_event DROP CONSTRAINT audit_event_action_check`);
    await q.query(`ALTER TABLE ${s}.audit_event ADD CONSTRAINT audit_event_action_check CHECK (action IN (${ACTIONS}))`);
  }

  async down(q: QueryRunner): Promise<void> {
    const s = `"${(q.connection.options as { schema: string }).schema}"`;
    await q.query(`ALTER TABLE ${s}.audit_event DROP CONSTRAINT audit_event_action_check`);
    // NOT VALID: the events already written with the new actions stay (an audit trail is never altered)
    await q.query(`ALTER TABLE ${s}.audit_event ADD CONSTRAINT audit_event_action_check CHECK (action IN (${ACTIONS_BEFORE})) NOT VALID`);
  }
}
