/**
 * Compiled execution (graphql-jit) against graphql-js for the probation subgraph's hot entity fetches, in one
 * process, on a national benchmark database: the time of execution plus JSON.stringify of the answer, the SQL
 * included (the same loaders); then the same with the statements sent unprepared (unnamed, so PostgreSQL parses and
 * plans each one); then the building of one measure's figures from their rows alone. Not a jest test;
 * loopback only. docs/BENCHMARKS.md gives the figures.
 *   node -r ./test/load/register.js test/load/jit-probe.ts [--scale 100] [--runs 10]
 */
import { loadavg } from 'node:os';
import { execute, parse, type DocumentNode, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import { agencyContextFactory, agencyDataSource, buildAgencySchema, type Viewer } from '@hub/common/platform';
import { selectFigure, toObservation, type FigureRow } from '../../subgraphs/common/src/agency/repository';
import { PUBLIC_READ } from '../../subgraphs/common/src/agency/disclosure';
import { definition } from '../../subgraphs/probation/src/index';
import { benchDatabaseUrl } from './national';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const SCALE = Number(arg('scale', '100'));
const RUNS = Number(arg('runs', '10'));
const BOARD: Viewer = { subject: 'jit-probe', role: 'board', agency: null };

const FIGURES = `period { code label } value numerator denominator printed approximate notAvailable suppressed`;
const WORKLOADS: Array<{ name: string; query: string; variables: (ids: string[]) => Record<string, unknown> }> = [
  {
    name: 'scorecard entity fetch (every probation measure, la-001, 8 quarters)',
    query: `query ($reps: [_Any!]!, $area: ID, $from: String, $to: String) { _entities(representations: $reps) { ... on ProbationMeasure { id name agency unit polarity observations(area: $area, from: $from, to: $to) { ${FIGURES} } } } }`,
    variables: (ids) => ({
      reps: ids.map((id) => ({ __typename: 'ProbationMeasure', id })),
      area: 'la-001',
      from: '2023-24 Q1',
      to: '2024-25 Q4',
    }),
  },
  {
    name: 'all-areas entity fetch (one measure, every area and quarter)',
    query: `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on ProbationMeasure { id name observations { area { code } ${FIGURES} } } } }`,
    variables: () => ({ reps: [{ __typename: 'ProbationMeasure', id: 'probation.national-01-proven-reoffending' }] }),
  },
];

async function time(label: string, fn: () => Promise<string>): Promise<number[]> {
  const ms: number[] = [];
  let bytes = 0;
  for (let i = 0; i < RUNS; i++) {
    const t0 = process.hrtime.bigint();
    bytes = (await fn()).length;
    ms.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  ms.sort((a, b) => a - b);
  console.log(
    `  ${label.padEnd(10)} median ${ms[Math.floor(ms.length / 2)].toFixed(1)} ms, min ${ms[0].toFixed(1)} ms (${bytes ? `${bytes} bytes; ` : ''}load ${loadavg()[0].toFixed(1)})`,
  );
  return ms;
}

(async () => {
  const { dataSource } = agencyDataSource(definition, { ...process.env, DATABASE_URL: benchDatabaseUrl(SCALE) });
  await dataSource.initialize();
  const schema: GraphQLSchema = (await buildAgencySchema(definition)).schema;
  const factory = await agencyContextFactory(definition, dataSource);
  const ids = ((await dataSource.query(`SELECT id FROM probation.measure ORDER BY id`)) as Array<{ id: string }>).map((r) => r.id);
  const workloads = WORKLOADS.map((w) => {
    const document: DocumentNode = parse(w.query);
    const compiled = compileQuery(schema, document);
    if (!isCompiledQuery(compiled)) throw new Error(JSON.stringify(compiled));
    return { name: w.name, document, compiled, variables: w.variables(ids) };
  });
  for (const { name, document, compiled, variables } of workloads) {
    console.log(`${name}, ${SCALE}x, ${RUNS} runs each, interleaved warm-up:`);
    await execute({ schema, document, variableValues: variables, contextValue: await factory(BOARD) });
    await compiled.query(undefined, await factory(BOARD), variables);
    for (let round = 0; round < 2; round++) {
      await time('graphql-js', async () =>
        JSON.stringify(await execute({ schema, document, variableValues: variables, contextValue: await factory(BOARD) })),
      );
      await time('graphql-jit', async () => compiled.stringify(await compiled.query(undefined, await factory(BOARD), variables)));
    }
  }
  // Named (prepared) statements against the same statements unnamed, which PostgreSQL parses and plans on every
  // execution: the pool's query is wrapped here only, so the subgraph's code is the same in both.
  const pool = (dataSource.driver as unknown as { master: { query: (config: unknown, ...rest: unknown[]) => unknown } }).master;
  const namedQuery = pool.query.bind(pool);
  let prepared = true;
  pool.query = (config, ...rest) => {
    const c = config as { name?: string; text?: string; values?: unknown[] } | string;
    return namedQuery(!prepared && typeof c === 'object' && c.name ? { text: c.text, values: c.values } : config, ...rest);
  };
  for (const { name, compiled, variables } of workloads) {
    console.log(`${name}, graphql-jit, prepared and unprepared statements, ${RUNS} runs each:`);
    for (let round = 0; round < 2; round++) {
      for (const p of [true, false]) {
        prepared = p;
        await time(p ? 'prepared' : 'unprepared', async () =>
          compiled.stringify(await compiled.query(undefined, await factory(BOARD), variables)),
        );
      }
    }
  }
  prepared = true;
  // Building the figures alone (no SQL, no GraphQL): the rows of the all-areas measure turned into Observations.
  const rows = (await dataSource.query(
    `SELECT ${selectFigure('x')}, x.series_version, x.public_source, false AS draft, m.unit, m.disclosure_threshold
     FROM probation.observation x JOIN probation.measure m ON m.id = x.measure_id WHERE x.measure_id = $1`,
    ['probation.national-01-proven-reoffending'],
  )) as FigureRow[];
  console.log(`building ${rows.length} figures from their rows (toObservation), ${RUNS} runs:`);
  await time('build', async () => (rows.map((r) => toObservation(r, PUBLIC_READ)), ''));
  await dataSource.destroy();
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
