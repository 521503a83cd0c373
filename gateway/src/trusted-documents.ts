import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import type { RequestHandler } from 'express';
import { z } from 'zod';
import { forbidden, type Role } from '@hub/common/platform';

/**
 * Trusted documents (persisted operations) for the first-party clients: the dashboard, the workspaces, the report
 * and the export. Their operations are generated at build time (GraphQL Code Generator) into a manifest,
 * `{"<sha256 of the document>": "<document>"}`. A client may then send
 *  - `{"documentId": "sha256:<hash>", "variables": ...}` (the GraphQL over HTTP persisted-documents form; the
 *    `sha256:` prefix is optional), or
 *  - `{"extensions": {"persistedQuery": {"version": 1, "sha256Hash": "<hash>"}}, ...}` (Apollo's form),
 * and the gateway runs the document the manifest holds for that hash; an unknown hash is a 400. A request whose
 * `query` text hashes to a manifest entry counts as trusted too.
 *
 * Roles listed in TRUSTED_DOCUMENTS_ONLY_ROLES (for example `board`, whose people only use the dashboard and the
 * report) may run nothing else: an arbitrary operation from such a token is refused with a 403. Other roles
 * (analysts writing their own queries) keep the open graph.
 */
export interface TrustedDocumentsConfig {
  /** The manifest file; missing means no trusted documents. */
  manifestPath: string;
  /** Roles that may run trusted documents only. */
  onlyRoles: readonly Role[];
}

export interface TrustedDocuments {
  /** Documents by hash (lower-case hex). */
  readonly documents: ReadonlyMap<string, string>;
  /** Operation names of the manifest's documents (bounded metric labels). */
  readonly operationNames: ReadonlySet<string>;
  /** Replaces a persisted document's id by its text; marks the request trusted or not. */
  middleware: RequestHandler;
  /** Throws a 403 when `role` may run trusted documents only and the operation is not one. */
  assertAllowed(role: Role, trusted: boolean): void;
}

/** Set on the request by the middleware: the operation is one of the first-party clients'. */
export const TRUSTED = Symbol('trusted document');
export type TrustedRequest = { [TRUSTED]?: boolean };

const manifestSchema = z.record(z.string().regex(/^[0-9a-f]{64}$/i, 'keys must be SHA-256 hashes in hex'), z.string().min(1));

export const sha256Hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

export function loadTrustedDocuments(config: TrustedDocumentsConfig): TrustedDocuments {
  const documents = new Map<string, string>();
  if (existsSync(config.manifestPath)) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(config.manifestPath, 'utf8'));
    } catch (e) {
      throw new Error(
        `Invalid gateway configuration: the trusted documents manifest ${config.manifestPath} is not JSON (${(e as Error).message})`,
      );
    }
    const checked = manifestSchema.safeParse(parsed);
    if (!checked.success)
      throw new Error(
        `Invalid gateway configuration: the trusted documents manifest ${config.manifestPath}: ${checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
      );
    for (const [hash, doc] of Object.entries(checked.data)) {
      if (sha256Hex(doc) !== hash.toLowerCase())
        throw new Error(
          `Invalid gateway configuration: in ${config.manifestPath}, the document under ${hash} does not have that SHA-256 hash`,
        );
      documents.set(hash.toLowerCase(), doc);
    }
  } else if (config.onlyRoles.length > 0) {
    throw new Error(
      `Invalid gateway configuration: TRUSTED_DOCUMENTS_ONLY_ROLES is ${config.onlyRoles.join(',')} but there is no manifest at ${config.manifestPath} (PERSISTED_DOCUMENTS_PATH): those roles could run nothing`,
    );
  }
  const operationNames = new Set<string>();
  for (const doc of documents.values())
    for (const m of doc.matchAll(/\b(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/g)) operationNames.add(m[1]);
  const only = new Set(config.onlyRoles);

  const middleware: RequestHandler = (req, res, next) => {
    const body = req.body as
      { query?: unknown; documentId?: unknown; extensions?: { persistedQuery?: { sha256Hash?: unknown } } } | undefined;
    if (!body || typeof body !== 'object') return next();
    const persisted = body.extensions?.persistedQuery;
    const id =
      typeof body.documentId === 'string' ? body.documentId : typeof persisted?.sha256Hash === 'string' ? persisted.sha256Hash : undefined;
    if (id !== undefined) {
      const hash = id.replace(/^sha256:/i, '').toLowerCase();
      const doc = documents.get(hash);
      if (!doc) {
        res.status(400).json({
          errors: [
            {
              message: `Unknown document id ${JSON.stringify(id.slice(0, 80))}: it is not in the trusted documents manifest (the client and the gateway come from different builds?).`,
              extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' },
            },
          ],
        });
        return;
      }
      if (typeof body.query === 'string' && body.query !== doc) {
        res.status(400).json({
          errors: [{ message: 'The query text does not match the document id sent with it.', extensions: { code: 'BAD_REQUEST' } }],
        });
        return;
      }
      body.query = doc;
      delete body.documentId;
      if (body.extensions) delete body.extensions.persistedQuery; // Apollo's own APQ cache must not register anything
      (req as TrustedRequest)[TRUSTED] = true;
      return next();
    }
    (req as TrustedRequest)[TRUSTED] = typeof body.query === 'string' && documents.has(sha256Hex(body.query));
    next();
  };
  const assertAllowed = (role: Role, isTrusted: boolean) => {
    if (!isTrusted && only.has(role)) {
      throw forbidden(`${role} tokens may run only the operations of the hub's own clients (trusted documents): send their documentId`);
    }
  };
  return { documents, operationNames, middleware, assertAllowed };
}
