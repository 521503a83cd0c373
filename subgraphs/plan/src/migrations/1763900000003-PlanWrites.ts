import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The secretariat's write side: an audit trail of every change, the history of goal wordings (amending a goal
 * keeps the old wording), and who set a goal's status when. Wordings already amended at a refresh (seeded
 * dispositions) are copied into the history so `currentWording` has one source.
 */
export class PlanWrites1763900000003 implements MigrationInterface {
  name = 'PlanWrites1763900000003';

  async up(q: QueryRunner): Promise<void> {
    const s = `"${(q.connection.options as { schema: string }).schema}"`;
    const ddl = [
      `CREATE TABLE ${s}.audit_event (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, at timestamptz NOT NULL DEFAULT now(),
         actor text NOT NULL, role text NOT NULL, action text NOT NULL, entity text NOT NULL, entity_id text NOT NULL,
         details jsonb NOT NULL DEFAULT '{}')`,
      `CREATE INDEX audit_event_entity ON ${s}.audit_event (entity, entity_id)`,
      `CREATE TABLE ${s}.goal_wording (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
         goal_id text NOT NULL REFERENCES ${s}.goal(id), wording text NOT NULL CHECK (wording <> ''),
         amended_at timestamptz NOT NULL DEFAULT now(), amended_by text NOT NULL, reason text NOT NULL,
         refresh_id text REFERENCES ${s}.refresh(id))`,
      `CREATE INDEX goal_wording_goal ON ${s}.goal_wording (goal_id)`,
      // At most one wording per goal and refresh: the refresh's AMENDED disposition.
      `CREATE UNIQUE INDEX goal_wording_refresh ON ${s}.goal_wording (goal_id, refresh_id) WHERE refresh_id IS NOT NULL`,
      `ALTER TABLE ${s}.goal_status ADD COLUMN set_by text, ADD COLUMN set_at timestamptz`,
      `INSERT INTO ${s}.goal_wording (goal_id, wording, amended_at, amended_by, reason, refresh_id)
         SELECT d.goal_id, d.new_wording, r.date::timestamp AT TIME ZONE 'UTC', r.provenance->>'publisher',
                'Amended at the refresh "' || r.title || '"', d.refresh_id
           FROM ${s}.goal_disposition d JOIN ${s}.refresh r ON r.id = d.refresh_id
          WHERE d.disposition = 'AMENDED' AND d.new_wording IS NOT NULL
          ORDER BY r.date, d.goal_id`,
    ];
    for (const sql of ddl) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    const s = `"${(q.connection.options as { schema: string }).schema}"`;
    await q.query(`ALTER TABLE ${s}.goal_status DROP COLUMN set_at, DROP COLUMN set_by`);
    await q.query(`DROP TABLE ${s}.goal_wording`);
    await q.query(`DROP TABLE ${s}.audit_event`);
  }
}
