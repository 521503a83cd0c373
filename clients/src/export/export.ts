/**
 * Streamed CSV export of figures (GET or POST /export/figures.csv).
 *
 * The export is a client of the graph: every page is a GraphQL operation POSTed to the gateway's /graphql with the
 * caller's own token (and request id), so roles, disclosure control, drafts and operation limits apply exactly as
 * for any other client. Each page is turned into CSV text in one piece (csv-stringify's sync API) and written
 * as one chunk as it arrives, waiting for 'drain' when the client reads slowly (backpressure): the web process
 * holds one page (at most 1000 figures) and the next one in flight, whatever the size of the export.
 *
 * Speed (GET): a page asks the agency subgraph only for the columns of the CSV, with `area { code }` alone, so
 * the query plan is one fetch to the agency and none to the plan subgraph; area names and kinds come from one
 * `areas` query per export (also through the graph, with the caller's token), looked up in a Map per row.
 */
import { finished } from 'node:stream/promises';
import { stringify } from 'csv-stringify/sync';
import type { Request, Response } from 'express';
import {
  Kind,
  parse,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { escapeFormula, REQUEST_ID_HEADER, verifyToken, type AuthConfig, type Logger } from '@hub/common/platform';

export const PAGE_SIZE = 1000;
/** Measures one GET export may name (each costs an operation and its pages); repeats count once. */
export const MAX_EXPORT_MEASURES = 200;
/** Pages one POST export may run: 1,000 pages of at most 1,000 figures. */
export const MAX_EXPORT_PAGES = 1000;

/** The columns of every export, in order (snake_case, as in the CSV import). */
export const CSV_HEADER = [
  'measure_id',
  'measure_name',
  'agency',
  'unit',
  'polarity',
  'area_code',
  'area_name',
  'area_kind',
  'period_code',
  'period_kind',
  'period_label',
  'period_start',
  'period_end',
  'value',
  'numerator',
  'denominator',
  'lower_bound',
  'upper_bound',
  'printed',
  'approximate',
  'not_available',
  'suppressed',
  'status',
  'draft',
  'note',
  'publication',
  'publisher',
  'published',
  'document',
  'location',
  'cited_source',
] as const;

/**
 * What a GET export asks per figure: the CSV's columns and nothing else (statistics fields, ids and cursors cost
 * per row in the subgraph and the gateway), with the area's code only (see AreaIndex).
 */
export const EXPORT_FIGURE_FIELDS = `area { code } period { code kind label start end }
  value numerator denominator lowerBound upperBound printed approximate notAvailable suppressed status draft note
  provenance { publication publisher published document location citedSource }`;

const MEASURE_FIELDS = 'id name agency unit polarity';

interface AreaInfo {
  code: string;
  name: string | null;
  kind: string | null;
}
/** Area names and kinds by code, from one `areas` query per export. */
type AreaIndex = Map<string, AreaInfo>;

interface MeasureInfo {
  id: string;
  name?: string;
  agency?: string;
  unit?: string;
  polarity?: string;
}

/** A 400 naming the parameter and the bad value. */
export class ExportRequestError extends Error {
  constructor(
    readonly parameter: string,
    message: string,
    readonly status = 400,
  ) {
    super(message);
  }
}

const bad = (parameter: string, value: unknown, reason: string) =>
  new ExportRequestError(parameter, `Invalid value for parameter "${parameter}": ${JSON.stringify(value)}. ${reason}`);

type Cell = string | number | boolean | null;

/** A figure as a page answers it. A POST export's own query chooses the fields, so any of them may be missing. */
interface FigureNode {
  measureId?: Cell;
  area?: { code?: string | null; name?: Cell; kind?: Cell } | null;
  period?: { code?: Cell; kind?: Cell; label?: Cell; start?: Cell; end?: Cell } | null;
  value?: Cell;
  numerator?: Cell;
  denominator?: Cell;
  lowerBound?: Cell;
  upperBound?: Cell;
  printed?: Cell;
  approximate?: Cell;
  notAvailable?: Cell;
  suppressed?: Cell;
  status?: Cell;
  draft?: Cell;
  note?: Cell;
  provenance?: {
    publication?: Cell;
    publisher?: Cell;
    published?: Cell;
    document?: Cell;
    location?: Cell;
    citedSource?: Cell;
  } | null;
}

export function toRow(m: MeasureInfo | undefined, n: FigureNode, areas?: AreaIndex): Cell[] {
  const p = n.provenance ?? {};
  const code = n.area?.code ?? null;
  const known = areas && code !== null ? areas.get(code) : undefined;
  return [
    m?.id ?? n.measureId ?? null,
    m?.name ?? null,
    m?.agency ?? null,
    m?.unit ?? null,
    m?.polarity ?? null,
    code,
    n.area?.name ?? known?.name ?? null,
    n.area?.kind ?? known?.kind ?? null,
    n.period?.code ?? null,
    n.period?.kind ?? null,
    n.period?.label ?? null,
    n.period?.start ?? null,
    n.period?.end ?? null,
    n.value ?? null,
    n.numerator ?? null,
    n.denominator ?? null,
    n.lowerBound ?? null,
    n.upperBound ?? null,
    n.printed ?? null,
    n.approximate ?? null,
    n.notAvailable ?? null,
    n.suppressed ?? null,
    n.status ?? null,
    n.draft ?? null,
    n.note ?? null,
    p.publication ?? null,
    p.publisher ?? null,
    p.published ?? null,
    p.document ?? null,
    p.location ?? null,
    p.citedSource ?? null,
  ];
}

interface GraphQLErrorItem {
  message: string;
  extensions?: Record<string, unknown>;
}
type GraphQLResult<T = unknown> = { data?: T; errors?: ReadonlyArray<GraphQLErrorItem> };
type Execute = <T = unknown>(query: string, variables: Record<string, unknown>) => Promise<GraphQLResult<T>>;
/** The figure connection of one page. */
interface FigurePage {
  headlineMeasure: {
    figures: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Array<{ node: FigureNode }> };
  };
}

