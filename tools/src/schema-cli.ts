import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compose, generateSubgraphSdls } from './compose';
import { SCHEMA_DIR, SUPERGRAPH_PATH } from './paths';
import { checkBreakingChanges, readAcknowledgements, readAtRef, SUPERGRAPH } from './schema-diff';

/**
 * npm run schema:generate   regenerate schema/<subgraph>.graphql and schema/supergraph.graphql
 * npm run schema:check      fail when the committed files differ from what the code produces, when
 *                           composition reports an error or a hint, or when the new schemas break the
 *                           base version (SCHEMA_BASE_REF, default HEAD) without an acknowledgement
 * npm run schema:diff       only the breaking-change comparison with the base (exit 1 on unacknowledged ones)
 */
async function main(mode: string): Promise<number> {
  const sdls = await generateSubgraphSdls();
  const { supergraphSdl, hints } = compose(sdls);
  let failed = false;
  if (hints.length && mode !== 'diff') {
    console.error(`Composition hints (treated as errors):\n${hints.map((h) => `- ${h}`).join('\n')}`);
    return 1;
  }
  const files = new Map<string, string>([...[...sdls].map(([n, sdl]) => [join(SCHEMA_DIR, `${n}.graphql`), sdl] as [string, string]), [SUPERGRAPH_PATH, supergraphSdl]]);
  if (mode === 'write') {
    for (const [path, text] of files) writeFileSync(path, text);
    console.log(`Wrote ${files.size} files to schema/: ${[...sdls.keys()].join(', ')}, supergraph`);
    return 0;
  }
  if (mode === 'check') {
    const stale = [...files].filter(([path, text]) => !existsSync(path) || readFileSync(path, 'utf8') !== text).map(([p]) => p);
    if (stale.length) {
      console.error(`schema/ is stale: ${stale.map((p) => p.slice(SCHEMA_DIR.length + 1)).join(', ')} differ from what the code produces.\nRun \`npm run schema:generate\` and commit schema/.`);
      failed = true;
    } else {
      console.log(`schema/ is up to date and composes with no errors or hints (${sdls.size} subgraphs).`);
    }
  }
  const ref = process.env.SCHEMA_BASE_REF || 'HEAD';
  const next = new Map([...sdls, [SUPERGRAPH, supergraphSdl]]);
  const base = new Map<string, string | undefined>();
  for (const name of next.keys()) {
    const { sdl, why } = readAtRef(ref, name);
    if (why) console.log(`Breaking-change check: ${name}: skipped, ${why}.`);
    base.set(name, sdl);
  }
  const result = checkBreakingChanges({ base, next, acknowledged: readAcknowledgements() });
  console.log(`Breaking-change check against ${ref}:`);
  (result.ok ? console.log : console.error)(result.report);
  return failed || !result.ok ? 1 : 0;
}

main(process.argv[2] ?? 'check').then(
  (code) => process.exit(code),
  (e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
