/**
 * The shape of the figures each agency subgraph loads from the source documents.
 * Seed files are data, typed by these interfaces, so a typo in a unit or a flag fails the build.
 */
import type { MeasureUnit, ObservationStatus, Polarity } from '../contract/enums';

type MeasureUnitCode = `${MeasureUnit}`;
type PolarityCode = `${Polarity}`;
type ObservationStatusCode = `${ObservationStatus}`;

/** Where a figure was published. Declare one constant per document/table and reuse it. */
export interface ProvenanceSeed {
  /** Title of the publication the figure is printed in. */
  publication: string;
  /** Body that published the document (e.g. 'Kent Community Safety Partnership'). */
  publisher: string;
  /** Date of publication, ISO 'YYYY-MM-DD' (the meeting or report date when that is all there is). */
  published: string;
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
  observations: ObservationSeed[];
}

/** Counts of 1 to 4 people are suppressed unless a measure says otherwise. */
export const DEFAULT_PEOPLE_THRESHOLD = 5;

/** The disclosure threshold a seeded or newly defined measure gets when none is given. */
export function defaultDisclosureThreshold(unit: MeasureUnitCode): number | null {
  return unit === 'COUNT' || unit === 'PERCENTAGE' ? DEFAULT_PEOPLE_THRESHOLD : null;
}