/**
 * POSTs each operation to the gateway as the caller. The gateway answers GraphQL errors (bad arguments, refused
 * roles, operation limits) with a body whatever the status, and those are what the export reports; an answer
 * without a GraphQL body (the gateway down, a proxy's error page) is a failure of the export itself.
 */
function executor(graphqlUrl: string, authorization: string, requestId: string, timeoutMs: number): Execute {
  return async <T>(query: string, variables: Record<string, unknown>) => {
    const res = await fetch(graphqlUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        authorization,
        [REQUEST_ID_HEADER]: requestId,
      },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    let body: GraphQLResult<T> | undefined;
    try {
      body = (await res.json()) as GraphQLResult<T>;
    } catch {
      body = undefined;
    }
    if (!body || (body.data === undefined && !body.errors?.length))
      throw new Error(`The gateway answered HTTP ${res.status} without a GraphQL body`);
    return body;
  };
}

/** GraphQL errors before the first row: 400 (bad argument) or 403, with the first error's message. */
function requestErrorFrom(errors: ReadonlyArray<GraphQLErrorItem>): ExportRequestError {
  const first = errors[0];
  const code = first.extensions?.code;
  const status =
    code === 'FORBIDDEN'
      ? 403
      : code === 'UNAUTHENTICATED'
        ? 401
        : code === 'BAD_USER_INPUT' || code === 'GRAPHQL_VALIDATION_FAILED' || code === 'BAD_REQUEST'
          ? 400
          : 502;
  const parameter = String(first.extensions?.argument ?? 'query');
  return new ExportRequestError(parameter, first.message, status);
}

const FILTER_PARAMS = {
  area: 'id',
  includeSubAreas: 'boolean',
  parentArea: 'id',
  areaKind: 'list',
  from: 'string',
  to: 'string',
  periodKind: 'list',
  approximate: 'boolean',
  notAvailable: 'boolean',
  suppressed: 'boolean',
  status: 'list',
  draft: 'boolean',
} as const;
const CATALOGUE_PARAMS = ['agency', 'pathway', 'plan', 'priorityGroup'] as const;
const KNOWN_PARAMS = new Set<string>([...Object.keys(FILTER_PARAMS), ...CATALOGUE_PARAMS, 'measure', 'orderBy']);

/** What GET /export/figures.csv asks for, from its query string. */
export interface ExportSpec {
  measures: string[];
  catalogue: Partial<Record<(typeof CATALOGUE_PARAMS)[number], string>>;
  filter: Record<string, unknown>;
  orderBy: Array<{ field: string; direction: string }> | null;
}

