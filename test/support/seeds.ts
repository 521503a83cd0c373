import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

/** The source documents: ../shared/seeds beside the repository (or beside its worktree folder). */
export const SEEDS_DIR = [join(ROOT, '..', 'shared', 'seeds'), join(ROOT, '..', '..', 'shared', 'seeds')].find((d) => existsSync(d));

/** The text of one source document, e.g. '002_f0014465c04b6cba.txt'; fails naming the folders looked in. */
export function seedDocument(name: string): string {
  if (!SEEDS_DIR) throw new Error(`No shared/seeds folder beside ${ROOT} or its parent`);
  return readFileSync(join(SEEDS_DIR, name), 'utf8');
}
