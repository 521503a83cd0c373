import 'reflect-metadata';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import gql from 'graphql-tag';
import { lexicographicSortSchema, type GraphQLSchema } from 'graphql';
import { buildSchema, createResolversMap, type BuildSchemaOptions } from 'type-graphql';

/** The one place that names the Federation version and the directives subgraphs may use. */
export const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.5", import: ["@key", "@shareable", "@interfaceObject"])';

export interface FederatedSchema {
  schema: GraphQLSchema;
  /** The subgraph SDL as committed under schema/<name>.graphql. */
  sdl: string;
}

/**
 * type-graphql classes -> Apollo subgraph schema. Reference resolvers (`__resolveReference`) are
 * merged into the generated resolver map per type.
 */
export async function buildFederatedSchema(
  options: Omit<BuildSchemaOptions, 'skipCheck'>,
  referenceResolvers: Record<string, { __resolveReference: (...args: any[]) => unknown }> = {},
): Promise<FederatedSchema> {
  const built = await buildSchema({ ...options, skipCheck: true, validate: false });
  const printed = printSchemaWithDirectives(lexicographicSortSchema(built));
  const sdl = `${FEDERATION_LINK}\n\n${printed}\n`;
  const resolvers = createResolversMap(built) as Record<string, any>;
  for (const [type, ref] of Object.entries(referenceResolvers)) {
    resolvers[type] = { ...(resolvers[type] ?? {}), ...ref };
  }
  const schema = buildSubgraphSchema([{ typeDefs: gql(sdl), resolvers: resolvers as GraphQLResolverMap }]);
  return { schema, sdl };
}
