/**
 * HeadlineMeasure.figures: a measure's figures across areas and periods, filtered, sorted and paged with
 * opaque cursors (Relay connection). Cross-agency selection (pathway, agency, plan, priority group) is the plan
 * subgraph's catalogue: `headlineMeasures(pathway: "accommodation") { name figures(filter: ...) { ... } }`.
 */
import { Arg, Ctx, Directive, Field, FieldResolver, ID, InputType, Int, ObjectType, registerEnumType, Resolver, Root } from 'type-graphql';
import { badInput } from '../errors';
import { ObservationStatus, PeriodKind } from '../contract/enums';
import { Observation } from '../contract/types';
import { parsePeriod, PeriodParseError } from '../reference/periods';
import type { FigureRecord } from './figure-loaders';
import {
  decodeCursor,
  DEFAULT_ORDER,
  encodeCursor,
  MAX_PAGE,
  type FigureOrderSpec,
  type FigurePageQuery,
  type FigureSqlFilter,
  type OrderDirection,
  type OrderField,
} from './figure-query';
import type { MeasureRecord } from './repository';
import type { AgencyContext } from './context';
import type { ClassType } from '../class-type';

export enum FigureOrderField {
  PERIOD = 'PERIOD',
  AREA = 'AREA',
  VALUE = 'VALUE',
}
registerEnumType(FigureOrderField, {
  name: 'FigureOrderField',
  description: 'What a list of figures can be sorted by.',
  valuesConfig: {
    PERIOD: { description: 'Period: by end date, then start date (latest start first), as periods sort everywhere in the hub.' },
    AREA: { description: 'Area code (alphabetical).' },
    VALUE: {
      description:
        'Value as the reader sees it; figures without a value (not yet available, ranges, suppressed) come last in either direction.',
    },
  },
});

export enum FigureOrderDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(FigureOrderDirection, {
  name: 'FigureOrderDirection',
  description: 'Sort direction.',
  valuesConfig: { ASC: { description: 'Smallest, earliest or A first.' }, DESC: { description: 'Largest, latest or Z first.' } },
});

@InputType('FigureOrder', {
  description:
    'One sort key of a list of figures. Ties are always broken by area code, then period code, so the order is stable across pages.',
})
export class FigureOrder {
  @Field(() => FigureOrderField, { description: 'What to sort by.' })
  field!: FigureOrderField;

  @Field(() => FigureOrderDirection, { defaultValue: FigureOrderDirection.ASC, description: 'Ascending (default) or descending.' })
  direction!: FigureOrderDirection;
}

@InputType('FigureFilter', {
  description:
    'Which figures of a measure to list. Every condition given must hold (they combine with AND); conditions left out do not filter. ' +
    'Flags filter what the reader sees: `suppressed: true` lists exactly the figures shown as suppressed to this reader.',
})
export class FigureFilter {
  @Field(() => ID, {
    nullable: true,
    description:
      "Only this area (e.g. 'kent'); with includeSubAreas, also every area nested in it at any depth. Unknown codes are an error.",
  })
  area?: string;

  @Field({
    defaultValue: false,
    description: "With `area`: also the areas nested in it at any depth (Kent and Medway -> Kent, Medway, Kent's districts).",
  })
  includeSubAreas!: boolean;

  @Field(() => ID, {
    nullable: true,
    description:
      "Only the areas nested DIRECTLY in this one (its children, not the area itself nor grandchildren): 'kent-and-medway' gives Kent and Medway, i.e. an area's peers. " +
      'For every descendant use `area` with `includeSubAreas: true` (which includes the area itself; add `areaKind` to leave it out).',
  })
  parentArea?: string;

  @Field(() => [String], {
    nullable: true,
    description:
      'Only areas of these kinds: COUNTRY, REGION, PARTNERSHIP_AREA, COUNTY, UNITARY_AUTHORITY, LONDON_BOROUGH, DISTRICT (as Area.kind). Unknown kinds are an error.',
  })
  areaKind?: string[];

  @Field({
    nullable: true,
    description:
      "Only periods that start on or after the start of this period (a canonical code such as '2011-12' or '2012-13 Q1', or a printed form).",
  })
  from?: string;

  @Field({ nullable: true, description: "Only periods that end on or before the end of this period (e.g. '2014-15')." })
  to?: string;

  @Field(() => [PeriodKind], { nullable: true, description: 'Only periods of these kinds (e.g. [FINANCIAL_QUARTER]).' })
  periodKind?: PeriodKind[];

