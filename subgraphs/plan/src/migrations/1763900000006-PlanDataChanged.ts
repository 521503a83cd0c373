import type { MigrationInterface, QueryRunner } from 'typeorm';
import { dataChangedDownSql, dataChangedUpSql } from '@hub/common/platform';

/**
 * `NOTIFY hub_data_changed` after any change to any of the plan's tables (plan, pathway, goal, goal_status,
 * goal_wording, action, catalogue, audit_event, ...), so that the gateway's response cache is cleared whoever made the change
 * (data-changed.ts; README "Response cache").
 */
export class PlanDataChanged1763900000006 implements MigrationInterface {
  name = 'PlanDataChanged1763900000006';

  async up(q: QueryRunner): Promise<void> {
    for (const sql of dataChangedUpSql((q.connection.options as { schema: string }).schema)) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const sql of dataChangedDownSql((q.connection.options as { schema: string }).schema)) await q.query(sql);
  }
}
