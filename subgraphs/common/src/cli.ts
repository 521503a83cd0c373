import { createLogger } from './logging';
import type { RunningServer } from './server';
import { stopOnSignals } from './server';

export interface SubgraphCommands {
  name: string;
  serve(): Promise<RunningServer>;
  /** Applies this subgraph's pending migrations to its own schema, nothing else. */
  migrate(): Promise<string[]>;
  seed(): Promise<Record<string, unknown>>;
  sdl(): Promise<string>;
  /** Agency subgraphs: import a CSV of figures as drafts (all rows or none). */
  import?(file: string, opts: { actor: string; reason: string }): Promise<ImportReport>;
}

export interface ImportReport {
  ok: boolean;
  rows: number;
  newFigures: number;
  corrections: number;
  replacedDrafts: number;
  errors: Array<{ row: number; line: number | null; column: string | null; message: string }>;
}

const IMPORT_USAGE = 'Usage: node dist/index.js import <file.csv> --actor <name> --reason <text>';

/** `import <file> --actor <name> --reason <text>` (also --actor=<name>); throws the usage on anything else. */
export function parseImportArgs(args: string[]): { file: string; actor: string; reason: string } {
  const opts: Record<string, string> = {};
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const m = args[i].match(/^--(actor|reason)(?:=(.*))?$/s);
    if (m) {
      const value = m[2] ?? args[++i];
      if (value === undefined || value.trim() === '') throw new Error(`--${m[1]} needs a value. ${IMPORT_USAGE}`);
      opts[m[1]] = value;
    } else if (args[i].startsWith('--')) throw new Error(`Unknown option ${args[i]}. ${IMPORT_USAGE}`);
    else positional.push(args[i]);
  }
  if (positional.length !== 1) throw new Error(`Give exactly one CSV file. ${IMPORT_USAGE}`);
  for (const k of ['actor', 'reason']) if (!opts[k]) throw new Error(`--${k} is required. ${IMPORT_USAGE}`);
  return { file: positional[0], actor: opts.actor, reason: opts.reason };
}

/**
 * Every subgraph process has the same commands:
 *   node dist/index.js          serve (default)
 *   node dist/index.js migrate  apply this subgraph's pending migrations to its own schema (npm run migrate -w <folder>)
 *   node dist/index.js seed     run migrations, then load the documents' figures (idempotent)
 *   node dist/index.js sdl      print the subgraph SDL (no database needed)
 *   node dist/index.js import <file.csv> --actor <name> --reason <text>
 *                               (agency subgraphs) import figures as drafts, as an agency editor named <name>;
 *                               exit code 1 and a row/column report when any row is refused (nothing written)
 */
export function runSubgraphCli(cmds: SubgraphCommands, argv: string[] = process.argv.slice(2)): void {
  const command = argv[0] ?? 'serve';
  const run = async () => {
    switch (command) {
      case 'serve': {
        const server = await cmds.serve();
        // The one human line on stdout: the hub launcher and the tests wait for "[<name>] ready at <url>".
        process.stdout.write(`[${cmds.name}] ready at ${server.url}\n`);
        stopOnSignals(server.logger, server.stop);
        return;
      }
      case 'migrate': {
        const ran = await cmds.migrate();
        console.log(
          `[${cmds.name}] migrated: ${ran.length ? `${ran.length} migration(s) applied: ${ran.join(', ')}` : 'nothing to apply'}`,
        );
        return;
      }
      case 'seed': {
        const result = await cmds.seed();
        console.log(`[${cmds.name}] migrated and seeded: ${JSON.stringify(result)}`);
        return;
      }
      case 'sdl':
        process.stdout.write(await cmds.sdl());
        return;
      case 'import': {
        if (!cmds.import) throw new Error(`The ${cmds.name} subgraph has no import command`);
        const { file, actor, reason } = parseImportArgs(argv.slice(1));
        const r = await cmds.import(file, { actor, reason });
        if (!r.ok) {
          const where = (e: ImportReport['errors'][number]) =>
            `row ${e.row}${e.line !== null ? ` (line ${e.line})` : ''}${e.column !== null ? `, column ${e.column}` : ''}`;
          console.error(
            `[${cmds.name}] import refused: nothing was written. ${r.errors.length} problem(s) in ${file} (row 1 = first data row):`,
          );
          for (const e of r.errors) console.error(`  ${where(e)}: ${e.message}`);
          process.exitCode = 1;
          return;
        }
        console.log(
          `[${cmds.name}] imported ${r.rows} row(s) of ${file} as drafts: ${r.newFigures} new figure(s), ${r.corrections} correction(s)` +
            `${r.replacedDrafts ? `, ${r.replacedDrafts} earlier draft(s) replaced` : ''}. Publish them with ${cmds.name}PublishObservations.`,
        );
        return;
      }
      default:
        throw new Error(`Unknown command "${command}". Commands: serve, migrate, seed, sdl${cmds.import ? ', import' : ''}`);
    }
  };
  run().catch((e) => {
    const message = e instanceof Error ? e.message : String(e);
    // The service logs JSON (its configuration may be what failed, so this logger does not depend on it); the
    // one-shot commands (migrate, seed, sdl, import) are run by people and answer with a plain line on stderr.
    if (command === 'serve') createLogger(cmds.name).fatal({ command, err: message }, 'serve failed');
    else process.stderr.write(`[${cmds.name}] ${command} failed: ${message}\n`);
    process.exitCode = 1;
    setImmediate(() => process.exit(1));
  });
}
