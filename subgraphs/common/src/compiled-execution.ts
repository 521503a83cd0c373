import type { ApolloServerOptionsWithGateway, BaseContext } from '@apollo/server';
import {
  defaultTypeResolver,
  execute,
  GraphQLError,
  isAbstractType,
  isInputObjectType,
  Kind,
  typeFromAST,
  getNamedType,
  type GraphQLInputObjectType,
  type OperationDefinitionNode,
  printSchema,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
  type GraphQLTypeResolver,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

/**
 * Compiled execution (graphql-jit) for a subgraph's queries, plugged into Apollo Server through its executor hook.
 *
 * Apollo Server has no executor option for a plain schema; its gateway interface is the one place where the
 * execution step can be replaced while parsing, validation, plugins, context and error formatting stay Apollo's.
 * Queries are compiled once per parsed document: Apollo keeps parsed documents in its own bounded LRU store and
 * hands the same DocumentNode to every request with the same text, so a WeakMap keyed by it is bounded by that
 * store and needs no cache of its own. Mutations run through graphql-js: they are rare, and their field-by-field
 * serial execution is where graphql-js is the reference.
 */
type GatewayInterface = ApolloServerOptionsWithGateway<BaseContext>['gateway'];
type Executor = NonNullable<Awaited<ReturnType<GatewayInterface['load']>>['executor']>;

export function compiledExecution(schema: GraphQLSchema): GatewayInterface {
  resolveTypesByTypename(schema);
  const compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery | null>>();

  const compiledFor = (document: DocumentNode, operationName: string | undefined): CompiledQuery | null => {
    let byName = compiled.get(document);
    if (!byName) compiled.set(document, (byName = new Map<string, CompiledQuery | null>()));
    const key = operationName ?? '';
    if (!byName.has(key)) {
      const operation = document.definitions.find(
        (d): d is OperationDefinitionNode =>
          d.kind === Kind.OPERATION_DEFINITION && (d.name?.value ?? '') === (operationName ?? d.name?.value ?? ''),
      );
      if (operation && variablesWithInputDefaults(schema, operation)) {
        byName.set(key, null);
        return null;
      }
      const result = compileQuery(schema, document, operationName);
      // A document graphql-jit cannot compile runs through graphql-js, which gives the reference behaviour.
      byName.set(key, isCompiledQuery(result) ? result : null);
    }
    return byName.get(key) ?? null;
  };

  const executor: Executor = async (ctx) => {
    const { document, operation, request, context: contextValue } = ctx;
    const query = operation.operation === 'query' ? compiledFor(document, request.operationName) : null;
    const result: ExecutionResult = query
      ? await query.query(undefined, contextValue, request.variables ?? {})
      : await execute({ schema, document, contextValue, variableValues: request.variables, operationName: request.operationName });
    return result.errors ? { ...result, errors: result.errors.map(asGraphQLError) } : result;
  };

  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => undefined;
    },
    load: () => Promise.resolve({ executor }),
    stop: () => Promise.resolve(),
  };
}

/**
 * graphql-jit's errors only imitate graphql-js's (no `extensions` object when the cause has none, which Apollo's
 * error formatting reads). Rebuild each as graphql-js's `locatedError` would: a GraphQLError thrown by a resolver
 * with a path is kept as it is; anything else is wrapped with its path, locations and cause.
 */
function asGraphQLError(error: GraphQLError): GraphQLError {
  const cause: unknown = error.originalError;
  if (cause instanceof GraphQLError && cause.path && cause.extensions) return cause;
  const located = new GraphQLError(error.message, {
    path: error.path,
    originalError: cause instanceof Error ? cause : undefined,
    extensions: cause instanceof GraphQLError ? cause.extensions : (error.extensions ?? undefined),
  });
  if (error.locations) Object.defineProperty(located, 'locations', { value: error.locations, enumerable: true });
  return located;
}

/**
 * graphql-jit calls an abstract type's `resolveType` synchronously: a promise (type-graphql makes every
 * `resolveType` async) reads as "no type", and a type without `resolveType` has no `__typename` default as in
 * graphql-js. Every value this schema's interfaces and unions resolve carries its `__typename` (the kit's and the
 * plan's resolvers return exactly that), so it is read first, synchronously; only a value without one reaches the
 * original resolver.
 */
const typeResolutionDone = new WeakSet<GraphQLSchema>();
function resolveTypesByTypename(schema: GraphQLSchema): void {
  if (typeResolutionDone.has(schema)) return;
  typeResolutionDone.add(schema);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isAbstractType(type)) continue;
    const original: GraphQLTypeResolver<unknown, unknown> = type.resolveType ?? defaultTypeResolver;
    type.resolveType = (value, context, info, abstractType) => {
      const typename = (value as { __typename?: unknown } | null)?.__typename;
      return typeof typename === 'string' ? typename : original(value, context, info, abstractType);
    };
  }
}

/**
 * graphql-jit does not fill in the default of an input object's field inside a variable's value (a `FigureFilter`
 * without `includeSubAreas` is refused as "required type Boolean! was not provided", where graphql-js applies the
 * default `false`). An operation whose variables are such input objects runs through graphql-js; the hot reads (entity
 * fetches with scalar variables) stay compiled.
 */
function variablesWithInputDefaults(schema: GraphQLSchema, operation: OperationDefinitionNode): boolean {
  const seen = new Set<GraphQLInputObjectType>();
  const hasDefaults = (type: GraphQLInputObjectType): boolean => {
    if (seen.has(type)) return false;
    seen.add(type);
    return Object.values(type.getFields()).some((f) => {
      if (f.defaultValue !== undefined) return true;
      const named = getNamedType(f.type);
      return isInputObjectType(named) && hasDefaults(named);
    });
  };
  return (operation.variableDefinitions ?? []).some((v) => {
    const type = typeFromAST(schema, v.type as Parameters<typeof typeFromAST>[1]);
    const named = type ? getNamedType(type) : undefined;
    return named !== undefined && isInputObjectType(named) && hasDefaults(named);
  });
}
