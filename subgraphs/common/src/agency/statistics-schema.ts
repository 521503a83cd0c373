import { ArgsType, Ctx, Field, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import { badInput } from '../errors';
import { ConfidenceInterval, Observation, PeriodChange, RagAssessment, TargetComparison } from '../contract/types';
import { parsePeriod, PeriodParseError } from '../reference/periods';
import type { MeasureRecord, ObservationRecord } from './repository';
import type { AgencyContext } from './context';
import {
  figureChange, figureCompleteness, figureInterval, figureRag, figureTargetComparison,
  type ChangeRecord, type CompletenessRecord, type IntervalRecord, type RagRecord, type TargetComparisonRecord,
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

@Resolver(() => Observation)
export class ObservationStatisticsResolver {
  @FieldResolver(() => ConfidenceInterval)
  async interval(@Root() o: ObservationRecord, @Ctx() ctx: AgencyContext): Promise<IntervalRecord> {
    return figureInterval(o, await measureOf(o, ctx));
  }

  @FieldResolver(() => PeriodChange)
  async change(@Root() o: ObservationRecord, @Ctx() ctx: AgencyContext): Promise<ChangeRecord> {
    const [m, prev] = await Promise.all([measureOf(o, ctx), ctx.loaders.previous.load(o)]);
    return figureChange(o, prev, m);
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
    if (m.ragRule === 'AGAINST_PREVIOUS_PERIOD') return figureRag(o, m, { change: figureChange(o, await ctx.loaders.previous.load(o), m) });
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
      "2012-13 figure comes first, then its Q4, then calendar 2012 (it ends on 31 December 2012, within 2012-13); 2011-12 does not count.",
  })
  period!: string;
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
  const o = await ctx.loaders.completeness.load({ measureId: m.id, areaCode: args.area, start: asked.start, end: asked.end });
  return figureCompleteness(o, asked, args.area);
}
