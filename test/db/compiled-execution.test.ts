/**
 * Compiled execution (graphql-jit, the subgraphs' default) answers exactly as graphql-js does, on real PostgreSQL:
 * the hot entity fetches, statistics, paging, introspection, and errors with their codes and paths. Apollo Server's
 * part (parsing, validation, formatting) is exercised by every end-to-end test, which runs the subgraphs compiled.
 */
import { execute, parse, type ExecutionResult, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import type { ApolloServerOptionsWithGateway, BaseContext } from '@apollo/server';
import {
  agencyContextFactory,
  agencyDataSource,
  buildAgencySchema,
  compiledExecution,
  migrateAndSeedAgency,
  type AgencyContext,
  type Viewer,
} from '@hub/common/platform';
import type { DataSource } from 'typeorm';
import { definition } from '../../subgraphs/probation/src/index';
import { createTestDatabase } from '../support/db';

type Executor = NonNullable<Awaited<ReturnType<ApolloServerOptionsWithGateway<BaseContext>['gateway']['load']>>['executor']>;
type ExecutorContext = Parameters<Executor>[0];

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let ds: DataSource;
let schema: GraphQLSchema;
let executor: Executor;
let ctx: (viewer: Viewer) => Promise<AgencyContext>;
const BOARD: Viewer = { subject: 'test-board', role: 'board', agency: null };
const EDITOR: Viewer = { subject: 'test-editor', role: 'agency-editor', agency: 'probation' };

beforeAll(async () => {
  db = await createTestDatabase('probation_jit');
  const env = { DATABASE_URL: db.url };
  await migrateAndSeedAgency(definition, env);
  ({ dataSource: ds } = agencyDataSource(definition, env));
  await ds.initialize();
  schema = (await buildAgencySchema(definition)).schema;
  ctx = await agencyContextFactory(definition, ds);
  const loaded = await compiledExecution(schema).load({ apollo: {} });
  executor = loaded.executor!;
});

afterAll(async () => {
  await ds?.destroy();
  await db?.drop();
});

/** The same operation both ways, each with a fresh context (its own loaders), as JSON. */
async function both(query: string, variables: Record<string, unknown> = {}, viewer: Viewer = BOARD) {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!;
  const reference = await execute({ schema, document, variableValues: variables, contextValue: await ctx(viewer) });
  const request = { query, variables };
  const compiled = await executor({ document, operation, request, context: await ctx(viewer) } as unknown as ExecutorContext);
  return { reference: asJson(reference), compiled: asJson(compiled) };
}

const asJson = (r: ExecutionResult) => JSON.parse(JSON.stringify(r)) as ExecutionResult;
const reps = (ids: string[]) => ids.map((id) => ({ __typename: 'ProbationMeasure', id }));

const FIGURE = `id printed value numerator denominator approximate notAvailable suppressed status note
  area { code } period { code kind label start end } provenance { publication document location }
  interval { computable level lower upper method explanation }
  change { assessment difference significant seriesBreak missingPeriods explanation previous { printed } }
  rag { status rule reason }`;

test('the entity fetch of every measure, with figures and their statistics, is identical', async () => {
  const { reference, compiled } = await both(
    `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on ProbationMeasure {
      id name agency unit polarity figureKind ragRule seriesVersions { version } observations { ${FIGURE} } latest { printed } } } }`,
    { reps: reps(definition.measures.map((m) => m.id)) },
  );
  expect(reference.errors).toBeUndefined();
  expect((reference.data as { _entities: unknown[] })._entities).toHaveLength(definition.measures.length);
  expect(compiled).toEqual(reference);
});

test('a page of figures with a cursor, and the next page, are identical', async () => {
  const page = `query ($after: String) { probationMeasures { id figures(first: 3, after: $after) {
    totalCount edges { cursor node { id printed } } pageInfo { hasNextPage endCursor } } } }`;
  const first = await both(page);
  expect(first.reference.errors).toBeUndefined();
  expect(first.compiled).toEqual(first.reference);
  const data = first.reference.data as { probationMeasures: Array<{ figures: { pageInfo: { endCursor: string | null } } }> };
  const after = data.probationMeasures[0].figures.pageInfo.endCursor;
  expect(after).toEqual(expect.any(String));
  const second = await both(page, { after });
  expect(second.compiled).toEqual(second.reference);
});

test('an editor sees the same drafts and audit trail either way', async () => {
  const { reference, compiled } = await both(`{ probationDrafts { id } probationAuditTrail(limit: 5) { action } }`, {}, EDITOR);
  expect(reference.errors).toBeUndefined();
  expect(compiled).toEqual(reference);
});

test('errors keep their message, path and code: a tampered cursor, and a reader asking for drafts', async () => {
  const tampered = await both(`{ probationMeasures { id figures(first: 1, after: "not-a-cursor") { totalCount } } }`);
  expect(tampered.reference.errors?.length).toBeGreaterThan(0);
  expect(tampered.compiled.errors).toEqual(tampered.reference.errors);
  expect(tampered.compiled.data).toEqual(tampered.reference.data);

  const forbidden = await both(`{ probationDrafts { id } }`);
  expect(typeof forbidden.reference.errors?.[0].extensions?.code).toBe('string');
  expect(forbidden.compiled.errors).toEqual(forbidden.reference.errors);
});

test('introspection and the federation SDL are identical', async () => {
  const { reference, compiled } = await both(`{ _service { sdl } __schema { types { name kind fields { name } } } }`);
  expect(reference.errors).toBeUndefined();
  expect(compiled).toEqual(reference);
});
