import { discoverSubgraphs, issueDevToken, readAuthConfig, type Role } from '@hub/common';
import { GATEWAY_SCRIPT, seedSubgraph, startService, subgraphScript, type ManagedProcess } from '../../gateway/src/hub/processes';
import { SUBGRAPHS_DIR } from '../../gateway/src/paths';
import { createTestDatabase } from './db';

export interface TestHub {
  gatewayUrl: string;
  subgraphUrls: Map<string, string>;
  /** Sends a query to the gateway as `token` (default: a board member's token). */
  query<T = any>(query: string, variables?: Record<string, unknown>, token?: string): Promise<{ data?: T; errors?: Array<{ message: string; extensions?: any; path?: any[] }> }>;
  /** A development token for a role (and agency, for agency-editor). */
  token(role: Role, agency?: string): Promise<string>;
  boardToken: string;
  stop(): Promise<void>;
}

/** The real topology for end-to-end tests: a fresh database, every subgraph process, and the gateway, all on free ports. */
export async function startTestHub(label: string): Promise<TestHub> {
  const db = await createTestDatabase(label);
  const started: ManagedProcess[] = [];
  const stop = async () => {
    for (const p of started.reverse()) await p.stop();
    await db.drop();
  };
  try {
    const env = { ...process.env, DATABASE_URL: db.url, NODE_ENV: 'test' };
    const subgraphs = discoverSubgraphs(SUBGRAPHS_DIR);
    await Promise.all(subgraphs.map((s) => seedSubgraph(s, env)));
    const running = await Promise.all(subgraphs.map((s) => startService(s.name, subgraphScript(s), { ...env, PORT: '0' }, { quiet: true })));
    started.push(...running);
    const urls = new Map(running.map((p) => [p.name, p.url]));
    const gatewayEnv: NodeJS.ProcessEnv = { ...env, PORT: '0' };
    for (const [name, url] of urls) gatewayEnv[`SUBGRAPH_${name.toUpperCase()}_URL`] = url;
    const gateway = await startService('gateway', GATEWAY_SCRIPT, gatewayEnv, { quiet: true });
    started.push(gateway);
    const auth = readAuthConfig(env);
    const token = (role: Role, agency?: string) => issueDevToken(auth, { subject: `test-${role}${agency ? `-${agency}` : ''}`, role, agency });
    const boardToken = await token('board');
    return {
      gatewayUrl: gateway.url,
      subgraphUrls: urls,
      token,
      boardToken,
      query: async (query, variables, as = boardToken) => {
        const res = await fetch(gateway.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${as}` },
          body: JSON.stringify({ query, variables }),
        });
        return res.json() as Promise<any>;
      },
      stop,
    };
  } catch (e) {
    await stop();
    throw e;
  }
}
