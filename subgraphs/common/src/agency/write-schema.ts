import { Arg, Ctx, Directive, Field, Float, ID, InputType, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { ComparatorKind, FigureKind, MeasureUnit, ObservationStatus, Polarity, Rag, RagRule } from '../contract/enums';
import { areaType, type AreaFields, Observation, Period, Provenance } from '../contract/types';
import type { AgencyContext } from './context';
import type { AgencyManifest } from '../manifest';
import type { ClassType } from '../class-type';

/*
 * The agency write side in GraphQL. The types are shared by the five agency subgraphs (defined once here, so they
 * are identical in each, and @shareable where they are output values); the root fields are prefixed with the
 * agency key (probationRecordObservation, policeDrafts...) so they do not collide in the supergraph.
 */

@InputType('ObservationInput', {
  description:
    'One figure to record as a draft: a new figure, or a correction of a published one (then `reason` is required). ' +
    'Drafts are seen only by the agency until it publishes them.',
})
export class ObservationInput {
  @Field(() => ID, { description: "Id of one of this agency's measures, e.g. 'probation.adult-proven-reoffending-proportion'." })
  measureId!: string;

  @Field(() => ID, { description: "Area code the figure covers, e.g. 'kent'." })
  area!: string;

  @Field({
    description: "The period, in any accepted form: '2012-13', '2012-13 Q1', '2010', '2010-07..2011-06', '2019-07-26', 'Jan - Dec 2008'.",
  })
  period!: string;

  @Field(() => Float, {
    nullable: true,
    description:
      "The value in the measure's unit (22.41 for 22.41%). Leave it out when the figure is not available, or give the bounds of a range.",
  })
  value?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Numerator, when the figure is a percentage of a count (3118 re-offenders). Must not exceed the denominator.',
  })
  numerator?: number | null;

  @Field(() => Int, { nullable: true, description: 'Denominator of a percentage (13912 offenders).' })
  denominator?: number | null;

  @Field(() => Float, { nullable: true, description: "Lower bound, for a figure given as a range or a bound ('75-80', 'over 90%')." })
  lowerBound?: number | null;

  @Field(() => Float, { nullable: true, description: 'Upper bound, for a figure given as a range.' })
  upperBound?: number | null;

  @Field(() => String, {
    nullable: true,
    description: "The figure as it should be printed; by default the value formatted for the unit ('22.41%', '3,118', 'not available').",
  })
  printed?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'True when the figure is approximate. Default false.' })
  approximate?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'True when the figure is not yet available (then give no value: it is never zero). Default false.',
  })
  notAvailable?: boolean | null;

  @Field(() => ObservationStatus, {
    nullable: true,
    description: 'Final, provisional or revised. Default FINAL for a new figure, REVISED for a correction.',
  })
  status?: ObservationStatus | null;

  @Field(() => String, { nullable: true, description: 'What an analyst must know to read the figure.' })
  note?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why the figure is recorded; required when it corrects a published figure, and kept with the replaced values.',
  })
  reason?: string | null;

  @Field(() => String, { nullable: true, description: "Publication the figure comes from. Default 'Agency return via the hub'." })
  publication?: string | null;

  @Field(() => String, { nullable: true, description: 'Body that published it. Default: the agency key.' })
  publisher?: string | null;

  @Field(() => String, { nullable: true, description: 'Publication date, YYYY-MM-DD. Default: today.' })
  published?: string | null;

  @Field(() => String, { nullable: true, description: "Where in the publication (section, table). Default 'recorded through the hub'." })
  location?: string | null;

  @Field(() => String, { nullable: true, description: 'The statistical source the publication cites, if any.' })
  citedSource?: string | null;
}

@InputType('MeasureTargetInput', { description: 'A target for a headline measure.' })
export class MeasureTargetInput {
  @Field(() => Float, { nullable: true, description: "Target value in the measure's unit, when the target is a number." })
  value?: number | null;

