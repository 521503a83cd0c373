/**
 * Change notification for the gateway's response cache (README, "Response cache"). Every table of a subgraph's
 * schema (but its migration history) gets a statement-level trigger that sends `NOTIFY hub_data_changed, '<schema>'`
 * after any INSERT, UPDATE, DELETE or TRUNCATE, whoever makes it: a subgraph behind any gateway replica, the import
 * CLI, or SQL run by hand. PostgreSQL delivers a notification only when (and if) the transaction commits, and folds
 * identical notifications of one transaction into one, so an import of 100,000 figures sends one. The gateway
 * LISTENs and clears its cache on each notification.
 *
 * A table created by a later migration gets the trigger too: `migrate()` (db.ts) runs `dataChangedEnsureSql` after
 * the migrations, which adds it to every table of the schema that lacks it (once the function exists). That also
 * covers a migration with a lower number applied after this one (merged from a parallel branch).
 */
export const DATA_CHANGED_CHANNEL = 'hub_data_changed';
export const DATA_CHANGED_FUNCTION = 'hub_notify_data_changed';
export const DATA_CHANGED_TRIGGER = 'hub_data_changed';

const ident = (s: string) => `"${s.replace(/"/g, '""')}"`;
const literal = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** The trigger on one table (the schema's function must exist: `dataChangedUpSql`). */
export function dataChangedTriggerSql(schema: string, table: string): string {
  return `CREATE TRIGGER ${DATA_CHANGED_TRIGGER} AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${ident(schema)}.${ident(table)}
    FOR EACH STATEMENT EXECUTE FUNCTION ${ident(schema)}.${DATA_CHANGED_FUNCTION}()`;
}

/** The schema's notify function, and the trigger on every table of the schema but `migrations`. */
export function dataChangedUpSql(schema: string): string[] {
  return [
    `CREATE FUNCTION ${ident(schema)}.${DATA_CHANGED_FUNCTION}() RETURNS trigger LANGUAGE plpgsql AS $fn$
     BEGIN
       PERFORM pg_notify(${literal(DATA_CHANGED_CHANNEL)}, TG_TABLE_SCHEMA);
       RETURN NULL;
     END $fn$`,
    `DO $do$
     DECLARE t text;
     BEGIN
       FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = ${literal(schema)} AND tablename <> 'migrations' ORDER BY tablename LOOP
         EXECUTE format('CREATE TRIGGER ${DATA_CHANGED_TRIGGER} AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I.%I FOR EACH STATEMENT EXECUTE FUNCTION %I.${DATA_CHANGED_FUNCTION}()',
                        ${literal(schema)}, t, ${literal(schema)});
       END LOOP;
     END $do$`,
  ];
}

/** Removes the triggers (CASCADE) with the function. */
export function dataChangedDownSql(schema: string): string[] {
  return [`DROP FUNCTION ${ident(schema)}.${DATA_CHANGED_FUNCTION}() CASCADE`];
}

/** Adds the trigger to every table of the schema (but `migrations`) that lacks it, if the schema has the function. */
export function dataChangedEnsureSql(schema: string): string {
  return `DO $do$
   DECLARE t text;
   BEGIN
     IF to_regprocedure(${literal(`${ident(schema)}.${DATA_CHANGED_FUNCTION}()`)}) IS NULL THEN RETURN; END IF;
     FOR t IN SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
               WHERE n.nspname = ${literal(schema)} AND c.relkind IN ('r', 'p') AND c.relname <> 'migrations'
                 AND NOT EXISTS (SELECT 1 FROM pg_trigger g WHERE g.tgrelid = c.oid AND g.tgname = ${literal(DATA_CHANGED_TRIGGER)})
     LOOP
       EXECUTE format('CREATE TRIGGER ${DATA_CHANGED_TRIGGER} AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I.%I FOR EACH STATEMENT EXECUTE FUNCTION %I.${DATA_CHANGED_FUNCTION}()',
                      ${literal(schema)}, t, ${literal(schema)});
     END LOOP;
   END $do$`;
}
