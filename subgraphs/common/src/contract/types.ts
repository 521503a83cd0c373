import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import {
  ChangeAssessment,
  ComparatorKind,
  ComparatorVerdict,
  CompletenessStatus,
  IntervalMethod,
  ObservationStatus,
  PeriodKind,
  Rag,
  RagRule,
} from './enums';
import type { ClassType } from '../class-type';

@Directive('@shareable')
@ObjectType('Period', { description: 'A reporting period. Periods sort by end date, then start date.' })
export class Period {
  @Field({ description: "Canonical code, usable as a filter argument: '2012-13', '2012-13 Q1', '2010', '2010-07..2011-06', '2019-07-26'." })
  code!: string;

  @Field(() => PeriodKind, { description: 'Financial year, financial quarter, calendar year, rolling year or snapshot date.' })
  kind!: PeriodKind;

  @Field({ description: "Human label, e.g. 'Jan-Dec 2010' or 'Jul 2010 to Jun 2011'." })
  label!: string;

  @Field({ description: 'First day covered (ISO 8601 date).' })
  start!: string;

  @Field({ description: 'Last day covered (ISO 8601 date).' })
  end!: string;
}

@Directive('@shareable')
@ObjectType('Provenance', { description: 'Where a figure was published, so an analyst can check it against the source.' })
export class Provenance {
  @Field({ description: 'Title of the publication the figure is printed in.' })
  publication!: string;

  @Field({ description: 'Body that published it.' })
  publisher!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Publication or meeting date (ISO 8601 date), as the source gives it; null when the source gives none (publishedNote says so). Never invented.',
  })
  published!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why there is no publication date, when published is null; null when the date is given.',
  })
  publishedNote!: string | null;

  @Field({ description: 'Source document file in the hub seed set.' })
  document!: string;

  @Field({ description: "Where in the document: section or table, e.g. 'Appendix A, table 1.1'." })
  location!: string;

  @Field(() => String, { nullable: true, description: 'The statistical source the publication cites, when it names one.' })
  citedSource!: string | null;
}

@Directive('@shareable')
@ObjectType('MeasureTarget', { description: 'A target the plan sets for a headline measure.' })
export class MeasureTarget {
  @Field(() => Float, { nullable: true, description: "Target value in the measure's unit, when the plan gives a number." })
  value!: number | null;

  @Field(() => String, { nullable: true, description: 'Date the target is due by (ISO 8601 date).' })
  due!: string | null;

  @Field({ description: 'The target as worded in the plan.' })
  text!: string;
}

/** Descriptions of the types that several subgraphs declare: composition requires them to agree. */
export const SHARED_DESCRIPTIONS = {
  area: 'An area figures are published for. Areas nest: England and Wales > South East > Kent and Medway > Kent > districts.',
  headlineMeasure:
    'A headline measure published by one partner agency: what it counts, its unit and polarity, its target, its figures by area and period, and where the plans use it.',
  measureType: (agencyKey: string) => `A headline measure owned and published by the ${agencyKey} subgraph.`,
  areaCode: "Area code, e.g. 'kent', 'medway', 'kent-and-medway', 'havering'.",
  pathway: 'A pathway out of offending (criminogenic need), e.g. Accommodation, Drugs and Alcohol.',
  pathwayId: "Pathway id, e.g. 'accommodation', 'drugs-alcohol'.",
  priorityGroup: 'A priority group of offenders, e.g. the Integrated Offender Management (IOM) cohort, women offenders.',
  priorityGroupId: "Priority group id, e.g. 'iom', 'women', 'young-people'.",
};

/**
 * The key field of the plan's Area entity. An agency that adds fields to Area declares its own class that extends
 * this one, as an entity it can resolve (`@Directive('@key(fields: "code")') @ObjectType('Area', ...)`), and names it
 * `area` in its AgencyDefinition: the kit then uses it wherever a figure names its area.
 */
// Decorated so that type-graphql passes its field on to subclasses; never itself in a schema (no field returns it).
@ObjectType('AreaFields', { description: 'The key of the Area entity (a base class, not used in any schema).' })
export abstract class AreaFields {
  @Field(() => ID, { description: SHARED_DESCRIPTIONS.areaCode })
  code!: string;
}