  @Field(() => String, { nullable: true, description: 'Date the target is due by, YYYY-MM-DD.' })
  due?: string | null;

  @Field({ description: 'The target as worded in the plan.' })
  text!: string;
}

@InputType('MeasureInput', {
  description:
    "A headline measure to create, or the new definition of an existing one (same id). A measure's unit cannot change once it has figures.",
})
export class MeasureInput {
  @Field(() => ID, { description: "Global id: the agency key, a dot and a lower-case name with hyphens, e.g. 'police.iom-cohort-size'." })
  id!: string;

  @Field({ description: 'Name of the measure as the board reports it.' })
  name!: string;

  @Field({ description: 'What is counted: population, numerator, denominator, follow-up period, caveats.' })
  definition!: string;

  @Field(() => MeasureUnit, { description: 'Percentage, count, rate, ratio or money.' })
  unit!: MeasureUnit;

  @Field(() => Polarity, { description: 'Whether higher or lower is better.' })
  polarity!: Polarity;

  @Field({ description: 'The body that leads on the measure.' })
  leadAgency!: string;

  @Field({ description: 'The statistical series or data source the figures come from.' })
  source!: string;

  @Field(() => MeasureTargetInput, { nullable: true, description: 'The target, if the plan sets one.' })
  target?: MeasureTargetInput | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Disclosure control: figures about 1 to (threshold - 1) people are suppressed for readers outside the agency (2 or more). ' +
      'Null for a measure that does not count people (offences, money, bed spaces, employers). Left out: unchanged, or for a new measure 5 for COUNT and PERCENTAGE, none otherwise.',
  })
  disclosureThreshold?: number | null;
}

@InputType('MeasureStatisticsInput', {
  description:
    "A change of a measure's statistical description (docs/STATISTICS.md). A field left out keeps its value; null clears it where that means something " +
    '(no rate measure, any area, lag not known).',
})
export class MeasureStatisticsInput {
  @Field(() => FigureKind, {
    nullable: true,
    description: 'The kind of figure the measure publishes; it decides which statistics apply (interval, change test, RAG).',
  })
  figureKind?: FigureKind | null;

  @Field(() => ID, {
    nullable: true,
    description:
      "For a RATE_NUMERATOR count (required then): id of the agency's RATE measure it is the numerator of, which is rated instead of the count. " +
      'Given for any other kind, it is an error.',
  })
  rateMeasureId?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description:
      "Area codes the measure is defined for (the areas within them count too), e.g. ['kent']; null for any area. Elsewhere the gap analysis says NOT_APPLICABLE.",
  })
  appliesTo?: string[] | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Months after a period ends before its figure is due (proven re-offending: about 22); 0 to 240, null when not known. Until then the gap analysis says NOT_YET_DUE.',
  })
  publicationLagMonths?: number | null;
}

@InputType('FigureComparatorInput', {
  description:
    "A comparator stored with one figure: the predicted rate, as a value (with its numerator and denominator when printed), or the source's printed " +
    'relative difference between actual and predicted, with whether the source says which is higher.',
})
export class FigureComparatorInput {
  @Field(() => Float, { nullable: true, description: "The comparator's value in the measure's unit (9.5 for a predicted 9.5%)." })
  value?: number | null;

  @Field(() => Int, { nullable: true, description: 'Its numerator, when printed.' })
  numerator?: number | null;

  @Field(() => Int, { nullable: true, description: 'Its denominator, when printed.' })
  denominator?: number | null;

  @Field(() => Float, {
    nullable: true,
    description: "The printed relative difference between the figure and the comparator, as a percentage (NI18's 4.75 for '4.75%').",
  })
  relativeDifference?: number | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'With a relative difference, and only then: true when the source says which of the two is higher (then the difference is signed: negative when the figure is below the comparator).',
  })
  signKnown?: boolean | null;

  @Field({ description: 'The comparator as printed in the source.' })
  printed!: string;

  @Field(() => String, { nullable: true, description: 'What an analyst must know to read it.' })
  note?: string | null;
}

