import { getArgumentValues } from 'graphql/execution/values';
import { Kind, type GraphQLObjectType, type GraphQLResolveInfo, type SelectionSetNode, type FieldNode } from 'graphql';
import { Args, ArgsType, Ctx, Directive, Field, FieldResolver, ID, Int, InterfaceType, ObjectType, Resolver, Root } from 'type-graphql';
import { badInput } from '../errors';
import { FigureKind, MeasureUnit, Polarity, RagRule } from '../contract/enums';
import {
  FigureCompleteness,
  MeasureTarget,
  Observation,
  ObservationRevision,
  SeriesVersion,
  SHARED_DESCRIPTIONS,
  withAreaType,
} from '../contract/types';
import { CompletenessArgs, ObservationStatisticsResolver, resolveCompleteness, resolveSeriesVersions } from './statistics-schema';
import type { CompletenessRecord } from './statistics';
import { buildFederatedSchemaSync, type FederatedSchema } from '../federation';
import { parsePeriod, PeriodParseError } from '../reference/periods';
import type { AgencyContext } from './context';
import type { AgencyManifest } from '../manifest';
import type { AgencyDefinition } from './definition';
import { figureResolvers } from './figures';
import type { MeasureRecord, ObservationFilter, ObservationRecord, RevisionRecord, SeriesVersionRecord } from './repository';
import { defineAgencyWriteResolver } from './write-schema';
import type { ClassType } from '../class-type';

@ArgsType()
export class ObservationArgs {
  @Field(() => ID, { nullable: true, description: "Only figures for this area code (e.g. 'kent'). Unknown codes are an error." })
  area?: string;

  @Field({
    defaultValue: false,
    description: 'With `area`: also include the areas nested in it (Kent and Medway -> Kent, Medway, districts).',
  })
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

  @Field({
    description:
      "Key of the agency subgraph that owns and publishes the measure (its name, e.g. 'police'; the list is the plan's agencies).",
  })
  agency!: string;

