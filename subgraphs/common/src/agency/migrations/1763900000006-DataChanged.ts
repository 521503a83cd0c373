import type { MigrationInterface, QueryRunner } from 'typeorm';
import { dataChangedDownSql, dataChangedUpSql } from '../../data-changed';

/**
 * `NOTIFY hub_data_changed` after any change to any of the agency's tables (observation, observation_revision,
 * measure, figure_rag, area, drafts, ...), so that the gateway's response cache is cleared whoever made the change
 * (data-changed.ts; README "Response cache").
 */
export class DataChanged1763900000006 implements MigrationInterface {
  name = 'DataChanged1763900000006';

  async up(q: QueryRunner): Promise<void> {
    for (const sql of dataChangedUpSql((q.connection.options as { schema: string }).schema)) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const sql of dataChangedDownSql((q.connection.options as { schema: string }).schema)) await q.query(sql);
  }
}
