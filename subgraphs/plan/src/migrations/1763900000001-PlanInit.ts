import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The board's plan: partnerships, plans, pathways, priority groups, forums, goals, actions, catalogue. */
export class PlanInit1763900000001 implements MigrationInterface {
  name = 'PlanInit1763900000001';

  async up(q: QueryRunner): Promise<void> {
    const s = `"${(q.connection.options as { schema: string }).schema}"`;
    const ddl = [
      `CREATE TABLE ${s}.area (code text PRIMARY KEY, name text NOT NULL, kind text NOT NULL, parent_code text REFERENCES ${s}.area(code))`,
      `CREATE TABLE ${s}.partnership (id text PRIMARY KEY, name text NOT NULL, area_code text NOT NULL REFERENCES ${s}.area(code), description text NOT NULL)`,
      `CREATE TABLE ${s}.forum (id text PRIMARY KEY, name text NOT NULL, abbreviation text, partnership_id text REFERENCES ${s}.partnership(id), description text)`,
      `CREATE TABLE ${s}.pathway (id text PRIMARY KEY, name text NOT NULL, description text NOT NULL, position int NOT NULL)`,
      `CREATE TABLE ${s}.priority_group (id text PRIMARY KEY, name text NOT NULL, description text NOT NULL, position int NOT NULL)`,
      `CREATE TABLE ${s}.plan (id text PRIMARY KEY, partnership_id text NOT NULL REFERENCES ${s}.partnership(id), title text NOT NULL,
         period_label text NOT NULL, start_year int NOT NULL, end_year int NOT NULL CHECK (end_year >= start_year), aim text NOT NULL,
         status text, provenance jsonb NOT NULL)`,
      `CREATE TABLE ${s}.principle (plan_id text NOT NULL REFERENCES ${s}.plan(id), position int NOT NULL, name text NOT NULL,
         description text NOT NULL, PRIMARY KEY (plan_id, position))`,
      `CREATE TABLE ${s}.refresh (id text PRIMARY KEY, plan_id text NOT NULL REFERENCES ${s}.plan(id), date date NOT NULL,
         title text NOT NULL, summary text NOT NULL, provenance jsonb NOT NULL)`,
      `CREATE TABLE ${s}.plan_pathway (plan_id text NOT NULL REFERENCES ${s}.plan(id), pathway_id text NOT NULL REFERENCES ${s}.pathway(id),
         position int NOT NULL, local_name text NOT NULL, priority_intervention boolean NOT NULL, need text,
         added_by_refresh_id text REFERENCES ${s}.refresh(id), forum_ids text[] NOT NULL DEFAULT '{}', PRIMARY KEY (plan_id, pathway_id))`,
      `CREATE TABLE ${s}.plan_priority_group (plan_id text NOT NULL REFERENCES ${s}.plan(id),
         priority_group_id text NOT NULL REFERENCES ${s}.priority_group(id), position int NOT NULL, local_name text NOT NULL,
         related boolean NOT NULL DEFAULT false, added_by_refresh_id text REFERENCES ${s}.refresh(id),
         forum_ids text[] NOT NULL DEFAULT '{}', PRIMARY KEY (plan_id, priority_group_id))`,
      `CREATE TABLE ${s}.goal (id text PRIMARY KEY, plan_id text NOT NULL REFERENCES ${s}.plan(id), position int NOT NULL,
         pathway_id text REFERENCES ${s}.pathway(id), priority_group_id text REFERENCES ${s}.priority_group(id),
         text text NOT NULL, lead_agency text NOT NULL, due date, proposed_at_refresh_id text REFERENCES ${s}.refresh(id),
         provenance jsonb NOT NULL, CHECK (pathway_id IS NULL OR priority_group_id IS NULL))`,
      `CREATE TABLE ${s}.goal_status (goal_id text NOT NULL REFERENCES ${s}.goal(id), period_code text NOT NULL,
         period jsonb NOT NULL, rag text CHECK (rag IN ('RED','AMBER','GREEN')), basis text NOT NULL, update text,
         PRIMARY KEY (goal_id, period_code))`,
      `CREATE TABLE ${s}.goal_disposition (goal_id text NOT NULL REFERENCES ${s}.goal(id), refresh_id text NOT NULL REFERENCES ${s}.refresh(id),
         disposition text NOT NULL CHECK (disposition IN ('DISCHARGED','CARRIED_FORWARD','AMENDED')), new_wording text,
         PRIMARY KEY (goal_id, refresh_id), CHECK (disposition <> 'AMENDED' OR new_wording IS NOT NULL))`,
      `CREATE TABLE ${s}.action (id text PRIMARY KEY, plan_id text NOT NULL REFERENCES ${s}.plan(id), position int NOT NULL,
         objective text NOT NULL, pathway_id text REFERENCES ${s}.pathway(id), priority_group_id text REFERENCES ${s}.priority_group(id),
         title text NOT NULL, steps text[] NOT NULL, outcomes text[] NOT NULL, timescale text NOT NULL, due date,
         responsible text[] NOT NULL, progress text, provenance jsonb NOT NULL)`,
      `CREATE TABLE ${s}.agency (key text PRIMARY KEY, name text NOT NULL, measure_type text NOT NULL UNIQUE)`,
      `CREATE TABLE ${s}.catalogue_entry (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, measure_id text NOT NULL,
         agency_key text NOT NULL REFERENCES ${s}.agency(key), plan_id text NOT NULL REFERENCES ${s}.plan(id),
         pathway_id text REFERENCES ${s}.pathway(id), priority_group_id text REFERENCES ${s}.priority_group(id),
         CHECK (measure_id LIKE agency_key || '.%'))`,
      `CREATE UNIQUE INDEX catalogue_entry_unique ON ${s}.catalogue_entry (measure_id, plan_id, coalesce(pathway_id, ''), coalesce(priority_group_id, ''))`,
      `CREATE INDEX catalogue_entry_plan ON ${s}.catalogue_entry (plan_id)`,
      `CREATE INDEX goal_plan ON ${s}.goal (plan_id)`,
    ];
    for (const sql of ddl) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    const s = `"${(q.connection.options as { schema: string }).schema}"`;
    for (const t of [
      'catalogue_entry',
      'agency',
      'action',
      'goal_disposition',
      'goal_status',
      'goal',
      'plan_priority_group',
      'plan_pathway',
      'refresh',
      'principle',
      'plan',
      'priority_group',
      'pathway',
      'forum',
      'partnership',
      'area',
    ]) {
      await q.query(`DROP TABLE ${s}.${t}`);
    }
  }
}
