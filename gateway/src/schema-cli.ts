import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compose, generateSubgraphSdls } from './compose';
import { SCHEMA_DIR, SUPERGRAPH_PATH } from './paths';

/**
 * npm run schema:generate   regenerate schema/<subgraph>.graphql and schema/supergraph.graphql
 * npm run schema:check      fail when the committed files differ from what the code produces,
 *                           or when composition reports an error or a hint
 */
async function main(mode: string): Promise<number> {
  const sdls = await generateSubgraphSdls();
  const { supergraphSdl, hints } = compose(sdls);
  if (hints.length) {
    console.error(`Composition hints (treated as errors):\n${hints.map((h) => `- ${h}`).join('\n')}`);
    return 1;
  }
  const files = new Map<string, string>([...[...sdls].map(([n, sdl]) => [join(SCHEMA_DIR, `${n}.graphql`), sdl] as [string, string]), [SUPERGRAPH_PATH, supergraphSdl]]);
  if (mode === 'write') {
    for (const [path, text] of files) writeFileSync(path, text);
    console.log(`Wrote ${files.size} files to schema/: ${[...sdls.keys()].join(', ')}, supergraph`);
    return 0;
  }
  const stale = [...files].filter(([path, text]) => !existsSync(path) || readFileSync(path, 'utf8') !== text).map(([p]) => p);
  if (stale.length) {
    console.error(`schema/ is stale: ${stale.map((p) => p.slice(SCHEMA_DIR.length + 1)).join(', ')} differ from what the code produces.\nRun \`npm run schema:generate\` and commit schema/.`);
    return 1;
  }
  console.log(`schema/ is up to date and composes with no errors or hints (${sdls.size} subgraphs).`);
  return 0;
}

main(process.argv[2] ?? 'check').then(
  (code) => process.exit(code),
  (e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