@Directive('@shareable')
@ObjectType('ObservationDraft', {
  description:
    'A figure the agency has recorded or imported but not yet published: what it will publish, why, by whom, and the published figure it would replace.',
})
export class ObservationDraft {
  @Field(() => ID, {
    description: 'Id of the figure: measure id, area code and period code joined by "|" (the same as the published figure it becomes).',
  })
  id!: string;

  @Field(() => ID, { description: 'Id of the headline measure.' })
  measureId!: string;

  @Field(areaType, { description: 'The area the figure covers.' })
  area!: AreaFields;

  @Field(() => Period, { description: 'The period the figure covers.' })
  period!: Period;

  @Field(() => Float, { nullable: true, description: "The value in the measure's unit." })
  value!: number | null;

  @Field(() => Int, { nullable: true, description: 'Numerator, if given.' })
  numerator!: number | null;

  @Field(() => Int, { nullable: true, description: 'Denominator, if given.' })
  denominator!: number | null;

  @Field(() => Float, { nullable: true, description: 'Lower bound, for a range or a bound.' })
  lowerBound!: number | null;

  @Field(() => Float, { nullable: true, description: 'Upper bound, for a range.' })
  upperBound!: number | null;

  @Field({ description: 'The figure as it will be printed.' })
  printed!: string;

  @Field({ description: 'True when the figure is approximate.' })
  approximate!: boolean;

  @Field({ description: 'True when the figure is not yet available.' })
  notAvailable!: boolean;

  @Field(() => ObservationStatus, { description: 'Final, provisional or revised.' })
  status!: ObservationStatus;

  @Field(() => String, { nullable: true, description: 'What an analyst must know to read the figure.' })
  note!: string | null;

  @Field(() => Provenance, { description: 'Where the figure comes from (for imports: the CSV row).' })
  provenance!: Provenance;

  @Field(() => String, { nullable: true, description: 'Why it was recorded (always given for a correction).' })
  reason!: string | null;

  @Field({ description: 'Who recorded it (the subject of their token, or the --actor of a CLI import).' })
  createdBy!: string;

  @Field({ description: 'When it was recorded (ISO 8601 timestamp).' })
  createdAt!: string;

  @Field({ description: 'True when publishing it will correct a figure already published (the old values are then kept as a revision).' })
  correction!: boolean;

  @Field(() => Observation, { nullable: true, description: 'The published figure this draft will replace; null for a new figure.' })
  replaces!: Observation | null;

  @Field({
    description:
      'True when the draft has the same values, flags and note as the published figure it replaces: publishing it changes nothing a reader sees. False for a new figure.',
  })
  unchanged!: boolean;

  @Field({
    description:
      "The figure as readers outside the agency will see it once published: 'suppressed' when disclosure control withholds it (a small count about people), else as printed.",
  })
  publicPrinted!: string;

  @Field({
    description:
      'True when disclosure control will withhold the figure from readers outside the agency once published (value and numerator hidden).',
  })
  suppressedWhenPublished!: boolean;
}

@Directive('@shareable')
@ObjectType('ImportError', {
  description: 'A problem with one cell, row or the file of a CSV import. Any problem means nothing was written.',
})
export class ImportError {
  @Field(() => Int, { description: 'Data row number: 1 is the first row after the header; 0 means the header or the file as a whole.' })
  row!: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Line of the file (the header is line 1); null when the problem is the file as a whole.',
  })
  line!: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      "The column at fault, by its header name (e.g. 'value'); null when no single cell is (a CSV syntax error, a row with the wrong number of cells).",
  })
  column!: string | null;

  @Field({ description: 'What is wrong, and what is expected.' })
  message!: string;
}

