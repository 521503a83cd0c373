import { discoverSubgraphs, readAuthConfig, stopOnSignals } from '@hub/common';
import { readGatewayConfig } from './config';
import { SUBGRAPHS_DIR } from './paths';
import { startGateway } from './server';

export { startGateway } from './server';
export { readGatewayConfig } from './config';

if (require.main === module) {
  (async () => {
    const gateway = await startGateway(readGatewayConfig(discoverSubgraphs(SUBGRAPHS_DIR)), readAuthConfig());
    console.log(`[gateway] ready at ${gateway.url}`);
    stopOnSignals('gateway', gateway.stop);
  })().catch((e) => {
    console.error(`[gateway] failed to start: ${e instanceof Error ? e.message : e}`);
    process.exit(1);
  });
}
