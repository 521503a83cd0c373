import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The community order needs come from the 2012-15 plan, which carries no publication date: `published` is null
 * for them rather than an invented date (docs/STATISTICS.md, "Honest provenance").
 */
export class ProbationCommunityOrderNeedUndated1764500000011 implements MigrationInterface {
  name = 'ProbationCommunityOrderNeedUndated1764500000011';

  async up(q: QueryRunner): Promise<void> {
    const s = `"${(q.connection.options as { schema: string }).schema}"`;
    await q.query(`ALTER TABLE ${s}.community_order_need ALTER COLUMN published DROP NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    const s = `"${(q.connection.options as { schema: string }).schema}"`;
    // a NOT NULL would refuse the undated rows: the column stays nullable on the way down
    void s;
  }
}
