import type { RequestHandler } from 'express';

/**
 * The GraphQL runtime behind /graphql (GATEWAY_RUNTIME): Apollo Server with @apollo/gateway, or Hive Gateway with
 * its Rust query planner. Everything in front of it (body parsing and limits, timeouts, trusted documents, per-user
 * limits, request ids, /health, /ready, /metrics) is the same Express app for both (server.ts).
 */
export interface GraphqlRuntime {
  /** Answers a /graphql request whose JSON body Express has already parsed (and the trusted documents rewritten). */
  handler: RequestHandler;
  /**
   * Whether a POST with a type a browser sends cross-site without a preflight (text/plain, forms) goes on to the
   * runtime, which refuses it itself (Apollo's CSRF prevention); otherwise the front door answers 415.
   */
  refusesSimpleRequests: boolean;
  /** Stops taking requests, lets those in flight finish, and releases the runtime's connections. */
  stop(): Promise<void>;
}
