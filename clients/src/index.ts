import { createLogger, readAuthConfig, stopOnSignals } from '@hub/common/platform';
import { readWebConfig } from './config';
import { startWeb } from './server';

export { startWeb } from './server';
export { readWebConfig } from './config';

if (require.main === module) {
  (async () => {
    const web = await startWeb(readWebConfig(), readAuthConfig());
    // The one human line on stdout: the hub launcher and the tests wait for "[web] ready at <url>".
    process.stdout.write(`[web] ready at ${web.url}\n`);
    stopOnSignals(web.logger, web.stop);
  })().catch((e) => {
    createLogger('web').fatal({ err: e instanceof Error ? e.message : String(e) }, 'failed to start');
    process.exitCode = 1;
    setImmediate(() => process.exit(1));
  });
}
