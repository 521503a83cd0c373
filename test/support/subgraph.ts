import { execute, parse, type GraphQLSchema } from 'graphql';

/** Executes an operation against a subgraph schema in-process, as the gateway would send it. */
export async function run(
  schema: GraphQLSchema,
  contextFactory: () => Promise<object>,
  query: string,
  variables?: Record<string, unknown>,
) {
  const result = await execute({ schema, document: parse(query), variableValues: variables, contextValue: await contextFactory() });
  return JSON.parse(JSON.stringify(result)) as { data?: any; errors?: Array<{ message: string; extensions?: any }> };
}
