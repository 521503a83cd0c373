import { createLogger, discoverSubgraphs, readAuthConfig, stopOnSignals } from '@hub/common/platform';
import { readGatewayConfig } from './config';
import { SUBGRAPHS_DIR } from './paths';
import { startGateway } from './server';

export { startGateway } from './server';
export { readGatewayConfig } from './config';

if (require.main === module) {
  (async () => {
    const gateway = await startGateway(readGatewayConfig(discoverSubgraphs(SUBGRAPHS_DIR)), readAuthConfig());
    // The one human line on stdout: the hub launcher and the tests wait for "[gateway] ready at <url>".
    process.stdout.write(`[gateway] ready at ${gateway.url}\n`);
    stopOnSignals(gateway.logger, gateway.stop);
  })().catch((e) => {
    createLogger('gateway').fatal({ err: e instanceof Error ? e.message : String(e) }, 'failed to start');
    process.exitCode = 1;
    setImmediate(() => process.exit(1));
  });
}
