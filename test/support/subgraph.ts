import { execute, parse, type GraphQLSchema } from 'graphql';
import type { GraphQLResponse } from './graphql';

/**
 * Executes an operation against a subgraph schema in-process, as the gateway would send it. `T` is the shape of the
 * operation's `data`; give it, so the test reads typed fields (without it `data` is `unknown`).
 */
export async function run<T = unknown>(
  schema: GraphQLSchema,
  contextFactory: () => Promise<object>,
  query: string,
  variables?: Record<string, unknown>,
): Promise<GraphQLResponse<T>> {
  const result = await execute({ schema, document: parse(query), variableValues: variables, contextValue: await contextFactory() });
  return JSON.parse(JSON.stringify(result)) as GraphQLResponse<T>;
}
