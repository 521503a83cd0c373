import { discoverSubgraphs } from '@hub/common';
import { GATEWAY_SCRIPT, seedSubgraph, startService, subgraphScript, type ManagedProcess } from '../../gateway/src/hub/processes';
import { SUBGRAPHS_DIR } from '../../gateway/src/paths';
import { createTestDatabase } from './db';

export interface TestHub {
  gatewayUrl: string;
  subgraphUrls: Map<string, string>;
  query<T = any>(query: string, variables?: Record<string, unknown>): Promise<{ data?: T; errors?: Array<{ message: string; extensions?: any; path?: any[] }> }>;
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
    return {
      gatewayUrl: gateway.url,
      subgraphUrls: urls,
      query: async (query, variables) => {
        const res = await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
        return res.json() as Promise<any>;
      },
      stop,
    };
  } catch (e) {
    await stop();
    throw e;
  }
}
