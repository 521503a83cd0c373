import { join } from 'node:path';

/** The repository root, from gateway/dist or gateway/src. */
export const ROOT = join(__dirname, '..', '..');
export const SUBGRAPHS_DIR = join(ROOT, 'subgraphs');
/** The committed supergraph the gateway serves (written by `npm run schema:generate`). */
export const SUPERGRAPH_PATH = join(ROOT, 'schema', 'supergraph.graphql');
