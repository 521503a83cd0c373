import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Goal outcomes: the secretariat records each goal's end-of-year outcome (achieved, partly achieved, not achieved,
 * carried forward) with its RAG and a comment, on the goal's status for the year (goal_status.outcome, .comment);
 * and a refresh decision's editorial note (goal_disposition.note) is kept apart from the wording the source prints.
 */
export class GoalOutcomes1763900000011 implements MigrationInterface {
  name = 'GoalOutcomes1763900000011';

  async up(q: QueryRunner): Promise<void> {
    const s = `"${(q.connection.options as { schema: string }).schema}"`;
    await q.query(`ALTER TABLE ${s}.goal_status
      ADD COLUMN outcome text CHECK (outcome IN ('ACHIEVED','PARTLY_ACHIEVED','NOT_ACHIEVED','CARRIED_FORWARD')),
      ADD COLUMN comment text CHECK (comment IS NULL OR btrim(comment) <> '')`);
    await q.query(`ALTER TABLE ${s}.goal_disposition ADD COLUMN note text`);
  }

  async down(q: QueryRunner): Promise<void> {
    const s = `"${(q.connection.options as { schema: string }).schema}"`;
    await q.query(`ALTER TABLE ${s}.goal_disposition DROP COLUMN note`);
    await q.query(`ALTER TABLE ${s}.goal_status DROP COLUMN comment, DROP COLUMN outcome`);
  }
}
