/**
 * The pages' GraphQL client: POST /graphql on the same origin. The browser sends the session cookie (httpOnly: the
 * page never sees a token); the web process puts the session's access token on the request. Every document comes
 * from GraphQL Code Generator (clients/generated), so its variables and result are typed from the supergraph, and
 * its text is the one the persisted-documents manifest holds: the gateway knows it as a trusted document.
 */
import type { TypedDocumentString } from '../../generated/graphql';

import type { GraphQLErrorItem, GraphQLResult } from './graphql-types';

export type { GraphQLErrorItem, GraphQLResult };

/** A failure of the request as a whole (network, 401, 400): nothing to show from it. */
export class RequestFailed extends Error {
  constructor(
    message: string,
    readonly status?: number,
    readonly code?: string,
  ) {
    super(message);
  }
}

/** Told when the hub answers 401: the session has ended (signed out elsewhere, expired, refresh refused). */
let onSignedOut: (message: string) => void = () => undefined;
export const whenSignedOut = (f: (message: string) => void) => {
  onSignedOut = f;
};

const operationName = (doc: string) => /^\s*(?:query|mutation)\s+(\w+)/.exec(doc)?.[1];

function toResult<T>(status: number, body: GraphQLResult<T> | undefined): GraphQLResult<T> {
  if (!body || (status >= 400 && !body.data)) {
    const first = body?.errors?.[0];
    if (status === 401) onSignedOut(first?.message ?? 'You are signed out.');
    throw new RequestFailed(first?.message ?? `The hub answered HTTP ${status}.`, status, first?.extensions?.code);
  }
  return body;
}

const body = <V>(doc: TypedDocumentString<unknown, V>, variables: V | undefined) =>
  JSON.stringify({ query: doc.toString(), operationName: operationName(doc.toString()), variables: variables ?? {} });

export async function execute<R, V>(doc: TypedDocumentString<R, V>, variables?: V): Promise<GraphQLResult<R>> {
  let res: Response;
  try {
    res = await fetch('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: body(doc, variables as V),
    });
  } catch (e) {
    throw new RequestFailed(`The hub could not be reached (${e instanceof Error ? e.message : String(e)}).`);
  }
  let parsed: GraphQLResult<R> | undefined;
  try {
    parsed = (await res.json()) as GraphQLResult<R>;
  } catch {
    parsed = undefined;
  }
  return toResult(res.status, parsed);
}

/**
 * The same, with the upload's progress (a large CSV takes a while to send): fetch cannot report it, XMLHttpRequest can.
 * `onProgress(sent, total)` is called as the body goes out; the answer then takes as long as the hub's checks.
 */
export function executeWithProgress<R, V>(
  doc: TypedDocumentString<R, V>,
  variables: V,
  onProgress: (sent: number, total: number) => void,
): Promise<GraphQLResult<R>> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/graphql');
    xhr.withCredentials = true;
    xhr.setRequestHeader('content-type', 'application/json');
    xhr.setRequestHeader('accept', 'application/graphql-response+json, application/json');
    xhr.upload.onprogress = (e) => onProgress(e.loaded, e.lengthComputable ? e.total : 0);
    xhr.onerror = () => reject(new RequestFailed('The hub could not be reached.'));
    xhr.onload = () => {
      let parsed: GraphQLResult<R> | undefined;
      try {
        parsed = JSON.parse(xhr.responseText) as GraphQLResult<R>;
      } catch {
        parsed = undefined;
      }
      try {
        resolve(toResult(xhr.status, parsed));
      } catch (e) {
        reject(e);
      }
    };
    xhr.send(body(doc, variables));
  });
}
