/**
 * Hive Gateway (default settings) as its own process for the benchmark: test/support/hive.ts on the committed
 * supergraph, subgraph URLs from SUBGRAPH_<NAME>_URL. With HIVE_ROUTER_RUNTIME=1, its Rust query planner
 * (@graphql-hive/router-runtime) replaces the JavaScript one. Prints "[hive] ready at <url>".
 */
import { startHiveGateway } from '../support/hive';

(async () => {
  const urls = new Map<string, string>();
  for (const [k, v] of Object.entries(process.env)) {
    const m = k.match(/^SUBGRAPH_([A-Z]+)_URL$/);
    if (m && v) urls.set(m[1].toLowerCase(), v);
  }
  const hive = await startHiveGateway(urls, process.env, { routerRuntime: process.env.HIVE_ROUTER_RUNTIME === '1' });
  process.stdout.write(`[hive] ready at ${hive.url}\n`);
  process.on('SIGTERM', () => void hive.stop().then(() => process.exit(0)));
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
