import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { DataSource } from 'typeorm';
import { sqlStatements } from './db';
import { REQUEST_ID_HEADER, type Logger } from './logging';

/** Latency buckets in seconds: 5 ms to 10 s (subgraph timeouts are a few seconds). */
export const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** One Prometheus registry per process, labelled with the service name, with Node's default metrics. */
export interface ServiceMetrics {
  sql: Counter;
  registry: Registry;
  requests: Counter<'operation' | 'outcome'>;
  duration: Histogram<'operation'>;
  errors: Counter<'operation' | 'code'>;
  http: Counter<'route' | 'status'>;
}

export function createMetrics(service: string): ServiceMetrics {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry });
  return {
    registry,
    requests: new Counter({
      name: 'graphql_requests_total',
      help: 'GraphQL operations executed, by operation name and outcome (ok, error).',
      labelNames: ['operation', 'outcome'],
      registers: [registry],
    }),
    duration: new Histogram({
      name: 'graphql_request_duration_seconds',
      help: 'GraphQL operation latency in seconds, by operation name.',
      labelNames: ['operation'],
      buckets: LATENCY_BUCKETS,
      registers: [registry],
    }),
    errors: new Counter({
      name: 'graphql_errors_total',
      help: 'GraphQL errors returned, by operation name and error code.',
      labelNames: ['operation', 'code'],
      registers: [registry],
    }),
    http: new Counter({
      name: 'http_responses_total',
      help: 'HTTP responses, by route and status code.',
      labelNames: ['route', 'status'],
      registers: [registry],
    }),
    sql: new Counter({
      name: 'db_statements_total',
      help: 'SQL statements sent to the database by this process (transaction control included).',
      registers: [registry],
      collect() {
        const seen = (this as unknown as { seen?: number }).seen ?? 0;
        if (sqlStatements.count > seen) this.inc(sqlStatements.count - seen);
        (this as unknown as { seen?: number }).seen = sqlStatements.count;
      },
    }),
  };
}

/** Pool gauges from the pg Pool behind TypeORM (total, idle and waiting clients), read at scrape time. */
export function registerPoolGauges(metrics: ServiceMetrics, dataSource: DataSource): void {
  new Gauge({
    name: 'db_pool_connections',
    help: 'Database pool clients by state: total (open), idle, waiting (requests queued for a client).',
    labelNames: ['state'],
    registers: [metrics.registry],
    collect() {
      const pool = dataSource.isInitialized
        ? (dataSource.driver as unknown as { master?: { totalCount: number; idleCount: number; waitingCount: number } }).master
        : undefined;
      this.set({ state: 'total' }, pool?.totalCount ?? 0);
      this.set({ state: 'idle' }, pool?.idleCount ?? 0);
      this.set({ state: 'waiting' }, pool?.waitingCount ?? 0);
    },
  });
}

/**
 * GET /metrics in Prometheus text format. With a token (METRICS_TOKEN), only a scraper that sends
 * `Authorization: Bearer <token>` reads it: the metrics name operations, subgraphs and error codes.
 */
export function metricsHandler(metrics: ServiceMetrics, token: string | null = null): RequestHandler {
  const expected = token ? Buffer.from(`Bearer ${token}`) : null;
  return async (req, res) => {
    if (expected) {
      const given = Buffer.from(req.headers.authorization ?? '');
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
        res
          .status(401)
          .setHeader('www-authenticate', 'Bearer realm="metrics"')
          .type('text/plain')
          .send('Send "Authorization: Bearer <METRICS_TOKEN>" to read the metrics.\n');
        return;
      }
    }
    res.set('content-type', metrics.registry.contentType);
    res.end(await metrics.registry.metrics());
  };
}

/**
 * The route label of a path: the path itself when it is one of `routes`, the prefix when it is one of `prefixes`
 * or below it (`/graphiql/graphiql.js` -> `/graphiql`), otherwise `other`. The label set stays bounded whatever
 * paths clients ask for.
 */