/** Parses and checks the query string: unknown parameters and unreadable values are named. */
export function parseExportQuery(query: Request['query']): ExportSpec {
  const one = (name: string): string | undefined => {
    const v = query[name];
    if (v === undefined) return undefined;
    if (Array.isArray(v)) throw bad(name, v, 'Give it once.');
    if (typeof v !== 'string') throw bad(name, v, 'Give a plain value.');
    return v;
  };
  for (const name of Object.keys(query)) {
    if (!KNOWN_PARAMS.has(name))
      throw new ExportRequestError(name, `Unknown parameter "${name}". Known parameters: ${[...KNOWN_PARAMS].join(', ')}.`);
  }
  const rawMeasures = query.measure === undefined ? [] : ([] as unknown[]).concat(query.measure);
  // Each id once, whatever the order or repetition: `measure=` given 600 times must not cost 600 operations.
  const measures = [
    ...new Set(
      rawMeasures.flatMap((v) => {
        if (typeof v !== 'string') throw bad('measure', v, 'Give measure ids, e.g. measure=probation.adult-proven-reoffending-proportion.');
        return v
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean);
      }),
    ),
  ];
  if (measures.length > MAX_EXPORT_MEASURES) {
    throw new ExportRequestError(
      'measure',
      `${measures.length} measures named: an export takes at most ${MAX_EXPORT_MEASURES}. Export by catalogue (agency, pathway, plan, priorityGroup) or in parts.`,
    );
  }
  const catalogue: ExportSpec['catalogue'] = {};
  for (const name of CATALOGUE_PARAMS) {
    const v = one(name);
    if (v !== undefined) catalogue[name] = v;
  }
  if (measures.length > 0 && Object.keys(catalogue).length > 0) {
    throw new ExportRequestError(
      'measure',
      'Give either measure ids or catalogue parameters (agency, pathway, plan, priorityGroup), not both.',
    );
  }
  const filter: Record<string, unknown> = {};
  for (const [name, kind] of Object.entries(FILTER_PARAMS)) {
    const v = one(name);
    if (v === undefined) continue;
    if (kind === 'boolean') {
      if (v !== 'true' && v !== 'false') throw bad(name, v, 'Give true or false.');
      filter[name] = v === 'true';
    } else if (kind === 'list') {
      filter[name] = v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
    } else {
      filter[name] = v;
    }
  }
  let orderBy: ExportSpec['orderBy'] = null;
  const order = one('orderBy');
  if (order !== undefined) {
    orderBy = order.split(',').map((part) => {
      const m = part.trim().match(/^(PERIOD|AREA|VALUE)(?::(ASC|DESC))?$/i);
      if (!m) throw bad('orderBy', order, 'Give sort keys like PERIOD, AREA:DESC or VALUE:ASC, separated by commas.');
      return { field: m[1].toUpperCase(), direction: (m[2] ?? 'ASC').toUpperCase() };
    });
  }
  return { measures, catalogue, filter, orderBy };
}

const PAGE_QUERY = `query ExportFigurePage($id: ID!, $filter: FigureFilter, $orderBy: [FigureOrder!], $first: Int!, $after: String) {
  headlineMeasure(id: $id) {
    figures(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges { node { ${EXPORT_FIGURE_FIELDS} } }
    }
  }
}`;

const AREAS_QUERY = 'query ExportAreas { areas { code name kind } }';

async function areaIndex(execute: Execute): Promise<AreaIndex> {
  const res = await execute<{ areas: AreaInfo[] }>(AREAS_QUERY, {});
  if (res.errors?.length) throw requestErrorFrom(res.errors);
  return new Map(res.data!.areas.map((a) => [a.code, a]));
}

type Row = unknown[];

