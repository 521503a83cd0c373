/**
 * The annual stock take report of a plan (the progress report of seed 001, Appendix A), built from the graph:
 * three GraphQL queries through the gateway, sent with the caller's token so that roles and disclosure control
 * apply exactly as they do for any other client. Nothing here reads the seed files or the databases.
 *
 *   1. the re-offending tables: the plan's basket of measures (MoJ proven re-offending adult and juvenile, NI18
 *      local adult re-offending), the last four periods published up to the end of the year;
 *   2. headline measures per pathway for the year and the year before;
 *   3. every goal in force in the year, with its lead agency, status (RAG) and update, and its disposition at
 *      the stock take that followed.
 *
 * The queries stay inside the gateway's operation limits (depth 8, cost 2000, 1000 tokens), hence three of them.
 */

/** Sends one GraphQL operation as the caller; resolves to the response body (data and/or errors). */
export type GraphQLClient = (query: string, variables: Record<string, unknown>) => Promise<GraphQLResponse>;

export interface GraphQLResponse {
  data?: unknown;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }>;
}

/** A request the caller got wrong (unknown plan, malformed year...): HTTP 400, CLI exit code 2. */
export class ReportInputError extends Error {
  constructor(
    /** The parameter at fault: 'plan', 'year' or 'format'. */
    readonly parameter: string,
    message: string,
  ) {
    super(message);
    this.name = 'ReportInputError';
  }
}

/** The graph refused the caller (401/403 from the gateway, or UNAUTHENTICATED / FORBIDDEN errors). */
/** The gateway refused a query of the report for now (per-user limits, 429, or a timeout, 503): try again later. */
export class ReportBusyError extends Error {
  constructor(
    readonly status: 429 | 503,
    readonly retryAfterSeconds: number,
    message: string,
  ) {
    super(message);
    this.name = 'ReportBusyError';
  }
}

export class ReportAccessError extends Error {
  constructor(
    readonly status: 401 | 403,
    message: string,
  ) {
    super(message);
    this.name = 'ReportAccessError';
  }
}

