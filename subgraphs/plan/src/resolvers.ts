import { Kind, type GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { comparePeriods, parsePeriod, unknown, type AreaIndex, type Viewer } from '@hub/common/platform';
import type { AgencyEntry } from './catalogue/agencies';
import type { PlanLoaders } from './loaders';
import type { CatalogueRow, GoalRow, GoalWordingRow, PlanRepository, ProgressReportRowData } from './repository';
import {
  Action,
  Agency,
  Area,
  CatalogueEntry,
  Forum,
  Goal,
  GoalDisposition,
  GoalStatus,
  GoalWording,
  HeadlineMeasure,
  Partnership,
  Pathway,
  Plan,
  PlanPathway,
  PlanPriorityGroup,
  Principle,
  PriorityGroup,
  ProgressReport,
  Refresh,
  type MeasureRefValue,
} from './types';
import type { PlanWrites } from './writes';

export interface PlanContext {
  /** The verified person or system making the request. */
  viewer: Viewer;
  loaders: PlanLoaders;
  repo: PlanRepository;
  /** The secretariat's changes (mutations), one transaction each. */
  writes: PlanWrites;
  areas: AreaIndex;
  agencies: ReadonlyMap<string, AgencyEntry>;
}

/** Loads a row or throws an error naming the argument and the unknown value. */
async function must<T>(row: Promise<T | null>, thing: string, argument: string, value: string): Promise<T> {
  const found = await row;
  if (!found) throw unknown(thing, argument, value);
  return found;
}

/** True when the field's selection is only `id` (and `__typename`), without fragments or directives. */
function onlyId(info: GraphQLResolveInfo): boolean {
  return info.fieldNodes.every((n) =>
    (n.selectionSet?.selections ?? []).every(
      (s) => s.kind === Kind.FIELD && !s.directives?.length && (s.name.value === 'id' || s.name.value === '__typename'),
    ),
  );
}

/** Catalogue rows -> one reference per distinct measure, typed by the owning agency's measure type. */
export function measureRefs(ctx: PlanContext, rows: readonly CatalogueRow[]): MeasureRefValue[] {
  const seen = new Set<string>();
  const out: MeasureRefValue[] = [];
  for (const r of rows) {
    if (seen.has(r.measureId)) continue;
    seen.add(r.measureId);
    const agency = ctx.agencies.get(r.agencyKey);
    if (agency) out.push({ __typename: agency.measureType, id: r.measureId });
  }
  return out;
}

/** A stored progress report -> the GraphQL shape (sections' optional parts made explicit). */
function progressReport(r: ProgressReportRowData): ProgressReport {
  return {
    ...r,
    dataDates: r.dataDates as ProgressReport['dataDates'],
    statusKey: r.statusKey as ProgressReport['statusKey'],
    provenance: r.provenance as ProgressReport['provenance'],
    sections: r.sections.map((s) => ({
      number: s.number,
      heading: s.heading,
      pathwayId: s.pathway ?? null,
      introduction: s.introduction ?? [],
      columns: s.columns,
      rows: s.rows.map((row) => ({ measureId: row.measure, area: row.area, label: row.label, subheading: row.subheading ?? null })),
      source: s.source ?? null,
      notes: s.notes,
    })),
  };
}

const byPlan = <T extends { planId: string }>(rows: T[], planId?: string | null) =>
  planId ? rows.filter((r) => r.planId === planId) : rows;

@Resolver()
export class PlanQueries {
  @Query(() => [Partnership], { description: 'Every partnership in the hub.' })
  partnerships(@Ctx() ctx: PlanContext) {
    return ctx.repo.all('partnership');
  }

  @Query(() => Partnership, { description: 'One partnership by id; an unknown id is an error.' })
  partnership(@Arg('id', () => ID) id: string, @Ctx() ctx: PlanContext) {
    return must(ctx.loaders.partnership.load(id), 'partnership', 'id', id);
  }

  @Query(() => [Plan], { description: 'Plans, oldest first; optionally those of one partnership.' })
  async plans(@Arg('partnership', () => ID, { nullable: true }) partnership: string | null, @Ctx() ctx: PlanContext) {
    if (!partnership) return ctx.repo.all('plan');
    await must(ctx.loaders.partnership.load(partnership), 'partnership', 'partnership', partnership);
    return ctx.loaders.plansByPartnership.load(partnership);
  }

  @Query(() => Plan, { description: "One plan by id (e.g. 'km-2012-2015'); an unknown id is an error." })
  plan(@Arg('id', () => ID) id: string, @Ctx() ctx: PlanContext) {
    return must(ctx.loaders.plan.load(id), 'plan', 'id', id);
  }

  @Query(() => [Pathway], { description: 'Every pathway (criminogenic need) any plan uses.' })
  pathways(@Ctx() ctx: PlanContext) {
    return ctx.repo.all('pathway');
  }

  @Query(() => Pathway, { description: "One pathway by id (e.g. 'accommodation'); an unknown id is an error." })
  pathway(@Arg('id', () => ID) id: string, @Ctx() ctx: PlanContext) {
    return must(ctx.loaders.pathway.load(id), 'pathway', 'id', id);
  }

  @Query(() => [PriorityGroup], { description: 'Every priority group any plan names.' })
  priorityGroups(@Ctx() ctx: PlanContext) {
    return ctx.repo.all('priority_group');
  }

  @Query(() => PriorityGroup, { description: "One priority group by id (e.g. 'iom'); an unknown id is an error." })
  priorityGroup(@Arg('id', () => ID) id: string, @Ctx() ctx: PlanContext) {
    return must(ctx.loaders.priorityGroup.load(id), 'priority group', 'id', id);
  }

  @Query(() => [Forum], { description: 'Every forum, board and panel the plans name.' })
  forums(@Ctx() ctx: PlanContext) {
    return ctx.repo.all('forum');
  }

  @Query(() => [Area], { description: 'Areas, widest first; `kind` filters (e.g. DISTRICT).' })
  areas(@Arg('kind', () => String, { nullable: true }) kind: string | null, @Ctx() ctx: PlanContext) {
    return ctx.areas.all().filter((a) => !kind || a.kind === kind);
  }

  @Query(() => Area, { description: "One area by code (e.g. 'kent'); an unknown code is an error." })
  area(@Arg('code', () => ID) code: string, @Ctx() ctx: PlanContext) {
    return ctx.areas.require(code, 'code');
  }

  @Query(() => [Agency], { description: 'The partner agencies that publish headline measures.' })
  agencies(@Ctx() ctx: PlanContext) {
    return ctx.repo.all('agency');
  }

  @Query(() => HeadlineMeasure, { description: 'One headline measure by id, from whichever agency owns it; an unknown id is an error.' })
  async headlineMeasure(@Arg('id', () => ID) id: string, @Ctx() ctx: PlanContext) {
    const rows = await ctx.loaders.catalogueByMeasure.load(id);
    if (rows.length === 0) throw unknown('headline measure', 'id', id);
    return measureRefs(ctx, rows)[0];
  }

  @Query(() => [HeadlineMeasure], {
    nullable: 'items',
    description:
      'Headline measures in the catalogue, from every agency; each argument narrows the list and an unknown value is an error. An item is null when the subgraph of its agency cannot answer; the errors name the agency.',
  })
  async headlineMeasures(
    @Arg('agency', () => ID, { nullable: true, description: "Only this agency's measures (e.g. 'police')." }) agency: string | null,
    @Arg('plan', () => ID, { nullable: true, description: 'Only measures this plan uses.' }) plan: string | null,
    @Arg('pathway', () => ID, { nullable: true, description: 'Only measures of this pathway.' }) pathway: string | null,
    @Arg('priorityGroup', () => ID, { nullable: true, description: 'Only measures of this priority group.' }) priorityGroup: string | null,
    @Ctx() ctx: PlanContext,
  ) {
    if (agency && !ctx.agencies.has(agency)) throw unknown('agency', 'agency', agency, [...ctx.agencies.keys()]);
    if (plan) await must(ctx.loaders.plan.load(plan), 'plan', 'plan', plan);
    if (pathway) await must(ctx.loaders.pathway.load(pathway), 'pathway', 'pathway', pathway);
    if (priorityGroup) await must(ctx.loaders.priorityGroup.load(priorityGroup), 'priority group', 'priorityGroup', priorityGroup);
    const rows = agency
      ? await ctx.loaders.catalogueByAgency.load(agency)
      : plan
        ? await ctx.loaders.catalogueByPlan.load(plan)
        : await ctx.repo.all<CatalogueRow>('catalogue_entry');
    return measureRefs(
      ctx,
      rows.filter(
        (r) =>
          (!plan || r.planId === plan) && (!pathway || r.pathwayId === pathway) && (!priorityGroup || r.priorityGroupId === priorityGroup),
      ),
    );
  }

  @Query(() => Goal, { description: 'One goal by id; an unknown id is an error.' })
  goal(@Arg('id', () => ID) id: string, @Ctx() ctx: PlanContext) {
    return must(ctx.loaders.goal.load(id), 'goal', 'id', id);
  }
}

@Resolver(() => Partnership)
export class PartnershipResolver {
  @FieldResolver(() => Area, { description: 'The area the partnership covers.' })
  area(@Root() p: Partnership, @Ctx() ctx: PlanContext) {
    return ctx.areas.get(p.areaCode);
  }
  @FieldResolver(() => [Plan], { description: "The partnership's plans, oldest first (none for a partnership without a local strategy)." })
  plans(@Root() p: Partnership, @Ctx() ctx: PlanContext) {
    return ctx.loaders.plansByPartnership.load(p.id);
  }
  @FieldResolver(() => [Forum], { description: "The partnership's own forums." })
  forums(@Root() p: Partnership, @Ctx() ctx: PlanContext) {
    return ctx.loaders.forumsByPartnership.load(p.id);
  }
}

@Resolver(() => Plan)
export class PlanResolver {
  @FieldResolver(() => Partnership, { description: 'The partnership that keeps the plan.' })
  partnership(@Root() p: Plan, @Ctx() ctx: PlanContext) {
    return ctx.loaders.partnership.load(p.partnershipId);
  }
  @FieldResolver(() => [Principle], { description: 'Strategic principles, in order.' })
  principles(@Root() p: Plan, @Ctx() ctx: PlanContext) {
    return ctx.loaders.principlesByPlan.load(p.id);
  }
  @FieldResolver(() => [Refresh], { description: 'Refreshes of the plan (annual stock takes), oldest first.' })
  refreshes(@Root() p: Plan, @Ctx() ctx: PlanContext) {
    return ctx.loaders.refreshesByPlan.load(p.id);
  }
  @FieldResolver(() => [PlanPathway], { description: 'Pathways the plan takes up, in its order.' })
  async pathways(
    @Root() p: Plan,
    @Arg('priorityOnly', { defaultValue: false, description: 'Only the multi-agency priority interventions.' }) priorityOnly: boolean,
    @Ctx() ctx: PlanContext,
  ) {
    const rows = await ctx.loaders.planPathwaysByPlan.load(p.id);
    return priorityOnly ? rows.filter((r) => r.priorityIntervention) : rows;
  }
  @FieldResolver(() => [PlanPriorityGroup], { description: 'Priority groups the plan targets or names as related.' })
  priorityGroups(@Root() p: Plan, @Ctx() ctx: PlanContext) {
    return ctx.loaders.planPriorityGroupsByPlan.load(p.id);
  }
  @FieldResolver(() => [Goal], { description: 'Goals of the plan, including those proposed at refreshes.' })
  goals(@Root() p: Plan, @Ctx() ctx: PlanContext) {
    return ctx.loaders.goalsByPlan.load(p.id);
  }
  @FieldResolver(() => [Action], { description: 'Rows of the action plan.' })
  actions(@Root() p: Plan, @Ctx() ctx: PlanContext) {
    return ctx.loaders.actionsByPlan.load(p.id);
  }
  @FieldResolver(() => [ProgressReport], {
    description:
      "The plan's progress reports as the board published them (their wording, layout, authors and data dates), oldest year first.",
  })
  async progressReports(@Root() p: Plan, @Ctx() ctx: PlanContext) {
    return (await ctx.loaders.progressReportsByPlan.load(p.id)).map(progressReport);
  }
  @FieldResolver(() => [HeadlineMeasure], {
    nullable: 'items',
    description:
      'Every headline measure the plan uses, from every agency. An item is null when the subgraph of its agency cannot answer; the errors name the agency.',
  })
  async headlineMeasures(
    @Root() p: Plan,
    @Arg('basketOnly', {
      defaultValue: false,
      description: 'Only plan-level measures (the basket of measures), not tied to a pathway or priority group.',
    })
    basketOnly: boolean,
    @Ctx() ctx: PlanContext,
  ) {
    const rows = await ctx.loaders.catalogueByPlan.load(p.id);
    return measureRefs(ctx, basketOnly ? rows.filter((r) => !r.pathwayId && !r.priorityGroupId) : rows);
  }
}

@Resolver(() => Refresh)
export class RefreshResolver {
  @FieldResolver(() => Plan, { description: 'The plan refreshed.' })
  plan(@Root() r: Refresh, @Ctx() ctx: PlanContext) {
    return ctx.loaders.plan.load(r.planId);
  }
  @FieldResolver(() => [PlanPathway], { description: 'Pathways the refresh added to the plan.' })
  async addedPathways(@Root() r: Refresh, @Ctx() ctx: PlanContext) {
    return (await ctx.loaders.planPathwaysByPlan.load(r.planId)).filter((pp) => pp.addedByRefreshId === r.id);
  }
  @FieldResolver(() => [Goal], { description: 'New goals proposed at the refresh.' })
  async proposedGoals(@Root() r: Refresh, @Ctx() ctx: PlanContext) {
    return (await ctx.loaders.goalsByPlan.load(r.planId)).filter((g) => g.proposedAtRefreshId === r.id);
  }
}

async function goalsFor(ctx: PlanContext, planId: string, match: (g: GoalRow) => boolean) {
  return (await ctx.loaders.goalsByPlan.load(planId)).filter(match);
}

@Resolver(() => PlanPathway)
export class PlanPathwayResolver {
  @FieldResolver(() => Pathway, { description: 'The standard pathway.' })
  pathway(@Root() pp: PlanPathway, @Ctx() ctx: PlanContext, @Info() info: GraphQLResolveInfo) {
    // Asked only for its id (a scorecard's `pathway { id }`): the row is not read; the foreign key guarantees it exists.
    if (onlyId(info)) return { id: pp.pathwayId };
    return ctx.loaders.pathway.load(pp.pathwayId);
  }
  @FieldResolver(() => Plan, { description: 'The plan.' })
  plan(@Root() pp: PlanPathway, @Ctx() ctx: PlanContext) {
    return ctx.loaders.plan.load(pp.planId);
  }
  @FieldResolver(() => [Forum], { description: 'Coordinating forums for the pathway in this plan.' })
  async forums(@Root() pp: PlanPathway, @Ctx() ctx: PlanContext) {
    return (await ctx.loaders.forum.loadMany(pp.forumIds)).filter((f) => f && !(f instanceof Error));
  }
  @FieldResolver(() => Refresh, {
    nullable: true,
    description: 'The refresh that added the pathway; null when it was in the plan from the start.',
  })
  addedBy(@Root() pp: PlanPathway, @Ctx() ctx: PlanContext) {
    return pp.addedByRefreshId ? ctx.loaders.refresh.load(pp.addedByRefreshId) : null;
  }
  @FieldResolver(() => [Goal], { description: 'Goals of the plan for this pathway.' })
  goals(@Root() pp: PlanPathway, @Ctx() ctx: PlanContext) {
    return goalsFor(ctx, pp.planId, (g) => g.pathwayId === pp.pathwayId);
  }
  @FieldResolver(() => [Action], { description: 'Actions of the plan for this pathway.' })
  async actions(@Root() pp: PlanPathway, @Ctx() ctx: PlanContext) {
    return (await ctx.loaders.actionsByPlan.load(pp.planId)).filter((a) => a.pathwayId === pp.pathwayId);
  }
  @FieldResolver(() => [HeadlineMeasure], {
    nullable: 'items',
    description:
      "The pathway's headline measures in this plan, from every agency that owns one. An item is null when the subgraph of its agency cannot answer; the errors name the agency.",
  })
  async headlineMeasures(@Root() pp: PlanPathway, @Ctx() ctx: PlanContext) {
    return measureRefs(
      ctx,
      (await ctx.loaders.catalogueByPlan.load(pp.planId)).filter((r) => r.pathwayId === pp.pathwayId),
    );
  }
}

@Resolver(() => PlanPriorityGroup)
export class PlanPriorityGroupResolver {
  @FieldResolver(() => PriorityGroup, { description: 'The standard priority group.' })
  priorityGroup(@Root() pg: PlanPriorityGroup, @Ctx() ctx: PlanContext) {
    return ctx.loaders.priorityGroup.load(pg.priorityGroupId);
  }
  @FieldResolver(() => Plan, { description: 'The plan.' })
  plan(@Root() pg: PlanPriorityGroup, @Ctx() ctx: PlanContext) {
    return ctx.loaders.plan.load(pg.planId);
  }
  @FieldResolver(() => [Forum], { description: 'Governance forums for the group in this plan.' })
  async forums(@Root() pg: PlanPriorityGroup, @Ctx() ctx: PlanContext) {
    return (await ctx.loaders.forum.loadMany(pg.forumIds)).filter((f) => f && !(f instanceof Error));
  }
  @FieldResolver(() => Refresh, {
    nullable: true,
    description: 'The refresh that added the group; null when it was in the plan from the start.',
  })
  addedBy(@Root() pg: PlanPriorityGroup, @Ctx() ctx: PlanContext) {
    return pg.addedByRefreshId ? ctx.loaders.refresh.load(pg.addedByRefreshId) : null;
  }
  @FieldResolver(() => [Goal], { description: 'Goals of the plan for this group.' })
  goals(@Root() pg: PlanPriorityGroup, @Ctx() ctx: PlanContext) {
    return goalsFor(ctx, pg.planId, (g) => g.priorityGroupId === pg.priorityGroupId);
  }
  @FieldResolver(() => [Action], { description: 'Actions of the plan for this group.' })
  async actions(@Root() pg: PlanPriorityGroup, @Ctx() ctx: PlanContext) {
    return (await ctx.loaders.actionsByPlan.load(pg.planId)).filter((a) => a.priorityGroupId === pg.priorityGroupId);
  }
  @FieldResolver(() => [HeadlineMeasure], {
    nullable: 'items',
    description:
      "The group's headline measures in this plan, from every agency that owns one. An item is null when the subgraph of its agency cannot answer; the errors name the agency.",
  })
  async headlineMeasures(@Root() pg: PlanPriorityGroup, @Ctx() ctx: PlanContext) {
    return measureRefs(
      ctx,
      (await ctx.loaders.catalogueByPlan.load(pg.planId)).filter((r) => r.priorityGroupId === pg.priorityGroupId),
    );
  }
}

@Resolver(() => Pathway)
export class PathwayResolver {
  @FieldResolver(() => [PlanPathway], { description: 'How each plan takes up this pathway.' })
  plans(@Root() p: Pathway, @Ctx() ctx: PlanContext) {
    return ctx.loaders.planPathwaysByPathway.load(p.id);
  }
  @FieldResolver(() => [HeadlineMeasure], {
    nullable: 'items',
    description:
      'Headline measures of this pathway, from every agency; optionally in one plan. An item is null when the subgraph of its agency cannot answer; the errors name the agency.',
  })
  async headlineMeasures(@Root() p: Pathway, @Arg('plan', () => ID, { nullable: true }) plan: string | null, @Ctx() ctx: PlanContext) {
    if (plan) await must(ctx.loaders.plan.load(plan), 'plan', 'plan', plan);
    return measureRefs(ctx, byPlan(await ctx.loaders.catalogueByPathway.load(p.id), plan));
  }
}

@Resolver(() => PriorityGroup)
export class PriorityGroupResolver {
  @FieldResolver(() => [PlanPriorityGroup], { description: 'How each plan takes up this group.' })
  plans(@Root() g: PriorityGroup, @Ctx() ctx: PlanContext) {
    return ctx.loaders.planPriorityGroupsByGroup.load(g.id);
  }
  @FieldResolver(() => [HeadlineMeasure], {
    nullable: 'items',
    description:
      'Headline measures of this group, from every agency; optionally in one plan. An item is null when the subgraph of its agency cannot answer; the errors name the agency.',
  })
  async headlineMeasures(
    @Root() g: PriorityGroup,
    @Arg('plan', () => ID, { nullable: true }) plan: string | null,
    @Ctx() ctx: PlanContext,
  ) {
    if (plan) await must(ctx.loaders.plan.load(plan), 'plan', 'plan', plan);
    return measureRefs(ctx, byPlan(await ctx.loaders.catalogueByPriorityGroup.load(g.id), plan));
  }
}

@Resolver(() => Forum)
export class ForumResolver {
  @FieldResolver(() => Partnership, { nullable: true, description: 'The partnership the forum belongs to, when it is local.' })
  partnership(@Root() f: Forum, @Ctx() ctx: PlanContext) {
    return f.partnershipId ? ctx.loaders.partnership.load(f.partnershipId) : null;
  }
}

@Resolver(() => Goal)
export class GoalResolver {
  @FieldResolver(() => Plan, { description: 'The plan the goal belongs to.' })
  plan(@Root() g: Goal, @Ctx() ctx: PlanContext) {
    return ctx.loaders.plan.load(g.planId);
  }
  @FieldResolver(() => Pathway, { nullable: true, description: 'The pathway the goal serves, if any.' })
  pathway(@Root() g: Goal, @Ctx() ctx: PlanContext) {
    return g.pathwayId ? ctx.loaders.pathway.load(g.pathwayId) : null;
  }
  @FieldResolver(() => PriorityGroup, { nullable: true, description: 'The priority group the goal serves, if any.' })
  priorityGroup(@Root() g: Goal, @Ctx() ctx: PlanContext) {
    return g.priorityGroupId ? ctx.loaders.priorityGroup.load(g.priorityGroupId) : null;
  }
  @FieldResolver(() => Refresh, { nullable: true, description: 'The refresh that proposed the goal; null for goals in the original plan.' })
  proposedAt(@Root() g: Goal, @Ctx() ctx: PlanContext) {
    return g.proposedAtRefreshId ? ctx.loaders.refresh.load(g.proposedAtRefreshId) : null;
  }
  @FieldResolver(() => [GoalStatus], { description: 'RAG status and update per period, oldest first.' })
  async statuses(@Root() g: Goal, @Ctx() ctx: PlanContext) {
    const rows = await ctx.loaders.goalStatusesByGoal.load(g.id);
    return rows.map((r) => ({ ...r, period: parsePeriod(r.periodCode) })).sort((a, b) => comparePeriods(a.period, b.period));
  }
  @FieldResolver(() => [GoalDisposition], { description: 'What each refresh decided about the goal.' })
  dispositions(@Root() g: Goal, @Ctx() ctx: PlanContext) {
    return ctx.loaders.goalDispositionsByGoal.load(g.id);
  }
  @FieldResolver(() => String, {
    description: 'The wording in force: the newest amendment (by the secretariat or at a refresh), else the original text.',
  })
  async currentWording(@Root() g: Goal, @Ctx() ctx: PlanContext) {
    const amendments = await ctx.loaders.goalWordingsByGoal.load(g.id);
    return amendments.length ? amendments[amendments.length - 1].wording : g.text;
  }
  @FieldResolver(() => [GoalWording], {
    description:
      "Every amendment of the goal's wording, oldest first, each with the wording it replaced; empty when the goal is as originally worded.",
  })
  async wordingHistory(@Root() g: Goal, @Ctx() ctx: PlanContext): Promise<Array<GoalWordingRow & { previousWording: string }>> {
    const amendments = await ctx.loaders.goalWordingsByGoal.load(g.id);
    return amendments.map((w, i) => ({ ...w, previousWording: i === 0 ? g.text : amendments[i - 1].wording }));
  }
}

@Resolver(() => GoalWording)
export class GoalWordingResolver {
  @FieldResolver(() => Refresh, {
    nullable: true,
    description: 'The refresh whose AMENDED disposition made the amendment; null when the secretariat amended the wording directly.',
  })
  refresh(@Root() w: GoalWording, @Ctx() ctx: PlanContext) {
    return w.refreshId ? ctx.loaders.refresh.load(w.refreshId) : null;
  }
}

@Resolver(() => GoalDisposition)
export class GoalDispositionResolver {
  @FieldResolver(() => Refresh, { description: 'The refresh that decided it.' })
  refresh(@Root() d: GoalDisposition, @Ctx() ctx: PlanContext) {
    return ctx.loaders.refresh.load(d.refreshId);
  }
}

@Resolver(() => Action)
export class ActionResolver {
  @FieldResolver(() => Plan, { description: 'The plan the action belongs to.' })
  plan(@Root() a: Action, @Ctx() ctx: PlanContext) {
    return ctx.loaders.plan.load(a.planId);
  }
  @FieldResolver(() => Pathway, { nullable: true, description: 'The pathway the action serves, if any.' })
  pathway(@Root() a: Action, @Ctx() ctx: PlanContext) {
    return a.pathwayId ? ctx.loaders.pathway.load(a.pathwayId) : null;
  }
  @FieldResolver(() => PriorityGroup, { nullable: true, description: 'The priority group the action serves, if any.' })
  priorityGroup(@Root() a: Action, @Ctx() ctx: PlanContext) {
    return a.priorityGroupId ? ctx.loaders.priorityGroup.load(a.priorityGroupId) : null;
  }
}

@Resolver(() => CatalogueEntry)
export class CatalogueEntryResolver {
  @FieldResolver(() => Plan, { description: 'The plan that uses the measure.' })
  plan(@Root() c: CatalogueEntry, @Ctx() ctx: PlanContext) {
    return ctx.loaders.plan.load(c.planId);
  }
  @FieldResolver(() => Pathway, { nullable: true, description: 'The pathway it measures in that plan, if any.' })
  pathway(@Root() c: CatalogueEntry, @Ctx() ctx: PlanContext) {
    return c.pathwayId ? ctx.loaders.pathway.load(c.pathwayId) : null;
  }
  @FieldResolver(() => PriorityGroup, { nullable: true, description: 'The priority group it measures in that plan, if any.' })
  priorityGroup(@Root() c: CatalogueEntry, @Ctx() ctx: PlanContext) {
    return c.priorityGroupId ? ctx.loaders.priorityGroup.load(c.priorityGroupId) : null;
  }
  @FieldResolver(() => Agency, { description: 'The agency that owns the measure.' })
  agency(@Root() c: CatalogueEntry, @Ctx() ctx: PlanContext) {
    return ctx.loaders.agency.load(c.agencyKey);
  }
  @FieldResolver(() => HeadlineMeasure, {
    nullable: true,
    description: 'The measure, with its figures from the agency that owns it; null if the agency is not in the hub.',
  })
  measure(@Root() c: CatalogueEntry, @Ctx() ctx: PlanContext) {
    return measureRefs(ctx, [c])[0] ?? null;
  }
}

@Resolver(() => HeadlineMeasure)
export class HeadlineMeasureUsageResolver {
  @FieldResolver(() => [CatalogueEntry])
  usedIn(@Root() m: MeasureRefValue, @Ctx() ctx: PlanContext) {
    return ctx.loaders.catalogueByMeasure.load(m.id);
  }
}

@Resolver(() => Agency)
export class AgencyResolver {
  @FieldResolver(() => [HeadlineMeasure], {
    nullable: 'items',
    description:
      "The agency's headline measures in the catalogue. An item is null when the subgraph of its agency cannot answer; the errors name the agency.",
  })
  async measures(@Root() a: Agency, @Ctx() ctx: PlanContext) {
    return measureRefs(ctx, await ctx.loaders.catalogueByAgency.load(a.key));
  }
}

@Resolver(() => Area)
export class AreaResolver {
  @FieldResolver(() => Area, { nullable: true, description: 'The area this one nests in (Kent -> Kent and Medway).' })
  parent(@Root() a: Area, @Ctx() ctx: PlanContext) {
    return a.parentCode ? ctx.areas.get(a.parentCode) : null;
  }
  @FieldResolver(() => [Area], { description: 'Areas nested directly in this one (Kent and Medway -> Kent, Medway).' })
  children(@Root() a: Area, @Ctx() ctx: PlanContext) {
    return ctx.areas.childrenOf(a.code);
  }
}

export const PLAN_RESOLVERS = [
  PlanQueries,
  PartnershipResolver,
  PlanResolver,
  RefreshResolver,
  PlanPathwayResolver,
  PlanPriorityGroupResolver,
  PathwayResolver,
  PriorityGroupResolver,
  ForumResolver,
  GoalResolver,
  GoalWordingResolver,
  GoalDispositionResolver,
  ActionResolver,
  CatalogueEntryResolver,
  HeadlineMeasureUsageResolver,
  AgencyResolver,
  AreaResolver,
] as const;
