import { DataSource, type DataSourceOptions, type Logger, type MixedList } from 'typeorm';
import { dataChangedEnsureSql } from './data-changed';

export interface DataSourceSpec {
  databaseUrl: string;
  /** Each subgraph owns one PostgreSQL schema; its tables and migration history live there. */
  schema: string;
  entities: MixedList<Function>;
  migrations: MixedList<Function>;
  poolSize?: number;
  logger?: Logger;
}

/** One factory for every subgraph's TypeORM data source, used by the service, the seed step and the CLI. */
export function createDataSource(spec: DataSourceSpec): DataSource {
  const options: DataSourceOptions = {
    type: 'postgres',
    url: spec.databaseUrl,
    schema: spec.schema,
    entities: spec.entities,
    migrations: spec.migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'all',
    synchronize: false,
    extra: { max: spec.poolSize ?? 5, application_name: `hub-${spec.schema}` },
    // Without a logger of the caller's: count statements (db_statements_total in /metrics) and print failed ones.
    logger: spec.logger ?? new StatementCounter(),
    logging: ['query', 'error'],
  };
  return new DataSource(options);
}

/** Creates the subgraph's schema if needed and applies pending migrations, all in one go. */
export async function migrate(ds: DataSource): Promise<string[]> {
  const schema = (ds.options as { schema?: string }).schema;
  // Only when missing: run as the subgraph's own role (which owns its schema but may not create schemas in the
  // database), even CREATE SCHEMA IF NOT EXISTS is refused.
  if (schema && (await ds.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [schema])).length === 0) await ds.query(`CREATE SCHEMA "${schema}"`);
  const ran = await ds.runMigrations({ transaction: 'all' });
  // Every table notifies the gateway's response cache, including tables of migrations applied out of order.
  if (schema) await ds.query(dataChangedEnsureSql(schema));
  return ran.map((m) => m.name);
}

/** SQL statements sent by this process's data sources (those created without a logger of their own). */
export const sqlStatements = { count: 0 };

/** The default TypeORM logger of a data source: counts statements (for /metrics), prints failed ones to stderr. */
export class StatementCounter implements Logger {
  logQuery(): void {
    sqlStatements.count++;
  }
  logQueryError(error: string | Error, query: string): void {
    sqlStatements.count++;
    process.stderr.write(`query failed: ${query}\nerror: ${error instanceof Error ? error.message : error}\n`);
  }
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') process.stderr.write(`${String(message)}\n`);
  }
}

/** Statement counter, for tests and benchmarks that assert "one SQL statement per entity type". */
export class CountingLogger implements Logger {
  readonly statements: string[] = [];
  logQuery(query: string): void {
    this.statements.push(query);
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
  reset(): void {
    this.statements.length = 0;
  }
}
