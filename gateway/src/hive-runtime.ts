import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  getOperationAST,
  GraphQLError,
  parse,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type ParseOptions,
  type Source,
  type ValidationRule,
} from 'graphql';
import {
  GATEWAY_SECRET_HEADER,
  operationLabeller,
  operationRecorder,
  REQUEST_ID_HEADER,
  verifyToken,
  type AuthConfig,
  type Logger,
  type ServiceMetrics,
} from '@hub/common/platform';
import type { GatewayConfig } from './config';
import type { GatewayContext } from './context';
import { isLargeImport, LONG_IMPORT_HEADER } from './large-import';
import { countRepresentations, listCostCheck, newFanOutCounter, representationsExceeded } from './fan-out';
import { assertIntrospectionAllowed, assertRequestSane, operationLimits } from './protection';
import type { GraphqlRuntime } from './runtime';
import { TRUSTED, type TrustedDocuments, type TrustedRequest } from './trusted-documents';

/*
 * Hive Gateway's packages are loaded untyped, and only when this runtime is chosen: their type declarations pull in
 * the DOM library, which would change the global fetch types of the whole gateway project (and of the tests that
 * import it). The few shapes used here are declared below, as the packages document them.
 */

/** The request state of one operation, kept on Yoga's server context (and so on every GraphQL context built from it). */
interface HubServerContext {
  req?: IncomingMessage & TrustedRequest;
  hub?: GatewayContext;
}

interface YogaParamsPayload {
  params: { query?: string; operationName?: string | null };
  request: Request;
  context: HubServerContext;
}

interface EnvelopExecuteArgs {
  schema: GraphQLSchema;
  document: DocumentNode;
  operationName?: string | null;
  variableValues?: Record<string, unknown> | null;
  contextValue: HubServerContext & { request?: Request };
}

interface SubgraphExecutePayload {
  subgraphName: string;
  executionRequest: { variables?: Record<string, unknown>; context?: HubServerContext };
}

interface FetchPayload {
  url: string;
  setFetchFn(fetchFn: (url: string, init?: RequestInit) => Promise<Response>): void;
}

type YogaResult = ExecutionResult | ExecutionResult[] | AsyncIterable<ExecutionResult>;

interface HubPlugin {
  onRequest(payload: { request: Request }): void;
  onParams(payload: YogaParamsPayload): Promise<void>;
  onParse(payload: { setParseFn(fn: (source: string | Source, options?: ParseOptions) => DocumentNode): void }): void;
  onValidate(payload: {
    addValidationRule(rule: ValidationRule): void;
  }): (done: { result: readonly GraphQLError[]; setResult(errors: GraphQLError[]): void }) => void;
  onExecute(payload: { args: EnvelopExecuteArgs }): void;
  onSubgraphExecute(payload: SubgraphExecutePayload): void;
  onFetch(payload: FetchPayload): void;
  onExecutionResult(payload: { result: YogaResult; setResult(result: YogaResult): void; context: HubServerContext }): void;
  onResultProcess(payload: { request: Request; result: YogaResult; setResult(result: YogaResult): void }): void;
}

interface HiveGatewayRuntime {
  (req: IncomingMessage, res: ServerResponse): Promise<void>;
  dispose(): Promise<void>;
}

type CreateGatewayRuntime = (config: Record<string, unknown>) => HiveGatewayRuntime;

export interface HiveRuntimeOptions {
  config: GatewayConfig;
  auth: AuthConfig;
  supergraphSdl: string;
  logger: Logger;
  metrics: ServiceMetrics;
  trusted: TrustedDocuments;
  formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
  /** The fetch used for one subgraph: its timeout, metrics, log lines and "unavailable" errors (server.ts). */
  subgraphFetch: (name: string) => typeof fetch;
}

const isAsyncIterable = (v: unknown): v is AsyncIterable<unknown> =>
  typeof v === 'object' && v !== null && Symbol.asyncIterator in (v as object);

/**
 * The HTTP status of an answer, as Yoga chooses it: the largest `extensions.http.status`, else 500 for an unexpected
 * error without data, else 200. Computed here because the errors are replaced by formatted copies. (The Rust
 * planner's answer to a failed root fetch has no `data`, so "no data" cannot stand for "never executed" here.)
 */
