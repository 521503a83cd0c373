import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Probation's needs of offenders starting community orders (src/entities/community-order-need.ts). */
export class ProbationCommunityOrderNeed1764500000001 implements MigrationInterface {
  name = 'ProbationCommunityOrderNeed1764500000001';

  async up(q: QueryRunner): Promise<void> {
    const s = `"${(q.connection.options as { schema: string }).schema}"`;
    await q.query(`CREATE TABLE ${s}.community_order_need (
      area_code text NOT NULL REFERENCES ${s}.area(code),
      period_code text NOT NULL,
      need text NOT NULL,
      pathway_id text NOT NULL,
      period_printed text NOT NULL,
      share_value numeric CHECK (share_value BETWEEN 0 AND 100),
      share_printed text NOT NULL,
      offenders_value numeric CHECK (offenders_value >= 0),
      offenders_printed text NOT NULL,
      public_document boolean NOT NULL,
      publication text NOT NULL,
      publisher text NOT NULL,
      published date NOT NULL,
      document text NOT NULL,
      location text NOT NULL,
      PRIMARY KEY (area_code, period_code, need)
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    const s = `"${(q.connection.options as { schema: string }).schema}"`;
    await q.query(`DROP TABLE ${s}.community_order_need`);
  }
}