/** Area as an agency sees it when it adds nothing to it: a reference to the plan's entity. */
@Directive('@key(fields: "code", resolvable: false)')
@ObjectType('Area', { description: SHARED_DESCRIPTIONS.area })
export class AreaRef extends AreaFields {}

let currentArea: ClassType = AreaRef;

/** The Area class of the schema being built (AreaRef, or the agency's own). */
export const areaType = (): ClassType => currentArea;

/**
 * Builds with `area` as the Area class. type-graphql reads field types while it builds, synchronously
 * (buildSchemaSync), so the class is set only for that one build.
 */
export function withAreaType<T>(area: ClassType | undefined, build: () => T): T {
  const previous = currentArea;
  currentArea = area ?? AreaRef;
  try {
    return build();
  } finally {
    currentArea = previous;
  }
}

@Directive('@shareable')
@ObjectType('ObservationRevision', {
  description:
    'The values a published figure had before a correction replaced them, with when, by whom and why. ' +
    'Disclosure control applies to them as to the figure itself.',
})
export class ObservationRevision {
  @Field(() => ID, { description: 'Id of this revision.' })
  id!: string;

  @Field(() => Float, {
    nullable: true,
    description: "The value that was published, in the measure's unit; null when not available, published as a range, or suppressed.",
  })
  value!: number | null;

  @Field(() => Int, { nullable: true, description: 'The numerator that was published; null when there was none or it is suppressed.' })
  numerator!: number | null;

  @Field(() => Int, { nullable: true, description: 'The denominator that was published.' })
  denominator!: number | null;

  @Field(() => Float, { nullable: true, description: 'The lower bound that was published (ranges and bounds).' })
  lowerBound!: number | null;

  @Field(() => Float, { nullable: true, description: 'The upper bound that was published (ranges).' })
  upperBound!: number | null;

  @Field({ description: "The figure as it was printed ('suppressed' when disclosure control withholds it)." })
  printed!: string;

  @Field({ description: 'True when the replaced figure was qualified as approximate.' })
  approximate!: boolean;

  @Field({ description: 'True when the replaced figure was marked not yet available.' })
  notAvailable!: boolean;

  @Field(() => ObservationStatus, { description: 'Status the replaced figure had (final, provisional or revised).' })
  status!: ObservationStatus;

  @Field(() => String, { nullable: true, description: 'The note the replaced figure carried.' })
  note!: string | null;

  @Field(() => Provenance, { description: 'Where the replaced figure had been published.' })
  provenance!: Provenance;

  @Field({ description: 'True when disclosure control withholds the replaced values (see Observation.suppressed).' })
  suppressed!: boolean;

  @Field({ description: 'When the correction was published (ISO 8601 timestamp).' })
  replacedAt!: string;

  @Field(() => String, {
    nullable: true,
    description: "Who published the correction; shown only to the agency's own editors and admins (null for other readers).",
  })
  replacedBy!: string | null;

  @Field({ description: 'Why the figure was corrected, as the agency recorded it.' })
  reason!: string;
}

@Directive('@shareable')
@ObjectType('SeriesVersion', {
  description:
    "A version of a measure's series: one methodology (cohort, follow-up, counting rules). Figures of different versions are not comparable: " +
    'the change against the previous figure and a RAG against the previous period never cross a break. A version can be closed: no further ' +
    'figures are expected in it (NI18 has ended).',
})
export class SeriesVersion {
  @Field(() => ID, { description: "Code of the version within its measure, e.g. 'moj-12-month-cohort'." })
  code!: string;

  @Field({ description: "Short name, e.g. 'Proven re-offending, 12-month cohorts (to 2017)'." })
  name!: string;

  @Field({ description: 'The methodology of the version, and how it differs from the others, with its source.' })
  methodology!: string;

  @Field({ description: 'True when the series has ended: no further figures are expected in this version.' })
  closed!: boolean;

  @Field(() => String, { nullable: true, description: 'Why and when the version was closed; null when it is open.' })
  closedNote!: string | null;
}

@Directive('@shareable')
@ObjectType('ConfidenceInterval', {
  description:
    "The 95% confidence interval of a figure, in the measure's unit, computed the way public-health indicator tools (Fingertips) do: " +
    "Wilson score for a percentage or ratio with numerator and denominator; for a count (or a rate's numerator) the exact Poisson method below 10 " +
    "and Byar's method from 10 up. A figure without what the method needs says that no interval can be computed, and why.",
})
export class ConfidenceInterval {
  @Field(() => Float, { description: 'Confidence level: 0.95.' })
  level!: number;

