/**
 * npm run new-subgraph: in a copy of the repository, scaffold a sixth agency, 'youth-justice', which changes no
 * existing file (the plan takes it from its subgraph.json at the build); build and recompose, start the copy's
 * topology (every subgraph process and the gateway) and query the new agency through the gateway.
 */
import { createHash } from 'node:crypto';
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { promisify } from 'node:util';
import { invalidName, pascal } from '../../tools/src/new-subgraph';
import { ROOT } from '../../tools/src/paths';
import { startTestHub, type TestHub } from '../support/hub';

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
  const err: { code?: number; stderr: string } = await run(process.execPath, [
    join(ROOT, 'tools', 'dist', 'new-subgraph.js'),
    'police',
  ]).catch(
    // execFile's error carries the exit code and the output.
    (e: unknown) => e as { code: number; stderr: string },
  );
  expect(err.code).toBe(1);
  expect(err.stderr).toContain('new-subgraph: subgraphs/police already exists.');
});

/**
 * Every source file of a tree by path, with a hash of its content: not build output, dependencies, the generated
 * schema/ artifacts or the plan's generated registry module, which the build is meant to rewrite.
 */
function sources(root: string): Map<string, string> {
  const skip = new Set(['node_modules', 'dist', '.git', 'coverage']);
  const skipPaths = new Set(['data', 'schema', join('subgraphs', 'plan', 'src', 'generated')]);
  const out = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry);
      const rel = relative(root, path);
      if (skip.has(entry) || skipPaths.has(rel) || entry.endsWith('.tsbuildinfo')) continue;
      if (statSync(path).isDirectory()) walk(path);
      else out.set(rel, createHash('sha256').update(readFileSync(path)).digest('hex'));
    }
  };
  walk(root);
  return out;
}

