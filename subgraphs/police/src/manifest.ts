import { readManifest } from '@hub/common';

/** The police registry entry (subgraph.json), read once: the schema classes need its measure type name. */
export const manifest = readManifest(__dirname);
