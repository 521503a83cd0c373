import type { RunningServer } from './server';
import { stopOnSignals } from './server';

export interface SubgraphCommands {
  name: string;
  serve(): Promise<RunningServer>;
  seed(): Promise<Record<string, unknown>>;
  sdl(): Promise<string>;
}

/**
 * Every subgraph process has the same commands:
 *   node dist/index.js          serve (default)
 *   node dist/index.js seed     run migrations, then load the documents' figures (idempotent)
 *   node dist/index.js sdl      print the subgraph SDL (no database needed)
 */
export function runSubgraphCli(cmds: SubgraphCommands, argv: string[] = process.argv.slice(2)): void {
  const command = argv[0] ?? 'serve';
  const run = async () => {
    switch (command) {
      case 'serve': {
        const server = await cmds.serve();
        console.log(`[${cmds.name}] ready at ${server.url}`);
        stopOnSignals(cmds.name, server.stop);
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
      default:
        throw new Error(`Unknown command "${command}". Commands: serve, seed, sdl`);
    }
  };
  run().catch((e) => {
    console.error(`[${cmds.name}] ${command} failed: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  });
}
