import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError, getNullableType, isListType, type DocumentNode, type GraphQLField, type GraphQLSchema } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';

/**
 * Fan-out limits: what one operation may make the gateway and the subgraphs do.
 *
 * GraphQL Armor's cost rule counts fields, not list sizes, and it cannot see variables, so twenty aliases of
 * `headlineMeasures { usedIn { plan { headlineMeasures { figures { ... } } } } }` passed it while returning 10 MB.
 * Two checks close that:
 *  - an estimate of the rows an operation returns, from list sizes, with the variables' values
 *    (graphql-query-complexity, which resolves arguments with variables and defaults): a field with a `first`
 *    argument counts `first` times, any other list `listSize` times, and a connection's `edges` once (the
 *    `first` of its field already counted them);
 *  - a cap on the entity representations the gateway sends to subgraphs for one operation, counted as the query
 *    plan runs (the estimate cannot know how many measures a plan has): past the cap every further fetch is
 *    refused and the whole operation fails with one error that says why.
 */
export interface FanOutLimits {
  /** Largest estimated cost (rows and fields, with list sizes) of one operation. */
  maxListCost: number;
  /** The size assumed for a list without `first`. */
  listSize: number;
  /** Largest number of entity representations sent to subgraphs for one operation. */
  maxRepresentations: number;
}

/** Per-operation counter of representations, kept in the request context. */
export interface FanOutCounter {
  representations: number;
  exceeded: boolean;
}

export interface FanOutContext {
  fanOut: FanOutCounter;
}

export const newFanOutCounter = (): FanOutCounter => ({ representations: 0, exceeded: false });

const tooCostly = (found: number, max: number) =>
  new GraphQLError(
    `Query list cost limit of ${max} exceeded, found ${found}: the operation would return too many rows. ` +
      'Ask for fewer items (a smaller `first`, fewer aliases or less nesting of lists) and page with `after`.',
    { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', cost: found, maxCost: max, http: { status: 400 } } },
  );

export const representationsExceeded = (max: number) =>
  new GraphQLError(
    `Entity limit of ${max} exceeded: the operation needs more than ${max} objects from the agencies' subgraphs. ` +
      'Ask for fewer measures or plans at once (fewer aliases, less nesting) and page with `first` and `after`.',
    { extensions: { code: 'OPERATION_TOO_LARGE', maxRepresentations: max, http: { status: 400 } } },
  );

/** graphql-query-complexity estimator: one per field, times its list size. */
export function listSizeEstimator(listSize: number): ComplexityEstimator {
  return ({ field, args, childComplexity, type }) => {
    const first = (args as { first?: unknown }).first;
    let multiplier = 1;
    if (typeof first === 'number' && first > 0) multiplier = first;
    else if (
      isListType(getNullableType((field as GraphQLField<unknown, unknown>).type)) &&
      !(field.name === 'edges' && type.name.endsWith('Connection'))
    )
      multiplier = listSize;
    return (1 + childComplexity) * multiplier;
  };
}

/** Refuses an operation whose estimated cost with list sizes is above the limit, before any subgraph is called. */
export function listCostPlugin<C extends BaseContext>(limits: FanOutLimits): ApolloServerPlugin<C> {
  const check = listCostCheck(limits);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request, operationName }) {
          check(schema, document, operationName ?? null, request.variables ?? {});
        },
      };
    },
  };
}

/** The check of `listCostPlugin`, for any runtime: throws a 400 GraphQLError above the limit. */
export function listCostCheck(
  limits: FanOutLimits,
): (schema: GraphQLSchema, document: DocumentNode, operationName: string | null, variables: Record<string, unknown>) => void {
  const estimator = listSizeEstimator(limits.listSize);
  // The estimate walks the whole operation with type information, a few per cent of the gateway's time per request.
  // The runtimes keep one parsed document per query text, and a dashboard sends the same few operations with
  // the same variables over and over: the cost is remembered per schema, document, operation name and variables.
  const known = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, Map<string, number>>>();
  return (schema, document, operationName, variables) => {
    let bySchema = known.get(schema);
    if (!bySchema) known.set(schema, (bySchema = new WeakMap<DocumentNode, Map<string, number>>()));
    let costs = bySchema.get(document);
    if (!costs) bySchema.set(document, (costs = new Map<string, number>()));
    const key = costKey(operationName, variables);
    let cost = key === null ? undefined : costs.get(key);
    if (cost === undefined) {
      try {
        cost = getComplexity({ schema, query: document, operationName: operationName ?? undefined, variables, estimators: [estimator] });
      } catch (e) {
        // Variables that do not fit the operation are named by the runtime's own validation right after this.
        if (e instanceof GraphQLError) return;
        throw e;
      }
      // Bounded: a client varying its variables endlessly only empties the table of its document.
      if (costs.size >= COSTS_PER_DOCUMENT) costs.clear();
      if (key !== null) costs.set(key, cost);
    }
    if (cost > limits.maxListCost) throw tooCostly(cost, limits.maxListCost);
  };
}

/** How many sets of variables the cost table keeps for one document. */
const COSTS_PER_DOCUMENT = 256;

/**
 * The cost table's key, or null for variables too deeply nested to serialise (JSON.parse accepts nesting that
 * JSON.stringify's recursion cannot walk): those are estimated each time, and refused by validation as before.
 */
function costKey(operationName: string | null, variables: Record<string, unknown>): string | null {
  try {
    return `${operationName ?? ''}\n${JSON.stringify(variables)}`;
  } catch {
    return null;
  }
}

/**
 * Fails the whole operation once the representation cap was passed: partial data from the fetches that ran
 * before the cap would look like a complete answer.
 */
export function representationCapPlugin<C extends BaseContext & FanOutContext>(limits: FanOutLimits): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          if (!contextValue.fanOut?.exceeded || response.body.kind !== 'single') return;
          response.body.singleResult = { errors: [representationsExceeded(limits.maxRepresentations)] };
          response.http.status = 400;
        },
      };
    },
  };
}

/**
 * Counts a subgraph fetch's representations; throws (failing that fetch at once) past the cap. Apollo's planner
 * sends them as `$representations`; Hive's batches several entity fetches into one call, one variable each. Any
 * variable that is a list of objects with a `__typename` is representations: no input object can have that field.
 */
export function countRepresentations(
  counter: FanOutCounter | undefined,
  variables: Record<string, unknown> | undefined,
  max: number,
): void {
  if (!counter || !variables) return;
  let found = 0;
  for (const value of Object.values(variables)) {
    if (Array.isArray(value) && value.length > 0 && typeof value[0] === 'object' && value[0] !== null && '__typename' in value[0]) {
      found += value.length;
    }
  }
  if (found === 0) return;
  counter.representations += found;
  if (counter.exceeded || counter.representations > max) {
    counter.exceeded = true;
    throw representationsExceeded(max);
  }
}