@Directive('@shareable')
@ObjectType('ImportResult', { description: 'Outcome of a CSV import: all rows written as drafts, or none (then `errors` says why).' })
export class ImportResult {
  @Field({ description: 'True when every row was written as a draft; false when any row was refused, and then nothing was written.' })
  ok!: boolean;

  @Field(() => Int, { description: 'Data rows read from the file.' })
  rows!: number;

  @Field(() => Int, { description: 'Drafts of figures not yet published.' })
  newFigures!: number;

  @Field(() => Int, { description: 'Drafts that correct a published figure.' })
  corrections!: number;

  @Field(() => Int, { description: 'Earlier drafts of the same figures that this import replaced.' })
  replacedDrafts!: number;

  @Field(() => [ImportError], { description: 'Every problem found, by row and column; empty when ok.' })
  errors!: ImportError[];
}

@Directive('@shareable')
@ObjectType('PublishResult', { description: 'Outcome of publishing drafts: they are now what every reader sees.' })
export class PublishResult {
  @Field(() => Int, { description: 'Figures published.' })
  published!: number;

  @Field(() => Int, { description: 'Of which new figures.' })
  newFigures!: number;

  @Field(() => Int, { description: 'Of which corrections of published figures (their previous values are kept as revisions).' })
  corrections!: number;

  @Field(() => [ID], { description: 'Ids (measure|area|period) of the figures published.' })
  figures!: string[];
}

@Directive('@shareable')
@ObjectType('AuditEvent', {
  description: "One change to an agency's data: who did what, when, to which record. Written with the change, never altered.",
})
export class AuditEvent {
  @Field(() => ID, { description: 'Id of the event (increasing).' })
  id!: string;

  @Field({ description: 'When the change was made (ISO 8601 timestamp).' })
  at!: string;

  @Field({ description: "Who made it: the subject of their token, the --actor of a CLI import, or 'seed'." })
  actor!: string;

  @Field({ description: "Their role: agency-editor or admin ('system' for the seed)." })
  role!: string;

  @Field({
    description:
      "What was done: 'seed', 'record-observation', 'import-observations', 'publish', 'define-measure', 'retire-measure', 'set-rag-rule', " +
      "'set-figure-rag', 'add-series-version', 'close-series-version', 'reopen-series-version', 'set-measure-statistics', 'set-figure-comparator' or " +
      "'mark-figure-public'.",
  })
  action!: string;

  @Field({
    description:
      "What kind of record changed: 'observation', 'observation_draft', 'measure', 'figure_rag', 'series_version' or 'figure_comparator'.",
  })
  entity!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Id of the record changed, when the change is about one record (a measure id, a figure id); null for batches.',
  })
  entityId!: string | null;

  @Field({ description: 'The details of the change as a JSON object (reason, counts, figure ids, values before and after).' })
  details!: string;
}

/**
 * The agency's write mutations and owner queries, with the agency's prefix. Only the agency's own editors and
 * admins may call them (FORBIDDEN otherwise, saying why); the service checks it, so the CLI obeys the same rules.
 */