/** The pages of rows of a GET export: each measure of the list in turn, page by page. */
async function* rowsOfSpec(execute: Execute, spec: ExportSpec): AsyncGenerator<Row[]> {
  let measures: MeasureInfo[];
  if (spec.measures.length > 0) {
    measures = [];
    for (const id of spec.measures) {
      const res = await execute<{ headlineMeasure: MeasureInfo }>(
        `query ExportMeasure($id: ID!) { headlineMeasure(id: $id) { ${MEASURE_FIELDS} } }`,
        { id },
      );
      if (res.errors?.length)
        throw requestErrorFrom(res.errors.map((e) => ({ ...e, extensions: { argument: 'measure', ...e.extensions } })));
      measures.push(res.data!.headlineMeasure);
    }
  } else {
    const res = await execute<{ headlineMeasures: Array<MeasureInfo | null> }>(
      `query ExportMeasures($agency: ID, $pathway: ID, $plan: ID, $priorityGroup: ID) {
        headlineMeasures(agency: $agency, pathway: $pathway, plan: $plan, priorityGroup: $priorityGroup) { ${MEASURE_FIELDS} }
      }`,
      spec.catalogue,
    );
    if (res.errors?.length) throw requestErrorFrom(res.errors);
    measures = res.data!.headlineMeasures.filter((m): m is MeasureInfo => m !== null);
  }
  let areas: AreaIndex | null = null;
  let areasRefreshed = false;
  const fetchPage = (id: string, after: string | null) => {
    const page = execute<FigurePage>(PAGE_QUERY, { id, filter: spec.filter, orderBy: spec.orderBy, first: PAGE_SIZE, after });
    page.catch(() => undefined); // awaited below; this only keeps a page abandoned by a client that left from being an unhandled rejection
    return page;
  };
  for (const m of measures) {
    let after: string | null = null;
    let next: Promise<GraphQLResult<FigurePage>> | null = fetchPage(m.id, null);
    do {
      const res = await next!;
      next = null;
      if (res.errors?.length)
        throw requestErrorFrom(
          res.errors.map((e) => ({ ...e, extensions: { argument: e.extensions?.argument ?? 'filter', ...e.extensions } })),
        );
      const conn = res.data!.headlineMeasure.figures;
      // Asked after the first page, so a bad filter is still named by the page's own error.
      if (!areas && conn.edges.length > 0) areas = await areaIndex(execute);
      // An area added since the index was read: read it once more (an area unknown to the plan stays without a name).
      if (areas && !areasRefreshed && conn.edges.some((e) => e.node.area && !areas!.has(e.node.area.code!))) {
        areas = await areaIndex(execute);
        areasRefreshed = true;
      }
      after = conn.pageInfo.hasNextPage ? conn.pageInfo.endCursor : null;
      // Pipelining: the next page is asked for before this one is written, so the subgraph and the database work
      // while this process writes; it holds at most this page's rows and the next page in flight.
      if (after) next = fetchPage(m.id, after);
      yield conn.edges.map((e) => toRow(m, e.node, areas ?? undefined));
    } while (after);
  }
}

interface FoundConnection {
  path: string;
  measure: MeasureInfo | undefined;
  edges: Array<{ node: FigureNode }>;
  pageInfo?: { hasNextPage?: boolean; endCursor?: string | null };
}

/** Every figure list in a result (an object with `edges`), with the nearest enclosing measure (an object with an `agency`). */
function findConnections(value: unknown, path: string, measure: MeasureInfo | undefined, out: FoundConnection[]): FoundConnection[] {
  if (Array.isArray(value)) {
    value.forEach((v, i) => findConnections(v, `${path}.${i}`, measure, out));
  } else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (Array.isArray(o.edges) && o.edges.every((e: unknown) => e && typeof e === 'object' && 'node' in e)) {
      // A list of objects with a node: read as figures (a query may leave out any field; a missing one is an empty cell).
      out.push({ path, measure, edges: o.edges as FoundConnection['edges'], pageInfo: o.pageInfo as FoundConnection['pageInfo'] });
      return out;
    }
    const here = typeof o.id === 'string' && typeof o.agency === 'string' ? (value as MeasureInfo) : measure;
    for (const [k, v] of Object.entries(o)) findConnections(v, `${path}.${k}`, here, out);
  }
  return out;
}

/**
 * Whether the field at a result path (`data.m.figures`, list indexes included) has `after: $after`. The path is
 * followed by response key (alias or name) through the operation's selections, inline fragments and fragments.
 */
function takesAfter(doc: DocumentNode, op: OperationDefinitionNode, path: string): boolean {
  const fragments = new Map(
    doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
  );
  const keys = path
    .split('.')
    .slice(1)
    .filter((k) => !/^\d+$/.test(k));
  const fieldsWithKey = (set: SelectionSetNode | undefined, key: string, seen = new Set<string>()): FieldNode[] =>
    (set?.selections ?? []).flatMap((s): FieldNode[] => {
      if (s.kind === Kind.FIELD) return (s.alias?.value ?? s.name.value) === key ? [s] : [];
      if (s.kind === Kind.INLINE_FRAGMENT) return fieldsWithKey(s.selectionSet, key, seen);
      if (seen.has(s.name.value)) return [];
      seen.add(s.name.value);
      return fieldsWithKey(fragments.get(s.name.value)?.selectionSet, key, seen);
    });
  let level: FieldNode[] = [{ kind: Kind.FIELD, name: { kind: Kind.NAME, value: '' }, selectionSet: op.selectionSet } as FieldNode];
  for (const key of keys) level = level.flatMap((f) => fieldsWithKey(f.selectionSet, key));
  return (
    level.length > 0 &&
    level.every((f) =>
      (f.arguments ?? []).some((a) => a.name.value === 'after' && a.value.kind === Kind.VARIABLE && a.value.name.value === 'after'),
    )
  );
}

