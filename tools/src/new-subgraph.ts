import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { discoverSubgraphs } from '@hub/common/platform';
import { ROOT } from './paths';

/**
 * npm run new-subgraph -- <name> [--title "..."] [--no-build]
 *
 * Scaffolds a working agency subgraph in subgraphs/<name>/ with the shape of subgraphs/dwp (package, tsconfig,
 * subgraph.json on the next free port, service, TypeORM data source, seed with one example measure, one type and
 * query of its own to replace with the agency's own part of the graph, a test),
 * then registers the workspace in package-lock.json (npm install --offline; `npm ci` in CI needs it; skip with
 * --no-install), builds and recomposes schema/ (npm run schema:generate; skip with --no-build). It edits no
 * existing file: the folder's subgraph.json is the agency's registry entry, from which the build gives the plan
 * its stub type and agency row (subgraphs/plan/scripts/generate-agencies.js).
 */

/** The type-graphql the agencies build on (their own types and resolvers), the version the kit uses. */
const TYPE_GRAPHQL = '2.0.0-rc.4';

const RESERVED = new Set(['common', 'plan', 'gateway', 'clients', 'tools', 'web', 'schema', 'test']);

export function pascal(name: string): string {
  return name
    .split('-')
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');
}

/** The agency key as the prefix of its own root fields: youth-justice -> youthJustice. */
export const camel = (name: string) => pascal(name)[0].toLowerCase() + pascal(name).slice(1);

/** Why a name cannot be used, or null. */
export function invalidName(name: string | undefined, root = ROOT): string | null {
  if (!name) return 'give the agency key, e.g. `npm run new-subgraph -- youth-justice`';
  if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(name))
    return `"${name}" is not kebab-case (lower-case letters and digits in words joined by single hyphens, starting with a letter, e.g. youth-justice)`;
  if (name.length > 40) return `"${name}" is too long (40 characters at most)`;
  if (RESERVED.has(name)) return `"${name}" is reserved`;
  if (existsSync(join(root, 'subgraphs', name))) return `subgraphs/${name} already exists`;
  return null;
}

export interface ScaffoldResult {
  dir: string;
  port: number;
  measureType: string;
  files: string[];
}

