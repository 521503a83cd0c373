import { subgraphUrlVariable } from '@hub/common/platform';
import { Kind, parse, type ConstValueNode } from 'graphql';

/**
 * The subgraphs the gateway serves, as the committed supergraph names them: each value of `enum join__Graph`
 * carries `@join__graph(name:, url:)`. This is all the gateway knows of a subgraph: its name and its URL. Each URL
 * can be replaced at run time by `SUBGRAPH_<NAME>_URL` (subgraphUrlVariable in the kit), as the launcher,
 * docker-compose and the tests do.
 */
export function subgraphsOfSupergraph(supergraphSdl: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const def of parse(supergraphSdl, { noLocation: true }).definitions) {
    if (def.kind !== Kind.ENUM_TYPE_DEFINITION || def.name.value !== 'join__Graph') continue;
    for (const value of def.values ?? []) {
      const graph = value.directives?.find((d) => d.name.value === 'join__graph');
      const arg = (n: string) => stringValue(graph?.arguments?.find((a) => a.name.value === n)?.value);
      const name = arg('name');
      const url = arg('url');
      if (!name || url === undefined)
        throw new Error(`The supergraph's join__Graph value ${value.name.value} has no @join__graph(name:, url:)`);
      out.set(name, url);
    }
  }
  if (out.size === 0)
    throw new Error('The supergraph names no subgraph (no enum join__Graph): regenerate it with `npm run schema:generate`');
  return out;
}

const stringValue = (v: ConstValueNode | undefined) => (v?.kind === Kind.STRING ? v.value : undefined);

/** The supergraph's URLs with the environment's overrides applied; a malformed override is refused by name. */
export function subgraphUrls(supergraphSdl: string, env: NodeJS.ProcessEnv): Map<string, string> {
  const urls = subgraphsOfSupergraph(supergraphSdl);
  for (const [name, url] of urls) {
    const variable = subgraphUrlVariable(name);
    const override = env[variable];
    if (override !== undefined && !/^https?:\/\/.+/.test(override)) {
      throw new Error(`Invalid gateway configuration: ${variable} must be an http(s) URL, got ${JSON.stringify(override)}`);
    }
    urls.set(name, override ?? url);
  }
  return urls;
}
