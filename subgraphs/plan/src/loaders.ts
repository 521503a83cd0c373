import DataLoader from 'dataloader';
import type * as R from './repository';
import type { PlanRepository, PlanTable } from './repository';

/** Rows of `table` whose `column` equals the key, grouped per key: one statement per batch. */
function many<T>(repo: PlanRepository, table: PlanTable, column: string, keyOf: (row: T) => string | null) {
  return new DataLoader<string, T[]>(async (keys) => {
    const rows = await repo.where<T>(table, column, keys);
    const grouped = new Map<string, T[]>();
    for (const row of rows) {
      const k = keyOf(row);
      if (k === null) continue;
      const list = grouped.get(k);
      if (list) list.push(row);
      else grouped.set(k, [row]);
    }
    return keys.map((k) => grouped.get(k) ?? []);
  });
}

/** The row of `table` with this id, or null. */
function one<T extends object>(repo: PlanRepository, table: PlanTable, column: string, keyOf: (row: T) => string) {
  return new DataLoader<string, T | null>(async (keys) => {
    const byKey = new Map((await repo.where<T>(table, column, keys)).map((r) => [keyOf(r), r]));
    return keys.map((k) => byKey.get(k) ?? null);
  });
}

/** Per-request loaders: every relation of the plan graph costs one SQL statement per request level. */
export function createPlanLoaders(repo: PlanRepository) {
  return {
    partnership: one<R.PartnershipRow>(repo, 'partnership', 'id', (r) => r.id),
    plan: one<R.PlanRow>(repo, 'plan', 'id', (r) => r.id),
    plansByPartnership: many<R.PlanRow>(repo, 'plan', 'partnership_id', (r) => r.partnershipId),
    forum: one<R.ForumRow>(repo, 'forum', 'id', (r) => r.id),
    forumsByPartnership: many<R.ForumRow>(repo, 'forum', 'partnership_id', (r) => r.partnershipId),
    pathway: one<R.PathwayRow>(repo, 'pathway', 'id', (r) => r.id),
    priorityGroup: one<R.PriorityGroupRow>(repo, 'priority_group', 'id', (r) => r.id),
    refresh: one<R.RefreshRow>(repo, 'refresh', 'id', (r) => r.id),
    refreshesByPlan: many<R.RefreshRow>(repo, 'refresh', 'plan_id', (r) => r.planId),
    principlesByPlan: many<R.PrincipleRow>(repo, 'principle', 'plan_id', (r) => r.planId),
    planPathwaysByPlan: many<R.PlanPathwayRow>(repo, 'plan_pathway', 'plan_id', (r) => r.planId),
    planPathwaysByPathway: many<R.PlanPathwayRow>(repo, 'plan_pathway', 'pathway_id', (r) => r.pathwayId),
    planPriorityGroupsByPlan: many<R.PlanPriorityGroupRow>(repo, 'plan_priority_group', 'plan_id', (r) => r.planId),
    planPriorityGroupsByGroup: many<R.PlanPriorityGroupRow>(repo, 'plan_priority_group', 'priority_group_id', (r) => r.priorityGroupId),
    goal: one<R.GoalRow>(repo, 'goal', 'id', (r) => r.id),
    goalsByPlan: many<R.GoalRow>(repo, 'goal', 'plan_id', (r) => r.planId),
    goalStatusesByGoal: many<R.GoalStatusRow>(repo, 'goal_status', 'goal_id', (r) => r.goalId),
    goalDispositionsByGoal: many<R.GoalDispositionRow>(repo, 'goal_disposition', 'goal_id', (r) => r.goalId),
    goalWordingsByGoal: many<R.GoalWordingRow>(repo, 'goal_wording', 'goal_id', (r) => r.goalId),
    progressReportsByPlan: many<R.ProgressReportRowData>(repo, 'progress_report', 'plan_id', (r) => r.planId),
    actionsByPlan: many<R.ActionRow>(repo, 'action', 'plan_id', (r) => r.planId),
    agency: one<R.AgencyRow>(repo, 'agency', 'key', (r) => r.key),
    catalogueByPlan: many<R.CatalogueRow>(repo, 'catalogue_entry', 'plan_id', (r) => r.planId),
    catalogueByPathway: many<R.CatalogueRow>(repo, 'catalogue_entry', 'pathway_id', (r) => r.pathwayId),
    catalogueByPriorityGroup: many<R.CatalogueRow>(repo, 'catalogue_entry', 'priority_group_id', (r) => r.priorityGroupId),
    catalogueByMeasure: many<R.CatalogueRow>(repo, 'catalogue_entry', 'measure_id', (r) => r.measureId),
    catalogueByAgency: many<R.CatalogueRow>(repo, 'catalogue_entry', 'agency_key', (r) => r.agencyKey),
  };
}

export type PlanLoaders = ReturnType<typeof createPlanLoaders>;

/**
 * Forgets every row the request's loaders cached. A mutation calls it after its transaction commits, so the
 * object it returns (and anything else the same request reads afterwards) is read again, never stale.
 */
export function clearPlanLoaders(loaders: PlanLoaders): void {
  for (const loader of Object.values(loaders)) loader.clearAll();
}
