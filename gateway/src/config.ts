import { z } from 'zod';
import type { DiscoveredSubgraph } from '@hub/common';
import { defaultUrl } from './compose';

/** Gateway configuration, read and validated once. `SUBGRAPH_<NAME>_URL` overrides a subgraph's URL. */
const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default('127.0.0.1'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().min(100).max(120000).default(5000),
});

export interface GatewayConfig {
  port: number;
  host: string;
  production: boolean;
  subgraphTimeoutMs: number;
  subgraphUrls: Map<string, string>;
}

export function readGatewayConfig(subgraphs: DiscoveredSubgraph[], env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    throw new Error(`Invalid gateway configuration: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  const urls = new Map<string, string>();
  for (const s of subgraphs) {
    const override = env[`SUBGRAPH_${s.name.toUpperCase()}_URL`];
    if (override !== undefined && !/^https?:\/\/.+/.test(override)) {
      throw new Error(`Invalid gateway configuration: SUBGRAPH_${s.name.toUpperCase()}_URL must be an http(s) URL, got ${JSON.stringify(override)}`);
    }
    urls.set(s.name, override ?? defaultUrl(s));
  }
  return {
    port: parsed.data.PORT,
    host: parsed.data.HOST,
    production: parsed.data.NODE_ENV === 'production',
    subgraphTimeoutMs: parsed.data.SUBGRAPH_TIMEOUT_MS,
    subgraphUrls: urls,
  };
}
