import type { DiscoveredSubgraph } from '@hub/common/platform';

/** The environment variable that sets a subgraph's port under `npm start`: SUBGRAPH_<NAME>_PORT (`-` as `_`). */
export const portVariable = (name: string) => `SUBGRAPH_${name.toUpperCase().replace(/-/g, '_')}_PORT`;

/**
 * The port the launcher starts a subgraph on: SUBGRAPH_<NAME>_PORT if set (0: any free port, which the subgraph
 * reports when it is ready), else the port in its subgraph.json. A malformed value is refused by name.
 */
export function subgraphPort(s: Pick<DiscoveredSubgraph, 'name' | 'port'>, env: NodeJS.ProcessEnv = process.env): number {
  const variable = portVariable(s.name);
  const value = env[variable];
  if (value === undefined || value === '') return s.port;
  const port = Number(value);
  if (!/^\d+$/.test(value.trim()) || port > 65535)
    throw new Error(`${variable} must be a port number from 0 to 65535 (0: any free port), got ${JSON.stringify(value)}`);
  return port;
}
