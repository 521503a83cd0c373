import { ArgsType, Ctx, Field, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import { badInput } from '../errors';
import {
  ComparatorFigure,
  ConfidenceInterval,
  Observation,
  PeriodChange,
  RagAssessment,
  SeriesVersion,
  TargetComparison,
} from '../contract/types';
import { parsePeriod, PeriodParseError } from '../reference/periods';
import type { MeasureRecord, ObservationRecord, SeriesVersionRecord } from './repository';
import type { AgencyContext } from './context';
import {
  figureChange,
  figureComparators,
  figureCompleteness,
  figureInterval,
  figureRag,
  figureTargetComparison,
  measureAppliesTo,
  RULE_COMPARATOR,
  versionOf,
  type ChangeRecord,
  type ComparatorRecord,
  type CompletenessRecord,
  type IntervalRecord,
  type RagRecord,
  type SeriesVersionView,
  type TargetComparisonRecord,
} from './statistics';

/*
 * Statistics of figures in the graph. Resolvers stay thin: the measure comes from the request's measure loader
 * (already primed by the entity fetch), previous figures and hand-set RAGs from one batched statement each.
 */

async function measureOf(o: ObservationRecord, ctx: AgencyContext): Promise<MeasureRecord> {
  const m = await ctx.loaders.measure.load(o.measureId);
  if (!m) throw new Error(`measure ${o.measureId} of figure ${o.id} not found`);
  return m;
}

async function changeOf(o: ObservationRecord, m: MeasureRecord, ctx: AgencyContext): Promise<ChangeRecord> {
  const [prev, versions] = await Promise.all([ctx.loaders.previous.load(o), ctx.loaders.seriesVersions.load(o.measureId)]);
  return figureChange(o, prev, m, versions);
}

async function comparatorsOf(o: ObservationRecord, m: MeasureRecord, ctx: AgencyContext): Promise<ComparatorRecord[]> {
  // A draft has no series version yet and is compared with nothing: comparators are published figures of the same series.
  if (o.seriesVersion === null) return [];
  const rows = await ctx.loaders.comparators.load({
    figureId: o.id,
    measureId: o.measureId,
    areaCode: o.area.code,
    periodCode: o.period.code,
    seriesVersion: o.seriesVersion,
    regionCode: ctx.areas.regionOf(o.area.code),
  });
  return figureComparators(o, m, rows, figureInterval(o, m));
}

@Resolver(() => Observation)
export class ObservationStatisticsResolver {
  @FieldResolver(() => ConfidenceInterval)
  async interval(@Root() o: ObservationRecord, @Ctx() ctx: AgencyContext): Promise<IntervalRecord> {
    return figureInterval(o, await measureOf(o, ctx));
  }

  @FieldResolver(() => PeriodChange)
  async change(@Root() o: ObservationRecord, @Ctx() ctx: AgencyContext): Promise<ChangeRecord> {
    return changeOf(o, await measureOf(o, ctx), ctx);
  }

  @FieldResolver(() => SeriesVersion)
  async seriesVersion(@Root() o: ObservationRecord, @Ctx() ctx: AgencyContext): Promise<SeriesVersionView> {
    return versionOf(o, await ctx.loaders.seriesVersions.load(o.measureId));
  }

  @FieldResolver(() => [ComparatorFigure])
  async comparators(@Root() o: ObservationRecord, @Ctx() ctx: AgencyContext): Promise<ComparatorRecord[]> {
    return comparatorsOf(o, await measureOf(o, ctx), ctx);
  }

  @FieldResolver(() => TargetComparison)
  async targetComparison(@Root() o: ObservationRecord, @Ctx() ctx: AgencyContext): Promise<TargetComparisonRecord> {
    return figureTargetComparison(o, await measureOf(o, ctx));
  }

  @FieldResolver(() => RagAssessment)
  async rag(@Root() o: ObservationRecord, @Ctx() ctx: AgencyContext): Promise<RagRecord> {
    const m = await measureOf(o, ctx);
    if (m.ragRule === 'SET_BY_HAND') {
      const hand = await ctx.loaders.figureRag.load({ measureId: o.measureId, areaCode: o.area.code, periodCode: o.period.code });
      return figureRag(o, m, { hand });
    }
    if (m.ragRule === 'AGAINST_PREVIOUS_PERIOD') return figureRag(o, m, { change: await changeOf(o, m, ctx) });
    if (RULE_COMPARATOR[m.ragRule]) return figureRag(o, m, { comparators: await comparatorsOf(o, m, ctx) });
    return figureRag(o, m, { interval: figureInterval(o, m) });
  }
}

@ArgsType()
export class CompletenessArgs {
  @Field(() => ID, { description: "Area code (e.g. 'kent'); only figures for exactly this area count. Unknown codes are an error." })
  area!: string;

  @Field({
    description:
      "The period asked, in any accepted form ('2012-13', '2012-13 Q4', '2012'). The figure that counts is the one whose period ENDS within it " +
      '(on or after its first day and on or before its last): the latest end, and for the same end the longest period. So for 2012-13 a ' +
      '2012-13 figure comes first, then its Q4, then calendar 2012 (it ends on 31 December 2012, within 2012-13); 2011-12 does not count.',
  })
  period!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The date the gap analysis is taken on (YYYY-MM-DD; default today): a figure whose publication lag has not passed by then is NOT_YET_DUE, ' +
      "not MISSING (e.g. '2013-07-17' for the 2012-13 stock take).",
  })
  asOf?: string | null;
}

/** HeadlineMeasure.completeness: the figure of the measure for an area and a period, and whether it is there. */
export async function resolveCompleteness(m: MeasureRecord, args: CompletenessArgs, ctx: AgencyContext): Promise<CompletenessRecord> {
  ctx.areas.require(args.area, 'area');
  let asked: ReturnType<typeof parsePeriod>;
  try {
    asked = parsePeriod(args.period);
  } catch (e) {
    if (e instanceof PeriodParseError) throw badInput('period', args.period, e.message);
    throw e;
  }
  const asOf = args.asOf ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf) || Number.isNaN(Date.parse(asOf)))
    throw badInput('asOf', asOf, "It must be a date written YYYY-MM-DD, e.g. '2013-07-17'.");
  const o = await ctx.loaders.completeness.load({ measureId: m.id, areaCode: args.area, start: asked.start, end: asked.end });
  const applies = measureAppliesTo(m, args.area, (c) => ctx.areas.ancestors(c));
  return figureCompleteness(o, asked, { code: args.area, applies }, m, asOf);
}

/** HeadlineMeasure.seriesVersions: the versions of the measure's series, oldest first. */
export async function resolveSeriesVersions(m: MeasureRecord, ctx: AgencyContext): Promise<SeriesVersionRecord[]> {
  return ctx.loaders.seriesVersions.load(m.id);
}
