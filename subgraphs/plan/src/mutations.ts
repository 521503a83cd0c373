import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { badInput, forbidden, requireSecretariat, type Viewer } from '@hub/common/platform';
import { CatalogueEntryInput, CreateActionInput, CreateGoalInput, CreateRefreshInput } from './inputs';
import { clearPlanLoaders } from './loaders';
import type { PlanContext } from './resolvers';
import { Action, CatalogueEntry, Disposition, Goal, GoalOutcome, PlanAuditEvent, PlanPathway, Rag, Refresh } from './types';

const MAX_AUDIT_EVENTS = 1000;

/**
 * Runs one change for the secretariat (or an admin): FORBIDDEN for anyone else before any argument is looked
 * at; then the write (one transaction, audited, in ./writes.ts); then the request's DataLoaders are cleared so
 * the returned object and everything read after it are fresh.
 */
async function change<T>(ctx: PlanContext, write: () => Promise<T>): Promise<T> {
  requireSecretariat(ctx.viewer);
  const result = await write();
  clearPlanLoaders(ctx.loaders);
  return result;
}

const canReadAudit = (v: Viewer) => v.role === 'secretariat' || v.role === 'admin';

/** The board secretariat's write side of the plan, and its audit trail. */
@Resolver()
export class PlanMutations {
  @Mutation(() => Goal, { description: 'Adds a goal to a plan (secretariat or admin only). Returns the new goal.' })
  createGoal(@Arg('input', () => CreateGoalInput, { description: 'The goal.' }) input: CreateGoalInput, @Ctx() ctx: PlanContext) {
    return change(ctx, () => ctx.writes.createGoal(ctx.viewer, input));
  }

  @Mutation(() => Goal, {
    description:
      "Amends a goal's wording (secretariat or admin only). The old wording is kept in wordingHistory; currentWording becomes the new one. Returns the goal.",
  })
  amendGoalWording(
    @Arg('goalId', () => ID, { description: 'The goal.' }) goalId: string,
    @Arg('wording', { description: 'The new wording.' }) wording: string,
    @Arg('reason', { description: 'Why the wording is amended (e.g. the board decision).' }) reason: string,
    @Ctx() ctx: PlanContext,
  ) {
    return change(ctx, () => ctx.writes.amendGoalWording(ctx.viewer, goalId, wording, reason));
  }

  @Mutation(() => Goal, {
    description:
      "Records a goal's RAG status and the update for a quarter or a year (secretariat or admin only), replacing any status for that period; records who set it and when. Returns the goal.",
  })
  setGoalStatus(
    @Arg('goalId', () => ID, { description: 'The goal.' }) goalId: string,
    @Arg('period', { description: "A financial quarter ('2013-14 Q1'), financial year ('2013-14') or calendar year ('2013')." })
    period: string,
    @Arg('rag', () => Rag, { description: 'Red, amber or green.' }) rag: Rag,
    @Arg('comment', { description: "The lead agency's progress update for the period." }) comment: string,
    @Arg('basis', () => String, {
      nullable: true,
      description:
        'How the status was decided; defaults to the basis already recorded for the period, else "Recorded by the board secretariat through the hub".',
    })
    basis: string | null,
    @Ctx() ctx: PlanContext,
  ) {
    return change(ctx, () => ctx.writes.setGoalStatus(ctx.viewer, goalId, period, rag, comment, basis ?? null));
  }

  @Mutation(() => Goal, {
    description:
      "Records a goal's end-of-year outcome (achieved, partly achieved, not achieved, carried forward), its RAG and a comment for a year " +
      "(secretariat or admin only), replacing any outcome recorded for that year and keeping the lead agency's update; audited with the " +
      'values it replaced. Returns the goal.',
  })
  recordGoalOutcome(
    @Arg('goalId', () => ID, { description: 'The goal.' }) goalId: string,
    @Arg('period', { description: "The year: a financial year ('2012-13') or a calendar year ('2013')." }) period: string,
    @Arg('outcome', () => GoalOutcome, { description: 'Achieved, partly achieved, not achieved or carried forward.' }) outcome: GoalOutcome,
    @Arg('rag', () => Rag, { description: 'Red, amber or green for the year.' }) rag: Rag,
    @Arg('comment', { description: 'Why: the evidence for the outcome and its RAG.' }) comment: string,
    @Ctx() ctx: PlanContext,
  ) {
    return change(ctx, () => ctx.writes.recordGoalOutcome(ctx.viewer, goalId, period, outcome, rag, comment));
  }

  @Mutation(() => Goal, {
    description:
      "Records what a refresh of the goal's plan decided about the goal (secretariat or admin only), replacing any earlier decision of that refresh. AMENDED needs newWording, which becomes the goal's current wording. Returns the goal.",
  })
  setGoalDisposition(
    @Arg('goalId', () => ID, { description: 'The goal.' }) goalId: string,
    @Arg('refreshId', () => ID, { description: "A refresh of the goal's plan." }) refreshId: string,
    @Arg('disposition', () => Disposition, { description: 'Discharged, carried forward or amended.' }) disposition: Disposition,
    @Arg('newWording', () => String, { nullable: true, description: 'For AMENDED (and only then): the new wording.' })
    newWording: string | null,
    @Ctx() ctx: PlanContext,
  ) {
    return change(ctx, () => ctx.writes.setGoalDisposition(ctx.viewer, goalId, refreshId, disposition, newWording ?? null));
  }

