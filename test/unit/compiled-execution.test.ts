/**
 * Compiled execution inside Apollo Server: an unexpected error thrown by a resolver (not a GraphQLError, so
 * graphql-jit gives it no `extensions`) is formatted as graphql-js's would be, with its path and an
 * INTERNAL_SERVER_ERROR code, and the rest of the answer survives.
 */
import { ApolloServer } from '@apollo/server';
import {
  GraphQLBoolean,
  GraphQLInputObjectType,
  GraphQLInterfaceType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
} from 'graphql';
import { compiledExecution } from '@hub/common/platform';

const fail = (message: string) => () => {
  throw new Error(message);
};
const Nested = new GraphQLObjectType({
  name: 'Nested',
  fields: { boom: { type: new GraphQLNonNull(GraphQLString), resolve: fail('deeper') } },
});
// An asynchronous resolveType, as type-graphql makes every one: graphql-jit would read the promise as no type.
const Measure = new GraphQLInterfaceType({
  name: 'Measure',
  fields: { id: { type: GraphQLString } },
  resolveType: (value: { __typename: string }) => Promise.resolve(value.__typename),
});
// No resolveType: graphql-js picks the type by the value's __typename, and so must compiled execution.
const Place = new GraphQLInterfaceType({ name: 'Place', fields: { code: { type: GraphQLString } } });
const Area = new GraphQLObjectType({ name: 'Area', interfaces: [Place], fields: { code: { type: GraphQLString } } });
const PoliceMeasure = new GraphQLObjectType({ name: 'PoliceMeasure', interfaces: [Measure], fields: { id: { type: GraphQLString } } });
const schema = new GraphQLSchema({
  types: [PoliceMeasure, Area],
  query: new GraphQLObjectType({
    name: 'Query',
    fields: {
      ok: { type: GraphQLString, resolve: () => 'fine' },
      boom: { type: GraphQLString, resolve: fail('kaput') },
      nested: { type: Nested, resolve: () => ({}) },
      measures: { type: new GraphQLList(Measure), resolve: () => [{ __typename: 'PoliceMeasure', id: 'police.iom' }] },
      places: { type: new GraphQLList(Place), resolve: () => [{ __typename: 'Area', code: 'kent' }] },
      // An input object whose field has a default, as the figures' filter has (includeSubAreas: Boolean! = false).
      filtered: {
        type: GraphQLString,
        args: {
          filter: {
            type: new GraphQLInputObjectType({
              name: 'Filter',
              fields: { area: { type: GraphQLString }, includeSubAreas: { type: new GraphQLNonNull(GraphQLBoolean), defaultValue: false } },
            }),
          },
        },
        resolve: (_: unknown, args: { filter?: { area?: string; includeSubAreas: boolean } }) => JSON.stringify(args.filter),
      },
    },
  }),
});

async function run(gateway: boolean, query: string, variables?: Record<string, unknown>) {
  const server = gateway ? new ApolloServer({ gateway: compiledExecution(schema) }) : new ApolloServer({ schema });
  await server.start();
  try {
    const res = await server.executeOperation({ query, variables });
    if (res.body.kind !== 'single') throw new Error('expected a single result');
    return res.body.singleResult;
  } finally {
    await server.stop();
  }
}

test('a plain error thrown in a compiled query is formatted with its path and code, like graphql-js', async () => {
  const reference = await run(false, '{ ok boom nested { boom } }');
  const compiled = await run(true, '{ ok boom nested { boom } }');
  expect(reference.errors?.map((e) => ({ message: e.message, path: e.path, code: e.extensions?.code }))).toEqual([
    { message: 'kaput', path: ['boom'], code: 'INTERNAL_SERVER_ERROR' },
    { message: 'deeper', path: ['nested', 'boom'], code: 'INTERNAL_SERVER_ERROR' },
  ]);
  expect(compiled.errors?.map((e) => ({ message: e.message, path: e.path, code: e.extensions?.code }))).toEqual(
    reference.errors?.map((e) => ({ message: e.message, path: e.path, code: e.extensions?.code })),
  );
  expect(compiled.data).toEqual(reference.data);
  expect(compiled.data).toEqual({ ok: 'fine', boom: null, nested: null });
});

test('interfaces resolve by __typename, with an asynchronous resolveType or none, as in graphql-js', async () => {
  const query = '{ measures { __typename id } places { __typename code } }';
  const compiled = await run(true, query);
  expect(compiled.errors).toBeUndefined();
  expect(compiled.data).toEqual({
    measures: [{ __typename: 'PoliceMeasure', id: 'police.iom' }],
    places: [{ __typename: 'Area', code: 'kent' }],
  });
  expect(compiled).toEqual(await run(false, query));
});

test("a variable's input object gets its fields' defaults, as in graphql-js", async () => {
  const query = 'query ($filter: Filter) { filtered(filter: $filter) }';
  const compiled = await run(true, query, { filter: { area: 'kent' } });
  expect(compiled.errors).toBeUndefined();
  expect(compiled.data).toEqual({ filtered: JSON.stringify({ area: 'kent', includeSubAreas: false }) });
  expect(compiled).toEqual(await run(false, query, { filter: { area: 'kent' } }));
});
