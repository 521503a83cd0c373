import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { discoverSubgraphs } from '@hub/common/platform';
import { compose, generateSubgraphSdls } from './compose';
import { SCHEMA_DIR, SUBGRAPHS_DIR, SUPERGRAPH_PATH } from './paths';
import { checkSubgraph, readAcknowledgements, readAtRef } from './schema-check';

const USAGE = `Usage:
  npm run schema:generate                     regenerate schema/<subgraph>.graphql and schema/supergraph.graphql
  npm run schema:check                        every subgraph checked alone (below), and schema/ up to date with the
                                              code, composing with no error or hint
  npm run schema:check -- --subgraph <name>   only <name>: its new SDL composed with the others' committed SDLs
                                              (composition errors) and compared with its base (breaking changes)
The base is the committed schema/ files, or schema/ at the git ref SCHEMA_BASE_REF when it is set.`;

function parseArgs(argv: string[]): { mode: string; subgraph?: string } {
  const mode = argv[0] ?? 'check';
  if (!['write', 'check', 'diff'].includes(mode)) throw new Error(`Unknown command "${mode}".\n${USAGE}`);
  let subgraph: string | undefined;
  for (let i = 1; i < argv.length; i++) {
    const m = /^--subgraph(?:=(.*))?$/.exec(argv[i]);
    if (!m) throw new Error(`Unknown argument "${argv[i]}".\n${USAGE}`);
    subgraph = m[1] ?? argv[++i];
    if (!subgraph) throw new Error(`--subgraph needs a subgraph's name.\n${USAGE}`);
  }
  if (subgraph && mode === 'write') throw new Error('schema:generate writes every subgraph: --subgraph applies to schema:check only');
  return { mode, subgraph };
}

async function main(argv: string[]): Promise<number> {
  const { mode, subgraph } = parseArgs(argv);
  const all = discoverSubgraphs(SUBGRAPHS_DIR);
  const targets = subgraph ? all.filter((s) => s.name === subgraph) : all;
  if (subgraph && targets.length === 0)
    throw new Error(`No subgraph "${subgraph}": the subgraphs are ${all.map((s) => s.name).join(', ')}`);
  const sdls = await generateSubgraphSdls(targets);

  if (mode === 'write') {
    const { supergraphSdl, hints } = compose(sdls, all);
    if (hints.length) {
      console.error(`Composition hints (treated as errors):\n${hints.map((h) => `- ${h}`).join('\n')}`);
      return 1;
    }
    const files = new Map<string, string>([
      ...[...sdls].map(([n, sdl]) => [join(SCHEMA_DIR, `${n}.graphql`), sdl] as [string, string]),
      [SUPERGRAPH_PATH, supergraphSdl],
    ]);
    for (const [path, text] of files) writeFileSync(path, text);
    console.log(`Wrote ${files.size} files to schema/: ${[...sdls.keys()].join(', ')}, supergraph`);
    return 0;
  }

  let failed: string[] = [];
  const committedPath = (n: string) => join(SCHEMA_DIR, `${n}.graphql`);
  const committed = new Map(
    all.filter((s) => existsSync(committedPath(s.name))).map((s) => [s.name, readFileSync(committedPath(s.name), 'utf8')]),
  );
  const ref = process.env.SCHEMA_BASE_REF;
  const acknowledged = readAcknowledgements();
  console.log(`Per-subgraph check against ${ref ? `schema/ at ${ref}` : 'the committed schema/'}:`);
  for (const s of targets) {
    let base: string | undefined;
    if (ref) {
      const { sdl, why } = readAtRef(ref, s.name);
      if (why) console.log(`${s.name}: breaking-change comparison skipped, ${why}.`);
      base = sdl;
    } else base = committed.get(s.name);
    const result = await checkSubgraph({ name: s.name, next: sdls.get(s.name)!, others: committed, base, acknowledged });
    (result.ok ? console.log : console.error)(result.report);
    if (!result.ok) failed.push(s.name);
  }

  if (!subgraph && mode === 'check') {
    const { supergraphSdl, hints } = compose(sdls, all);
    if (hints.length) {
      console.error(`Composition hints (treated as errors):\n${hints.map((h) => `- ${h}`).join('\n')}`);
      failed.push('composition hints');
    }
    const files = new Map<string, string>([
      ...[...sdls].map(([n, sdl]) => [committedPath(n), sdl] as [string, string]),
      [SUPERGRAPH_PATH, supergraphSdl],
    ]);
    const stale = [...files]
      .filter(([path, text]) => !existsSync(path) || readFileSync(path, 'utf8') !== text)
      .map(([p]) => p.slice(SCHEMA_DIR.length + 1));
    if (stale.length) {
      console.error(
        `schema/ is stale: ${stale.join(', ')} differ from what the code produces.\nRun \`npm run schema:generate\` and commit schema/.`,
      );
      failed.push('stale schema/');
    } else {
      console.log(`schema/ is up to date and composes with no errors or hints (${sdls.size} subgraphs).`);
    }
  } else if (subgraph && committed.get(subgraph) !== sdls.get(subgraph)) {
    console.log(
      `Note: schema/${subgraph}.graphql differs from the code: run \`npm run schema:generate\` and commit schema/ with the change.`,
    );
  }
  failed = [...new Set(failed)];
  if (failed.length) console.error(`Schema check failed: ${failed.join(', ')}`);
  return failed.length ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(2);
  },
);
