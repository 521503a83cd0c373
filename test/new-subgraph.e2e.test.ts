/**
 * npm run new-subgraph: in a copy of the repository, scaffold 'youth-justice', build and recompose, start the
 * copy's topology (every subgraph process and the gateway) and query the new agency through the gateway.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { invalidName, pascal } from '../tools/src/new-subgraph';
import { ROOT } from '../tools/src/paths';
import { startTestHub, type TestHub } from './support/hub';

const run = promisify(execFile);
jest.setTimeout(180_000);

test('bad names are refused with a clear message', () => {
  expect(invalidName(undefined)).toMatch(/give the agency key/);
  expect(invalidName('Youth_Justice')).toMatch(/is not kebab-case/);
  expect(invalidName('youth--justice')).toMatch(/is not kebab-case/);
  expect(invalidName('-youth')).toMatch(/is not kebab-case/);
  expect(invalidName('common')).toBe('"common" is reserved');
  expect(invalidName('plan')).toBe('"plan" is reserved');
  expect(invalidName('dwp')).toBe('subgraphs/dwp already exists');
  expect(invalidName('youth-justice')).toBeNull();
  expect(pascal('youth-justice')).toBe('YouthJustice');
});

test('the CLI refuses an existing folder and changes nothing', async () => {
  const err = await run(process.execPath, [join(ROOT, 'tools', 'dist', 'new-subgraph.js'), 'police']).catch((e) => e);
  expect(err.code).toBe(1);
  expect(err.stderr).toContain('new-subgraph: subgraphs/police already exists.');
});

describe('scaffolding youth-justice in a copy of the repository', () => {
  let copy: string;
  let hub: TestHub | undefined;
  /** The workspaces at the top of the repository (the rest are under subgraphs/). */
  const TOP_LEVEL = ['gateway', 'clients', 'tools'];

  beforeAll(async () => {
    copy = mkdtempSync(join(tmpdir(), 'hub-copy-'));
    // the sources with their build output (so the build is incremental), not node_modules, data or git
    const skip = new Set(['node_modules', 'data', '.git', 'coverage']);
    cpSync(ROOT, copy, { recursive: true, preserveTimestamps: true, filter: (src) => !skip.has(basename(src)) });
    // node_modules: links to this tree's packages, except the workspaces (@hub/*), which must be the copy's own
    mkdirSync(join(copy, 'node_modules', '@hub'), { recursive: true });
    for (const entry of readdirSync(join(ROOT, 'node_modules'))) {
      if (entry !== '@hub') symlinkSync(join(ROOT, 'node_modules', entry), join(copy, 'node_modules', entry));
    }
    for (const pkg of readdirSync(join(ROOT, 'node_modules', '@hub'))) {
      symlinkSync(TOP_LEVEL.includes(pkg) ? join(copy, pkg) : join(copy, 'subgraphs', pkg), join(copy, 'node_modules', '@hub', pkg));
    }
    // and the workspaces' own node_modules (versions npm could not hoist, e.g. the gateway's lru-cache 11)
    const workspaces = [...TOP_LEVEL, ...readdirSync(join(ROOT, 'subgraphs')).map((d) => join('subgraphs', d))];
    for (const ws of workspaces) {
      if (existsSync(join(ROOT, ws, 'node_modules'))) symlinkSync(join(ROOT, ws, 'node_modules'), join(copy, ws, 'node_modules'));
    }
  });

  afterAll(async () => {
    await hub?.stop();
    if (copy) rmSync(copy, { recursive: true, force: true });
  });

  test('npm run new-subgraph -- youth-justice: files, plan catalogue, build, recomposed supergraph', async () => {
    const { stdout } = await run('npm', ['run', '-s', 'new-subgraph', '--', 'youth-justice', '--title', 'the youth justice service (YOTs)', '--no-install'], {
      cwd: copy,
      maxBuffer: 20 * 1024 * 1024,
    });
    expect(stdout).toContain('Created subgraphs/youth-justice/package.json');
    expect(stdout).toContain('(port 4106, type YouthJusticeMeasure)');
    expect(stdout).toMatch(/Wrote 8 files to schema\//);
    const dir = join(copy, 'subgraphs', 'youth-justice');
    expect(JSON.parse(readFileSync(join(dir, 'subgraph.json'), 'utf8'))).toEqual({
      name: 'youth-justice', title: 'the youth justice service (YOTs)', port: 4106, kind: 'agency', measureType: 'YouthJusticeMeasure',
    });
    expect(JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).name).toBe('@hub/youth-justice');
    for (const f of ['tsconfig.json', 'src/index.ts', 'src/data-source.ts', 'src/seed/figures.ts', 'dist/index.js']) expect(existsSync(join(dir, f))).toBe(true);
    expect(existsSync(join(copy, 'test', 'youth-justice.subgraph.test.ts'))).toBe(true);
    expect(readFileSync(join(copy, 'subgraphs/plan/src/catalogue/agencies.ts'), 'utf8')).toContain(
      "{ key: 'youth-justice', name: 'The youth justice service (YOTs)', measureType: 'YouthJusticeMeasure' },\n];",
    );
    expect(readFileSync(join(copy, 'subgraphs/plan/src/seed/catalogue.ts'), 'utf8')).toContain("{ measure: 'youth-justice.example-measure', agency: 'youth-justice', plan: 'km-2012-2015' },\n];");
    expect(readFileSync(join(copy, 'schema', 'youth-justice.graphql'), 'utf8')).toContain('type YouthJusticeMeasure implements HeadlineMeasure');
    const supergraph = readFileSync(join(copy, 'schema', 'supergraph.graphql'), 'utf8');
    expect(supergraph).toContain('YOUTH_JUSTICE @join__graph(name: "youth-justice", url: "http://127.0.0.1:4106/graphql")');
    expect(supergraph).toContain('youthJusticeRecordObservation(');
    // this repository is untouched
    expect(existsSync(join(ROOT, 'subgraphs', 'youth-justice'))).toBe(false);
  });

  test('the scaffolded test passes in the copy (migrations, seed, entities, idempotent re-seed)', async () => {
    const { stderr } = await run(process.execPath, [join(ROOT, 'node_modules', 'jest', 'bin', 'jest.js'), 'test/youth-justice.subgraph.test.ts'], { cwd: copy, env: { ...process.env, CI: 'true' } });
    expect(stderr).toMatch(/Tests:\s+2 passed, 2 total/);
  });

  test("the copy's topology serves the new agency through the gateway", async () => {
    hub = await startTestHub('new_subgraph', { root: copy });
    const r = await hub.query(`{ headlineMeasures(agency: "youth-justice") { id name agency latest { printed } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.headlineMeasures).toEqual([{ id: 'youth-justice.example-measure', name: 'Example youth-justice measure', agency: 'youth-justice', latest: { printed: '42' } }]);
    const all = await hub.query(`{ agencies { key measures { id } } }`);
    expect(all.errors).toBeUndefined();
    expect(all.data.agencies.find((a: any) => a.key === 'youth-justice').measures).toEqual([{ id: 'youth-justice.example-measure' }]);
  }, 300_000);
});
