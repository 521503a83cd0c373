import { join } from 'node:path';

/** The repository root, from tools/dist or tools/src. */
export const ROOT = join(__dirname, '..', '..');
export const SUBGRAPHS_DIR = join(ROOT, 'subgraphs');
export const SCHEMA_DIR = join(ROOT, 'schema');
export const SUPERGRAPH_PATH = join(SCHEMA_DIR, 'supergraph.graphql');