/** Writes the new folder and its test; changes no existing file and builds nothing. */
export function scaffold(name: string, opts: { root?: string; title?: string } = {}): ScaffoldResult {
  const root = opts.root ?? ROOT;
  const problem = invalidName(name, root);
  if (problem) throw new Error(`Cannot create subgraph: ${problem}.`);
  const subgraphsDir = join(root, 'subgraphs');
  const existing = discoverSubgraphs(subgraphsDir);
  const port = Math.max(...existing.map((s) => s.port)) + 1;
  const measureType = `${pascal(name)}Measure`;
  if (existing.some((s) => s.measureType === measureType))
    throw new Error(`Cannot create subgraph: measure type ${measureType} is already used`);
  const title = opts.title ?? `the ${name.replace(/-/g, ' ')} service`;
  const displayName = title[0].toUpperCase() + title.slice(1);
  const dir = join(subgraphsDir, name);
  const files: Record<string, string> = {
    'package.json':
      JSON.stringify(
        {
          name: `@hub/${name}`,
          version: '0.1.0',
          private: true,
          main: 'dist/index.js',
          dependencies: { '@hub/common': '0.1.0', 'type-graphql': TYPE_GRAPHQL },
          // Released alone: `npm run migrate -w subgraphs/<name>` (docs/RELEASING.md).
          scripts: { migrate: 'node dist/index.js migrate', seed: 'node dist/index.js seed' },
        },
        null,
        2,
      ) + '\n',
    'tsconfig.json':
      '{\n  "extends": "../../tsconfig.base.json",\n  "compilerOptions": { "rootDir": "src", "outDir": "dist" },\n  "include": ["src"],\n  "references": [{ "path": "../common" }]\n}\n',
    'subgraph.json': JSON.stringify({ name, title, displayName, port, kind: 'agency', measureType }, null, 2) + '\n',
    'src/index.ts': `import { readManifest, runAgency, type AgencyDefinition } from '@hub/common';
import { measures } from './data/figures';
import { OWN_RESOLVERS } from './schema/sources';

/**
 * The ${name} subgraph: its measures and figures, in its own database schema. Its own types, entities, migrations,
 * loaders and seed data go in src/schema, src/entities, src/migrations and src/data, named here
 * (subgraphs/common/README.md, "How to add an agency-specific field").
 */
export const definition: AgencyDefinition = { manifest: readManifest(__dirname), measures, resolvers: OWN_RESOLVERS };

runAgency(definition, module);
`,
    'src/data-source.ts': `// For the TypeORM CLI (e.g. \`npx typeorm migration:show -d subgraphs/${name}/dist/data-source.js\`).
import { agencyDataSource } from '@hub/common';
import { definition } from './index';

export default agencyDataSource(definition).dataSource;
`,
    'src/data/figures.ts': `/**
 * ${name} figures as published. Every \`printed\` string must be verbatim from the document named in its
 * provenance (test/seed-data.test.ts checks it against ../shared/seeds/). Replace the example below.
 */
import type { MeasureSeed, ProvenanceSeed } from '@hub/common';

const EXAMPLE_SOURCE: ProvenanceSeed = {
  publication: 'Example publication (replace with the document the figure is printed in)',
  publisher: ${quote(title)},
  published: '2013-07-17',
  document: 'example.txt',
  location: 'Example table',
};

export const measures: MeasureSeed[] = [
  {
    id: '${name}.example-measure',
    name: 'Example ${name} measure',
    definition: 'An example measure created by npm run new-subgraph; replace it with the agency\\'s headline measures.',
    unit: 'COUNT',
    polarity: 'HIGHER_IS_BETTER',
    leadAgency: ${quote(title)},
    source: 'Example source',
    observations: [{ area: 'kent', period: '2012-13', printed: '42', value: 42, provenance: EXAMPLE_SOURCE }],
  },
];
`,
    'src/data/sources.ts': `/**
 * The documents ${name} publishes its figures in: the data behind its own part of the graph
 * (src/schema/sources.ts). An example to replace with what only this agency has.
 */
export interface SourceDocument {
  title: string;
  publisher: string;
  /** ISO date. */
  published: string;
}

export const sources: SourceDocument[] = [
  { title: 'Example publication (replace with the document the figures are printed in)', publisher: ${quote(title)}, published: '2013-07-17' },
];
`,
    'src/schema/sources.ts': `import { Field, ObjectType, Query, Resolver } from 'type-graphql';
import { sources, type SourceDocument } from '../data/sources';

/** A type only ${name} has (scaffolded by npm run new-subgraph; replace it with the agency's own part of the graph). */
@ObjectType('${pascal(name)}Source', { description: ${quote(`A document ${title} publishes its figures in.`)} })
export class ${pascal(name)}Source {
  @Field({ description: 'Title of the document.' })
  title!: string;
  @Field({ description: 'Who published it.' })
  publisher!: string;
  @Field({ description: 'When it was published (ISO date).' })
  published!: string;
}

@Resolver()
export class ${pascal(name)}SourcesResolver {
  @Query(() => [${pascal(name)}Source], { description: ${quote(`The documents ${title} publishes its figures in.`)} })
  ${camel(name)}Sources(): SourceDocument[] {
    return sources;
  }
}

/** This agency's own resolvers (AgencyDefinition.resolvers). */
export const OWN_RESOLVERS = [${pascal(name)}SourcesResolver];
`,
  };
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(join(dir, rel, '..'), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  // its own test, in its folder (jest finds subgraphs/*/test/*.test.ts): migrate and seed a fresh database, resolve every measure as an entity
  const testPath = join(dir, 'test', `${name}.subgraph.test.ts`);
  mkdirSync(join(dir, 'test'), { recursive: true });
  writeFileSync(testPath, subgraphTest(name, measureType));
  return {
    dir,
    port,
    measureType,
    files: [...Object.keys(files).map((f) => join('subgraphs', name, f)), join('subgraphs', name, 'test', `${name}.subgraph.test.ts`)],
  };
}

function subgraphTest(name: string, measureType: string): string {
  return `/**
 * The ${name} subgraph through its own schema, on real PostgreSQL: migrations, idempotent seed, every measure
 * resolves as an entity with its figures, and its own part answers. (Scaffolded by npm run new-subgraph; add the
 * agency's own cases.)
 */
import { agencyContextFactory, agencyDataSource, buildAgencySchema, migrateAndSeedAgency, type Viewer } from '@hub/common/platform';
import type { DataSource } from 'typeorm';
import { definition } from '../src/index';
import { createTestDatabase } from '../../../test/support/db';
import { run } from '../../../test/support/subgraph';

/** What each query below selects (run<T> types the answer, so the test reads checked fields). */
interface EntitiesAnswer {
  _entities: Array<{ id: string; agency: string; observations: Array<{ printed: string }> }>;
}
interface SourcesAnswer {
  ${camel(name)}Sources: Array<{ title: string; publisher: string; published: string }>;
}

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let ds: DataSource;
const BOARD: Viewer = { subject: 'test-board', role: 'board', agency: null };

beforeAll(async () => {
  db = await createTestDatabase('${name.replace(/-/g, '_')}');
  await migrateAndSeedAgency(definition, { DATABASE_URL: db.url });
  ({ dataSource: ds } = agencyDataSource(definition, { DATABASE_URL: db.url }));
  await ds.initialize();
});

afterAll(async () => {
  await ds?.destroy();
  await db?.drop();
});

test('every seeded measure resolves as a ${measureType} with its figures as printed', async () => {
  const { schema } = await buildAgencySchema(definition);
  const factory = await agencyContextFactory(definition, ds);
  const reps = definition.measures.map((m) => ({ __typename: '${measureType}', id: m.id }));
  const res = await run<EntitiesAnswer>(schema, () => factory(BOARD), \`query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on ${measureType} { id agency observations { printed } } } }\`, { reps });
  expect(res.errors).toBeUndefined();
  const entities = res.data?._entities ?? [];
  expect(entities.map((m) => m.id)).toEqual(definition.measures.map((m) => m.id));
  for (const [i, m] of definition.measures.entries()) {
    expect(entities[i].agency).toBe('${name}');
    expect(entities[i].observations.map((o) => o.printed).sort()).toEqual(m.observations.map((o) => o.printed).sort());
  }
});

test('its own part of the graph answers: ${camel(name)}Sources', async () => {
  const { schema } = await buildAgencySchema(definition);
  const factory = await agencyContextFactory(definition, ds);
  const res = await run<SourcesAnswer>(schema, () => factory(BOARD), '{ ${camel(name)}Sources { title publisher published } }');
  expect(res.errors).toBeUndefined();
  expect(res.data?.${camel(name)}Sources.length).toBeGreaterThan(0);
});

test('seeding again adds nothing', async () => {
  expect(await migrateAndSeedAgency(definition, { DATABASE_URL: db.url })).toMatchObject({ measures: 0, observations: 0 });
});
`;
}

/** A single-quoted TypeScript string literal. */
const quote = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, ' ')}'`;

