import { join } from 'node:path';

/** The repository root, from clients/dist or clients/src. */
export const ROOT = join(__dirname, '..', '..');