  @Field(() => IntervalMethod, { description: 'The method used; NONE when no interval can be computed.' })
  method!: IntervalMethod;

  @Field(() => Float, {
    nullable: true,
    description: "Lower limit in the measure's unit (21.73 for 21.73%); null when no interval can be computed.",
  })
  lower!: number | null;

  @Field(() => Float, { nullable: true, description: "Upper limit in the measure's unit; null when no interval can be computed." })
  upper!: number | null;

  @Field({ description: 'True when the interval could be computed.' })
  computable!: boolean;

  @Field({
    description:
      "In words: the method and the numbers it used ('Wilson score 95% interval for 3,118 of 13,912'), or why there is no interval.",
  })
  explanation!: string;
}

@Directive('@shareable')
@ObjectType('PreviousFigure', {
  description:
    'The figure a change is measured from: same measure, same area, same kind of period, the latest period ending before this one starts ' +
    '(whatever its series version: a different version is a series break, and the change is then not tested). A gap between the two is named ' +
    'in PeriodChange.missingPeriods, never skipped silently.',
})
export class PreviousFigure {
  @Field(() => Period, { description: 'Its period (e.g. 2011-12 before 2012-13, Q1 before Q2, 2009 before 2010).' })
  period!: Period;

  @Field(() => Float, {
    nullable: true,
    description: "Its value in the measure's unit; null when not available, a range, or suppressed for this reader.",
  })
  value!: number | null;

  @Field({ description: "The previous figure as printed ('suppressed' when disclosure control withholds it)." })
  printed!: string;

  @Field(() => SeriesVersion, {
    description: "The series version of the previous figure; a different version from this figure's is a series break.",
  })
  seriesVersion!: SeriesVersion;
}

@Directive('@shareable')
@ObjectType('PeriodChange', {
  description:
    'The change of a figure against the previous period, with its significance at the 95% level: for percentages and ratios, ' +
    "Newcombe's hybrid score interval for the difference of two proportions (significant when it excludes 0); for counts and rates, " +
    "the conditional test of two Poisson counts (significant when the Wilson interval of the later count's share of both excludes the share " +
    'expected under no change). Nothing derived from a suppressed figure is shown.',
})
export class PeriodChange {
  @Field(() => PreviousFigure, { nullable: true, description: 'The previous figure; null when there is none.' })
  previous!: PreviousFigure | null;

  @Field(() => Float, {
    nullable: true,
    description:
      "This value minus the previous value, in the measure's unit (percentage points for percentages); null when either is unknown or suppressed.",
  })
  difference!: number | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'True when the change is statistically significant at the 95% level; null when it cannot be tested.',
  })
  significant!: boolean | null;

  @Field(() => ChangeAssessment, {
    description: "Improved, worsened, no significant change, changed (neutral measures) or not assessed, read with the measure's polarity.",
  })
  assessment!: ChangeAssessment;

  @Field(() => String, { nullable: true, description: 'The significance test used; null when none could be.' })
  method!: string | null;

  @Field({
    description:
      'True when the previous figure belongs to another series version (a change of methodology): nothing is compared across it.',
  })
  seriesBreak!: boolean;

  @Field(() => [String], {
    description:
      "Labels of the periods of the same kind between the previous figure and this one that have no figure ('Jan-Dec 2011'): the change then spans " +
      'a gap, and the explanation says so. Empty for snapshots (no regular spacing) and when there is no gap.',
  })
  missingPeriods!: string[];

  @Field({ description: 'In words: the two figures, the difference, the test and its interval, or why the change is not assessed.' })
  explanation!: string;
}

@Directive('@shareable')
@ObjectType('TargetComparison', { description: "A figure against its measure's target, read with the measure's polarity." })
export class TargetComparison {
  @Field(() => MeasureTarget, { nullable: true, description: 'The target of the measure; null when the plan sets none.' })
  target!: MeasureTarget | null;

