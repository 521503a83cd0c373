/**
 * npm run report -- --plan km-2012-2015 --year 2012-13 [--format pdf|html] [--out stock-take.pdf]
 *
 * Builds the stock take report from a running gateway (GATEWAY_URL, default http://127.0.0.1:4001/graphql) as
 * the holder of TOKEN. Without TOKEN, in development only, it signs a board member's development token with the
 * local key (like `npm run token`). Without --out the file is named stock-take-<plan>-<year>.<format>.
 * Exit codes: 0 written, 2 bad arguments (the message names the parameter), 1 anything else.
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { installationEnvironment, issueDevToken, readAuthConfig } from '@hub/common/platform';
import { ROOT } from '../paths';
import { renderHtml } from './html';
import { renderPdf } from './pdf';
import {
  buildStockTake,
  checkFormat,
  checkStockTakeRequest,
  httpClient,
  reportFileName,
  ReportInputError,
  type ReportFormat,
} from './stock-take';

export const DEFAULT_GATEWAY_URL = 'http://127.0.0.1:4001/graphql';

export interface GenerateOptions {
  plan: string;
  year: string;
  format?: string;
  /** The gateway's /graphql URL. */
  gatewayUrl: string;
  /** A bearer token (without "Bearer "). */
  token: string;
}

/** The report as a file's bytes: what the CLI writes and what the HTTP endpoint sends. */
export async function generateStockTake(opts: GenerateOptions): Promise<{ format: ReportFormat; fileName: string; body: Buffer }> {
  const request = checkStockTakeRequest(opts);
  const format = checkFormat(opts.format);
  const report = await buildStockTake(httpClient(opts.gatewayUrl, `Bearer ${opts.token}`), request);
  const body = format === 'pdf' ? await renderPdf(report) : Buffer.from(renderHtml(report), 'utf8');
  return { format, fileName: reportFileName(request, format), body };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { plan: { type: 'string' }, year: { type: 'string' }, format: { type: 'string', default: 'pdf' }, out: { type: 'string' } },
  });
  let gatewayUrl = process.env.GATEWAY_URL ?? DEFAULT_GATEWAY_URL;
  if (!/^https?:\/\/.+/.test(gatewayUrl))
    throw new ReportInputError('GATEWAY_URL', `GATEWAY_URL must be an http(s) URL, got ${JSON.stringify(gatewayUrl)}`);
  if (!/\/graphql\/?$/.test(gatewayUrl)) gatewayUrl = `${gatewayUrl.replace(/\/$/, '')}/graphql`;
  let token = process.env.TOKEN || undefined;
  if (!token) {
    // readAuthConfig refuses to sign in production (JWT_JWKS_URL set): then TOKEN is required.
    const auth = readAuthConfig(installationEnvironment(ROOT));
    if (!auth.devSecret)
      throw new ReportInputError(
        'TOKEN',
        'TOKEN is required: this hub verifies tokens from an identity provider, so no development token can be made',
      );
    token = await issueDevToken(auth, { subject: 'dev-board-report-cli', role: 'board' }, '10m');
  }
  const { fileName, body } = await generateStockTake({
    plan: values.plan ?? '',
    year: values.year ?? '',
    format: values.format,
    gatewayUrl,
    token,
  });
  const out = values.out ?? fileName;
  await writeFile(out, body);
  process.stderr.write(`wrote ${out} (${body.length} bytes)\n`);
}

if (require.main === module) {
  main().catch((e: unknown) => {
    const name =
      e instanceof ReportInputError ? `--${e.parameter}`.replace('--GATEWAY_URL', 'GATEWAY_URL').replace('--TOKEN', 'TOKEN') : '';
    const message = e instanceof Error ? e.message : e;
    console.error(name ? `${name}: ${String(message)}` : message);
    process.exit(e instanceof ReportInputError ? 2 : 1);
  });
}
