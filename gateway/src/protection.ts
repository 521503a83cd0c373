import type { ApolloServerOptions, ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  GraphQLError,
  Kind,
  visit,
  type ArgumentNode,
  type DocumentNode,
  type OperationDefinitionNode,
  type ValueNode,
  type ValidationRule,
} from 'graphql';
import { forbidden, type Role, type Viewer } from '@hub/common/platform';
import type { OperationLimits } from './config';

/**
 * Operation limits with GraphQL Armor's Apollo integration: validation rules for depth, aliases, cost and
 * directives, and its plugin that masks "Did you mean ...?" hints. Rejections are GRAPHQL_VALIDATION_FAILED
 * errors with HTTP 400, before the query planner or any subgraph sees the operation.
 *
 * The token limit is graphql-js's own `maxTokens` parse option, with the same meaning as Armor's max-tokens:
 * Armor's Apollo max-tokens plugin throws from `parsingDidStart`, which Apollo Server 5 turns into an HTTP 500
 * for every over-long document, and for every plain syntax error as well.
 */
export function operationLimits<C extends BaseContext>(
  limits: OperationLimits,
  blockFieldSuggestions: boolean,
): Pick<ApolloServerOptions<C>, 'plugins' | 'validationRules' | 'parseOptions'> {
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: true },
    maxAliases: { n: limits.maxAliases },
    costLimit: { maxCost: limits.maxCost, ignoreIntrospection: true },
    maxDirectives: { n: limits.maxDirectives },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: blockFieldSuggestions },
  }).protect();
  return {
    plugins: [...(armor.plugins as ApolloServerPlugin<C>[]), requestSanity<C>()],
    validationRules: [...armor.validationRules, knownRootOperationTypes],
    parseOptions: { maxTokens: limits.maxTokens },
  };
}

/**
 * graphql 16 validates the fields of `mutation { ... }` only when the schema has a Mutation type; without one the
 * gateway's planner throws and the client would get an HTTP 500. Refuse it as a validation error instead.
 */
export const knownRootOperationTypes: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (!context.getSchema().getRootType(node.operation)) {
      context.reportError(
        new GraphQLError(`This graph has no ${node.operation} operations: the schema defines no ${node.operation} root type.`, {
          nodes: node,
        }),
      );
    }
  },
});

const badRequest = (message: string, code = 'BAD_USER_INPUT') => new GraphQLError(message, { extensions: { code, http: { status: 400 } } });

const literalHasNul = (value: ValueNode): boolean => {
  switch (value.kind) {
    case Kind.STRING:
      return value.value.includes('\u0000');
    case Kind.LIST:
      return value.values.some(literalHasNul);
    case Kind.OBJECT:
      return value.fields.some((f) => literalHasNul(f.value));
    default:
      return false;
  }
};

/** Whether a JSON value holds a string with a NUL character; iterative, so a deeply nested value cannot overflow the stack. */
function jsonHasNul(root: unknown): boolean {
  const stack: unknown[] = [root];
  let visited = 0;
  while (stack.length > 0 && visited++ < 1_000_000) {
    const v = stack.pop();
    if (typeof v === 'string') {
      if (v.includes('\u0000')) return true;
    } else if (Array.isArray(v)) {
      for (const item of v) stack.push(item);
    } else if (v !== null && typeof v === 'object') {
      for (const item of Object.values(v)) stack.push(item);
    }
  }
  return false;
}

/**
 * Checks that need the request, before any subgraph is called:
 *  - the operation must resolve (an unknown `operationName`, or several operations and none named, is a 400;
 *    the gateway's executor would otherwise fail with an HTTP 500);
 *  - no NUL character in a string argument or variable: PostgreSQL cannot store or compare it, so a subgraph
 *    would answer with a database error rather than "unknown id".
 */
export function requestSanity<C extends BaseContext>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request }) {
          assertRequestSane(document, operation ?? null, request.operationName ?? null, request.variables ?? {});
        },
      };
    },
  };
}

interface OperationArguments {
  /** Arguments with a NUL in a literal. */
  nulArguments: ReadonlySet<string>;
  /** Which arguments each variable feeds (to name them in the error). */
  argumentsOfVariable: ReadonlyMap<string, ReadonlySet<string>>;
}

