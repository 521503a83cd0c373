/** The shapes of a GraphQL response, apart from the client (no DOM needed: the dashboard's rules are tested in Node). */
/** An error of a GraphQL response; SUBGRAPH_UNAVAILABLE ones name the agency in serviceName. */
export interface GraphQLErrorItem {
  message: string;
  path?: Array<string | number>;
  extensions?: { code?: string; serviceName?: string; ids?: string[]; [k: string]: unknown };
}

export interface GraphQLResult<T> {
  data?: T | null;
  errors?: GraphQLErrorItem[];
}
