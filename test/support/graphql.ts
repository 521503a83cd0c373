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
