/** Pure helpers: which figure to show, completeness, unavailable agencies. No DOM here. */
import type { Area, CompletenessStatus, GraphQLErrorItem, Measure, Observation, Period } from './queries';

export const agencyOf = (measureId: string) => measureId.split('.')[0];

export const byPeriodEnd = (a: Period, b: Period) => a.end.localeCompare(b.end) || a.start.localeCompare(b.start);

/** Every area of a partnership, its own first, then nested ones (depth-first), with their depth for indentation. */
export function flattenAreas(area: Area, depth = 0): Array<{ code: string; name: string; depth: number }> {
  return [{ code: area.code, name: area.name, depth }, ...(area.children ?? []).flatMap((c) => flattenAreas(c, depth + 1))];
}

/** The periods that have figures, newest first. */
export function periodsOf(measures: Measure[]): Period[] {
  const seen = new Map<string, Period>();
  for (const m of measures) for (const o of m.observations) seen.set(o.period.code, o.period);
  return [...seen.values()].sort(byPeriodEnd).reverse();
}

/** The period with most figures (newest on a tie): the natural default for a plan. */
export function busiestPeriod(measures: Measure[]): string | undefined {
  const counts = new Map<string, { n: number; p: Period }>();
  for (const m of measures)
    for (const o of m.observations) {
      const c = counts.get(o.period.code) ?? { n: 0, p: o.period };
      c.n += 1;
      counts.set(o.period.code, c);
    }
  return [...counts.values()].sort((a, b) => b.n - a.n || byPeriodEnd(b.p, a.p))[0]?.p.code;
}

/** Figures of the chosen area itself when it has any, else of the areas nested in it (each labelled with its area). */
export function observationsFor(m: Measure, area: string): Observation[] {
  const own = m.observations.filter((o) => o.area.code === area);
  return (own.length ? own : m.observations).slice().sort((a, b) => byPeriodEnd(a.period, b.period));
}

export interface Shown {
  observations: Observation[];
  /** Exactly the chosen period. */
  exact: boolean;
}

/**
 * The figures to show for the chosen period: those of that period; otherwise the most recent earlier ones
 * (exact=false, so the page says which period they are for). One per area.
 */
export function figuresAt(m: Measure, area: string, period: Period | undefined): Shown {
  const obs = observationsFor(m, area);
  if (!period) return { observations: [], exact: false };
  const exact = obs.filter((o) => o.period.code === period.code);
  if (exact.length) return { observations: exact, exact: true };
  const earlier = obs.filter((o) => o.period.end <= period.end && !o.notAvailable);
  if (!earlier.length) return { observations: [], exact: false };
  const last = earlier[earlier.length - 1].period.code;
  return { observations: earlier.filter((o) => o.period.code === last), exact: false };
}

export const COMPLETENESS_LABEL: Record<CompletenessStatus, string> = {
  PUBLISHED: 'Published',
  ESTIMATED: 'Estimated (approximate)',
  SUPPRESSED: 'Suppressed (disclosure control)',
  NOT_YET_AVAILABLE: "Late ('tbc')",
  EXPECTED_RANGE: 'A range, not a figure',
  NOT_YET_DUE: 'Not yet due (publication lag)',
  NOT_APPLICABLE: 'Not applicable to this area',
  MISSING: 'Missing',
};

/**
 * Completeness of a measure for an area and period. The graph's own `completeness` when it serves one; until then
 * the same rule worked out from the figures: only figures for exactly this area count, and the one that counts is
 * the figure whose period ends within the period asked (latest end, then longest); none -> MISSING, 'tbc' ->
 * NOT_YET_AVAILABLE, suppressed -> SUPPRESSED, approximate -> ESTIMATED, else PUBLISHED.
 */
export function completenessOf(m: Measure, area: string, period: Period | undefined): { status: CompletenessStatus; explanation: string } {
  if (m.completeness) return { status: m.completeness.status, explanation: m.completeness.explanation ?? '' };
  const candidates = period
    ? m.observations
        .filter((o) => o.area.code === area && o.period.end >= period.start && o.period.end <= period.end)
        .sort((a, b) => b.period.end.localeCompare(a.period.end) || a.period.start.localeCompare(b.period.start))
    : [];
  const o = candidates[0];
  if (!o) return { status: 'MISSING', explanation: `No figure for ${period?.label ?? 'this period'} for exactly this area.` };
  const which = o.period.code === period?.code ? '' : ` (${o.period.label})`;
  if (o.notAvailable) return { status: 'NOT_YET_AVAILABLE', explanation: `Printed 'tbc': not yet available${which}.` };
  if (o.suppressed) return { status: 'SUPPRESSED', explanation: `Withheld by disclosure control${which}.` };
  if (o.approximate) return { status: 'ESTIMATED', explanation: `Approximate: ${o.printed}${which}.` };
  return { status: 'PUBLISHED', explanation: `${o.printed}${which}.` };
}

/** Agencies whose subgraph could not answer, with the gateway's message. */
export function unavailableAgencies(errors: GraphQLErrorItem[] | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of errors ?? []) {
    const name = e.extensions?.serviceName;
    if (name && (e.extensions?.code === 'SUBGRAPH_UNAVAILABLE' || e.extensions?.code === 'DATABASE_UNAVAILABLE')) {
      if (!out.has(name)) out.set(name, e.message);
    }
  }
  return out;
}

export const AGENCY_TITLE: Record<string, string> = {
  probation: 'Probation',
  police: 'Police',
  housing: 'Housing',
  health: 'Health',
  dwp: 'DWP',
};
export const agencyTitle = (key: string) => AGENCY_TITLE[key] ?? key.charAt(0).toUpperCase() + key.slice(1);

export function formatValue(value: number | null | undefined, unit: Measure['unit']): string {
  if (value === null || value === undefined) return '—';
  if (unit === 'PERCENTAGE') return `${value.toFixed(1)}%`;
  if (unit === 'CURRENCY_GBP') return `£${value.toLocaleString('en-GB')}`;
  return value.toLocaleString('en-GB', { maximumFractionDigits: 2 });
}