export const REPORT_FORMATS = ['html', 'pdf'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface StockTakeRequest {
  plan: string;
  /** Financial year, e.g. '2012-13'. */
  year: string;
}

/** One figure as the graph serves it: printed exactly as published, with its flags. */
export interface Figure {
  printed: string;
  value: number | null;
  approximate: boolean;
  /** 'tbc' in the source: not yet available (never zero). */
  notAvailable: boolean;
  /** Withheld by disclosure control for this reader. */
  suppressed: boolean;
  /** FINAL, PROVISIONAL (e.g. year to date) or REVISED, as the agency marked it. */
  status: string;
  note: string | null;
  periodCode: string;
  areaName: string;
  /** Where the figure was published (e.g. 'Appendix A, 2.2 Education and Employment, delivery against goals'). */
  location: string;
  /** What the report prints under the figure ('approximate', 'not yet available'...), decided once for both formats. */
  flags: string[];
  /** The figure's comparators (England and Wales, region, similar areas, predicted), as the graph gives them. */
  comparators: Array<{ kind: string; text: string }>;
}

export interface TableRow {
  label: string;
  measureId: string;
  /** The body that leads on the measure. */
  leadAgency: string;
  /** A subheading printed above the row, as the published report has it ('Youth Offending Population'). */
  subheading: string | null;
  /** One cell per column; null when the graph has no figure for that column. */
  cells: Array<Figure | null>;
  /** One text per comparator column (null: none for this row). */
  comparators: Array<string | null>;
}

export interface FigureTable {
  /** '1.1', '2.3'... */
  number: string;
  title: string;
  columns: Array<{ code: string; label: string }>;
  rows: TableRow[];
  /** Where the figures come from (the measures' sources, e.g. 'Ministry of Justice, ...'). */
  sources: string[];
  /** Paragraphs printed under the table: how its figures are defined (from the published report). */
  notes: string[];
  /** Set when the table holds no figure newer than the report of the year before would: the warning to print. */
  stale: string | null;
  /**
   * Comparator columns, printed after the figures when the graph has comparators for the table's newest column
   * (England and Wales, the region, similar areas, the predicted rate); each row's `comparators` fills them.
   */
  comparatorColumns: Array<{ kind: string; label: string }>;
}

export type Rag = 'RED' | 'AMBER' | 'GREEN';

export interface GoalRow {
  id: string;
  text: string;
  leadAgency: string;
  /** The end-of-year outcome the secretariat recorded (ACHIEVED, PARTLY_ACHIEVED, NOT_ACHIEVED, CARRIED_FORWARD); null when none yet. */
  outcome: string | null;
  /** The secretariat's comment on the outcome. */
  comment: string | null;
  /** Red / amber / green recorded for the year; null when nothing has been recorded yet. */
  rag: Rag | null;
  /** How a recorded status was decided, when it is not the report's status key. */
  basis: string | null;
  update: string | null;
  /** What the stock take after the year decided for the goal: discharged, carried forward or amended. */
  disposition: { disposition: string; newWording: string | null; refresh: string; date: string } | null;
}

export interface PathwaySection {
  number: string;
  name: string;
  priorityIntervention: boolean;
  measures: FigureTable;
  goals: GoalRow[];
}

/** What the board published about the report: its title, authors, dates of data, key (from the graph's plan). */
export interface PublishedReport {
  /** The year of the published progress report this one follows (the report's own year, or an earlier one). */
  year: string;
  title: string;
  authors: string[];
  producedDate: string;
  introduction: string;
  statusNote: string;
  statusKey: Array<{ description: string; rag: Rag }>;
  /** Section 2's opening paragraphs. */
  section2Introduction: string[];
  publication: string;
}

/** Figures the graph holds for the year that are not in the published tables, grouped by where they were printed. */
export interface OtherFigures {
  number: string;
  title: string;
  table: FigureTable;
}

export interface StockTakeReport {
  plan: { id: string; title: string; periodLabel: string; partnership: string; aim: string };
  year: string;
  previousYear: string;
  /** ISO timestamp of generation. */
  generatedAt: string;
  /**
   * The board's published progress report for the year, or (when none is recorded for it) the latest earlier one,
   * whose layout and key the report follows; null when the plan has none.
   */
  published: PublishedReport | null;
  reoffending: FigureTable[];
  pathways: PathwaySection[];
  /** Figures quoted in the goal updates (e.g. Jobcentre Plus's), not headline measures: a section of their own. */
  goalUpdateFigures: OtherFigures[];
  /** Money estimates the plan cites (e.g. the National Audit Office's cost of re-offending): a section of their own. */
  costEstimates: FigureTable | null;
  /** Goals for a priority group or the plan as a whole (no pathway). */
  otherGoals: Array<GoalRow & { group: string }>;
  /** What the graph could not give (e.g. an agency that is down): the report says so instead of failing. */
  gaps: string[];
}

// ------------------------------------------------------------------------------------------ input checks

const PLAN_ID = /^[a-z0-9][a-z0-9-]{0,99}$/;
const FINANCIAL_YEAR = /^(\d{4})-(\d{2})$/;

/** Checks the shape of plan and year before anything is asked of the graph. */
export function checkStockTakeRequest(input: { plan?: unknown; year?: unknown }): StockTakeRequest {
  const { plan, year } = input;
  if (plan === undefined || plan === '') throw new ReportInputError('plan', 'plan is required: the id of a plan, e.g. plan=km-2012-2015');
  if (typeof plan !== 'string' || !PLAN_ID.test(plan)) {
    throw new ReportInputError(
      'plan',
      `plan ${JSON.stringify(plan)} is not a plan id: lower-case letters, digits and hyphens, e.g. km-2012-2015`,
    );
  }
  if (year === undefined || year === '') throw new ReportInputError('year', 'year is required: a financial year, e.g. year=2012-13');
  const m = typeof year === 'string' ? year.match(FINANCIAL_YEAR) : null;
  if (!m) throw new ReportInputError('year', `year ${JSON.stringify(year)} is not a financial year: write it like 2012-13`);
  if ((Number(m[1]) + 1) % 100 !== Number(m[2])) {
    throw new ReportInputError(
      'year',
      `year ${JSON.stringify(year)} is not a financial year: a financial year runs into the next year, e.g. ${m[1]}-${String((Number(m[1]) + 1) % 100).padStart(2, '0')}`,
    );
  }
  return { plan, year: year as string };
}

export function checkFormat(format: unknown): ReportFormat {
  if (format === undefined || format === '') return 'html';
  if (typeof format !== 'string' || !(REPORT_FORMATS as readonly string[]).includes(format)) {
    throw new ReportInputError('format', `format ${JSON.stringify(format)} is not supported: use html or pdf`);
  }
  return format as ReportFormat;
}

const startYearOf = (year: string) => Number(year.slice(0, 4));
const financialYear = (start: number) => `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
/** Last day of a financial year, e.g. 2013-03-31 for 2012-13. */
const yearEnd = (year: string) => `${startYearOf(year) + 1}-03-31`;
const yearStart = (year: string) => `${startYearOf(year)}-04-01`;

// ------------------------------------------------------------------------------------------ queries

const FIGURE = `printed value approximate notAvailable suppressed status note period { code label start end } area { code name } provenance { location }
  comparators { kind printed relativeDifference signKnown verdict areas { name } }`;

const PLAN_QUERY = /* GraphQL */ `
  query StockTakePlan($plan: ID!) {
    plan(id: $plan) {
      id
      title
      aim
      periodLabel
      startYear
      endYear
      partnership {
        name
      }
      progressReports {
        year
        title
        authors
        producedDate
        introduction
        statusNote
        statusKey {
          description
          rag
        }
        sections {
          number
          heading
          pathwayId
          introduction
          columns {
            period
            label
          }
          rows {
            measureId
            area
            label
            subheading
          }
          source
          notes
        }
        provenance {
          publication
        }
      }
    }
  }
`;

const BASKET_QUERY = /* GraphQL */ `
  query StockTakeBasket($plan: ID!, $to: String!) {
    plan(id: $plan) {
      headlineMeasures(basketOnly: true) {
        id name unit source leadAgency figureKind
        observations(to: $to) { ${FIGURE} }
      }
    }
  }
`;

const PATHWAYS_QUERY = /* GraphQL */ `
  query StockTakePathways($plan: ID!, $from: String!, $to: String!) {
    plan(id: $plan) {
      pathways {
        name priorityIntervention
        pathway { id }
        headlineMeasures {
          id name unit source leadAgency
          observations(from: $from, to: $to) { ${FIGURE} }
        }
      }
    }
  }
`;

const GOALS_QUERY = /* GraphQL */ `
  query StockTakeGoals($plan: ID!) {
    plan(id: $plan) {
      goals {
        id
        text
        currentWording
        leadAgency
        pathway {
          id
        }
        priorityGroup {
          id
          name
        }
        proposedAt {
          id
          date
        }
        statuses {
          period {
            code
          }
          rag
          basis
          update
          outcome
          comment
        }
        dispositions {
          disposition
          newWording
          refresh {
            id
            title
            date
          }
        }
      }
    }
  }
`;

// ------------------------------------------------------------------------------------------ the report

/** A figure as the report's queries ask for it: the values and flags of Figure, with its period and area. */
interface GqlFigure extends Omit<Figure, 'periodCode' | 'areaName' | 'location' | 'flags' | 'comparators'> {
  comparators?: Array<{
    kind: string;
    printed: string;
    relativeDifference: number | null;
    signKnown: boolean | null;
    verdict: string;
    areas: Array<{ name: string }>;
  }>;
  period: { code: string; label: string; start: string; end: string };
  area: { code: string; name: string };
  provenance: { location: string };
}
interface GqlMeasure {
  id: string;
  name: string;
  unit: string;
  source: string;
  leadAgency: string;
  figureKind?: string;
  observations: GqlFigure[];
}
interface GqlSection {
  number: string;
  heading: string;
  pathwayId: string | null;
  introduction: string[];
  columns: Array<{ period: string; label: string }>;
  rows: Array<{ measureId: string; area: string; label: string; subheading: string | null }>;
  source: string | null;
  notes: string[];
}
interface GqlProgressReport {
  year: string;
  title: string;
  authors: string[];
  producedDate: string;
  introduction: string;
  statusNote: string;
  statusKey: Array<{ description: string; rag: Rag }>;
  sections: GqlSection[];
  provenance: { publication: string };
}

/**
 * What the report prints under a figure. The printed text stays as published: a column headed '2012-13 YTD'
 * already says what its figures are, and a 'tbc' is not yet available, not provisional.
 */
export function figureFlags(o: Pick<Figure, 'approximate' | 'notAvailable' | 'suppressed' | 'status'>, columnLabel = ''): string[] {
  const flags: string[] = [];
  if (o.approximate) flags.push('approximate');
  if (o.notAvailable) flags.push('not yet available');
  if (o.suppressed) flags.push('suppressed (disclosure control)');
  if (o.status === 'PROVISIONAL' && !o.notAvailable && !/\bYTD\b|provisional/i.test(columnLabel)) flags.push('provisional');
  if (o.status === 'REVISED') flags.push('revised');
  return flags;
}

const toFigure = (o: GqlFigure, columnLabel: string): Figure => ({
  printed: o.printed,
  value: o.value,
  approximate: o.approximate,
  notAvailable: o.notAvailable,
  suppressed: o.suppressed,
  status: o.status,
  note: o.note,
  periodCode: o.period.code,
  areaName: o.area.name,
  location: o.provenance.location,
  flags: figureFlags(o, columnLabel),
  comparators: (o.comparators ?? []).map((c) => ({ kind: c.kind, text: comparatorText(c) })),
});

const VERDICT: Record<string, string> = {
  BETTER: 'significantly better',
  WORSE: 'significantly worse',
  SIMILAR: 'similar',
  HIGHER: 'significantly higher',
  LOWER: 'significantly lower',
};
/** A comparator as printed with how the figure compares ('23.9% (similar)'; a relative difference says so). */
function comparatorText(c: NonNullable<GqlFigure['comparators']>[number]): string {
  const value =
    c.relativeDifference !== null ? `${c.printed} relative difference${c.signKnown === false ? ', sign not given' : ''}` : c.printed;
  return VERDICT[c.verdict] ? `${value} (${VERDICT[c.verdict]})` : value;
}

/** Sends an operation and turns the graph's refusals into the report's errors; partial data is kept. */
async function ask<T>(client: GraphQLClient, query: string, variables: Record<string, unknown>, gaps: string[]): Promise<T> {
  const body = await client(query, variables);
  const errors = body.errors ?? [];
  const code = (e: (typeof errors)[number]) => e.extensions?.code;
  const unauthenticated = errors.find((e) => code(e) === 'UNAUTHENTICATED');
  if (unauthenticated) throw new ReportAccessError(401, unauthenticated.message);
  const badInput = errors.find((e) => code(e) === 'BAD_USER_INPUT');
  if (badInput) {
    const parameter = /\bplan\b/i.test(badInput.message) ? 'plan' : /period|year/i.test(badInput.message) ? 'year' : 'plan';
    throw new ReportInputError(parameter, badInput.message);
  }
  if (!body.data) {
    const forbidden = errors.find((e) => code(e) === 'FORBIDDEN');
    if (forbidden) throw new ReportAccessError(403, forbidden.message);
    throw new Error(`The graph gave no data: ${errors.map((e) => e.message).join('; ') || 'no error given'}`);
  }
  // An agency that is down: its measures are null items and the error names it; the report says so.
  for (const e of errors) gaps.push(e.message);
  // The shape the caller's query selects.
  return body.data as T;
}

/** What PLAN_QUERY, BASKET_QUERY, PATHWAYS_QUERY and GOALS_QUERY select. */
interface PlanData {
  plan: {
    id: string;
    title: string;
    aim: string;
    periodLabel: string;
    startYear: number;
    endYear: number;
    partnership: { name: string };
    progressReports: GqlProgressReport[];
  };
}
interface BasketData {
  plan: { headlineMeasures: Array<GqlMeasure | null> };
}
interface PathwaysData {
  plan: {
    pathways: Array<{
      name: string;
      priorityIntervention: boolean;
      pathway: { id: string };
      headlineMeasures: Array<GqlMeasure | null>;
    }>;
  };
}
interface GoalsData {
  plan: { goals: GqlGoal[] };
}

/** The re-offending tables print the last four periods, as the board's progress report does. */
const BASKET_COLUMNS = 4;
/** Money estimates (e.g. the National Audit Office's cost of re-offending) are cited, not monitored. */
const isMoney = (m: GqlMeasure) => m.figureKind === 'MONEY_ESTIMATE' || /^CURRENCY/.test(m.unit);

const byPeriod = (a: { start: string; end: string }, b: { start: string; end: string }) =>
  a.end.localeCompare(b.end) || b.start.localeCompare(a.start);

interface RowSpec {
  label: string;
  measure: GqlMeasure;
  area?: string;
  subheading?: string | null;
}

function figureTable(
  number: string,
  title: string,
  columns: Array<{ code: string; label: string }>,
  rows: RowSpec[],
  extra: { notes?: string[]; sources?: string[] } = {},
): FigureTable {
  const table: FigureTable = {
    number,
    title,
    columns,
    rows: rows.map(({ label, measure, area, subheading }) => ({
      label,
      measureId: measure.id,
      leadAgency: measure.leadAgency,
      subheading: subheading ?? null,
      comparators: [],
      cells: columns.map((c) => {
        const o = measure.observations.find((x) => x.period.code === c.code && (area === undefined || x.area.code === area));
        return o ? toFigure(o, c.label) : null;
      }),
    })),
    sources: extra.sources ?? [...new Set(rows.map((r) => r.measure.source))],
    notes: extra.notes ?? [],
    stale: null,
    comparatorColumns: [],
  };
  return withComparators(table);
}

const COMPARATOR_LABEL: Record<string, string> = {
  ENGLAND_AND_WALES: 'England and Wales',
  REGION: 'Region',
  PEER_GROUP: 'Similar areas',
  PREDICTED: 'Predicted',
};
/** Adds a column per comparator kind the newest column's figures have. */
function withComparators(t: FigureTable): FigureTable {
  const last = t.columns.length - 1;
  if (last < 0) return t;
  const kinds = [...new Set(t.rows.flatMap((r) => r.cells[last]?.comparators.map((c) => c.kind) ?? []))];
  if (!kinds.length) return t;
  return {
    ...t,
    comparatorColumns: kinds.map((kind) => ({ kind, label: `${COMPARATOR_LABEL[kind] ?? kind}, ${t.columns[last].label}` })),
    rows: t.rows.map((r) => ({ ...r, comparators: kinds.map((k) => r.cells[last]?.comparators.find((c) => c.kind === k)?.text ?? null) })),
  };
}

/** Periods of a set of measures' figures, newest last. */
const periodsOf = (measures: GqlMeasure[], area?: string) =>
  [
    ...new Map(
      measures
        .flatMap((m) => m.observations.filter((o) => area === undefined || o.area.code === area))
        .map((o) => [o.period.code, o.period]),
    ).values(),
  ].sort(byPeriod);

/**
 * A re-offending table is stale when it holds no figure newer than the board's last published report did (a later
 * year that repeats the published tables), or, with no published report to compare with, when its newest figure
 * ended before the year before the report's year began: the tables lag (a proven re-offending cohort needs 18 months
 * of follow-up), so the year before still counts as news, anything older is an earlier report's table again.
 */
function staleBasket(
  t: FigureTable,
  periods: Array<{ code: string; end: string; label: string }>,
  year: string,
  earlier?: { year: string; columns: string[] },
): FigureTable {
  const shown = periods.filter(
    (p) => t.columns.some((c) => c.code === p.code) && t.rows.some((r) => r.cells[t.columns.findIndex((c) => c.code === p.code)]),
  );
  const newest = shown.at(-1);
  if (!newest) return { ...t, stale: `Stale table: the graph has no figure for ${year}.` };
  if (earlier) {
    const printedEnds = periods.filter((p) => earlier.columns.includes(p.code)).map((p) => p.end);
    if (printedEnds.length && newest.end <= printedEnds.sort().at(-1)!) {
      return {
        ...t,
        stale: `Stale table: no figure newer than those of the ${earlier.year} progress report; the newest is for ${newest.label}.`,
      };
    }
    return t;
  }
  if (newest.end >= yearStart(financialYear(startYearOf(year) - 1))) return t;
  return {
    ...t,
    stale: `Stale table: the graph has no figure for ${year} or ${financialYear(startYearOf(year) - 1)}; the newest is for ${newest.label}.`,
  };
}

/** A pathway table is stale when its column for the report's year is empty. */
function stalePathway(t: FigureTable, year: string): FigureTable {
  const at = t.columns.findIndex((c) => c.code === year);
  if (!t.rows.length || (at >= 0 && t.rows.some((r) => r.cells[at]))) return t;
  return { ...t, stale: `Stale table: the graph has no figure for ${year}; the figures shown are those of earlier years.` };
}

function reoffendingTables(
  measures: GqlMeasure[],
  layout: GqlSection[],
  ownYear: boolean,
  year: string,
  publishedYear: string | null,
): FigureTable[] {
  const byId = new Map(measures.map((m) => [m.id, m]));
  const tables: FigureTable[] = [];
  const used = new Set<string>();
  for (const section of layout) {
    const rows = section.rows.flatMap((r) =>
      byId.has(r.measureId) ? [{ label: r.label, measure: byId.get(r.measureId)!, area: r.area, subheading: r.subheading }] : [],
    );
    section.rows.forEach((r) => used.add(r.measureId));
    if (!rows.length) continue;
    const periods = periodsOf(
      rows.map((r) => r.measure),
      rows[0].area,
    );
    // The published columns for the published year; for a later year the newest four periods up to its end.
    const columns = ownYear
      ? section.columns.map((c) => ({ code: c.period, label: c.label }))
      : periods.slice(-BASKET_COLUMNS).map((p) => ({ code: p.code, label: p.label }));
    const t = figureTable(section.number, section.heading, columns, rows, {
      notes: section.notes,
      sources: section.source ? [section.source] : undefined,
    });
    tables.push(
      staleBasket(
        t,
        periods,
        year,
        ownYear || !publishedYear ? undefined : { year: publishedYear, columns: section.columns.map((c) => c.period) },
      ),
    );
  }
  // Basket measures the published report has no table for: one table per source, each measure and area a row.
  const others = measures.filter((m) => !used.has(m.id) && m.observations.length);
  for (const source of [...new Set(others.map((m) => m.source))]) {
    const members = others.filter((m) => m.source === source);
    const periods = periodsOf(members);
    const rows = members.flatMap((m) => {
      const areas = [...new Map(m.observations.map((o) => [o.area.code, o.area.name])).entries()];
      return areas.map(([code, name]) => ({ label: areas.length > 1 ? `${m.name} (${name})` : m.name, measure: m, area: code }));
    });
    const t = figureTable(
      `1.${tables.length + 1}`,
      members.length === 1 ? members[0].name : source,
      periods.slice(-BASKET_COLUMNS).map((p) => ({ code: p.code, label: p.label })),
      rows,
    );
    tables.push(staleBasket(t, periods, year));
  }
  return tables;
}

/**
 * Cited money estimates, each at its latest figure up to the end of the year (they are not series), labelled with
 * their area only: the sources rarely say which year an estimate relates to.
 */
function costTable(measures: GqlMeasure[]): FigureTable | null {
  const rows = measures
    .filter((m) => m.observations.length)
    .map((m) => {
      const latest = [...m.observations].sort((a, b) => byPeriod(a.period, b.period)).at(-1)!;
      return {
        label: `${m.name} (${latest.area.name})`,
        measure: { ...m, observations: [{ ...latest, period: { ...latest.period, code: 'latest' } }] },
      };
    });
  return rows.length ? figureTable('', 'Estimates as the plan cites them', [{ code: 'latest', label: 'As printed' }], rows) : null;
}

/**
 * Rows of a pathway's measure table. With a published layout: its rows, labels and subheadings, in its order.
 * Without one: each measure (and area) with a figure in the year or the year before.
 */
function pathwayTable(
  name: string,
  measures: GqlMeasure[],
  previousYear: string,
  year: string,
  section: GqlSection | undefined,
  ownYear: boolean,
): FigureTable {
  const defaultColumns = [previousYear, year].map((code) => ({ code, label: code }));
  if (section) {
    const byId = new Map(measures.map((m) => [m.id, m]));
    // A column keeps the heading the board printed for its period ('2012-13 YTD') while its figures are still provisional.
    const printedLabel = (code: string) => section.columns.find((c) => c.period === code)?.label;
    const provisional = (code: string) =>
      measures.some((m) => m.observations.some((o) => o.period.code === code && o.status === 'PROVISIONAL' && !o.notAvailable));
    const columns = defaultColumns.map((c) => ({
      code: c.code,
      label: (ownYear || provisional(c.code)) && printedLabel(c.code) ? printedLabel(c.code)! : c.label,
    }));
    const rows = section.rows.flatMap((r) =>
      byId.has(r.measureId) ? [{ label: r.label, measure: byId.get(r.measureId)!, area: r.area, subheading: r.subheading }] : [],
    );
    return stalePathway(
      figureTable(section.number, section.heading, columns, rows, {
        notes: section.notes,
        sources: section.source ? [section.source] : undefined,
      }),
      year,
    );
  }
  const rows: RowSpec[] = [];
  for (const m of measures) {
    const inYears = m.observations.filter((o) => o.period.code === previousYear || o.period.code === year);
    const areas = [...new Map(inYears.map((o) => [o.area.code, o.area.name])).entries()];
    for (const [code, areaName] of areas)
      rows.push({ label: areas.length > 1 ? `${m.name} (${areaName})` : m.name, measure: m, area: code });
  }
  return stalePathway(figureTable('', name, defaultColumns, rows), year);
}

/**
 * Figures of a pathway's measures for the year that the published table does not hold: the figures quoted in the
 * lead agencies' goal updates (177 offenders on Jobcentre Plus projects, 115 into work), one table per place of
 * publication, so they never pass for headline measures.
 */
function figuresOutsideTable(measures: GqlMeasure[], table: FigureTable, year: string): Map<string, RowSpec[]> {
  const inTable = new Set(table.rows.map((r) => r.measureId));
  const byLocation = new Map<string, RowSpec[]>();
  for (const m of measures) {
    if (inTable.has(m.id)) continue;
    for (const o of m.observations.filter((x) => x.period.code === year)) {
      const list = byLocation.get(o.provenance.location) ?? [];
      list.push({ label: `${m.name} (${o.area.name})`, measure: m, area: o.area.code });
      byLocation.set(o.provenance.location, list);
    }
  }
  return byLocation;
}

interface GqlGoal {
  id: string;
  text: string;
  currentWording: string;
  leadAgency: string;
  pathway: { id: string } | null;
  priorityGroup: { id: string; name: string } | null;
  proposedAt: { id: string; date: string } | null;
  statuses: Array<{
    period: { code: string };
    rag: Rag | null;
    basis: string;
    update: string | null;
    outcome: string | null;
    comment: string | null;
  }>;
  dispositions: Array<{ disposition: string; newWording: string | null; refresh: { id: string; title: string; date: string } }>;
}

/**
 * A goal belongs to the year's report when it has a status for the year or one of its quarters, or was in force during it: proposed
 * before the year ended and not discharged at a refresh before it began.
 */
function goalsOfYear(goals: GqlGoal[], year: string): GoalRow[] {
  const start = yearStart(year);
  const end = yearEnd(year);
  return goals
    .filter((g) => {
      if (g.statuses.some((s) => s.period.code === year || s.period.code.startsWith(`${year} Q`))) return true;
      if (g.proposedAt && g.proposedAt.date > end) return false;
      return !g.dispositions.some((d) => d.disposition === 'DISCHARGED' && d.refresh.date < start);
    })
    .map((g) => {
      // The year's review when there is one; during the year, the latest quarter's status, said to be that quarter's.
      const quarter = g.statuses
        .filter((s) => s.period.code.startsWith(`${year} Q`))
        .sort((a, b) => a.period.code.localeCompare(b.period.code))
        .at(-1);
      const yearly = g.statuses.find((s) => s.period.code === year);
      const status = yearly ?? (quarter ? { ...quarter, basis: `as at ${quarter.period.code}: ${quarter.basis}` } : null);
      // The disposition decided at the first refresh after the year began (the year's stock take).
      const disposition =
        g.dispositions.filter((d) => d.refresh.date >= start).sort((a, b) => a.refresh.date.localeCompare(b.refresh.date))[0] ?? null;
      return {
        id: g.id,
        // The wording the year was reviewed against: the original text (an amendment comes with the disposition).
        text: g.text,
        leadAgency: g.leadAgency,
        outcome: status?.outcome ?? null,
        comment: status?.comment ?? null,
        rag: status?.rag ?? null,
        // A basis explains a recorded colour; with nothing recorded there is nothing to explain.
        basis: status?.rag && !status.outcome ? status.basis : null,
        update: status?.update ?? null,
        disposition: disposition
          ? {
              disposition: disposition.disposition,
              newWording: disposition.newWording,
              refresh: disposition.refresh.title,
              date: disposition.refresh.date,
            }
          : null,
      };
    });
}

/** Builds the report of a plan for a year from the graph, as the caller of `client`. */
export async function buildStockTake(client: GraphQLClient, request: StockTakeRequest, now: Date = new Date()): Promise<StockTakeReport> {
  const { plan: planId, year } = checkStockTakeRequest(request);
  const gaps: string[] = [];
  const { plan } = await ask<PlanData>(client, PLAN_QUERY, { plan: planId }, gaps);
  const first = financialYear(plan.startYear);
  const last = financialYear(plan.endYear - 1);
  if (startYearOf(year) < plan.startYear || startYearOf(year) >= plan.endYear) {
    throw new ReportInputError(
      'year',
      `year ${year} is outside plan ${planId} (${plan.periodLabel}): choose a financial year from ${first} to ${last}`,
    );
  }
  const previousYear = financialYear(startYearOf(year) - 1);
  const [basket, pathways, goals] = await Promise.all([
    ask<BasketData>(client, BASKET_QUERY, { plan: planId, to: year }, gaps),
    ask<PathwaysData>(client, PATHWAYS_QUERY, { plan: planId, from: previousYear, to: year }, gaps),
    ask<GoalsData>(client, GOALS_QUERY, { plan: planId }, gaps),
  ]);
  // The year's own published report, or the latest earlier one (whose layout a later year follows).
  const reports = plan.progressReports.filter((r) => r.year <= year).sort((a, b) => a.year.localeCompare(b.year));
  const publishedReport = reports.at(-1) ?? null;
  const ownYear = publishedReport?.year === year;
  const layout = publishedReport?.sections ?? [];
  const present = <T>(xs: Array<T | null>): T[] => xs.filter((x): x is T => x !== null);
  const goalRows = goalsOfYear(goals.plan.goals, year);
  const goalPathway = new Map(goals.plan.goals.map((g) => [g.id, g]));
  const basketMeasures = present(basket.plan.headlineMeasures);
  const goalUpdateFigures: OtherFigures[] = [];
  const built = pathways.plan.pathways
    .map((p) => {
      const measures = present(p.headlineMeasures);
      const section = layout.find((s) => s.pathwayId === p.pathway.id);
      const table = pathwayTable(p.name, measures, previousYear, year, section, ownYear);
      return { p, section, measures, table, rows: goalRows.filter((g) => goalPathway.get(g.id)?.pathway?.id === p.pathway.id) };
    })
    // A pathway with neither a figure nor a goal in the year (e.g. one added at the stock take) has nothing to report.
    .filter(({ rows, table, section }) => rows.length > 0 || table.rows.some((r) => r.cells.some(Boolean)) || (section && ownYear));
  // Numbers: the published ones, then on from the highest for pathways the published report did not have.
  let next = Math.max(0, ...built.map((b) => (b.section ? Number(b.section.number.split('.')[1]) : 0)));
  const sections: PathwaySection[] = built.map(({ p, section, measures, table, rows }) => {
    const number = section?.number ?? `2.${++next}`;
    const others = figuresOutsideTable(measures, table, year);
    for (const [location, specs] of others) {
      goalUpdateFigures.push({
        number,
        title: `${number} ${section?.heading ?? p.name}: ${/goal/i.test(location) ? 'figures quoted in the goal updates' : 'other figures for the year'}`,
        table: {
          ...figureTable(number, location, [{ code: year, label: year }], specs),
          sources: [...new Set(specs.map((s) => s.measure.source))],
        },
      });
    }
    return {
      number,
      name: section?.heading ?? p.name,
      priorityIntervention: p.priorityIntervention,
      measures: { ...table, number, title: `${section?.heading ?? p.name}: headline measures` },
      goals: rows,
    };
  });
  const otherGoals = goalRows
    .filter((g) => !goalPathway.get(g.id)?.pathway)
    .map((g) => ({ ...g, group: goalPathway.get(g.id)?.priorityGroup?.name ?? 'The plan as a whole' }));
  return {
    plan: { id: plan.id, title: plan.title, periodLabel: plan.periodLabel, partnership: plan.partnership.name, aim: plan.aim },
    year,
    previousYear,
    generatedAt: now.toISOString(),
    published: publishedReport
      ? {
          year: publishedReport.year,
          title: publishedReport.title,
          authors: publishedReport.authors,
          producedDate: publishedReport.producedDate,
          introduction: publishedReport.introduction,
          statusNote: publishedReport.statusNote,
          statusKey: publishedReport.statusKey,
          section2Introduction: layout.find((s) => s.number === '2')?.introduction ?? [],
          publication: publishedReport.provenance.publication,
        }
      : null,
    reoffending: reoffendingTables(
      basketMeasures.filter((m) => !isMoney(m)),
      layout.filter((s) => !s.pathwayId && s.rows.length),
      ownYear,
      year,
      publishedReport?.year ?? null,
    ),
    costEstimates: costTable(basketMeasures.filter(isMoney)),
    pathways: sections,
    goalUpdateFigures,
    otherGoals,
    gaps: [...new Set(gaps)],
  };
}

/** A file name for the download, e.g. stock-take-km-2012-2015-2012-13.pdf. */
export const reportFileName = (r: StockTakeRequest, format: ReportFormat) => `stock-take-${r.plan}-${r.year}.${format}`;

/** A client that POSTs to a gateway's /graphql with a bearer token (used by the CLI and the HTTP endpoint). */
export function httpClient(graphqlUrl: string, authorization: string, headers: Record<string, string> = {}): GraphQLClient {
  return async (query, variables) => {
    const res = await fetch(graphqlUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        authorization,
        ...headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    let body: GraphQLResponse;
    try {
      body = (await res.json()) as GraphQLResponse;
    } catch {
      throw new Error(`The gateway at ${graphqlUrl} answered HTTP ${res.status} without a GraphQL body`);
    }
    if (res.status === 401) throw new ReportAccessError(401, body.errors?.[0]?.message ?? 'Not authenticated');
    if (res.status === 403) throw new ReportAccessError(403, body.errors?.[0]?.message ?? 'Forbidden');
    if (res.status === 429 || res.status === 503) {
      throw new ReportBusyError(
        res.status,
        Number(res.headers.get('retry-after')) || 5,
        body.errors?.[0]?.message ?? 'The gateway is busy',
      );
    }
    return body;
  };
}
