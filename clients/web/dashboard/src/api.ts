/** The dashboard is a GraphQL client like any other: POST /graphql with the board member's bearer token. */

import type { GraphQLErrorItem } from './queries';

export type { GraphQLErrorItem };
export interface GraphQLResult<T> {
  data?: T | null;
  errors?: GraphQLErrorItem[];
}

/** A failure of the request as a whole (network, 401, 400): nothing to show from it. */
export class RequestFailed extends Error {
  constructor(message: string, readonly status?: number, readonly code?: string) {
    super(message);
  }
}

const GRAPHQL_URL = new URL('../graphql', window.location.href).pathname;

export async function graphql<T>(token: string, operationName: string, query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResult<T>> {
  let res: Response;
  try {
    res = await fetch(GRAPHQL_URL, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ operationName, query, variables }),
    });
  } catch (e) {
    throw new RequestFailed(`The hub could not be reached (${e instanceof Error ? e.message : String(e)}).`);
  }
  let body: GraphQLResult<T> | undefined;
  try {
    body = (await res.json()) as GraphQLResult<T>;
  } catch {
    body = undefined;
  }
  if (!body || (res.status >= 400 && !body.data)) {
    const first = body?.errors?.[0];
    throw new RequestFailed(first?.message ?? `The hub answered HTTP ${res.status}.`, res.status, first?.extensions?.code);
  }
  return body;
}

/** Fetches a file with the token (a plain link cannot carry the Authorization header) and saves it. */
export async function downloadWithToken(token: string, url: string, fallbackName: string): Promise<{ name: string; bytes: number }> {
  const res = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  if (!res.ok) {
    // The gateway's errors are JSON ({ errors: [{ message }] }) or plain text; an HTML error page says nothing useful.
    let detail = '';
    const type = res.headers.get('content-type') ?? '';
    try {
      if (type.includes('json')) detail = ((await res.json()) as { errors?: Array<{ message?: string }> }).errors?.[0]?.message ?? '';
      else if (type.startsWith('text/plain')) detail = await res.text();
    } catch {
      detail = '';
    }
    throw new RequestFailed(`The report could not be made (HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''})${detail ? `: ${detail.slice(0, 300)}` : '.'}`, res.status);
  }
  const blob = await res.blob();
  const disposition = res.headers.get('content-disposition') ?? '';
  const name = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition)?.[1] ?? fallbackName;
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = decodeURIComponent(name);
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10000);
  return { name: a.download, bytes: blob.size };
}