  @Field({ nullable: true, description: 'true: only figures qualified as approximate; false: only exact ones.' })
  approximate?: boolean;

  @Field({ nullable: true, description: "true: only figures not yet available ('tbc'); false: only figures that exist." })
  notAvailable?: boolean;

  @Field({
    nullable: true,
    description: 'true: only figures disclosure control withholds from this reader; false: only figures shown in full.',
  })
  suppressed?: boolean;

  @Field(() => [ObservationStatus], { nullable: true, description: 'Only figures with one of these statuses (e.g. [PROVISIONAL]).' })
  status?: ObservationStatus[];

  @Field({
    nullable: true,
    description: "true: only unpublished drafts; false: only published figures. Only the agency's own editors and admins have drafts.",
  })
  draft?: boolean;
}

@Directive('@shareable')
@ObjectType('FigureEdge', { description: 'One figure of a list, with the cursor that marks its place.' })
export class FigureEdge {
  @Field({ description: 'Opaque cursor: pass it as `after` to get the figures that follow this one in the same order.' })
  cursor!: string;

  @Field(() => Observation, { description: 'The figure.' })
  node!: Observation;
}

@Directive('@shareable')
@ObjectType('PageInfo', { description: 'Where a page sits in a longer list (Relay cursor connections).' })
export class PageInfo {
  @Field({ description: 'True when more figures follow this page: ask again with `after: endCursor`.' })
  hasNextPage!: boolean;

  @Field({ description: 'True when this page was asked for with `after` (figures came before it).' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first figure of the page; null for an empty page.' })
  startCursor!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the last figure of the page; pass it as `after` for the next page. Null for an empty page.',
  })
  endCursor!: string | null;
}

@Directive('@shareable')
@ObjectType('FigureConnection', { description: "A page of a measure's figures, in the asked order, with where it sits in the whole list." })
export class FigureConnection {
  @Field(() => [FigureEdge], { description: 'The figures of this page, in order.' })
  edges!: FigureEdge[];

  @Field(() => PageInfo, { description: 'Whether more figures follow, and the cursor to get them.' })
  pageInfo!: PageInfo;

  @Field(() => Int, {
    description:
      'How many figures the whole list has (every page), as this reader sees them. Costs one extra SQL statement per batch: ask only when needed.',
  })
  totalCount!: number;
}

interface ConnectionRecord {
  edges: Array<{ cursor: string; node: FigureRecord }>;
  pageInfo: PageInfo;
  measureId: string;
  filter: FigureSqlFilter;
}

const KNOWN_AREA_KINDS = ['COUNTRY', 'REGION', 'PARTNERSHIP_AREA', 'COUNTY', 'UNITARY_AUTHORITY', 'LONDON_BOROUGH', 'DISTRICT'];

/** The GraphQL filter -> area codes and ISO dates, with named errors for unknown areas, kinds and periods. */
export function toFigureFilter(ctx: AgencyContext, f: FigureFilter | null | undefined): FigureSqlFilter {
  const out: FigureSqlFilter = {};
  if (!f) return out;
  let areas: string[] | undefined;
  if (f.area != null) {
    ctx.areas.require(f.area, 'filter.area');
    areas = f.includeSubAreas ? ctx.areas.withDescendants(f.area) : [f.area];
  }
  if (f.parentArea != null) {
    ctx.areas.require(f.parentArea, 'filter.parentArea');
    const children = ctx.areas.childrenOf(f.parentArea).map((a) => a.code);
    areas = areas ? areas.filter((c) => children.includes(c)) : children;
  }
  if (f.areaKind != null) {
    const known = new Set([...KNOWN_AREA_KINDS, ...ctx.areas.all().map((a) => a.kind)]);
    for (const k of f.areaKind) if (!known.has(k)) throw badInput('filter.areaKind', k, `Known area kinds: ${[...known].join(', ')}.`);
    const kinds = new Set(f.areaKind);
    areas = (areas ?? ctx.areas.all().map((a) => a.code)).filter((c) => kinds.has(ctx.areas.get(c)!.kind));
  }
  if (areas) out.areas = areas;
  for (const key of ['from', 'to'] as const) {
    const value = f[key];
    if (value == null) continue;
    try {
      const p = parsePeriod(value);
      out[key] = key === 'from' ? p.start : p.end;
    } catch (e) {
      if (e instanceof PeriodParseError) throw badInput(`filter.${key}`, value, e.message);
      throw e;
    }
  }
  if (f.periodKind != null) out.periodKinds = [...f.periodKind];
  if (f.status != null) out.statuses = [...f.status];
  for (const flag of ['approximate', 'notAvailable', 'suppressed', 'draft'] as const) if (f[flag] != null) out[flag] = f[flag];
  return out;
}

