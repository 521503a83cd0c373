import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { composeServices } from '@apollo/composition';
import { defaultSubgraphUrl, discoverSubgraphs, type DiscoveredSubgraph } from '@hub/common/platform';
import { parse } from 'graphql';
import { SUBGRAPHS_DIR } from './paths';

const run = promisify(execFile);

/** Asks each subgraph's built code for its SDL (one process each: type-graphql metadata is per process). */
export async function generateSubgraphSdls(
  subgraphs: DiscoveredSubgraph[] = discoverSubgraphs(SUBGRAPHS_DIR),
): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  await Promise.all(
    subgraphs.map(async (s) => {
      const { stdout } = await run(process.execPath, [join(s.dir, 'dist', 'index.js'), 'sdl'], { maxBuffer: 10 * 1024 * 1024 });
      out.set(s.name, stdout);
    }),
  );
  return new Map([...out.entries()].sort(([a], [b]) => a.localeCompare(b)));
}

export interface Composition {
  supergraphSdl: string;
  hints: string[];
}

/** Composes subgraph SDLs into a supergraph; any error (or hint, which we treat as a defect) is reported in full. */
export function compose(sdls: Map<string, string>, subgraphs: DiscoveredSubgraph[] = discoverSubgraphs(SUBGRAPHS_DIR)): Composition {
  const byName = new Map(subgraphs.map((s) => [s.name, s]));
  let result;
  try {
    result = composeServices(
      [...sdls.entries()].map(([name, sdl]) => ({ name, typeDefs: parse(sdl), url: defaultSubgraphUrl(byName.get(name) ?? { port: 0 }) })),
    );
  } catch (e) {
    throw new Error(`Composition failed: ${(e as Error).message}`);
  }
  if (result.errors) {
    throw new Error(`Composition failed:\n${result.errors.map((e) => `- ${e.extensions?.code ?? ''} ${e.message}`).join('\n')}`);
  }
  return { supergraphSdl: result.supergraphSdl, hints: (result.hints ?? []).map((h) => `${h.definition.code}: ${h.message}`) };
}