export function routeLabel(path: string, routes: readonly string[], prefixes: readonly string[] = []): string {
  if (routes.includes(path)) return path;
  for (const p of prefixes) if (path === p || path.startsWith(`${p}/`)) return p;
  return 'other';
}

/** Counts every HTTP response by route (the path, only for the service's own few routes and prefixes) and status. */
export function httpMetrics(metrics: ServiceMetrics, routes: readonly string[], prefixes: readonly string[] = []): RequestHandler {
  return (req, res, next) => {
    const route = routeLabel(req.path, routes, prefixes); // read now: mounted routers rewrite req.url
    res.once('finish', () => metrics.http.inc({ route, status: String(res.statusCode) }));
    next();
  };
}

/**
 * Operation names become metric labels, and every distinct label is a series kept for the life of the process:
 * a client inventing a new name per request would grow /metrics without end. So a name is its own label only when
 * it is known (the trusted documents' operations) or, without such a list, among the first `max` plain names seen;
 * every other name is counted as `other`.
 */
export function operationLabeller(known: ReadonlySet<string> = new Set(), max = 50): (name: string | null | undefined) => string {
  const seen = new Set<string>();
  return (name) => {
    if (!name) return 'anonymous';
    if (known.has(name)) return name;
    if (known.size > 0 || !/^[_A-Za-z][_0-9A-Za-z]{0,63}$/.test(name)) return 'other';
    if (seen.has(name)) return name;
    if (seen.size >= max) return 'other';
    seen.add(name);
    return name;
  };
}

/** What one GraphQL operation did, as its runtime saw it once the response was ready. */
export interface OperationOutcome {
  requestId: string | undefined;
  /** The operation name the client sent or the document named. */
  name: string | null | undefined;
  seconds: number;
  status: number;
  errors: ReadonlyArray<{ message: string; extensions?: Record<string, unknown>; path?: ReadonlyArray<string | number> }>;
}

/**
 * One log line and the metrics per GraphQL operation: request id (x-request-id), operation name, duration,
 * error codes and messages. Shared by every GraphQL runtime (Apollo Server's plugin below, the gateway's Hive runtime).
 */
export function operationRecorder(
  metrics: ServiceMetrics,
  logger: Logger,
  operationLabel = operationLabeller(),
): (outcome: OperationOutcome) => void {
  return ({ requestId, name, seconds, status, errors }) => {
    // Bounded for the metrics' labels; the log line keeps the name the client sent (a line is not a series).
    const operation = operationLabel(name);
    metrics.requests.inc({ operation, outcome: errors.length ? 'error' : 'ok' });
    metrics.duration.observe({ operation }, seconds);
    for (const e of errors) metrics.errors.inc({ operation, code: String(e.extensions?.code ?? 'UNKNOWN') });
    const line = {
      requestId,
      operation: name ? name.slice(0, 100) : 'anonymous',
      durationMs: Math.round(seconds * 1000 * 10) / 10,
      status,
      ...(errors.length
        ? { errors: errors.slice(0, 10).map((e) => ({ message: e.message.slice(0, 300), code: e.extensions?.code, path: e.path })) }
        : {}),
    };
    if (errors.length) logger.warn(line, 'graphql request failed');
    else logger.info(line, 'graphql request');
  };
}

/** The operation recorder as an Apollo Server plugin. */
export function observabilityPlugin<C extends BaseContext>(
  metrics: ServiceMetrics,
  logger: Logger,
  operationLabel = operationLabeller(),
): ApolloServerPlugin<C> {
  const record = operationRecorder(metrics, logger, operationLabel);
  return {
    async requestDidStart(start) {
      const began = process.hrtime.bigint();
      const requestId = start.request.http?.headers.get(REQUEST_ID_HEADER) ?? undefined;
      return {
        async willSendResponse(rc) {
          record({
            requestId,
            name: rc.operationName ?? rc.request.operationName,
            seconds: Number(process.hrtime.bigint() - began) / 1e9,
            status: rc.response.http.status ?? 200,
            errors: rc.errors ?? (rc.response.body.kind === 'single' ? rc.response.body.singleResult.errors : undefined) ?? [],
          });
        },
      };
    },
  };
}
