import { Args, ArgsType, Ctx, Directive, Field, FieldResolver, ID, Int, InterfaceType, ObjectType, Resolver, Root } from 'type-graphql';
import { badInput } from '../errors';
import { MeasureUnit, Polarity, RagRule } from '../contract/enums';
import { FigureCompleteness, MeasureTarget, Observation, ObservationRevision, SHARED_DESCRIPTIONS } from '../contract/types';
import { CompletenessArgs, ObservationStatisticsResolver, resolveCompleteness } from './statistics-schema';
import type { CompletenessRecord } from './statistics';
import { buildFederatedSchema, type FederatedSchema } from '../federation';
import type { AgencyManifest } from '../manifest';
import type { AgencyContext } from './context';
import { parsePeriod, PeriodParseError } from '../reference/periods';
import { figureResolvers } from './figures';
import type { MeasureRecord, ObservationFilter, ObservationRecord, RevisionRecord } from './repository';
import { defineAgencyWriteResolver } from './write-schema';

@ArgsType()
export class ObservationArgs {
  @Field(() => ID, { nullable: true, description: "Only figures for this area code (e.g. 'kent'). Unknown codes are an error." })
  area?: string;

  @Field({ defaultValue: false, description: 'With `area`: also include the areas nested in it (Kent and Medway -> Kent, Medway, districts).' })
  includeSubAreas!: boolean;

  @Field({ nullable: true, description: "Only periods that start on or after the start of this period (e.g. '2011-12')." })
  from?: string;

  @Field({ nullable: true, description: "Only periods that end on or before the end of this period (e.g. '2012-13')." })
  to?: string;
}

@ArgsType()
export class LatestArgs {
  @Field(() => ID, { nullable: true, description: 'Only figures for this area code. Unknown codes are an error.' })
  area?: string;

  @Field({ defaultValue: false, description: 'With `area`: also consider the areas nested in it.' })
  includeSubAreas!: boolean;
}

/**
 * The contract every agency's measures implement, written once. The plan subgraph declares the same
 * interface as an entity (with one stub type per agency) so a pathway can list measures from every agency.
 */
@InterfaceType('HeadlineMeasure', {
  description: SHARED_DESCRIPTIONS.headlineMeasure,
  resolveType: (m: MeasureRecord) => m.__typename,
})
export abstract class HeadlineMeasure {
  @Field(() => ID, { description: "Global id '<agency>.<name>', e.g. 'probation.adult-proven-reoffending-proportion'." })
  id!: string;

  @Field({ description: 'Name of the measure as the board reports it.' })
  name!: string;

  @Field({ description: "Key of the agency subgraph that owns and publishes the measure ('probation', 'police', 'housing', 'health', 'dwp')." })
  agency!: string;

  @Field({ description: 'The body that leads on the measure, as the source document names it (may be a body with no subgraph of its own).' })
  leadAgency!: string;

  @Field({ description: 'What is counted: population, numerator, denominator, follow-up period, caveats.' })
  definition!: string;

  @Field(() => MeasureUnit, { description: 'Percentage, count, rate, ratio or money.' })
  unit!: MeasureUnit;

  @Field(() => Polarity, { description: 'Whether higher or lower is better.' })
  polarity!: Polarity;

  @Field(() => MeasureTarget, { nullable: true, description: 'The target the plan sets, when it sets one.' })
  target!: MeasureTarget | null;

  @Field({ description: 'The statistical series or data source the figures come from.' })
  source!: string;

  @Field({ description: 'True when the agency has retired the measure: its figures stay, no new ones are expected.' })
  retired!: boolean;

  @Field(() => Int, {
    nullable: true,
    description:
      "Disclosure control: readers outside the agency see a figure about 1 to (threshold - 1) people as 'suppressed' (for a percentage, its numerator is the count). " +
      'Null when the measure does not count people (offences, money, rates, bed spaces, employers).',
  })
  disclosureThreshold!: number | null;

  @Field(() => [Observation], {
    description:
      "Published figures in period order (oldest first), optionally filtered by area and period range, with disclosure control applied. The agency's own editors and admins see raw values, with their drafts in place of the published figures they would replace.",
  })
  observations!: Observation[];

  @Field(() => Observation, {
    nullable: true,
    description: "The most recent available figure (not-yet-available figures are skipped); for the agency's own editors and admins, drafts count.",
  })
  latest!: Observation | null;