function statusOf(result: ExecutionResult): number {
  let status = 0;
  let unexpected = false;
  for (const e of result.errors ?? []) {
    const http = (e.extensions as { http?: { status?: number } } | undefined)?.http;
    if (http?.status) status = Math.max(status, http.status);
    else if (!(e instanceof GraphQLError) || e.extensions.unexpected) unexpected = true;
  }
  if (status) return status;
  return unexpected && result.data === undefined ? 500 : 200;
}

/**
 * Hive Gateway (GraphQL Yoga and Envelop underneath) with the Rust query planner of @graphql-hive/router-runtime,
 * serving the committed supergraph with the same checks as the Apollo runtime, from the same modules:
 *  - the bearer token is verified (verifyToken) before the document is parsed, as Apollo's context function does;
 *  - GraphQL Armor's validation rules and the token limit (protection.ts), then, before the plan runs, the
 *    operation's sanity, introspection by role, trusted-documents-only roles and the list cost (fan-out.ts);
 *  - the entity representation cap is counted on every subgraph call and fails the whole operation past the cap;
 *  - every error goes through the gateway's formatError (errors.ts): no stack traces, no internal addresses;
 *  - subgraph calls carry the viewer's token, the gateway secret and the request id, through the same fetch as
 *    Apollo's (timeout, metrics, "The <name> subgraph is unavailable");
 *  - one log line and the operation metrics per request (operationRecorder).
 * There is no response cache on this runtime (docs/adr/0007-hive-gateway-runtime.md).
 */