export function defineAgencyWriteResolver(manifest: AgencyManifest, measureType: ClassType): ClassType {
  // the agency key as a GraphQL name prefix: 'youth-justice' -> 'youthJustice' (single-word keys are unchanged)
  const a = manifest.name.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());

  @Resolver()
  class AgencyWriteResolver {
    @Mutation(() => ObservationDraft, {
      name: `${a}RecordObservation`,
      description: `Records one ${a} figure as a draft: a new figure, or a correction of a published one (give a reason). Replaces any draft of the same measure, area and period. Readers outside ${a} see it only once published. ${a}'s agency editors and admins only.`,
    })
    recordObservation(
      @Arg('input', () => ObservationInput, { description: 'The figure.' }) input: ObservationInput,
      @Ctx() ctx: AgencyContext,
    ) {
      return ctx.writes.recordObservation(ctx.viewer, input);
    }

    @Mutation(() => ImportResult, {
      name: `${a}ImportObservations`,
      description:
        `Imports ${a} figures from CSV as drafts, all or nothing. Header: measure_id,area,period,value,numerator,denominator,printed,approximate,not_available,status,note ` +
        '(plus optional publication,publisher,published,location); rows are numbered from 1 = the first data row. Every row is checked before anything is written: ' +
        `any problem and nothing is written, and the result lists every problem by row and column. ${a}'s agency editors and admins only.`,
    })
    importObservations(
      @Arg('csv', { description: 'The CSV text, header line first.' }) csv: string,
      @Arg('reason', { description: 'Why these figures are recorded; kept with every correction they make.' }) reason: string,
      @Ctx() ctx: AgencyContext,
    ) {
      return ctx.writes.importCsv(ctx.viewer, csv, reason);
    }

    @Mutation(() => PublishResult, {
      name: `${a}PublishObservations`,
      description: `Publishes ${a}'s drafts (all, or those of the given measures) in one transaction; a correction keeps the values it replaces as a revision. ${a}'s agency editors and admins only.`,
    })
    publishObservations(
      @Arg('measureIds', () => [ID], {
        nullable: true,
        description: 'Publish only the drafts of these measures; all drafts when left out.',
      })
      measureIds: string[] | null | undefined,
      @Ctx() ctx: AgencyContext,
    ) {
      return ctx.writes.publish(ctx.viewer, measureIds);
    }

    @Mutation(() => measureType, {
      name: `${a}DefineMeasure`,
      description: `Creates a ${a} headline measure (id starting '${a}.') or changes its definition. ${a}'s agency editors and admins only.`,
    })
    defineMeasure(@Arg('input', () => MeasureInput, { description: 'The measure.' }) input: MeasureInput, @Ctx() ctx: AgencyContext) {
      return ctx.writes.defineMeasure(ctx.viewer, input);
    }

    @Mutation(() => measureType, {
      name: `${a}RetireMeasure`,
      description: `Retires a ${a} measure: its figures stay and can still be corrected, no new figures can be recorded. ${a}'s agency editors and admins only.`,
    })
    retireMeasure(
      @Arg('id', () => ID, { description: 'Id of the measure.' }) id: string,
      @Arg('reason', { description: 'Why it is retired (kept in the audit trail).' }) reason: string,
      @Ctx() ctx: AgencyContext,
    ) {
      return ctx.writes.retireMeasure(ctx.viewer, id, reason);
    }

    @Mutation(() => measureType, {
      name: `${a}SetRagRule`,
      description:
        `Chooses how a ${a} measure's figures get their Red / Amber / Green status: against its target, against the previous period, or set by hand ` +
        `(see RagRule). Audited. ${a}'s agency editors and admins only.`,
    })
    setRagRule(
      @Arg('measure', () => ID, { description: `Id of the ${a} measure.` }) measure: string,
      @Arg('rule', () => RagRule, { description: 'The rule.' }) rule: RagRule,
      @Ctx() ctx: AgencyContext,
    ) {
      return ctx.writes.setRagRule(ctx.viewer, measure, rule);
    }

    @Mutation(() => Observation, {
      name: `${a}SetFigureRag`,
      description:
        `Sets the Red / Amber / Green status of one ${a} figure by hand, with a comment saying why (replacing any status set before). It is the figure's ` +
        "status while its measure's rule is SET_BY_HAND. The figure must exist (published or drafted); an empty comment is an error. Audited. " +
        `${a}'s agency editors and admins only. Returns the figure.`,
    })
    setFigureRag(
      @Arg('measure', () => ID, { description: `Id of the ${a} measure.` }) measure: string,
      @Arg('area', () => ID, { description: "Area code of the figure, e.g. 'kent'." }) area: string,
      @Arg('period', { description: "Period of the figure, in any accepted form ('2012-13', 'Jan - Dec 2008')." }) period: string,
      @Arg('status', () => Rag, { description: 'Red, amber or green.' }) status: Rag,
      @Arg('comment', { description: 'Why this status: shown with it to every reader. Must not be empty.' }) comment: string,
      @Ctx() ctx: AgencyContext,
    ) {
      return ctx.writes.setFigureRag(ctx.viewer, { measure, area, period, status, comment });
    }

    @Mutation(() => measureType, {
      name: `${a}AddSeriesVersion`,
      description:
        `Adds a version to a ${a} measure's series when its methodology changes (e.g. the Ministry of Justice's 2017 move from 12-month to 3-month ` +
        'cohorts). Figures published from then on join it; changes and RAG against the previous period are never tested across the break. ' +
        `Audited. ${a}'s agency editors and admins only.`,
    })
    addSeriesVersion(
      @Arg('measure', () => ID, { description: `Id of the ${a} measure.` }) measure: string,
      @Arg('code', { description: "Code of the new version, lower-case letters, digits and hyphens, e.g. 'moj-3-month-cohorts'." })
      code: string,
      @Arg('name', { description: "Short name, e.g. 'Proven re-offending, 3-month cohorts (from 2017)'." }) name: string,
      @Arg('methodology', { description: 'The methodology, how it differs from the previous version, and its source.' })
      methodology: string,
      @Ctx() ctx: AgencyContext,
    ) {
      return ctx.writes.addSeriesVersion(ctx.viewer, { measure, code, name, methodology });
    }

    @Mutation(() => measureType, {
      name: `${a}CloseSeriesVersion`,
      description: `Closes a version of a ${a} measure's series: the series has ended and no further figures are expected in it (e.g. NI18). Audited. ${a}'s agency editors and admins only.`,
    })
    closeSeriesVersion(
      @Arg('measure', () => ID, { description: `Id of the ${a} measure.` }) measure: string,
      @Arg('code', { description: "Code of the version, e.g. 'original'." }) code: string,
      @Arg('note', { description: 'Why and when the series ended. Must not be empty.' }) note: string,
      @Ctx() ctx: AgencyContext,
    ) {
      return ctx.writes.closeSeriesVersion(ctx.viewer, { measure, code, note });
    }

    @Mutation(() => measureType, {
      name: `${a}ReopenSeriesVersion`,
      description: `Re-opens a closed version of a ${a} measure's series (closed by mistake, or the series resumed): figures can again be recorded into it. Audited with the note it clears. ${a}'s agency editors and admins only.`,
    })
    reopenSeriesVersion(
      @Arg('measure', () => ID, { description: `Id of the ${a} measure.` }) measure: string,
      @Arg('code', { description: "Code of the closed version, e.g. 'original'." }) code: string,
      @Arg('reason', { description: 'Why it is re-opened. Must not be empty.' }) reason: string,
      @Ctx() ctx: AgencyContext,
    ) {
      return ctx.writes.reopenSeriesVersion(ctx.viewer, { measure, code, reason });
    }

    @Mutation(() => measureType, {
      name: `${a}SetMeasureStatistics`,
      description:
        `Changes a live ${a} measure's statistical description: its kind of figure (and the rate a RATE_NUMERATOR count feeds), the areas it applies to ` +
        'and its publication lag. Fields left out keep their values. Every problem is named by its field and nothing is changed; a rate measure that ' +
        `counts feed cannot stop being a RATE. Audited with the values before and after. ${a}'s agency editors and admins only.`,
    })
    setMeasureStatistics(
      @Arg('measure', () => ID, { description: `Id of the ${a} measure.` }) measure: string,
      @Arg('input', () => MeasureStatisticsInput, { description: 'What changes.' }) input: MeasureStatisticsInput,
      @Arg('reason', { description: 'Why it changes (kept in the audit trail). Must not be empty.' }) reason: string,
      @Ctx() ctx: AgencyContext,
    ) {
      return ctx.writes.setMeasureStatistics(ctx.viewer, measure, { ...input }, reason);
    }

    @Mutation(() => Observation, {
      name: `${a}SetFigureComparator`,
      description:
        `Stores a comparator with one ${a} figure (the predicted rate, or a printed relative difference), replacing any of the same kind; a null comparator ` +
        'removes it. Only PREDICTED is stored: England and Wales, region and peer group comparators are the published figures of those areas. The figure ' +
        `must exist (published or drafted). Audited. ${a}'s agency editors and admins only. Returns the figure.`,
    })
    setFigureComparator(
      @Arg('measure', () => ID, { description: `Id of the ${a} measure.` }) measure: string,
      @Arg('area', () => ID, { description: "Area code of the figure, e.g. 'kent'." }) area: string,
      @Arg('period', { description: "Period of the figure, in any accepted form ('2012', '2012-13')." }) period: string,
      @Arg('kind', () => ComparatorKind, { description: 'The kind of comparator: PREDICTED.' }) kind: ComparatorKind,
      @Arg('comparator', () => FigureComparatorInput, { nullable: true, description: 'The comparator, or null to remove it.' })
      comparator: FigureComparatorInput | null,
      @Arg('reason', { description: 'Why it changes (kept in the audit trail). Must not be empty.' }) reason: string,
      @Ctx() ctx: AgencyContext,
    ) {
      return ctx.writes.setFigureComparator(ctx.viewer, { measure, area, period, kind, comparator: comparator ?? null, reason });
    }

    @Mutation(() => Observation, {
      name: `${a}MarkFigurePublic`,
      description:
        `Marks a published ${a} figure as already published in a public source, so that disclosure control leaves it visible to every reader ` +
        '(withholding what anyone can read protects no one); a null source clears the mark. The rule stays for every figure not so marked, and a ' +
        `correction of the figure clears the mark. Audited. ${a}'s agency editors and admins only. Returns the figure.`,
    })
    markFigurePublic(
      @Arg('measure', () => ID, { description: `Id of the ${a} measure.` }) measure: string,
      @Arg('area', () => ID, { description: "Area code of the figure, e.g. 'kent-and-medway'." }) area: string,
      @Arg('period', { description: "Period of the figure, in any accepted form ('2019-07-26', '2012-13')." }) period: string,
      @Arg('source', () => String, {
        nullable: true,
        description: 'The public source it was printed in (title, body, date), or null to clear the mark.',
      })
      source: string | null,
      @Ctx() ctx: AgencyContext,
    ) {
      return ctx.writes.markFigurePublic(ctx.viewer, { measure, area, period, source: source ?? null });
    }

    @Query(() => [ObservationDraft], {
      name: `${a}Drafts`,
      description: `${a}'s unpublished drafts, by measure and period, each with the published figure it would replace. ${a}'s agency editors and admins only.`,
    })
    drafts(@Ctx() ctx: AgencyContext) {
      return ctx.writes.drafts(ctx.viewer);
    }

    @Query(() => [measureType], {
      name: `${a}Measures`,
      description: `Every ${a} measure, whether the plan's catalogue uses it or not, retired ones included, by id: what ${a} can record figures for (the catalogue's headlineMeasures lists only the measures a plan uses).`,
    })
    measures(@Ctx() ctx: AgencyContext) {
      return ctx.writes.measures();
    }

    @Query(() => [AuditEvent], {
      name: `${a}AuditTrail`,
      description: `Changes to ${a}'s data, newest first: seeding, records, imports, publications, measure definitions and retirements. ${a}'s agency editors and admins only.`,
    })
    auditTrail(
      @Arg('limit', () => Int, {
        nullable: true,
        defaultValue: 100,
        description: 'How many events, newest first (1 to 1000; default 100).',
      })
      limit: number | null,
      @Ctx() ctx: AgencyContext,
    ) {
      return ctx.writes.auditTrail(ctx.viewer, limit ?? 100);
    }
  }
  return AgencyWriteResolver;
}
