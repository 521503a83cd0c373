import 'reflect-metadata';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import gql from 'graphql-tag';
import { lexicographicSortSchema, type GraphQLSchema } from 'graphql';
import { buildSchemaSync, createResolversMap, type BuildSchemaOptions } from 'type-graphql';

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
/**
 * A type's `__resolveReference`: (reference, context, info) typed as each type needs them. `never[]` arguments:
 * any such function fits, without typing its arguments as `any`.
 */
export interface ReferenceResolver {
  __resolveReference: (...args: never[]) => unknown;
}

export async function buildFederatedSchema(
  options: Omit<BuildSchemaOptions, 'skipCheck'>,
  referenceResolvers: Record<string, ReferenceResolver> = {},
): Promise<FederatedSchema> {
  return buildFederatedSchemaSync(options, referenceResolvers);
}

/** As buildFederatedSchema, in one synchronous step (so a build-scoped setting, such as the Area class, holds throughout). */
export function buildFederatedSchemaSync(
  options: Omit<BuildSchemaOptions, 'skipCheck'>,
  referenceResolvers: Record<string, ReferenceResolver> = {},
): FederatedSchema {
  const built = buildSchemaSync({ ...options, skipCheck: true, validate: false });
  const printed = printSchemaWithDirectives(lexicographicSortSchema(built));
  const sdl = `${FEDERATION_LINK}\n\n${printed}\n`;
  const resolvers: Record<string, object> = createResolversMap(built);
  for (const [type, ref] of Object.entries(referenceResolvers)) {
    resolvers[type] = { ...(resolvers[type] ?? {}), ...ref };
  }
  const schema = buildSubgraphSchema([{ typeDefs: gql(sdl), resolvers: resolvers as GraphQLResolverMap }]);
  return { schema, sdl };
}
