/**
 * Cursors of cross-area figure lists (HeadlineMeasure.figures): the order's default, the page limit, and opaque,
 * keyed cursors holding the sort key of a page's last figure. The SQL of the lists (filters, sort keys, keyset
 * pagination) is in sql.ts with the rest of the read path's statements.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { badInput } from '../errors';
import { sortKeys, type FigureOrderSpec, type SortKey } from './sql';

export type { FigureOrderSpec, FigurePageQuery, FigureSqlFilter, OrderDirection, OrderField } from './sql';

export const DEFAULT_ORDER: readonly FigureOrderSpec[] = Object.freeze([
  { field: 'PERIOD', direction: 'ASC' },
  { field: 'AREA', direction: 'ASC' },
]);

export const MAX_PAGE = 1000;

/** Canonical text of an order, stored in cursors: a cursor only continues the order it was made for. */
export const orderSignature = (order: readonly FigureOrderSpec[]) => order.map((o) => `${o.field}_${o.direction}`).join(',');

const CURSOR_VERSION = 1;

/**
 * An HMAC of the payload with the server's cursor key: any edit of a cursor (even one that still decodes) is
 * detected, and nobody without the key can make one (an unkeyed hash could be recomputed by anyone).
 */
const digest = (secret: Buffer, payload: string) =>
  createHmac('sha256', secret).update(`hub-figure-cursor:${payload}`).digest('base64url').slice(0, 22);

export function encodeCursor(secret: Buffer, order: readonly FigureOrderSpec[], key: Array<string | null>): string {
  const payload = Buffer.from(JSON.stringify({ v: CURSOR_VERSION, o: orderSignature(order), k: key }), 'utf8').toString('base64url');
  return `${payload}.${digest(secret, payload)}`;
}

const VALID: Record<SortKey['cast'], RegExp> = {
  date: /^\d{4}-\d{2}-\d{2}$/,
  numeric: /^-?\d+(\.\d+)?$/,
  boolean: /^(true|false)$/,
  text: /^[\s\S]{0,200}$/,
};

/** Decodes and checks a cursor for this order; anything else (tampered, truncated, another order's) is a named error. */
export function decodeCursor(secret: Buffer, cursor: string, order: readonly FigureOrderSpec[], raw: boolean): Array<string | null> {
  const reject = (why: string) =>
    badInput('after', cursor, `${why} Pass the endCursor of a previous page of the same list and order, unchanged.`);
  const m = /^([A-Za-z0-9_-]{1,2000})\.([A-Za-z0-9_-]{22})$/.exec(cursor);
  if (!m || !timingSafeEqual(Buffer.from(digest(secret, m[1])), Buffer.from(m[2])))
    throw reject('This is not a cursor of this list (altered or truncated).');
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(m[1], 'base64url').toString('utf8'));
  } catch {
    throw reject('This is not a cursor of this list.');
  }
  const c = decoded as { v?: unknown; o?: unknown; k?: unknown };
  if (!c || typeof c !== 'object' || c.v !== CURSOR_VERSION || typeof c.o !== 'string' || !Array.isArray(c.k))
    throw reject('This is not a cursor of this list.');
  if (c.o !== orderSignature(order)) throw reject(`The cursor was made for the order ${c.o}, not ${orderSignature(order)}.`);
  const keys = sortKeys(order, raw);
  if (c.k.length !== keys.length) throw reject('This is not a cursor of this list.');
  c.k.forEach((value, i) => {
    if (value === null && keys[i].cast === 'numeric') return;
    if (typeof value !== 'string' || !VALID[keys[i].cast].test(value)) throw reject('This is not a cursor of this list.');
  });
  return c.k as Array<string | null>;
}
