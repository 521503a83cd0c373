/**
 * The change notification of the gateway's former response cache, kept only for the migrations that made and drop it.
 * Migration 1763900000006 gave every table of a subgraph's schema a statement-level trigger sending
 * `NOTIFY hub_data_changed, '<schema>'`, which the gateway LISTENed to while it read the agencies' databases. The
 * gateway no longer connects to any database, so nothing listens: migration 1764600000000 (the kit's, and the
 * plan's of the same number) drops the function and, with CASCADE, every trigger calling it. A database migrated
 * from scratch runs both, in order, and ends with neither.
 */
export const DATA_CHANGED_CHANNEL = 'hub_data_changed';
export const DATA_CHANGED_FUNCTION = 'hub_notify_data_changed';
export const DATA_CHANGED_TRIGGER = 'hub_data_changed';

const ident = (s: string) => `"${s.replace(/"/g, '""')}"`;
const literal = (s: string) => `'${s.replace(/'/g, "''")}'`;

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

/** Removes the triggers (CASCADE) with the function; nothing when they are gone already. */
export function dataChangedDownSql(schema: string): string[] {
  return [`DROP FUNCTION IF EXISTS ${ident(schema)}.${DATA_CHANGED_FUNCTION}() CASCADE`];
}
