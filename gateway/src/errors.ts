import type { GraphQLFormattedError } from 'graphql';

/**
 * What a client may see of an error. Every error the gateway sends (GraphQL validation, operation limits,
 * context/token failures, subgraph errors) goes through `formatError` built here:
 *  - no stack traces (neither the gateway's nor one a subgraph forwarded), unless explicitly enabled outside production;
 *  - no internal addresses: URLs (http, postgres, ...), IP addresses and the configured subgraph host:port pairs are replaced;
 *  - no "Did you mean ...?" hints when suggestions are blocked (always in production);
 *  - in production, unexpected errors (INTERNAL_SERVER_ERROR, an uncoded subgraph error) read "Internal server error";
 *    the original goes to the gateway's log;
 *  - long strings (an echoed 100 kB id) are cut.
 */
export interface ErrorPolicy {
  production: boolean;
  blockFieldSuggestions: boolean;
  includeStacktraces: boolean;
  /** Subgraph URLs: their host:port pairs are scrubbed too (docker-compose names such as `plan:4100`). */
  internalUrls: Iterable<string>;
  log?: (line: string) => void;
}

export const MAX_MESSAGE_CHARS = 1000;
export const MAX_EXTENSION_STRING_CHARS = 200;
const HIDDEN = '[internal address]';

/** Codes that mean "something broke inside", not "your request is wrong". */
const UNEXPECTED = new Set(['INTERNAL_SERVER_ERROR', 'DOWNSTREAM_SERVICE_ERROR']);

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function makeScrubber(internalUrls: Iterable<string>): (text: string) => string {
  const hostPorts = new Set<string>();
  for (const u of internalUrls) {
    try {
      const url = new URL(u);
      hostPorts.add(url.host); // host:port (or host alone on the default port)
    } catch {
      /* a bad URL is refused by the configuration; nothing to scrub */
    }
  }
  const patterns = [
    /\b[a-z][a-z0-9+.-]{0,30}:\/\/[^\s"'<>`)\]]+/gi, // any URL (http, postgres, ...); bounded scheme: no backtracking blow-up
    /\[[0-9a-f:]*:[0-9a-f:]*\](?::\d+)?/gi, // [IPv6]:port
    /\b(?:\d{1,3}\.){3}\d{1,3}(?::\d+)?\b/g, // IPv4[:port]
    /\blocalhost(?::\d+)?\b/gi,
    ...[...hostPorts].filter((h) => h.includes(':')).map((h) => new RegExp(`\\b${escapeRegExp(h)}\\b`, 'gi')),
  ];
  return (text) => patterns.reduce((t, p) => t.replace(p, HIDDEN), text);
}

const truncate = (s: string, max: number) => (s.length > max ? `${s.slice(0, max)}... (${s.length - max} more characters)` : s);

/** Limit messages from GraphQL Armor read "Syntax Error: ..."; they are not syntax errors. */
function tidyLimitMessage(message: string): string {
  const tokens = message.match(/^Syntax Error: Document contains more that (\d+) tokens\. Parsing aborted\.$/);
  if (tokens) return `Token limit of ${tokens[1]} exceeded.`;
  return message.replace(/^Syntax Error: (?=(?:Query depth limit|Query Cost limit|Aliases limit|Directives limit|Token limit) )/, '');
}

export const removeSuggestions = (message: string) =>
  message.replace(/\s*(?:Did you mean [^?]*|\[Suggestion hidden\])\?/g, '').replace(/\s*\[Suggestion hidden\]/g, '');

export function makeFormatError(policy: ErrorPolicy): (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError {
  const scrub = makeScrubber(policy.internalUrls);
  const log = policy.log ?? ((line: string) => console.error(line));
  const clean = (value: unknown, depth = 0): unknown => {
    // Cut first, then scrub: the patterns then only ever see a few hundred characters.
    if (typeof value === 'string') return scrub(truncate(value, MAX_EXTENSION_STRING_CHARS));
    if (depth > 4 || value === null || typeof value !== 'object') return value;
    if (Array.isArray(value)) return value.slice(0, 20).map((v) => clean(v, depth + 1));
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, clean(v, depth + 1)]));
  };
  return (formatted) => {
    const { stacktrace, exception: _exception, response: _response, ...rest } = (formatted.extensions ?? {}) as Record<string, unknown>;
    // `response` is where RemoteGraphQLDataSource puts a subgraph's URL and raw body: never sent.
    const extensions: Record<string, unknown> = { ...rest };
    if (policy.includeStacktraces && stacktrace) extensions.stacktrace = stacktrace;
    // Cut first: every pattern below then runs on at most ~1,000 characters, whatever a client sent.
    let message = tidyLimitMessage(truncate(formatted.message ?? '', MAX_MESSAGE_CHARS));
    if (policy.blockFieldSuggestions) message = removeSuggestions(message);
    const code = typeof extensions.code === 'string' ? extensions.code : 'INTERNAL_SERVER_ERROR';
    if (policy.production && UNEXPECTED.has(code)) {
      log(
        `[gateway] unexpected error${extensions.serviceName ? ` from ${extensions.serviceName}` : ''}: ${truncate(formatted.message, 2000)}`,
      );
      message = 'Internal server error';
      for (const k of Object.keys(extensions)) if (k !== 'code' && k !== 'serviceName') delete extensions[k];
    }
    return {
      ...formatted,
      message: scrub(message),
      extensions: clean(extensions) as Record<string, unknown>,
    };
  };
}
