import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The source documents (seeds/) live outside the repository. One setting finds them: SEEDS_DIR, default
 * ../shared/seeds beside the clone. Only tests that check figures against the documents need them; the hub
 * itself, its seed loader included, runs from what the repository holds.
 */
export const SEEDS_DIR = resolve(process.env.SEEDS_DIR ?? join(__dirname, '..', '..', '..', 'shared', 'seeds'));

export const seedsPresent = existsSync(join(SEEDS_DIR, 'README.md'));

const reason = `skipped: the source documents are not in ${SEEDS_DIR} (put the seeds folder there, or set SEEDS_DIR)`;

/** The text of one source document, e.g. `001_b957d7ba0e7289ba.txt`. */
export function seedDocument(name: string): string {
  return readFileSync(join(SEEDS_DIR, name), 'utf8');
}

/** `describe` when the documents are present; otherwise the block is reported as skipped, saying where to put them. */
export const describeWithSeeds = (name: string, fn: () => void): void =>
  seedsPresent ? describe(name, fn) : describe.skip(`${name} (${reason})`, fn);

/** `test` when the documents are present; otherwise reported as skipped, saying where to put them. */
export const testWithSeeds = (name: string, fn: jest.ProvidesCallback, timeout?: number): void =>
  seedsPresent ? test(name, fn, timeout) : test.skip(`${name} (${reason})`, fn);