function main(argv: string[]): number {
  const titleAt = argv.indexOf('--title');
  const title = titleAt >= 0 ? argv[titleAt + 1] : undefined;
  const name = argv.find((a, i) => !a.startsWith('--') && (titleAt < 0 || i !== titleAt + 1));
  const problem = invalidName(name);
  if (problem) {
    console.error(`new-subgraph: ${problem}.`);
    return 1;
  }
  const r = scaffold(name!, { title });
  console.log(
    `Created ${r.files.join(', ')} (port ${r.port}, type ${r.measureType}); the plan takes the agency from its subgraph.json at the next build.`,
  );
  if (argv.includes('--no-build')) return 0;
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  // a new workspace: npm ci refuses a package-lock.json that does not list it
  if (!argv.includes('--no-install'))
    execFileSync(npm, ['install', '--no-audit', '--no-fund', '--offline', '--ignore-scripts'], { cwd: ROOT, stdio: 'inherit' });
  execFileSync(npm, ['run', '-s', 'schema:generate'], { cwd: ROOT, stdio: 'inherit' });
  console.log(
    `Done. Next: replace the example in subgraphs/${name}/src/data/figures.ts, link its measures to a plan (the linkMeasure mutation, or subgraphs/plan/src/seed/catalogue.ts), npm run schema:generate, npm test.`,
  );
  return 0;
}

if (require.main === module) process.exit(main(process.argv.slice(2)));