export function toOrder(orderBy: FigureOrder[] | null | undefined): FigureOrderSpec[] {
  if (!orderBy || orderBy.length === 0) return [...DEFAULT_ORDER];
  return orderBy.map((o) => ({ field: o.field as OrderField, direction: (o.direction ?? 'ASC') as OrderDirection }));
}

export function checkFirst(first: number): number {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE) {
    throw badInput('first', first, `Ask for 1 to ${MAX_PAGE} figures per page; page through longer lists with \`after\`.`);
  }
  return first;
}

let resolvers: ClassType[] | null = null;

/**
 * Declares `figures` on the agencies' HeadlineMeasure interface and returns its resolvers (created once: type-graphql
 * keeps decorator metadata globally). Called by buildAgencySchema.
 */
export function figureResolvers(headlineMeasure: ClassType): ClassType[] {
  if (resolvers) return resolvers;
  Field(() => FigureConnection, {
    description:
      "The measure's figures across areas and periods, filtered, sorted and paged with cursors (for long lists: every district, every quarter). " +
      'Disclosure control and drafts apply exactly as for `observations`. Default order: period, then area. ' +
      'To compare agencies, select the measures in the catalogue (`headlineMeasures(pathway: "accommodation")`, or by agency, plan or priority group) ' +
      'and ask each for its figures with the same arguments: they are fetched together, one database statement per agency.',
  })(headlineMeasure.prototype as object, 'figures');

  @Resolver(() => headlineMeasure)
  class HeadlineMeasureFiguresResolver {
    @FieldResolver(() => FigureConnection)
    async figures(
      @Root() m: MeasureRecord,
      @Ctx() ctx: AgencyContext,
      @Arg('filter', () => FigureFilter, { nullable: true, description: 'Which figures; all of them when left out.' })
      filter?: FigureFilter,
      @Arg('orderBy', () => [FigureOrder], {
        nullable: true,
        description: 'Sort keys in order of importance; default period then area, ascending.',
      })
      orderBy?: FigureOrder[],
      @Arg('first', () => Int, { defaultValue: 100, description: `How many figures per page, 1 to ${MAX_PAGE}.` }) first = 100,
      @Arg('after', () => String, { nullable: true, description: 'The endCursor of the previous page; the first page when left out.' })
      after?: string,
    ): Promise<ConnectionRecord> {
      const size = checkFirst(first);
      const sqlFilter = toFigureFilter(ctx, filter);
      const order = toOrder(orderBy);
      const raw = ctx.loaders.mode.raw;
      const query: FigurePageQuery = {
        filter: sqlFilter,
        order,
        after: after == null ? null : decodeCursor(ctx.cursorKey, after, order, raw),
        limit: size + 1,
      };
      const rows = await ctx.loaders.figures.page.load({ measureId: m.id, query });
      // A cursor costs a hash: it is made only when `cursor` is asked (a getter), and for the page's ends.
      const edges = rows.slice(0, size).map((node) => ({
        get cursor() {
          return encodeCursor(ctx.cursorKey, order, node.sortKey);
        },
        node,
      }));
      const last = edges.length > 0 ? rows[edges.length - 1] : undefined;
      return {
        edges,
        pageInfo: {
          hasNextPage: rows.length > size,
          hasPreviousPage: after != null,
          startCursor: edges.length > 0 ? encodeCursor(ctx.cursorKey, order, rows[0].sortKey) : null,
          endCursor: last ? encodeCursor(ctx.cursorKey, order, last.sortKey) : null,
        },
        measureId: m.id,
        filter: sqlFilter,
      };
    }
  }

  @Resolver(() => FigureConnection)
  class FigureConnectionResolver {
    @FieldResolver(() => Int)
    totalCount(@Root() c: ConnectionRecord, @Ctx() ctx: AgencyContext): Promise<number> {
      return ctx.loaders.figures.count.load({ measureId: c.measureId, filter: c.filter });
    }
  }

  resolvers = [HeadlineMeasureFiguresResolver, FigureConnectionResolver];
  return resolvers;
}