/**
 * Both runtimes hand every request of the same text the same parsed document (their document caches), so what only
 * the document decides is found once per operation rather than walked again on every request.
 */
const argumentsByOperation = new WeakMap<OperationDefinitionNode, OperationArguments>();

function argumentsOf(document: DocumentNode, operation: OperationDefinitionNode): OperationArguments {
  const known = argumentsByOperation.get(operation);
  if (known) return known;
  const nulArguments = new Set<string>();
  const argumentsOfVariable = new Map<string, Set<string>>();
  const onArgument = (node: ArgumentNode) => {
    if (literalHasNul(node.value)) nulArguments.add(`argument "${node.name.value}"`);
    if (node.value.kind === Kind.VARIABLE) {
      const v = node.value.name.value;
      argumentsOfVariable.set(v, (argumentsOfVariable.get(v) ?? new Set()).add(node.name.value));
    }
  };
  visit(operation, { [Kind.ARGUMENT]: onArgument });
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) visit(d, { [Kind.ARGUMENT]: onArgument });
  const found = { nulArguments, argumentsOfVariable };
  argumentsByOperation.set(operation, found);
  return found;
}

/** The checks of `requestSanity`, for any runtime: throws a 400 GraphQLError when one fails. */
export function assertRequestSane(
  document: DocumentNode,
  operation: OperationDefinitionNode | null,
  operationName: string | null,
  variables: Record<string, unknown>,
): void {
  if (!operation) {
    const names = document.definitions.flatMap((d) => (d.kind === Kind.OPERATION_DEFINITION && d.name ? [d.name.value] : []));
    throw badRequest(
      operationName
        ? `Unknown operation named ${JSON.stringify(operationName.slice(0, 100))}.${names.length ? ` The document defines: ${names.join(', ')}.` : ''}`
        : 'The document has several operations: send "operationName" to choose one.',
      'OPERATION_RESOLUTION_FAILURE',
    );
  }
  const { nulArguments, argumentsOfVariable } = argumentsOf(document, operation);
  const nulVariables = Object.entries(variables)
    .filter(([, v]) => jsonHasNul(v))
    .map(([k]) => {
      const args = [...(argumentsOfVariable.get(k) ?? [])].map((a) => `"${a}"`);
      return args.length ? `argument ${args.join(', ')} (variable "$${k}")` : `variable "$${k}"`;
    });
  const bad = [...nulArguments, ...nulVariables];
  if (bad.length > 0) {
    throw badRequest(`Invalid value for ${bad.slice(0, 5).join(', ')}: text must not contain NUL characters (\\u0000).`);
  }
}

const INTROSPECTION_FIELDS = new Set(['__schema', '__type']);

const introspectionByDocument = new WeakMap<DocumentNode, readonly string[]>();

/** The introspection fields (`__schema`, `__type`) a document selects, anywhere (fragments included). */
export function introspectionFields(document: DocumentNode): readonly string[] {
  const known = introspectionByDocument.get(document);
  if (known) return known;
  const found = new Set<string>();
  visit(document, {
    [Kind.FIELD]: (node) => {
      if (INTROSPECTION_FIELDS.has(node.name.value)) found.add(node.name.value);
    },
  });
  const fields = [...found].sort();
  introspectionByDocument.set(document, fields);
  return fields;
}

/**
 * Introspection is for the roles that build on the schema (analysts, admins by default). Apollo's own
 * `introspection` switch is on, so this plugin decides per request with the verified viewer; `__typename`
 * stays available to everyone (clients need it).
 */
export function introspectionByRole<C extends BaseContext & { viewer: Viewer }>(roles: readonly Role[]): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, contextValue }) {
          assertIntrospectionAllowed(document, contextValue.viewer, roles);
        },
      };
    },
  };
}

/** The check of `introspectionByRole`, for any runtime: throws a 403 unless the viewer's role may introspect. */
export function assertIntrospectionAllowed(document: DocumentNode, viewer: Viewer, roles: readonly Role[]): void {
  if (roles.includes(viewer.role)) return;
  const fields = introspectionFields(document);
  if (fields.length > 0) {
    throw forbidden(
      `introspection (${fields.join(', ')}) is only for ${roles.length ? roles.join(' and ') : 'no'} tokens; this token's role is ${viewer.role}`,
    );
  }
}
