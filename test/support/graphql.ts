/** One error of a GraphQL response, as the tests read it. */
export interface GraphQLResponseError {
  message: string;
  path?: Array<string | number>;
  extensions?: { code?: string; [key: string]: unknown };
}

/** A GraphQL response whose `data` has the shape `T` the test's operation selects. */
export interface GraphQLResponse<T> {
  data?: T;
  errors?: GraphQLResponseError[];
}

/**
 * A response body as a test reads it when it looks at either member unguarded: `data` has the shape the operation
 * selects. Both members are typed present, though either may be absent (and the body itself, when it is not JSON);
 * the tests' expectations are what find that out.
 */
export interface GraphQLBody<T = unknown> {
  data: T;
  errors: Array<{ message: string; path?: Array<string | number>; extensions: Record<string, unknown> }>;
}

/** A response whose `data` the test expects, with the shape its operation selects; `errors` only when there were any. */
export interface GraphQLAnswer<T> {
  data: T;
  errors?: GraphQLResponseError[];
}

/** One entry of an audit trail (`<agency>AuditTrail`, `planAuditTrail`), as the graph answers it. */
export interface AuditTrailEntry {
  id: string;
  at: string;
  actor: string;
  role: string;
  action: string;
  entity: string;
  entityId: string | null;
  details: string;
}
