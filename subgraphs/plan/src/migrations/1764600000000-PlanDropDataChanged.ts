import type { MigrationInterface, QueryRunner } from 'typeorm';
import { dataChangedDownSql, dataChangedUpSql } from '@hub/common/platform';

/**
 * Drops the plan's `hub_data_changed` triggers of migration 1763900000006 and their function: nothing listens since
 * the gateway stopped reading the subgraphs' databases (as the kit's DropDataChanged1764600000000 for the agencies).
 * down() puts them back on every table of the schema.
 */
export class PlanDropDataChanged1764600000000 implements MigrationInterface {
  name = 'PlanDropDataChanged1764600000000';

  async up(q: QueryRunner): Promise<void> {
    for (const sql of dataChangedDownSql((q.connection.options as { schema: string }).schema)) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const sql of dataChangedUpSql((q.connection.options as { schema: string }).schema)) await q.query(sql);
  }
}
