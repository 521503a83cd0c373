/**
 * The Apollo gateway process (as gateway/dist/index.js) under the V8 CPU profiler, for `npm run bench -- --profile`
 * (node refuses --cpu-prof in NODE_OPTIONS). SIGUSR2 writes the profile to $PROFILE_OUT; SIGTERM stops as usual.
 */
const inspector = require('node:inspector');
const fs = require('node:fs');
const { join } = require('node:path');
const root = join(__dirname, '..', '..');
const { createLogger, readAuthConfig, stopOnSignals } = require(join(root, 'subgraphs/common/dist/index.js'));
const { startGateway, readGatewayConfig } = require(join(root, 'gateway/dist/index.js'));

const session = new inspector.Session();
session.connect();
session.post('Profiler.enable', () => session.post('Profiler.setSamplingInterval', { interval: 1000 }, () => session.post('Profiler.start')));
process.on('SIGUSR2', () =>
  session.post('Profiler.stop', (err, res) => {
    if (!err) fs.writeFileSync(process.env.PROFILE_OUT, JSON.stringify(res.profile));
    process.stdout.write(`[gateway] profile written\n`);
  }),
);

(async () => {
  const gateway = await startGateway(readGatewayConfig(fs.readFileSync(join(root, 'schema', 'supergraph.graphql'), 'utf8')), readAuthConfig());
  process.stdout.write(`[gateway] ready at ${gateway.url}\n`);
  stopOnSignals(gateway.logger, gateway.stop);
})().catch((e) => {
  createLogger('gateway').fatal({ err: e instanceof Error ? e.message : String(e) }, 'failed to start');
  process.exit(1);
});
