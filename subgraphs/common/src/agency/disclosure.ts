import { ownsAgency, type Viewer } from '../auth';

/**
 * What a reader of an agency subgraph sees (docs/DATA.md, "Publication and disclosure control"):
 * - the agency's own editors and admins: published figures with the agency's drafts laid over them, raw values;
 * - everyone else (board, analysts, secretariat, other agencies' editors): published figures only, with
 *   disclosure control applied.
 * The viewer is the same for a whole request, so the mode is fixed when the request's loaders are created and
 * every batch stays one SQL statement.
 */
export interface ReadMode {
  /** Lay the agency's unpublished drafts over the published figures. */
  drafts: boolean;
  /** Serve raw values: no disclosure control. */
  raw: boolean;
}

export const PUBLIC_READ: ReadMode = Object.freeze({ drafts: false, raw: false });
export const OWNER_READ: ReadMode = Object.freeze({ drafts: true, raw: true });

export function readModeFor(viewer: Viewer, agency: string): ReadMode {
  return ownsAgency(viewer, agency) ? OWNER_READ : PUBLIC_READ;
}

/** The fields of a figure that disclosure control may blank. */
export interface DisclosableFigure {
  value: number | null;
  numerator: number | null;
  lowerBound: number | null;
  upperBound: number | null;
  printed: string;
  suppressed: boolean;
}

export interface DisclosureRule {
  unit: string;
  /** Counts of 1 to threshold - 1 people are suppressed; null: the measure does not count people. */
  threshold: number | null;
}

const small = (n: number | null, threshold: number) => n !== null && n >= 1 && n < threshold;

/**
 * True when publishing the figure would reveal a count of 1 to (threshold - 1) people:
 * - COUNT: the value (or, for a figure published as a range or bound, either bound, or a numerator) is small;
 * - PERCENTAGE: the numerator is small (the percentage and the denominator would give the count away).
 * Zero is not suppressed: it reveals no one.
 */
export function mustSuppress(f: Omit<DisclosableFigure, 'printed' | 'suppressed'>, rule: DisclosureRule): boolean {
  const t = rule.threshold;
  if (t === null) return false;
  if (rule.unit === 'COUNT') return small(f.value, t) || small(f.lowerBound, t) || small(f.upperBound, t) || small(f.numerator, t);
  if (rule.unit === 'PERCENTAGE') return small(f.numerator, t);
  return false;
}

/** What a suppressed figure prints instead of its value. */
export const SUPPRESSED_PRINTED = 'suppressed';

/** The figure as a reader outside the agency may see it: suppressed figures lose value, numerator and bounds. */
export function applyDisclosureControl<F extends DisclosableFigure>(f: F, rule: DisclosureRule): F {
  if (!mustSuppress(f, rule)) return f;
  return { ...f, value: null, numerator: null, lowerBound: null, upperBound: null, printed: SUPPRESSED_PRINTED, suppressed: true };
}