  @Field(() => Float, {
    nullable: true,
    description: "Value minus target value, in the measure's unit; null without a value (or suppressed) or a numeric target.",
  })
  difference!: number | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'True when the value is at or beyond the target on the better side (at or above for higher-is-better, at or below for lower-is-better); null without a numeric target or a value, or for a neutral measure.',
  })
  met!: boolean | null;

  @Field({ description: 'In words: value, target, difference and whether it is met, or why it cannot be compared.' })
  explanation!: string;
}

@Directive('@shareable')
@ObjectType('RagAssessment', {
  description:
    "The Red / Amber / Green status of a figure and the rule that decided it (the measure's ragRule; see RagRule for each rule). " +
    'Nothing derived from a suppressed figure is shown.',
})
export class RagAssessment {
  @Field(() => Rag, { nullable: true, description: 'Red, amber or green; null when the rule cannot decide (the reason says why).' })
  status!: Rag | null;

  @Field(() => RagRule, { description: "The rule that decided it: the measure's configured rule." })
  rule!: RagRule;

  @Field({ description: 'The rule and the numbers that decided it, in words.' })
  reason!: string;

  @Field(() => String, { nullable: true, description: 'For a status set by hand: the comment saying why.' })
  comment!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "For a status set by hand: who set it; shown only to the agency's own editors and admins (null for other readers).",
  })
  setBy!: string | null;

  @Field(() => String, { nullable: true, description: 'For a status set by hand: when it was set (ISO 8601 timestamp).' })
  setAt!: string | null;
}

@Directive('@shareable')
@ObjectType('ComparatorFigure', {
  description:
    "A figure's comparator (England and Wales, the region, the peer group of similar areas, or the predicted rate) and how the figure compares " +
    'with it at the 95% level, as Fingertips compares an area with England: significantly better, similar, or worse.',
})
export class ComparatorFigure {
  @Field(() => ComparatorKind, { description: 'What the figure is compared with.' })
  kind!: ComparatorKind;

  @Field(() => [areaType()], {
    description: 'The area (or, for a peer group, the areas) whose figures make the comparator; empty for a predicted rate.',
  })
  areas!: AreaFields[];

  @Field(() => Float, {
    nullable: true,
    description: "The comparator's value in the measure's unit; null when only a relative difference is known, or it is suppressed.",
  })
  value!: number | null;

  @Field(() => Int, { nullable: true, description: "The comparator's numerator (summed over a peer group), when known." })
  numerator!: number | null;

  @Field(() => Int, { nullable: true, description: "The comparator's denominator (summed over a peer group), when known." })
  denominator!: number | null;

  @Field({ description: "The comparator as printed by its source, or as computed ('9.6%', 'peer group 12.3%')." })
  printed!: string;

  @Field(() => Float, {
    nullable: true,
    description:
      'For PREDICTED where the source prints only the difference: the relative difference between the actual and predicted rates, in percent of ' +
      "the predicted rate, as printed (4.75 for '4.75%'). Never subtracted like a rate.",
  })
  relativeDifference!: number | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'For a relative difference: true when the source says which of actual and predicted is higher (then relativeDifference is signed: negative = actual below predicted); false when it does not.',
  })
  signKnown!: boolean | null;

  @Field(() => ComparatorVerdict, {
    description: 'Significantly better, similar or worse than the comparator (higher / lower for a neutral measure), or not compared.',
  })
  verdict!: ComparatorVerdict;

  @Field({ description: 'In words: the two figures, the interval that decided, or why they are not compared.' })
  explanation!: string;
}

@Directive('@shareable')
@ObjectType('Observation', {
  description:
    'One value of a headline measure for an area and a period, with its flags and provenance: a published figure, or (for ' +
    "the owning agency's editors only) a draft. A figure that is not yet available has value null and notAvailable true: " +
    "it is never zero. A figure that would reveal a count of fewer people than the measure's disclosure threshold is suppressed.",
})
export class Observation {
  @Field(() => ID, { description: 'Stable id: measure id, area code and period code joined by "|".' })
  id!: string;

  @Field(() => ID, { description: 'Id of the headline measure this is a value of.' })
  measureId!: string;

  @Field(areaType, { description: 'The area the figure covers.' })
  area!: AreaFields;

  @Field(() => Period, { description: 'The period the figure covers.' })
  period!: Period;

  @Field(() => Float, {
    nullable: true,
    description: "The value in the measure's unit (22.41 for 22.41%); null when not available or published only as a range.",
  })
  value!: number | null;