  @Field(() => RagRule, {
    description:
      "How this measure's figures get their Red / Amber / Green status (Observation.rag), chosen by the owning agency: against the target, " +
      'against the previous period, or set by hand. Default: AGAINST_TARGET when the measure has a numeric target, else AGAINST_PREVIOUS_PERIOD.',
  })
  ragRule!: RagRule;

  @Field(() => FigureCompleteness, {
    description:
      "Whether this measure has its figure for an area and a period (the data-completeness gap analysis): PUBLISHED, ESTIMATED ('Approx.'), " +
      "SUPPRESSED (for this reader), NOT_YET_AVAILABLE ('tbc') or MISSING, with the figure when there is one. See the period argument for which figure counts.",
  })
  completeness!: FigureCompleteness;
}

function toFilter(ctx: AgencyContext, args: { area?: string; includeSubAreas: boolean; from?: string; to?: string }): ObservationFilter {
  const filter: ObservationFilter = {};
  if (args.area !== undefined && args.area !== null) {
    ctx.areas.require(args.area, 'area');
    filter.areas = args.includeSubAreas ? ctx.areas.withDescendants(args.area) : [args.area];
  }
  for (const key of ['from', 'to'] as const) {
    const value = args[key];
    if (value === undefined || value === null) continue;
    try {
      const p = parsePeriod(value);
      filter[key] = key === 'from' ? p.start : p.end;
    } catch (e) {
      if (e instanceof PeriodParseError) throw badInput(key, value, e.message);
      throw e;
    }
  }
  return filter;
}

@Resolver(() => HeadlineMeasure)
export class HeadlineMeasureResolver {
  @FieldResolver(() => [Observation])
  observations(@Root() m: MeasureRecord, @Args() args: ObservationArgs, @Ctx() ctx: AgencyContext): Promise<ObservationRecord[]> {
    return ctx.loaders.observations.load({ measureId: m.id, filter: toFilter(ctx, args) });
  }

  @FieldResolver(() => FigureCompleteness)
  completeness(@Root() m: MeasureRecord, @Args() args: CompletenessArgs, @Ctx() ctx: AgencyContext): Promise<CompletenessRecord> {
    return resolveCompleteness(m, args, ctx);
  }

  @FieldResolver(() => Observation, { nullable: true })
  latest(@Root() m: MeasureRecord, @Args() args: LatestArgs, @Ctx() ctx: AgencyContext): Promise<ObservationRecord | null> {
    return ctx.loaders.latest.load({ measureId: m.id, filter: toFilter(ctx, args) });
  }
}

@Resolver(() => Observation)
export class ObservationRevisionsResolver {
  @FieldResolver(() => [ObservationRevision])
  revisions(@Root() o: ObservationRecord, @Ctx() ctx: AgencyContext): Promise<RevisionRecord[]> {
    return ctx.loaders.revisions.load({ measureId: o.measureId, areaCode: o.area.code, periodCode: o.period.code });
  }
}

/** The agency's concrete measure type (e.g. ProbationMeasure), an entity keyed by id. */
export function defineMeasureType(manifest: AgencyManifest): Function {
  @Directive('@key(fields: "id")')
  @ObjectType(manifest.measureType!, {
    implements: HeadlineMeasure,
    description: SHARED_DESCRIPTIONS.measureType(manifest.name),
  })
  class AgencyMeasure extends HeadlineMeasure {}
  return AgencyMeasure;
}

export async function buildAgencySchema(manifest: AgencyManifest): Promise<FederatedSchema> {
  if (!manifest.measureType) throw new Error(`subgraph.json of ${manifest.name} has no measureType`);
  const measureType = defineMeasureType(manifest);
  const writes = defineAgencyWriteResolver(manifest, measureType);
  return buildFederatedSchema(
    { resolvers: [HeadlineMeasureResolver, ObservationRevisionsResolver, ObservationStatisticsResolver, writes, ...figureResolvers(HeadlineMeasure)] as [Function, ...Function[]], orphanedTypes: [measureType] },
    {
      [manifest.measureType]: {
        __resolveReference: (ref: { id: string }, ctx: AgencyContext) => ctx.loaders.measure.load(ref.id),
      },
    },
  );
}
