import type { IncomingMessage } from 'node:http';
import express, { type Request, type RequestHandler } from 'express';
import { Kind, parse, type DocumentNode } from 'graphql';
import { verifyToken, type AuthConfig, type Role } from '@hub/common/platform';

/**
 * One CSV import may be larger than MAX_BODY_SIZE: an agency's year of returns (50,000 rows) is about 5 MB, and an
 * import is all or nothing, so it cannot be split into requests. Only such an import gets the larger limit
 * (MAX_IMPORT_BODY_SIZE), and only for those who may import:
 *   - the token is verified before the body is read; anonymous callers and the reading roles (board, analyst,
 *     secretariat) keep MAX_BODY_SIZE, so nobody can make the gateway buffer megabytes without a valid editor's token;
 *   - a body over MAX_BODY_SIZE must be exactly one mutation whose root fields are all `<agency>ImportObservations`
 *     (the query text at most 10,000 characters, parsed with the usual token limit): the size may only be the CSV
 *     variable, never a larger query or other variables run under the import's allowance;
 *   - the subgraph still checks that the editor edits their own agency, before anything is written.
 * Such a request gets IMPORT_TIMEOUT_MS instead of REQUEST_TIMEOUT_MS and SUBGRAPH_TIMEOUT_MS: checking and writing
 * 50,000 rows in one transaction takes seconds, and an answer cut off while the transaction commits would tell the
 * editor it failed when it did not.
 */
export interface ImportLimits {
  maxBodyBytes: number;
  maxImportBodyBytes: number;
  importTimeoutMs: number;
  maxTokens: number;
}

/** Roles that may import (the subgraph checks the agency). */
const IMPORTERS: ReadonlySet<Role> = new Set<Role>(['agency-editor', 'admin']);
const IMPORT_FIELD = /^[a-z][A-Za-z0-9]*ImportObservations$/;
const MAX_IMPORT_QUERY_CHARS = 10_000;

/** Set by the gateway on its calls to a subgraph for an admitted large import (removed before the call leaves). */
export const LONG_IMPORT_HEADER = 'x-hub-long-import';

const admitted = new WeakSet<IncomingMessage>();

/** The request was admitted as a large import (its body is over MAX_BODY_SIZE). */
export const isLargeImport = (req: IncomingMessage): boolean => admitted.has(req);

/** True when the body runs exactly one mutation made only of agency imports. */
export function isImportOnly(body: unknown, maxTokens: number): boolean {
  if (typeof body !== 'object' || body === null) return false;
  const { query, operationName } = body as { query?: unknown; operationName?: unknown };
  if (typeof query !== 'string' || query.length > MAX_IMPORT_QUERY_CHARS) return false;
  let doc: DocumentNode;
  try {
    doc = parse(query, { maxTokens, noLocation: true });
  } catch {
    return false;
  }
  if (doc.definitions.length !== 1) return false;
  const op = doc.definitions[0];
  if (op.kind !== Kind.OPERATION_DEFINITION || op.operation !== 'mutation') return false;
  if (operationName !== undefined && operationName !== null && operationName !== op.name?.value) return false;
  return (
    op.selectionSet.selections.length > 0 &&
    op.selectionSet.selections.every((s) => s.kind === Kind.FIELD && IMPORT_FIELD.test(s.name.value) && !s.directives?.length)
  );
}

const tooLarge = (limit: number) => Object.assign(new Error('request entity too large'), { type: 'entity.too.large', status: 413, limit });

/** The /graphql body parser: MAX_BODY_SIZE for everyone, MAX_IMPORT_BODY_SIZE for an importer's import only. */
export function graphqlBodyParser(limits: ImportLimits, auth: AuthConfig): RequestHandler {
  const small = express.json({ limit: limits.maxBodyBytes });
  if (limits.maxImportBodyBytes <= limits.maxBodyBytes) return small;
  const sizes = new WeakMap<IncomingMessage, number>();
  const large = express.json({ limit: limits.maxImportBodyBytes, verify: (req, _res, buf) => void sizes.set(req, buf.length) });
  const mayImport = async (req: Request): Promise<boolean> => {
    if (!req.headers.authorization) return false;
    try {
      return IMPORTERS.has((await verifyToken(req.headers.authorization, auth)).role);
    } catch {
      // Refused later, with the reason, when the context is built; here only the small limit.
      return false;
    }
  };
  return (req, res, next) => {
    void mayImport(req).then((importer) => {
      if (!importer) return small(req, res, next);
      large(req, res, (err?: unknown) => {
        if (err) return next(err);
        if ((sizes.get(req) ?? 0) <= limits.maxBodyBytes) return next();
        if (!isImportOnly(req.body, limits.maxTokens)) return next(tooLarge(limits.maxBodyBytes));
        admitted.add(req);
        next();
      });
    }, next);
  };
}
