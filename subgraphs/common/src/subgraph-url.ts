/**
 * The environment variable that gives the gateway a subgraph's URL, overriding the supergraph's `join__graph` url:
 * `SUBGRAPH_<NAME>_URL`, the name upper-cased with `-` as `_` (youth-justice: SUBGRAPH_YOUTH_JUSTICE_URL). The
 * gateway reads it; the launcher, docker-compose and the test hub set it.
 */
export const subgraphUrlVariable = (name: string) => `SUBGRAPH_${name.toUpperCase().replace(/-/g, '_')}_URL`;