export function startHiveRuntime(o: HiveRuntimeOptions): GraphqlRuntime {
  const { config, auth, trusted, formatError } = o;
  const limits = operationLimits(config.limits, false);
  const validationRules = limits.validationRules as ValidationRule[];
  const maxTokens = config.limits.maxTokens;
  const listCost = listCostCheck(config.fanOut);
  const record = operationRecorder(o.metrics, o.logger, operationLabeller(trusted.operationNames, config.metrics.maxOperationNames));
  const subgraphByUrl = new Map([...config.subgraphUrls].map(([name, url]) => [url, name]));
  const fetchers = new Map([...config.subgraphUrls.keys()].map((name) => [name, o.subgraphFetch(name)]));
  /** When each request began and the name of its operation, for the log line and the metrics. */
  const requests = new WeakMap<Request, { began: bigint; name: string | null }>();

  const stripInternals = (e: GraphQLError | GraphQLFormattedError): GraphQLFormattedError => {
    const json = e instanceof GraphQLError ? e.toJSON() : e;
    const { http, unexpected, originalError, ...extensions } = (json.extensions ?? {}) as Record<string, unknown>;
    void http;
    void unexpected;
    // Yoga's development mode puts the original error (with its stack) here; it counts as a stack trace.
    if (config.includeStacktraces && originalError) extensions.stacktrace = (originalError as { stack?: unknown }).stack;
    return { ...json, extensions };
  };

  const hubPlugin: HubPlugin = {
    onRequest({ request }) {
      requests.set(request, { began: process.hrtime.bigint(), name: null });
    },
    async onParams({ params, request, context }) {
      const state = requests.get(request);
      if (state) state.name = params.operationName ?? null;
      const authorization = request.headers.get('authorization') ?? undefined;
      // Anonymous or invalid tokens get the 401 that names what is wrong, before the document is even parsed.
      const viewer = await verifyToken(authorization, auth);
      context.hub = {
        viewer,
        authorization: authorization!,
        requestId: request.headers.get(REQUEST_ID_HEADER) ?? '',
        fanOut: newFanOutCounter(),
        trusted: context.req?.[TRUSTED] === true,
        largeImport: context.req ? isLargeImport(context.req) : false,
      };
    },
    onParse({ setParseFn }) {
      setParseFn((source, options) => parse(source, { ...options, maxTokens }));
    },
    onValidate({ addValidationRule }) {
      for (const rule of validationRules) addValidationRule(rule);
      // As Apollo labels them: every validation error (Armor's limits included) is GRAPHQL_VALIDATION_FAILED, a 400.
      return ({ result, setResult }) => {
        if (result.length === 0) return;
        setResult(
          result.map(
            (e) =>
              new GraphQLError(e.message, {
                nodes: e.nodes,
                source: e.source,
                positions: e.positions,
                path: e.path,
                originalError: e.originalError,
                extensions: { ...e.extensions, code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } },
              }),
          ),
        );
      };
    },
    onExecute({ args }) {
      const hub = args.contextValue.hub!;
      const operation = getOperationAST(args.document, args.operationName ?? undefined);
      const state = args.contextValue.request ? requests.get(args.contextValue.request) : undefined;
      if (state && operation?.name) state.name = operation.name.value;
      const variables = args.variableValues ?? {};
      assertRequestSane(args.document, operation ?? null, args.operationName ?? null, variables);
      assertIntrospectionAllowed(args.document, hub.viewer, config.introspectionRoles);
      trusted.assertAllowed(hub.viewer.role, hub.trusted);
      listCost(args.schema, args.document, args.operationName ?? null, variables);
    },
    onSubgraphExecute({ executionRequest }) {
      countRepresentations(executionRequest.context?.hub?.fanOut, executionRequest.variables, config.fanOut.maxRepresentations);
    },
    onFetch({ url, setFetchFn }) {
      const name = subgraphByUrl.get(url);
      const fetcher = name ? fetchers.get(name) : undefined;
      if (fetcher) setFetchFn((input, init) => fetcher(input, init));
    },
    onExecutionResult({ result, setResult, context }) {
      // Partial data from the fetches that ran before the cap would look like a complete answer.
      if (context.hub?.fanOut.exceeded && !isAsyncIterable(result)) {
        setResult({ errors: [representationsExceeded(config.fanOut.maxRepresentations)] });
      }
    },
    onResultProcess({ request, result, setResult }) {
      if (Array.isArray(result) || isAsyncIterable(result)) return;
      const status = statusOf(result);
      const errors = (result.errors ?? []).map((e) => formatError(stripInternals(e), e));
      if (errors.length > 0) {
        // Plain formatted errors (Yoga sends them as they are); the status they had rides on the result.
        setResult({
          ...result,
          errors: errors as unknown as GraphQLError[],
          extensions: { ...result.extensions, http: { status } },
        });
      }
      const state = requests.get(request);
      record({
        requestId: request.headers.get(REQUEST_ID_HEADER) ?? undefined,
        name: state?.name,
        seconds: state ? Number(process.hrtime.bigint() - state.began) / 1e9 : 0,
        status,
        errors: errors.map((e) => ({ message: e.message, extensions: e.extensions, path: e.path })),
      });
    },
  };

  // First: it changes a function of a package that the other two load.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('./router-runtime-directives');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { createGatewayRuntime } = require('@graphql-hive/gateway-runtime') as { createGatewayRuntime: CreateGatewayRuntime };
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { unifiedGraphHandler } = require('@graphql-hive/router-runtime') as { unifiedGraphHandler: unknown };
  const runtime = createGatewayRuntime({
    supergraph: o.supergraphSdl,
    unifiedGraphHandler,
    transportEntries: Object.fromEntries(
      [...config.subgraphUrls].map(([name, location]) => [
        name,
        // The subgraph fetch already shares identical queries in flight and hands each caller the answer's text to
        // parse (server.ts). Hive's own sharing would add a structuredClone of every answer's data: in the all-areas
        // profile that was the largest single cost of this runtime, 19% of the gateway's CPU.
        { location, options: { deduplicateInflightRequests: false } },
      ]),
    ),
    propagateHeaders: {
      fromClientToSubgraphs: ({ context }: { context: HubServerContext }) => ({
        authorization: context.hub?.authorization,
        [GATEWAY_SECRET_HEADER]: auth.gatewaySecret,
        [REQUEST_ID_HEADER]: context.hub?.requestId,
        // Read (and removed) by the subgraph fetch: this call gets IMPORT_TIMEOUT_MS.
        [LONG_IMPORT_HEADER]: context.hub?.largeImport ? '1' : undefined,
      }),
    },
    plugins: () => [hubPlugin],
    // The front door (server.ts) sets and returns x-request-id, and serves /health, /ready and /metrics.
    requestId: false,
    // A GET (a "simple" request, never preflighted) must carry one of the headers Apollo's CSRF prevention asks for.
    csrfPrevention: { requestHeaders: ['x-apollo-operation-name', 'apollo-require-preflight'] },
    graphqlEndpoint: '/graphql',
    landingPage: false,
    graphiql: false,
    // Errors other than GraphQLErrors read "Unexpected error."; formatError then applies the gateway's policy.
    maskedErrors: { isDev: config.includeStacktraces },
    logging: config.logLevel === 'debug' || config.logLevel === 'trace' ? 'debug' : 'error',
  });

  return {
    handler: (req, res, next) => {
      runtime(req, res).catch(next);
    },
    refusesSimpleRequests: false,
    stop: async () => {
      await runtime.dispose();
    },
  };
}
