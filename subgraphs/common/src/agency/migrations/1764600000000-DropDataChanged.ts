import type { MigrationInterface, QueryRunner } from 'typeorm';
import { dataChangedDownSql, dataChangedUpSql } from '../../data-changed';

/**
 * Drops the `hub_data_changed` triggers of migration 1763900000006 and their function (CASCADE takes every trigger,
 * on the kit's tables and on the agency's own): they fed the gateway's former response cache, which read the
 * agencies' databases; the gateway no longer connects to any database, so each write paid for a notification nobody
 * received. down() puts them back on every table of the schema.
 */
export class DropDataChanged1764600000000 implements MigrationInterface {
  name = 'DropDataChanged1764600000000';

  async up(q: QueryRunner): Promise<void> {
    for (const sql of dataChangedDownSql((q.connection.options as { schema: string }).schema)) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const sql of dataChangedUpSql((q.connection.options as { schema: string }).schema)) await q.query(sql);
  }
}
