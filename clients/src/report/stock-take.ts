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
  data?: any;
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
}

export interface TableRow {
  label: string;
  measureId: string;
  /** The body that leads on the measure. */
  leadAgency: string;
  /** One cell per column; null when the graph has no figure for that column. */
  cells: Array<Figure | null>;
}

export interface FigureTable {
  /** '1.1', '2.3'... */
  number: string;
  title: string;
  columns: Array<{ code: string; label: string }>;
  rows: TableRow[];
  /** Where the figures come from (the measures' sources, e.g. 'Ministry of Justice, ...'). */
  sources: string[];
}

export type Rag = 'RED' | 'AMBER' | 'GREEN';

export interface GoalRow {
  id: string;
  text: string;
  leadAgency: string;
  /** Red / amber / green for the year; null when none was recorded or the colour is not legible. */
  rag: Rag | null;
  /** How the status was decided (e.g. 'End-of-year review 2012-13: red = not achieved, green = achieved'). */
  basis: string | null;
  /** True when the basis is the report's status key (printed once, not per goal). */
  basisInKey?: boolean;
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

export interface StockTakeReport {
  plan: { id: string; title: string; periodLabel: string; partnership: string; aim: string };
  year: string;
  previousYear: string;
  /** ISO timestamp of generation. */
  generatedAt: string;
  reoffending: FigureTable[];
  pathways: PathwaySection[];
  /**
   * How the year's statuses were decided, when most goals share it (e.g. 'End-of-year review 2012-13: red = not
   * achieved, green = achieved ...'): printed once as the key; a goal whose basis differs keeps its own.
   */
  statusKey: string | null;
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
    throw new ReportInputError('plan', `plan ${JSON.stringify(plan)} is not a plan id: lower-case letters, digits and hyphens, e.g. km-2012-2015`);
  }
  if (year === undefined || year === '') throw new ReportInputError('year', 'year is required: a financial year, e.g. year=2012-13');
  const m = typeof year === 'string' ? year.match(FINANCIAL_YEAR) : null;
  if (!m) throw new ReportInputError('year', `year ${JSON.stringify(year)} is not a financial year: write it like 2012-13`);
  if ((Number(m[1]) + 1) % 100 !== Number(m[2])) {
    throw new ReportInputError('year', `year ${JSON.stringify(year)} is not a financial year: a financial year runs into the next year, e.g. ${m[1]}-${String((Number(m[1]) + 1) % 100).padStart(2, '0')}`);
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

const FIGURE = `printed value approximate notAvailable suppressed status note period { code label start end } area { code name }`;

const PLAN_QUERY = /* GraphQL */ `
  query StockTakePlan($plan: ID!) {
    plan(id: $plan) {
      id title aim periodLabel startYear endYear
      partnership { name }
      refreshes { id title date }
    }
  }
`;

const BASKET_QUERY = /* GraphQL */ `
  query StockTakeBasket($plan: ID!, $to: String!) {
    plan(id: $plan) {
      headlineMeasures(basketOnly: true) {
        id name unit source leadAgency
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
        id text currentWording leadAgency
        pathway { id }
        priorityGroup { id name }
        proposedAt { id date }
        statuses { period { code } rag basis update }
        dispositions { disposition newWording refresh { id title date } }
      }
    }
  }
`;

// ------------------------------------------------------------------------------------------ the report

/** A figure as the report's queries ask for it: the values and flags of Figure, with its period and area. */
interface GqlFigure extends Omit<Figure, 'periodCode' | 'areaName'> {
  period: { code: string; label: string; start: string; end: string };
  area: { code: string; name: string };
}
interface GqlMeasure {
  id: string;
  name: string;
  unit: string;
  source: string;
  leadAgency: string;
  observations: GqlFigure[];
}

const toFigure = (o: GqlFigure): Figure => ({
  printed: o.printed,
  value: o.value,
  approximate: o.approximate,
  notAvailable: o.notAvailable,
  suppressed: o.suppressed,
  status: o.status,
  note: o.note,
  periodCode: o.period.code,
  areaName: o.area.name,
});

/** Sends an operation and turns the graph's refusals into the report's errors; partial data is kept. */
async function ask(client: GraphQLClient, query: string, variables: Record<string, unknown>, gaps: string[]): Promise<any> {
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
  return body.data;
}

/**
 * The families of the basket of measures, each printed as one table like Appendix A, section 1: rows in the
 * order and with the labels the board reads. A basket measure outside these families gets a table of its own
 * source ("Other measures of the basket").
 */
const BASKET_TABLES: Array<{ match: RegExp; title: string; rows: Array<[suffix: string, label: string]> }> = [
  {
    match: /\.adult-proven-reoffending-/,
    title: 'Proven re-offending of adult offenders',
    rows: [['offenders', 'Total offenders'], ['reoffenders', 'Total re-offenders'], ['proportion', 'Proportion of re-offenders (%)'], ['reoffences-per-reoffender', 'Average number of re-offences']],
  },
  {
    match: /\.juvenile-proven-reoffending-/,
    title: 'Proven re-offending of juvenile offenders',
    rows: [['offenders', 'Total offenders'], ['reoffenders', 'Total re-offenders'], ['proportion', 'Proportion of re-offenders (%)'], ['reoffences-per-reoffender', 'Average number of re-offences']],
  },
  {
    match: /\.ni18-/,
    title: 'Local adult re-offending (National Indicator 18)',
    rows: [['offenders', 'Total offenders'], ['reoffenders', 'Total re-offenders'], ['reoffending-proportion', 'Proportion of re-offenders (%)'], ['difference-to-baseline-predicted', 'Difference to baseline (Predicted)']],
  },
];
/** Appendix A prints the last four periods of each re-offending table. */
const BASKET_COLUMNS = 4;

const byPeriod = (a: { start: string; end: string }, b: { start: string; end: string }) => a.end.localeCompare(b.end) || b.start.localeCompare(a.start);

function figureTable(number: string, title: string, columns: Array<{ code: string; label: string }>, rows: Array<{ label: string; measure: GqlMeasure; area?: string }>): FigureTable {
  return {
    number,
    title,
    columns,
    rows: rows.map(({ label, measure, area }) => ({
      label,
      measureId: measure.id,
      leadAgency: measure.leadAgency,
      cells: columns.map((c) => {
        const o = measure.observations.find((x) => x.period.code === c.code && (area === undefined || x.area.code === area));
        return o ? toFigure(o) : null;
      }),
    })),
    sources: [...new Set(rows.map((r) => r.measure.source))],
  };
}

function reoffendingTables(measures: GqlMeasure[]): FigureTable[] {
  const tables: FigureTable[] = [];
  const used = new Set<string>();
  for (const family of BASKET_TABLES) {
    const members = measures.filter((m) => family.match.test(m.id));
    if (!members.length) continue;
    members.forEach((m) => used.add(m.id));
    const observations = members.flatMap((m) => m.observations);
    const areas = [...new Map(observations.map((o) => [o.area.code, o.area.name])).entries()];
    const periods = [...new Map(observations.map((o) => [o.period.code, o.period])).values()].sort(byPeriod).slice(-BASKET_COLUMNS);
    // Appendix A prints one area per table; a family published for several areas gets one table per area.
    for (const [areaCode, areaName] of areas.length ? areas : [['', '']]) {
      const rows = family.rows
        .map(([suffix, label]) => ({ label, measure: members.find((m) => m.id.endsWith(`-${suffix}`) || m.id.endsWith(`.${suffix}`))!, area: areaCode || undefined }))
        .filter((r) => r.measure);
      tables.push(figureTable(`1.${tables.length + 1}`, areaName ? `${family.title} in ${areaName}` : family.title, periods.map((p) => ({ code: p.code, label: p.label })), rows));
    }
  }
  const others = measures.filter((m) => !used.has(m.id) && m.observations.length);
  if (others.length) {
    // Each at its latest figure up to the end of the year: one column per distinct period would be mostly empty.
    const rows = others.map((m) => {
      const latest = [...m.observations].sort((a, b) => byPeriod(a.period, b.period)).at(-1)!;
      return { label: `${m.name} (${latest.area.name}, ${latest.period.label})`, measure: { ...m, observations: [{ ...latest, period: { ...latest.period, code: 'latest' } }] } };
    });
    tables.push(figureTable(`1.${tables.length + 1}`, 'Other measures of the basket', [{ code: 'latest', label: 'Latest figure' }], rows));
  }
  return tables;
}

/** Rows of a pathway's measure table: each measure (and area) with a figure in the year or the year before. */
function pathwayTable(number: string, name: string, measures: GqlMeasure[], previousYear: string, year: string): FigureTable {
  const columns = [previousYear, year].map((code) => ({ code, label: code }));
  const rows: Array<{ label: string; measure: GqlMeasure; area: string }> = [];
  for (const m of measures) {
    const inYears = m.observations.filter((o) => o.period.code === previousYear || o.period.code === year);
    const areas = [...new Map(inYears.map((o) => [o.area.code, o.area.name])).entries()];
    for (const [code, areaName] of areas) rows.push({ label: areas.length > 1 ? `${m.name} (${areaName})` : m.name, measure: m, area: code });
  }
  return figureTable(number, `${name}: headline measures`, columns, rows);
}

interface GqlGoal {
  id: string;
  text: string;
  currentWording: string;
  leadAgency: string;
  pathway: { id: string } | null;
  priorityGroup: { id: string; name: string } | null;
  proposedAt: { id: string; date: string } | null;
  statuses: Array<{ period: { code: string }; rag: Rag | null; basis: string; update: string | null }>;
  dispositions: Array<{ disposition: string; newWording: string | null; refresh: { id: string; title: string; date: string } }>;
}

/**
 * A goal belongs to the year's report when it has a status for the year, or was in force during it: proposed
 * before the year ended and not discharged at a refresh before it began.
 */
function goalsOfYear(goals: GqlGoal[], year: string): GoalRow[] {
  const start = yearStart(year);
  const end = yearEnd(year);
  return goals
    .filter((g) => {
      if (g.statuses.some((s) => s.period.code === year)) return true;
      if (g.proposedAt && g.proposedAt.date > end) return false;
      return !g.dispositions.some((d) => d.disposition === 'DISCHARGED' && d.refresh.date < start);
    })
    .map((g) => {
      const status = g.statuses.find((s) => s.period.code === year) ?? null;
      // The disposition decided at the first refresh after the year began (the year's stock take).
      const disposition = g.dispositions.filter((d) => d.refresh.date >= start).sort((a, b) => a.refresh.date.localeCompare(b.refresh.date))[0] ?? null;
      return {
        id: g.id,
        // The wording the year was reviewed against: the original text (an amendment comes with the disposition).
        text: g.text,
        leadAgency: g.leadAgency,
        rag: status?.rag ?? null,
        basis: status?.basis ?? null,
        update: status?.update ?? null,
        disposition: disposition
          ? { disposition: disposition.disposition, newWording: disposition.newWording, refresh: disposition.refresh.title, date: disposition.refresh.date }
          : null,
      };
    });
}

/** Builds the report of a plan for a year from the graph, as the caller of `client`. */
export async function buildStockTake(client: GraphQLClient, request: StockTakeRequest, now: Date = new Date()): Promise<StockTakeReport> {
  const { plan: planId, year } = checkStockTakeRequest(request);
  const gaps: string[] = [];
  const { plan } = await ask(client, PLAN_QUERY, { plan: planId }, gaps);
  const first = financialYear(plan.startYear);
  const last = financialYear(plan.endYear - 1);
  if (startYearOf(year) < plan.startYear || startYearOf(year) >= plan.endYear) {
    throw new ReportInputError('year', `year ${year} is outside plan ${planId} (${plan.periodLabel}): choose a financial year from ${first} to ${last}`);
  }
  const previousYear = financialYear(startYearOf(year) - 1);
  const [basket, pathways, goals] = await Promise.all([
    ask(client, BASKET_QUERY, { plan: planId, to: year }, gaps),
    ask(client, PATHWAYS_QUERY, { plan: planId, from: previousYear, to: year }, gaps),
    ask(client, GOALS_QUERY, { plan: planId }, gaps),
  ]);
  const present = <T>(xs: Array<T | null>): T[] => xs.filter((x): x is T => x !== null);
  const allRows = goalsOfYear(goals.plan.goals as GqlGoal[], year);
  const bases = allRows.map((g) => g.basis).filter((b): b is string => !!b);
  const statusKey = [...new Set(bases)].sort((a, b) => bases.filter((x) => x === b).length - bases.filter((x) => x === a).length)[0] ?? null;
  const goalRows = allRows.map((g) => (g.basis === statusKey ? { ...g, basis: null, basisInKey: true } : g));
  const goalPathway = new Map((goals.plan.goals as GqlGoal[]).map((g) => [g.id, g]));
  const sections: PathwaySection[] = (pathways.plan.pathways as Array<{ name: string; priorityIntervention: boolean; pathway: { id: string }; headlineMeasures: Array<GqlMeasure | null> }>)
    .map((p) => ({ p, goals: goalRows.filter((g) => goalPathway.get(g.id)?.pathway?.id === p.pathway.id) }))
    .map(({ p, goals: rows }) => ({ p, rows, table: pathwayTable('', p.name, present(p.headlineMeasures), previousYear, year) }))
    // A pathway with neither a figure nor a goal in the year (e.g. one added at the stock take) has nothing to report.
    .filter(({ rows, table }) => rows.length > 0 || table.rows.length > 0)
    .map(({ p, rows, table }, i) => ({
      number: `2.${i + 1}`,
      name: p.name,
      priorityIntervention: p.priorityIntervention,
      measures: { ...table, number: `2.${i + 1}` },
      goals: rows,
    }));
  const otherGoals = goalRows
    .filter((g) => !goalPathway.get(g.id)?.pathway)
    .map((g) => ({ ...g, group: goalPathway.get(g.id)?.priorityGroup?.name ?? 'The plan as a whole' }));
  return {
    plan: { id: plan.id, title: plan.title, periodLabel: plan.periodLabel, partnership: plan.partnership.name, aim: plan.aim },
    year,
    previousYear,
    generatedAt: now.toISOString(),
    statusKey,
    reoffending: reoffendingTables(present(basket.plan.headlineMeasures)),
    pathways: sections,
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
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', authorization, ...headers },
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
    return body;
  };
}