  @Mutation(() => Action, { description: "Adds a row to a plan's action plan (secretariat or admin only). Returns the new action." })
  createAction(@Arg('input', () => CreateActionInput, { description: 'The action.' }) input: CreateActionInput, @Ctx() ctx: PlanContext) {
    return change(ctx, () => ctx.writes.createAction(ctx.viewer, input));
  }

  @Mutation(() => Action, {
    description: "Records an action's progress to date (secretariat or admin only), replacing the previous text. Returns the action.",
  })
  updateActionProgress(
    @Arg('actionId', () => ID, { description: 'The action.' }) actionId: string,
    @Arg('progress', { description: 'Progress to date.' }) progress: string,
    @Ctx() ctx: PlanContext,
  ) {
    return change(ctx, () => ctx.writes.updateActionProgress(ctx.viewer, actionId, progress));
  }

  @Mutation(() => Refresh, {
    description: 'Records a refresh of a plan, e.g. an annual stock take (secretariat or admin only). Returns the new refresh.',
  })
  createRefresh(
    @Arg('input', () => CreateRefreshInput, { description: 'The refresh.' }) input: CreateRefreshInput,
    @Ctx() ctx: PlanContext,
  ) {
    return change(ctx, () => ctx.writes.createRefresh(ctx.viewer, input));
  }

  @Mutation(() => PlanPathway, {
    description:
      'Adds a pathway to a plan (secretariat or admin only), optionally as decided at one of its refreshes. Returns the plan pathway.',
  })
  addPathwayToPlan(
    @Arg('planId', () => ID, { description: 'The plan.' }) planId: string,
    @Arg('pathwayId', () => ID, { description: 'The pathway; the plan must not take it up already.' }) pathwayId: string,
    @Arg('localName', { description: "The pathway's name in this plan." }) localName: string,
    @Arg('priorityIntervention', { description: 'True when the plan makes it a multi-agency priority intervention.' })
    priorityIntervention: boolean,
    @Arg('forumIds', () => [ID], { description: "Coordinating forums: national ones or the plan's partnership's own." }) forumIds: string[],
    @Arg('refreshId', () => ID, {
      nullable: true,
      description: 'The refresh of the plan that added the pathway; omit when it is part of the plan as written.',
    })
    refreshId: string | null,
    @Arg('need', () => String, { nullable: true, description: "The plan's statement of need for the pathway, if it has one." })
    need: string | null,
    @Ctx() ctx: PlanContext,
  ) {
    return change(ctx, () =>
      ctx.writes.addPathwayToPlan(ctx.viewer, {
        planId,
        pathwayId,
        localName,
        priorityIntervention,
        forumIds,
        refreshId: refreshId ?? null,
        need: need ?? null,
      }),
    );
  }

  @Mutation(() => CatalogueEntry, {
    description:
      "Links an agency's headline measure to a plan's pathway, priority group, or (neither) basket of measures (secretariat or admin only). Returns the catalogue entry.",
  })
  linkMeasure(
    @Arg('input', () => CatalogueEntryInput, { description: 'Where the plan uses the measure.' }) input: CatalogueEntryInput,
    @Ctx() ctx: PlanContext,
  ) {
    return change(ctx, () => ctx.writes.linkMeasure(ctx.viewer, input));
  }

  @Mutation(() => CatalogueEntry, {
    description: 'Removes a link made by linkMeasure or loaded from the catalogue (secretariat or admin only). Returns the removed entry.',
  })
  unlinkMeasure(
    @Arg('input', () => CatalogueEntryInput, { description: 'The link to remove.' }) input: CatalogueEntryInput,
    @Ctx() ctx: PlanContext,
  ) {
    return change(ctx, () => ctx.writes.unlinkMeasure(ctx.viewer, input));
  }

  @Query(() => [PlanAuditEvent], { description: "Changes made to the board's plans, newest first (secretariat or admin only)." })
  async planAuditTrail(
    @Arg('limit', () => Int, {
      nullable: true,
      defaultValue: 100,
      description: `How many events, newest first (1 to ${MAX_AUDIT_EVENTS}; default 100).`,
    })
    limitArg: number | null,
    @Ctx() ctx: PlanContext,
  ) {
    if (!canReadAudit(ctx.viewer)) throw forbidden("only the secretariat (or an admin) can read the plan's audit trail");
    const limit = limitArg ?? 100;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_AUDIT_EVENTS)
      throw badInput('limit', limit, `It must be from 1 to ${MAX_AUDIT_EVENTS}.`);
    const rows = await ctx.repo.auditTrail(limit);
    return rows.map((r) => ({ ...r, details: JSON.stringify(r.details) }));
  }
}