/**
 * The rows of a POST export: any operation whose result holds figure lists (`edges { node { ... } }`). Rows come
 * from every list of the first result; when one list has more pages (`pageInfo { hasNextPage endCursor }`), the
 * operation is run again with `$after` set to its endCursor, and rows are taken from that list only.
 */
async function* rowsOfOperation(execute: Execute, query: string, variables: Record<string, unknown>): AsyncGenerator<Row[]> {
  let doc: DocumentNode;
  try {
    doc = parse(query);
  } catch (e) {
    throw new ExportRequestError('query', `The query is not valid GraphQL: ${(e as Error).message}`);
  }
  const ops = doc.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (ops.length !== 1 || ops[0].operation !== 'query')
    throw new ExportRequestError('query', 'Send exactly one query operation (no mutation, no subscription).');
  const first = await execute(query, variables);
  if (first.errors?.length) throw requestErrorFrom(first.errors);
  const lists = findConnections(first.data, 'data', undefined, []);
  if (lists.length === 0)
    throw new ExportRequestError('query', 'The result holds no figure list: select figures(...) { edges { node { ... } } } on a measure.');
  const more = lists.filter((l) => l.pageInfo?.hasNextPage);
  // Checked before the first row goes out, so a query that cannot be paged is a 400, not a cut file.
  if (more.length > 1) {
    throw new ExportRequestError(
      'query',
      `${more.length} figure lists have more pages; a POST export pages one list. Export many measures with GET /export/figures.csv?pathway=... (or measure=...), which pages each measure in turn.`,
    );
  }
  // The list with more pages must itself take `after: $after`: any other list would answer the same page for ever.
  if (more.length === 1 && !takesAfter(doc, ops[0], more[0].path)) {
    throw new ExportRequestError(
      'query',
      'The list has more pages: declare `$after: String` and pass it as figures(after: $after), or ask for first: 1000.',
    );
  }
  yield lists.flatMap((l) => l.edges.map((e) => toRow(l.measure, e.node)));
  if (more.length === 0) return;
  const target = more[0];
  let after = target.pageInfo!.endCursor ?? null;
  const seen = new Set<string>();
  let pages = 1;
  while (after) {
    if (seen.has(after))
      throw new ExportRequestError(
        'query',
        `The list's endCursor did not advance (page ${pages + 1} would repeat a page already sent): the export stopped.`,
      );
    seen.add(after);
    if (++pages > MAX_EXPORT_PAGES)
      throw new ExportRequestError(
        'query',
        `The export reached its limit of ${MAX_EXPORT_PAGES} pages: narrow the filter or export in parts.`,
      );
    const res = await execute(query, { ...variables, after });
    if (res.errors?.length) throw requestErrorFrom(res.errors);
    const list = findConnections(res.data, 'data', undefined, []).find((l) => l.path === target.path);
    if (!list) return;
    yield list.edges.map((e) => toRow(list.measure ?? target.measure, e.node));
    after = list.pageInfo?.hasNextPage ? (list.pageInfo.endCursor ?? null) : null;
  }
}

/** Text cells that a spreadsheet would run as a formula are escaped (escapeFormula); numbers are written as they are. */
const CSV_OPTIONS = { cast: { boolean: (b: boolean) => (b ? 'true' : 'false'), string: (text: string) => escapeFormula(text) } };

/**
 * Writes the pages of rows as CSV, one chunk per page. The first row (or the end) is awaited before the 200 and
 * the header go out, so a bad argument is still a 400; a failure after that ends the response abruptly (no
 * terminating chunk), so a client never mistakes a cut export for a complete one.
 */