describe('scaffolding youth-justice in a copy of the repository', () => {
  let copy: string;
  let hub: TestHub | undefined;
  /** The workspaces at the top of the repository (the rest are under subgraphs/). */
  const TOP_LEVEL = ['gateway', 'clients', 'tools'];

  beforeAll(async () => {
    copy = mkdtempSync(join(tmpdir(), 'hub-copy-'));
    // the sources with their build output (so the build is incremental), not node_modules, the embedded database's
    // data/ (an agency's src/data is source) or git
    const skip = new Set(['node_modules', '.git', 'coverage']);
    cpSync(ROOT, copy, {
      recursive: true,
      preserveTimestamps: true,
      filter: (src) => !skip.has(basename(src)) && src !== join(ROOT, 'data'),
    });
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

  test('npm run new-subgraph -- youth-justice: a new folder only, the plan from the registry, build, recomposed supergraph', async () => {
    const before = sources(copy);
    const { stdout } = await run(
      'npm',
      ['run', '-s', 'new-subgraph', '--', 'youth-justice', '--title', 'the youth justice service (YOTs)', '--no-install'],
      {
        cwd: copy,
        maxBuffer: 20 * 1024 * 1024,
      },
    );
    expect(stdout).toContain('Created subgraphs/youth-justice/package.json');
    expect(stdout).toContain('(port 4106, type YouthJusticeMeasure); the plan takes the agency from its subgraph.json at the next build.');
    expect(stdout).toMatch(/Wrote 8 files to schema\//);
    const dir = join(copy, 'subgraphs', 'youth-justice');
    expect(JSON.parse(readFileSync(join(dir, 'subgraph.json'), 'utf8'))).toEqual({
      name: 'youth-justice',
      title: 'the youth justice service (YOTs)',
      displayName: 'The youth justice service (YOTs)',
      port: 4106,
      kind: 'agency',
      measureType: 'YouthJusticeMeasure',
    });
    expect((JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name: string }).name).toBe('@hub/youth-justice');
    for (const f of [
      'tsconfig.json',
      'src/index.ts',
      'src/data-source.ts',
      'src/data/figures.ts',
      'src/data/sources.ts',
      'src/schema/sources.ts',
      'dist/index.js',
    ])
      expect(existsSync(join(dir, f))).toBe(true);
    expect(existsSync(join(dir, 'test', 'youth-justice.subgraph.test.ts'))).toBe(true);
    // no existing source file changed: only new files, all in the new agency's folder or its test
    const after = sources(copy);
    for (const [path, hash] of before) expect({ path, hash: after.get(path) }).toEqual({ path, hash });
    const added = [...after.keys()].filter((p) => !before.has(p));
    expect(added.filter((p) => !p.startsWith(join('subgraphs', 'youth-justice') + '/'))).toEqual([]);
    // the plan's registry module, regenerated by the build, has the sixth agency
    expect(readFileSync(join(copy, 'subgraphs/plan/src/generated/agencies.ts'), 'utf8')).toContain(
      '{"key":"youth-justice","name":"The youth justice service (YOTs)","measureType":"YouthJusticeMeasure"},\n] as const;',
    );
    expect(readFileSync(join(copy, 'schema', 'plan.graphql'), 'utf8')).toMatch(
      /type YouthJusticeMeasure implements HeadlineMeasure\s+@key\(fields: "id"\)/,
    );
    const own = readFileSync(join(copy, 'schema', 'youth-justice.graphql'), 'utf8');
    expect(own).toContain('type YouthJusticeMeasure implements HeadlineMeasure');
    // its own part of the graph, in its SDL only
    expect(own).toContain('type YouthJusticeSource {');
    expect(own).toMatch(/youthJusticeSources: \[YouthJusticeSource!\]!/);
    const supergraph = readFileSync(join(copy, 'schema', 'supergraph.graphql'), 'utf8');
    expect(supergraph).toContain('YOUTH_JUSTICE @join__graph(name: "youth-justice", url: "http://127.0.0.1:4106/graphql")');
    expect(supergraph).toContain('youthJusticeRecordObservation(');
    // this repository is untouched
    expect(existsSync(join(ROOT, 'subgraphs', 'youth-justice'))).toBe(false);
  });

  test('the scaffolded test passes in the copy (migrations, seed, entities, its own query, idempotent re-seed)', async () => {
    const { stderr } = await run(
      process.execPath,
      [join(ROOT, 'node_modules', 'jest', 'bin', 'jest.js'), 'subgraphs/youth-justice/test/youth-justice.subgraph.test.ts'],
      { cwd: copy, env: { ...process.env, CI: 'true' } },
    );
    expect(stderr).toMatch(/Tests:\s+3 passed, 3 total/);
  });

  test("the copy's topology serves the new agency through the gateway", async () => {
    hub = await startTestHub('new_subgraph', { root: copy });
    // the plan knows the agency from its registry entry, with no measure in any plan yet
    type Agencies = { agencies: Array<{ key: string; measures: unknown[] }> };
    const known = await hub.query<Agencies>(`{ agencies { key name measureType measures { id } } }`);
    expect(known.errors).toBeUndefined();
    expect(known.data!.agencies.find((a) => a.key === 'youth-justice')).toEqual({
      key: 'youth-justice',
      name: 'The youth justice service (YOTs)',
      measureType: 'YouthJusticeMeasure',
      measures: [],
    });
    // the secretariat links its measure to a plan, as for any agency
    const link = await hub.query<{ linkMeasure: unknown }>(
      `mutation ($input: CatalogueEntryInput!) { linkMeasure(input: $input) { agency { key } measure { __typename id } } }`,
      { input: { measureId: 'youth-justice.example-measure', agency: 'youth-justice', plan: 'km-2012-2015' } },
      await hub.token('secretariat'),
    );
    expect(link.errors).toBeUndefined();
    expect(link.data!.linkMeasure).toEqual({
      agency: { key: 'youth-justice' },
      measure: { __typename: 'YouthJusticeMeasure', id: 'youth-justice.example-measure' },
    });
    const r = await hub.query<{ headlineMeasures: unknown[] }>(
      `{ headlineMeasures(agency: "youth-justice") { id name agency latest { printed } } }`,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.headlineMeasures).toEqual([
      { id: 'youth-justice.example-measure', name: 'Example youth-justice measure', agency: 'youth-justice', latest: { printed: '42' } },
    ]);
    // the agency's own type, through the gateway
    const own = await hub.query<{ youthJusticeSources: unknown[] }>(`{ youthJusticeSources { __typename title publisher published } }`);
    expect(own.errors).toBeUndefined();
    expect(own.data!.youthJusticeSources).toEqual([
      {
        __typename: 'YouthJusticeSource',
        title: 'Example publication (replace with the document the figures are printed in)',
        publisher: 'the youth justice service (YOTs)',
        published: '2013-07-17',
      },
    ]);
    const all = await hub.query<Agencies>(`{ agencies { key measures { id } } }`);
    expect(all.errors).toBeUndefined();
    expect(all.data!.agencies.find((a) => a.key === 'youth-justice')!.measures).toEqual([{ id: 'youth-justice.example-measure' }]);
  }, 300_000);
});