  @Field(() => Int, { nullable: true, description: 'Numerator, where the source prints it (3,118 re-offenders).' })
  numerator!: number | null;

  @Field(() => Int, { nullable: true, description: 'Denominator, where the source prints it (13,912 offenders).' })
  denominator!: number | null;

  @Field(() => Float, { nullable: true, description: "Lower bound, for figures printed as a range or a bound ('75-80', 'over 90%')." })
  lowerBound!: number | null;

  @Field(() => Float, { nullable: true, description: 'Upper bound, for figures printed as a range.' })
  upperBound!: number | null;

  @Field({ description: "The figure exactly as printed in the source ('22.41%', 'Approx. 97%', 'tbc')." })
  printed!: string;

  @Field({ description: "True when the source qualifies the figure as approximate ('Approx.', 'around', 'almost')." })
  approximate!: boolean;

  @Field({ description: "True when the figure is not yet available ('tbc'); value is then null, never zero." })
  notAvailable!: boolean;

  @Field(() => ObservationStatus, { description: 'Final, provisional (e.g. year-to-date) or revised.' })
  status!: ObservationStatus;

  @Field(() => String, {
    nullable: true,
    description: 'What an analyst must know to read the figure, e.g. how its period was worded in the source.',
  })
  note!: string | null;

  @Field(() => Provenance, { description: 'Where the figure was published.' })
  provenance!: Provenance;

  @Field({
    description:
      "True for a figure the agency has recorded but not yet published. Only the agency's own editors and admins see drafts: " +
      'for them a draft takes the place of the published figure of the same measure, area and period until it is published.',
  })
  draft!: boolean;

  @Field({
    description:
      'True when disclosure control withholds the figure because it would reveal a count of 1 to (disclosureThreshold - 1) people (1-4 by default): ' +
      "a COUNT of such a size, or a PERCENTAGE whose numerator is. value, numerator, lowerBound and upperBound are then null and printed is 'suppressed'; " +
      "the denominator stays. Zero is never suppressed. The agency's own editors and admins see raw values.",
  })
  suppressed!: boolean;

  @Field(() => [ObservationRevision], {
    description: 'Earlier published values of this figure that corrections replaced, newest first (empty when it was never corrected).',
  })
  revisions!: ObservationRevision[];

  @Field(() => SeriesVersion, {
    description: "The version of the measure's series (its methodology) this figure belongs to. Changes are never tested across versions.",
  })
  seriesVersion!: SeriesVersion;

  @Field(() => String, {
    nullable: true,
    description:
      'The public source where this exact figure was already published, when the agency marked it so: disclosure control then leaves it visible ' +
      '(withholding what anyone can read protects no one). Null for other figures, to which the rule applies as usual; a correction clears it.',
  })
  alreadyPublicIn!: string | null;

  @Field(() => [ComparatorFigure], {
    description:
      'The figure against its comparators: England and Wales, the region, the peer group and the predicted rate, each where a figure exists for the same period and series.',
  })
  comparators!: ComparatorFigure[];

  @Field(() => ConfidenceInterval, { description: 'The 95% confidence interval of the figure, or why none can be computed.' })
  interval!: ConfidenceInterval;

  @Field(() => PeriodChange, { description: 'The change against the previous period of the same kind, with its significance.' })
  change!: PeriodChange;

  @Field(() => TargetComparison, { description: "The figure against its measure's target." })
  targetComparison!: TargetComparison;

  @Field(() => RagAssessment, { description: "The figure's Red / Amber / Green status, by the measure's RAG rule, with the reason." })
  rag!: RagAssessment;
}

@Directive('@shareable')
@ObjectType('FigureCompleteness', {
  description:
    'Whether a measure has its figure for an area and a period, for the data-completeness gap analysis: published, estimated, suppressed, ' +
    'not yet available, or missing.',
})
export class FigureCompleteness {
  @Field(() => CompletenessStatus, {
    description: 'Published, estimated (approximate), suppressed for this reader, not yet available (tbc) or missing.',
  })
  status!: CompletenessStatus;

  @Field(() => Observation, { nullable: true, description: 'The figure, when there is one (also when not yet available or suppressed).' })
  observation!: Observation | null;

  @Field({ description: 'In words: which figure counts for the period asked, or that there is none.' })
  explanation!: string;
}