async function streamCsv(res: Response, pages: AsyncGenerator<Row[]>, filename: string, logger: Logger, requestId: string): Promise<void> {
  // Throws ExportRequestError before anything is sent; empty pages (a measure with no figures) are passed over.
  let first = await pages.next();
  while (!first.done && first.value.length === 0) first = await pages.next();
  res.status(200);
  res.setHeader('content-type', 'text/csv; charset=utf-8');
  res.setHeader('content-disposition', `attachment; filename="${filename}"`);
  res.setHeader('cache-control', 'no-store');
  let closed = false;
  res.on('close', () => {
    closed = true;
  });
  let count = 0;
  // Backpressure: when the client reads slowly, wait for 'drain' (or for the client to go away) before the next page.
  const drainOrClose = () =>
    new Promise<void>((resolve) => {
      const done = () => {
        res.off('drain', done);
        res.off('close', done);
        resolve();
      };
      res.once('drain', done);
      res.once('close', done);
    });
  const write = async (text: string) => {
    if (!res.write(text) && !closed) await drainOrClose();
  };
  try {
    await write(stringify([[...CSV_HEADER]]) + (first.done ? '' : stringify(first.value, CSV_OPTIONS)));
    if (!first.done) count += first.value.length;
    if (!first.done) {
      for (;;) {
        if (closed) {
          await pages.return(undefined);
          logger.info({ requestId, rows: count }, 'export: client went away');
          return;
        }
        const next = await pages.next();
        if (next.done) break;
        if (next.value.length === 0) continue;
        count += next.value.length;
        await write(stringify(next.value, CSV_OPTIONS));
      }
    }
    res.end();
    await finished(res);
    logger.info({ requestId, rows: count }, 'export: complete');
  } catch (e) {
    logger.error({ requestId, rows: count, err: (e as Error).message }, 'export: failed after the first row; response cut');
    res.destroy();
  }
}

export interface ExportDeps {
  /** The gateway's /graphql URL. */
  gatewayUrl: string;
  /** How long one page may take. */
  gatewayTimeoutMs: number;
  /** Checks the caller's token before anything is asked, so a missing token is a 401 whatever the parameters. */
  auth: AuthConfig;
  logger: Logger;
}

function sendError(res: Response, e: unknown, logger: Logger) {
  if (e instanceof ExportRequestError) {
    res.status(e.status).json({
      errors: [
        {
          message: e.message,
          extensions: {
            code: e.status === 400 ? 'BAD_REQUEST' : e.status === 403 ? 'FORBIDDEN' : 'EXPORT_FAILED',
            parameter: e.parameter,
          },
        },
      ],
    });
    return;
  }
  const ext = (e as { extensions?: { code?: string } }).extensions;
  if (ext?.code === 'UNAUTHENTICATED') {
    res
      .status(401)
      .setHeader('www-authenticate', 'Bearer')
      .json({ errors: [{ message: (e as Error).message, extensions: { code: 'UNAUTHENTICATED' } }] });
    return;
  }
  logger.error({ err: (e as Error).message }, 'export failed');
  res.status(500).json({ errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
}

/** GET /export/figures.csv?measure=...|pathway=...&area=...&from=...: the figures of a list of measures. */
export function getExport(deps: ExportDeps) {
  return async (req: Request, res: Response) => {
    try {
      await verifyToken(req.headers.authorization, deps.auth);
      const spec = parseExportQuery(req.query);
      const requestId = req.headers[REQUEST_ID_HEADER] as string;
      const execute = executor(deps.gatewayUrl, req.headers.authorization!, requestId, deps.gatewayTimeoutMs);
      await streamCsv(res, rowsOfSpec(execute, spec), 'figures.csv', deps.logger, requestId);
    } catch (e) {
      if (res.headersSent) return void res.destroy();
      sendError(res, e, deps.logger);
    }
  };
}

/** POST /export/figures.csv {query, variables}: the figure lists of any query, the one with more pages paged through `$after`. */
export function postExport(deps: ExportDeps) {
  return async (req: Request, res: Response) => {
    try {
      await verifyToken(req.headers.authorization, deps.auth);
      const body = req.body as { query?: unknown; variables?: unknown } | undefined;
      if (!body || typeof body.query !== 'string')
        throw new ExportRequestError('query', 'POST a JSON body {"query": "...", "variables": {...}} with Content-Type: application/json.');
      if (
        body.variables !== undefined &&
        body.variables !== null &&
        (typeof body.variables !== 'object' || Array.isArray(body.variables))
      ) {
        throw bad('variables', body.variables, 'Give an object of variable values.');
      }
      const requestId = req.headers[REQUEST_ID_HEADER] as string;
      const execute = executor(deps.gatewayUrl, req.headers.authorization!, requestId, deps.gatewayTimeoutMs);
      await streamCsv(
        res,
        rowsOfOperation(execute, body.query, (body.variables ?? {}) as Record<string, unknown>),
        'figures.csv',
        deps.logger,
        requestId,
      );
    } catch (e) {
      if (res.headersSent) return void res.destroy();
      sendError(res, e, deps.logger);
    }
  };
}