  @Field({
    description: 'The body that leads on the measure, as the source document names it (may be a body with no subgraph of its own).',
  })
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
    description:
      "The most recent available figure (not-yet-available figures are skipped); for the agency's own editors and admins, drafts count. " +
      'Null for a research finding (figureKind RESEARCH_FINDING): it is not a statistic of a series.',
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
      'Whether this measure has its figure for an area and a period (the data-completeness gap analysis), and if not, why: PUBLISHED, ESTIMATED ' +
      "('Approx.'), EXPECTED_RANGE, SUPPRESSED (for this reader), NOT_YET_AVAILABLE ('tbc'), NOT_YET_DUE (publication lag), NOT_APPLICABLE (the " +
      'measure is not defined for the area) or MISSING, with the figure when there is one. See the period argument for which figure counts.',
  })
  completeness!: FigureCompleteness;

  @Field(() => FigureKind, {
    description:
      'The kind of figure the measure publishes (a rate, a count of events, the numerator of a rate, a snapshot count, a capacity, an approximate ' +
      'figure, a money estimate, a relative difference, a research finding). It decides whether an interval, a change test and a RAG apply.',
  })
  figureKind!: FigureKind;

  @Field(() => ID, {
    nullable: true,
    description: 'For a RATE_NUMERATOR count: the id of the rate measure it is the numerator of, which is rated instead of it.',
  })
  rateMeasureId!: string | null;

  @Field({
    description:
      "True when the denominator adds several snapshots of a caseload (NI18's 16,648 is four quarterly snapshots), so people are counted more than " +
      'once: no interval and no change test are computed on it.',
  })
  denominatorSummedSnapshots!: boolean;

  @Field(() => [ID], {
    nullable: true,
    description:
      "Area codes the measure is defined for (and the areas within them), e.g. ['kent'] for a Kent-only measure; null when it applies to any area.",
  })
  appliesTo!: string[] | null;

  @Field(() => Int, {
    nullable: true,
    description: 'About how many months after a period ends its figure is published (the publication lag); null when unknown.',
  })
  publicationLagMonths!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'For a research finding: the year the finding cites for itself; null when it cites none (or for other kinds).',
  })
  citedYear!: number | null;

  @Field(() => [SeriesVersion], {
    description: "The versions (methodologies) of the measure's series, oldest first; the last is the current one, unless closed.",
  })
  seriesVersions!: SeriesVersion[];
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

  @FieldResolver(() => [SeriesVersion])
  seriesVersions(@Root() m: MeasureRecord, @Ctx() ctx: AgencyContext): Promise<SeriesVersionRecord[]> {
    return resolveSeriesVersions(m, ctx);
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

/**
 * The filter of the `observations` field an entity fetch asks of the measures it resolves (the scorecard's
 * `_entities { ... on ProbationMeasure { observations(area:, from:, to:) } }`), or null when it asks none, asks
 * several with different arguments, or arguments that are invalid (the field resolver then reports them as before).
 */
function observationsAhead(info: GraphQLResolveInfo, typeName: string, ctx: AgencyContext): ObservationFilter | null {
  const nodes: FieldNode[] = [];
  const walk = (set: SelectionSetNode | undefined) => {
    for (const sel of set?.selections ?? []) {
      if (sel.kind === Kind.FIELD && sel.name.value === 'observations') nodes.push(sel);
      else if (sel.kind === Kind.INLINE_FRAGMENT) walk(sel.selectionSet);
      else if (sel.kind === Kind.FRAGMENT_SPREAD) walk(info.fragments[sel.name.value]?.selectionSet);
    }
  };
  for (const node of info.fieldNodes) walk(node.selectionSet);
  if (nodes.length === 0) return null;
  const field = (info.schema.getType(typeName) as GraphQLObjectType | undefined)?.getFields().observations;
  if (!field) return null;
  try {
    const filters = nodes.map((n) => toFilter(ctx, getArgumentValues(field, n, info.variableValues) as unknown as ObservationArgs));
    const key = JSON.stringify(filters[0]);
    return filters.every((f) => JSON.stringify(f) === key) ? filters[0] : null;
  } catch {
    return null;
  }
}

/**
 * Makes a class the agency's measure type (e.g. PoliceMeasure): an entity keyed by id that implements the
 * HeadlineMeasure contract. The class extends HeadlineMeasure and may declare fields of its own; field resolvers on it
 * go in the agency's `resolvers`. Name it in AgencyDefinition.measureType.
 *
 *   @AgencyMeasureType(manifest)
 *   export class PoliceMeasure extends HeadlineMeasure {}
 */
export function AgencyMeasureType(manifest: AgencyManifest): ClassDecorator {
  if (!manifest.measureType) throw new Error(`subgraph.json of ${manifest.name} has no measureType`);
  const objectType = ObjectType(manifest.measureType, {
    implements: HeadlineMeasure,
    description: SHARED_DESCRIPTIONS.measureType(manifest.name),
  });
  const key = Directive('@key(fields: "id")');
  return (target) => {
    objectType(target);
    key(target);
  };
}

/** The measure type of an agency that adds nothing to the contract. */
function defineMeasureType(manifest: AgencyManifest): ClassType {
  @AgencyMeasureType(manifest)
  class AgencyMeasure extends HeadlineMeasure {}
  return AgencyMeasure;
}

/** The kit's resolvers, the agency's own, its measure type and Area class -> the agency's subgraph schema and SDL. */
export async function buildAgencySchema(def: AgencyDefinition): Promise<FederatedSchema> {
  const { manifest } = def;
  if (!manifest.measureType) throw new Error(`subgraph.json of ${manifest.name} has no measureType`);
  const measureType = def.measureType ?? defineMeasureType(manifest);
  const writes = defineAgencyWriteResolver(manifest, measureType);
  const kit = [
    HeadlineMeasureResolver,
    ObservationRevisionsResolver,
    ObservationStatisticsResolver,
    writes,
    ...figureResolvers(HeadlineMeasure),
  ];
  const built = withAreaType(def.area, () =>
    buildFederatedSchemaSync(
      {
        resolvers: [...kit, ...(def.resolvers ?? [])] as [ClassType, ...ClassType[]],
        orphanedTypes: [measureType, ...(def.orphanedTypes ?? [])],
      },
      {
        ...Object.fromEntries(Object.entries(def.references ?? {}).map(([type, resolve]) => [type, { __resolveReference: resolve }])),
        [manifest.measureType!]: {
          __resolveReference: (ref: { id: string }, ctx: AgencyContext, info: GraphQLResolveInfo) => {
            const filter = observationsAhead(info, manifest.measureType!, ctx);
            return filter ? ctx.loaders.measureWithObservations.load({ measureId: ref.id, filter }) : ctx.loaders.measure.load(ref.id);
          },
        },
      },
    ),
  );
  if (!built.schema.getType(manifest.measureType)) {
    throw new Error(
      `The measureType of ${manifest.name} must be decorated with @AgencyMeasureType(manifest) (GraphQL name ${manifest.measureType})`,
    );
  }
  return built;
}
