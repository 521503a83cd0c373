/**
 * The shape of the figures each agency subgraph loads from the source documents.
 * Seed files are data, typed by these interfaces, so a typo in a unit or a flag fails the build.
 */
import type { ComparatorKind, FigureKind, MeasureUnit, ObservationStatus, Polarity, RagRule } from '../contract/enums';

type MeasureUnitCode = `${MeasureUnit}`;
type PolarityCode = `${Polarity}`;
type ObservationStatusCode = `${ObservationStatus}`;
type FigureKindCode = `${FigureKind}`;
type ComparatorKindCode = `${ComparatorKind}`;
type RagRuleCode = `${RagRule}`;

/** Where a figure was published. Declare one constant per document/table and reuse it. */
export interface ProvenanceSeed {
  /** Title of the publication the figure is printed in. */
  publication: string;
  /** Body that published the document (e.g. 'Kent Community Safety Partnership'). */
  publisher: string;
  /**
   * Date of publication, ISO 'YYYY-MM-DD' (the meeting or report date when that is all there is); null when the
   * document gives none. Never invented: the graph then says that the source gives no date.
   */
  published: string | null;
  /** Why there is no date, when published is null (default: the source gives none). Plan subgraph provenance only. */
  publishedNote?: string;
  /** Seed file the figure was taken from, e.g. '001_b957d7ba0e7289ba.txt'. */
  document: string;
  /** Where in the document, e.g. 'Appendix A, table 1.1'. */
  location: string;
  /** The statistical source the document cites, when it names one. */
  citedSource?: string;
}

export interface ObservationSeed {
  /** Area code from reference/areas.ts. */
  area: string;
  /**
   * Canonical period code: financial year '2012-13', financial quarter '2012-13 Q1',
   * calendar year '2010', rolling year '2010-07..2011-06', snapshot date '2019-07-26'.
   */
  period: string;
  /** The figure exactly as printed, e.g. '22.41%', 'Approx. 97%', 'tbc', '3,118', '75-80'. */
  printed: string;
  /** Numeric value in the measure's unit (22.41 for 22.41%); null when not available or only a range. */
  value: number | null;
  numerator?: number;
  denominator?: number;
  /** For figures printed as a range ('75-80', '£7.4 billion to £10.7 billion') or a bound ('over 90%'). */
  lowerBound?: number;
  upperBound?: number;
  /** 'Approx.', 'around', 'in the region of', 'almost', 'over'. */
  approximate?: boolean;
  /** 'tbc' and similar: the figure is not yet available (never zero). */
  notAvailable?: boolean;
  /** Default FINAL. 'YTD' figures are PROVISIONAL. */
  status?: ObservationStatusCode;
  /** Anything an analyst must know to read the figure (e.g. 'Published as 2012-13 YTD'). */
  note?: string;
  provenance: ProvenanceSeed;
  /** Code of the series version the figure belongs to; default the measure's latest version. */
  seriesVersion?: string;
  /**
   * The public source where this exact figure was already published: disclosure control then leaves it visible
   * (the rule still applies to every figure not so marked).
   */
  publicSource?: string;
  /** Comparators the source gives for this figure (the predicted rate, or the printed difference to it). */
  comparators?: ComparatorSeed[];
}

export interface ComparatorSeed {
  kind: ComparatorKindCode;
  /** The comparator's value in the measure's unit, when the source gives it. */
  value?: number;
  numerator?: number;
  denominator?: number;
  /** For a difference printed instead of the comparator: actual against comparator, in percent of the comparator. */
  relativeDifference?: number;
  /** Whether the source says the sign of relativeDifference (required with it). */
  signKnown?: boolean;
  /** As printed in the source. */
  printed: string;
  note?: string;
}

export interface SeriesVersionSeed {
  /** Lower-case code, e.g. 'moj-12-month-cohort'. The first version of every measure is 'original'. */
  code: string;
  name: string;
  /** The methodology, how it differs from the other versions, and its source. */
  methodology: string;
  /** Set when the version is closed (no further figures expected): why and when. */
  closedNote?: string;
}

export interface MeasureTargetSeed {
  /** Target value in the measure's unit, when the document gives one. */
  value: number | null;
  /** ISO date the target is due by, e.g. '2014-03-31'. */
  due?: string;
  /** The target as worded in the document. */
  text: string;
}

export interface MeasureSeed {
  /** Globally unique: '<agency>.<kebab-name>', e.g. 'probation.adult-proven-reoffending-proportion'. */
  id: string;
  name: string;
  /** What is counted, for an analyst: population, numerator, denominator, follow-up period. */
  definition: string;
  unit: MeasureUnitCode;
  polarity: PolarityCode;
  /** The body that leads on this measure, as the document names it (may not be the subgraph's agency). */
  leadAgency: string;
  /** The statistical series or data source (e.g. 'Ministry of Justice, Quarterly Proven Re-offending Statistics'). */
  source: string;
  target?: MeasureTargetSeed;
  /**
   * Disclosure control: a figure about 1 to (threshold - 1) people is shown as 'suppressed' to readers outside
   * the agency (for PERCENTAGE measures the numerator is the count). Default 5 for COUNT and PERCENTAGE
   * measures, none for the others; set null on a COUNT or PERCENTAGE measure that does not count people
   * (offences, crimes, bed spaces, employers, a change in offending).
   */
  disclosureThreshold?: number | null;
  /** The kind of figure (docs/STATISTICS.md); default by unit: COUNT -> EVENT_COUNT, CURRENCY_GBP -> MONEY_ESTIMATE, else RATE. */
  figureKind?: FigureKindCode;
  /** For a RATE_NUMERATOR count: id of the rate measure (of the same seed) it is the numerator of. */
  rateMeasure?: string;
  /** True when the denominator adds several caseload snapshots (people counted more than once). */
  denominatorSummedSnapshots?: boolean;
  /** Area codes the measure is defined for (and the areas within them); default any area. */
  appliesTo?: string[];
  /** About how many months after a period ends its figure is published. */
  publicationLagMonths?: number;
  /** For a RESEARCH_FINDING: the year it cites for itself (leave out when it cites none). */
  citedYear?: number;
  /** The RAG rule; default AGAINST_TARGET with a numeric target, else AGAINST_PREVIOUS_PERIOD. */
  ragRule?: RagRuleCode;
  /** The first series version ('original'): its name and methodology, and whether it is closed. Default: the definition. */
  series?: Omit<SeriesVersionSeed, 'code'>;
  /** Versions after the original, in order, when the methodology changed. */
  laterSeriesVersions?: SeriesVersionSeed[];
  observations: ObservationSeed[];
}

/** Counts of 1 to 4 people are suppressed unless a measure says otherwise. */
export const DEFAULT_PEOPLE_THRESHOLD = 5;

/** The disclosure threshold a seeded or newly defined measure gets when none is given. */
export function defaultDisclosureThreshold(unit: MeasureUnitCode): number | null {
  return unit === 'COUNT' || unit === 'PERCENTAGE' ? DEFAULT_PEOPLE_THRESHOLD : null;
}
