import { badInput, parsePeriod, PeriodParseError, unknown, type Viewer } from '@hub/common/platform';
import type { DataSource, EntityManager } from 'typeorm';
import type { CatalogueEntryInput, CreateActionInput, CreateGoalInput, CreateRefreshInput } from './inputs';
import {
  mapRow,
  type ActionRow,
  type CatalogueRow,
  type GoalRow,
  type GoalStatusRow,
  type GoalWordingRow,
  type PlanPathwayRow,
  type PlanRow,
  type RefreshRow,
} from './repository';
import type { Disposition, GoalOutcome, Rag } from './types';

/** Period kinds a goal status may be recorded for: a quarter or a year. */
const STATUS_PERIOD_KINDS = new Set(['FINANCIAL_QUARTER', 'FINANCIAL_YEAR', 'CALENDAR_YEAR']);
const MEASURE_ID = /^[a-z][a-z0-9-]*\.[a-z0-9][a-z0-9-]*$/;
const DEFAULT_STATUS_BASIS = 'Recorded by the board secretariat through the hub';

// ---------- argument checks that need no database ----------

function text(argument: string, value: string): string {
  const v = value.trim();
  if (!v) throw badInput(argument, value, 'It must not be empty.');
  return v;
}

function optionalText(argument: string, value: string | null | undefined): string | null {
  return value === null || value === undefined ? null : text(argument, value);
}

function texts(argument: string, values: readonly string[], atLeastOne: boolean): string[] {
  if (atLeastOne && values.length === 0) throw badInput(argument, values, 'Give at least one.');
  return values.map((v, i) => text(`${argument}[${i}]`, v));
}

function isoDate(argument: string, value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const m = value.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  const d = m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])) : null;
  if (!m || !d || d.getUTCMonth() !== +m[2] - 1 || d.getUTCDate() !== +m[3]) {
    throw badInput(argument, value, "It must be an ISO 8601 date such as '2014-03-31'.");
  }
  return value;
}

function notBoth(pathwayArg: string, pathway: string | null | undefined, groupArg: string, group: string | null | undefined): void {
  if (pathway && group) {
    throw badInput(groupArg, group, `Give a pathway or a priority group, not both (${pathwayArg} is ${JSON.stringify(pathway)}).`);
  }
}

/** A goal status is for a quarter ('2013-14 Q1') or a year ('2013-14', '2013'). */
export function statusPeriod(argument: string, value: string) {
  let period;
  try {
    period = parsePeriod(value);
  } catch (e) {
    if (e instanceof PeriodParseError) throw badInput(argument, value, e.message);
    throw e;
  }
  if (!STATUS_PERIOD_KINDS.has(period.kind)) {
    throw badInput(argument, value, "A goal status is for a quarter ('2013-14 Q1') or a year ('2013-14' or '2013').");
  }
  return period;
}

// ---------- one transaction per change ----------

interface AuditEntry {
  entity: string;
  entityId: string;
  details: Record<string, unknown>;
}

/** One mutation's transaction: reads and writes through it, and the audit row written with them. */
class Tx {
  audited = 0;
  constructor(
    private readonly m: EntityManager,
    readonly s: string,
    private readonly viewer: Viewer,
    private readonly action: string,
  ) {}

  async rows<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    const result = await this.m.queryRunner!.query(sql, params, true);
    return (result.records ?? []).map((r: Record<string, unknown>) => mapRow<T>(r));
  }

  async row<T>(sql: string, params: unknown[] = []): Promise<T | null> {
    return (await this.rows<T>(sql, params))[0] ?? null;
  }

  async audit(e: AuditEntry): Promise<void> {
    await this.rows(`INSERT INTO ${this.s}.audit_event (actor, role, action, entity, entity_id, details) VALUES ($1, $2, $3, $4, $5, $6)`, [
      this.viewer.subject,
      this.viewer.role,
      this.action,
      e.entity,
      e.entityId,
      JSON.stringify(e.details),
    ]);
    this.audited++;
  }

  /** The plan, locked until commit so concurrent creations in the same plan get distinct ids and positions. */
  async plan(argument: string, id: string): Promise<PlanRow> {
    const plan = await this.row<PlanRow>(`SELECT * FROM ${this.s}.plan WHERE id = $1 FOR UPDATE`, [id]);
    if (!plan) throw unknown('plan', argument, id, await this.ids('plan', 'start_year, id'));
    return plan;
  }

  async goal(argument: string, id: string): Promise<GoalRow> {
    const goal = await this.row<GoalRow>(`SELECT * FROM ${this.s}.goal WHERE id = $1 FOR UPDATE`, [id]);
    if (!goal) throw unknown('goal', argument, id);
    return goal;
  }

  async actionRow(argument: string, id: string): Promise<ActionRow> {
    const action = await this.row<ActionRow>(`SELECT * FROM ${this.s}.action WHERE id = $1 FOR UPDATE`, [id]);
    if (!action) throw unknown('action', argument, id);
    return action;
  }

  /** A refresh of this plan (a refresh of another plan is an error naming both). */
  async refreshOf(plan: PlanRow, argument: string, id: string | null | undefined): Promise<RefreshRow | null> {
    if (id === null || id === undefined) return null;
    const refresh = await this.row<RefreshRow>(`SELECT * FROM ${this.s}.refresh WHERE id = $1`, [id]);
    if (!refresh) throw unknown('refresh', argument, id);
    if (refresh.planId !== plan.id) throw badInput(argument, id, `It is a refresh of plan "${refresh.planId}", not of plan "${plan.id}".`);
    return refresh;
  }

  /** A pathway the plan takes up (`inPlan`), or one that exists at all. */
  async pathway(plan: PlanRow, argument: string, id: string | null | undefined, inPlan = true): Promise<string | null> {
    if (!id) return null;
    if (!(await this.row(`SELECT 1 FROM ${this.s}.pathway WHERE id = $1`, [id])))
      throw unknown('pathway', argument, id, await this.ids('pathway', 'position'));
    if (inPlan && !(await this.row(`SELECT 1 FROM ${this.s}.plan_pathway WHERE plan_id = $1 AND pathway_id = $2`, [plan.id, id]))) {
      throw badInput(argument, id, `Plan "${plan.id}" does not take up this pathway; add it with addPathwayToPlan first.`);
    }
    return id;
  }

  async priorityGroup(plan: PlanRow, argument: string, id: string | null | undefined): Promise<string | null> {
    if (!id) return null;
    if (!(await this.row(`SELECT 1 FROM ${this.s}.priority_group WHERE id = $1`, [id]))) {
      throw unknown('priority group', argument, id, await this.ids('priority_group', 'position'));
    }
    if (!(await this.row(`SELECT 1 FROM ${this.s}.plan_priority_group WHERE plan_id = $1 AND priority_group_id = $2`, [plan.id, id]))) {
      throw badInput(argument, id, `Plan "${plan.id}" does not take up this priority group.`);
    }
    return id;
  }

  /** Every id of a table, for the "Known values" hint of an error. */
  async ids(table: string, order: string, column = 'id'): Promise<string[]> {
    return (await this.rows<Record<string, string>>(`SELECT ${column} AS key FROM ${this.s}.${table} ORDER BY ${order}`)).map((r) => r.key);
  }

  /** `base` if free, else base-2, base-3...; or with `numbered`, base-1, base-2... */
  async freeId(table: string, base: string, numbered: boolean): Promise<string> {
    const taken = new Set(
      (await this.rows<{ id: string }>(`SELECT id FROM ${this.s}.${table} WHERE starts_with(id, $1)`, [base])).map((r) => r.id),
    );
    if (!numbered && !taken.has(base)) return base;
    for (let n = numbered ? 1 : 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
  }

  async nextPosition(table: string, planId: string): Promise<number> {
    return (await this.row<{ n: number }>(`SELECT coalesce(max(position), 0) + 1 AS n FROM ${this.s}.${table} WHERE plan_id = $1`, [
      planId,
    ]))!.n;
  }

  /** Provenance of a record entered through the hub rather than loaded from a source document. */
  provenance(at: Date) {
    return JSON.stringify({
      publication: 'Recorded in the hub by the board secretariat',
      publisher: 'Board secretariat',
      published: at.toISOString().slice(0, 10),
      document: 'plan audit trail (planAuditTrail)',
      location: `${this.action} by ${this.viewer.subject} at ${at.toISOString()}`,
      citedSource: null,
    });
  }
}

/**
 * The board secretariat's changes to the plan. Each method is one transaction: it checks every argument
 * (an unknown id or a bad value is a BAD_USER_INPUT error naming the argument, and nothing is written),
 * writes, and records an audit event in the same transaction. Authorisation is the caller's job.
 */
export class PlanWrites {
  constructor(private readonly ds: DataSource) {}

  private async change<T>(viewer: Viewer, action: string, fn: (t: Tx) => Promise<T>): Promise<T> {
    const s = `"${(this.ds.options as { schema: string }).schema}"`;
    return this.ds.transaction(async (m) => {
      const t = new Tx(m, s, viewer, action);
      const result = await fn(t);
      if (t.audited === 0) throw new Error(`${action} wrote no audit event`);
      return result;
    });
  }

  createGoal(viewer: Viewer, input: CreateGoalInput): Promise<GoalRow> {
    return this.change(viewer, 'createGoal', async (t) => {
      notBoth('input.pathway', input.pathway, 'input.priorityGroup', input.priorityGroup);
      const goalText = text('input.text', input.text);
      const leadAgency = text('input.leadAgency', input.leadAgency);
      const due = isoDate('input.due', input.due);
      const plan = await t.plan('input.plan', input.plan);
      const pathway = await t.pathway(plan, 'input.pathway', input.pathway);
      const priorityGroup = await t.priorityGroup(plan, 'input.priorityGroup', input.priorityGroup);
      const proposedAt = await t.refreshOf(plan, 'input.proposedAt', input.proposedAt);
      const id = await t.freeId('goal', `${plan.id}-goal`, true);
      const goal = (await t.row<GoalRow>(
        `INSERT INTO ${t.s}.goal (id, plan_id, position, pathway_id, priority_group_id, text, lead_agency, due, proposed_at_refresh_id, provenance)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING *`,
        [
          id,
          plan.id,
          await t.nextPosition('goal', plan.id),
          pathway,
          priorityGroup,
          goalText,
          leadAgency,
          due,
          proposedAt?.id ?? null,
          t.provenance(new Date()),
        ],
      ))!;
      await t.audit({
        entity: 'goal',
        entityId: id,
        details: { plan: plan.id, pathway, priorityGroup, text: goalText, leadAgency, due, proposedAt: proposedAt?.id ?? null },
      });
      return goal;
    });
  }

  amendGoalWording(viewer: Viewer, goalId: string, wording: string, reason: string): Promise<GoalRow> {
    return this.change(viewer, 'amendGoalWording', async (t) => {
      const goal = await t.goal('goalId', goalId);
      const newWording = text('wording', wording);
      const why = text('reason', reason);
      const previous = await t.row<GoalWordingRow>(
        `SELECT * FROM ${t.s}.goal_wording WHERE goal_id = $1 ORDER BY amended_at DESC, id DESC LIMIT 1`,
        [goal.id],
      );
      const previousWording = previous?.wording ?? goal.text;
      if (previousWording === newWording) throw badInput('wording', wording, 'It is already the wording in force.');
      await t.rows(`INSERT INTO ${t.s}.goal_wording (goal_id, wording, amended_by, reason) VALUES ($1, $2, $3, $4)`, [
        goal.id,
        newWording,
        viewer.subject,
        why,
      ]);
      await t.audit({ entity: 'goal', entityId: goal.id, details: { previousWording, wording: newWording, reason: why } });
      return goal;
    });
  }

  setGoalStatus(viewer: Viewer, goalId: string, period: string, rag: Rag, comment: string, basis: string | null): Promise<GoalRow> {
    return this.change(viewer, 'setGoalStatus', async (t) => {
      const goal = await t.goal('goalId', goalId);
      const p = statusPeriod('period', period);
      const update = text('comment', comment);
      const before = await t.row<GoalStatusRow>(`SELECT * FROM ${t.s}.goal_status WHERE goal_id = $1 AND period_code = $2`, [
        goal.id,
        p.code,
      ]);
      const how = optionalText('basis', basis) ?? before?.basis ?? DEFAULT_STATUS_BASIS;
      await t.rows(
        `INSERT INTO ${t.s}.goal_status (goal_id, period_code, period, rag, basis, update, set_by, set_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, now())
         ON CONFLICT (goal_id, period_code) DO UPDATE SET period = EXCLUDED.period, rag = EXCLUDED.rag, basis = EXCLUDED.basis,
           update = EXCLUDED.update, set_by = EXCLUDED.set_by, set_at = EXCLUDED.set_at`,
        [goal.id, p.code, JSON.stringify(p), rag, how, update, viewer.subject],
      );
      await t.audit({
        entity: 'goal_status',
        entityId: `${goal.id}@${p.code}`,
        details: {
          period: p.code,
          rag,
          comment: update,
          basis: how,
          before: before && { rag: before.rag, update: before.update, basis: before.basis },
        },
      });
      return goal;
    });
  }

  /**
   * Records a goal's end-of-year outcome, its RAG and the secretariat's comment for a year (a financial or calendar
   * year: an outcome is for the end of a year), keeping the lead agency's update already recorded for it.
   */
  recordGoalOutcome(viewer: Viewer, goalId: string, period: string, outcome: GoalOutcome, rag: Rag, comment: string): Promise<GoalRow> {
    return this.change(viewer, 'recordGoalOutcome', async (t) => {
      const goal = await t.goal('goalId', goalId);
      const p = statusPeriod('period', period);
      if (p.kind === 'FINANCIAL_QUARTER')
        throw badInput('period', period, "An end-of-year outcome is for a year ('2012-13' or '2013'), not a quarter.");
      const why = text('comment', comment);
      const before = await t.row<GoalStatusRow>(`SELECT * FROM ${t.s}.goal_status WHERE goal_id = $1 AND period_code = $2`, [
        goal.id,
        p.code,
      ]);
      await t.rows(
        `INSERT INTO ${t.s}.goal_status (goal_id, period_code, period, rag, basis, update, outcome, comment, set_by, set_at)
         VALUES ($1, $2, $3, $4, $5, NULL, $6, $7, $8, now())
         ON CONFLICT (goal_id, period_code) DO UPDATE SET rag = EXCLUDED.rag, outcome = EXCLUDED.outcome, comment = EXCLUDED.comment,
           set_by = EXCLUDED.set_by, set_at = EXCLUDED.set_at`,
        [goal.id, p.code, JSON.stringify(p), rag, DEFAULT_STATUS_BASIS, outcome, why, viewer.subject],
      );
      await t.audit({
        entity: 'goal_status',
        entityId: `${goal.id}@${p.code}`,
        details: {
          period: p.code,
          outcome,
          rag,
          comment: why,
          before: before && { outcome: before.outcome, rag: before.rag, comment: before.comment },
        },
      });
      return goal;
    });
  }

  setGoalDisposition(
    viewer: Viewer,
    goalId: string,
    refreshId: string,
    disposition: Disposition,
    newWording: string | null,
  ): Promise<GoalRow> {
    return this.change(viewer, 'setGoalDisposition', async (t) => {
      const goal = await t.goal('goalId', goalId);
      const plan = (await t.row<PlanRow>(`SELECT * FROM ${t.s}.plan WHERE id = $1`, [goal.planId]))!;
      const refresh = (await t.refreshOf(plan, 'refreshId', refreshId))!;
      const amended = disposition === 'AMENDED';
      if (amended && (newWording === null || newWording === undefined))
        throw badInput('newWording', null, 'An AMENDED disposition needs the new wording.');
      if (!amended && newWording !== null && newWording !== undefined) {
        throw badInput('newWording', newWording, `Only an AMENDED disposition has new wording, not ${disposition}.`);
      }
      const wording = amended ? text('newWording', newWording!) : null;
      const before = await t.row(`SELECT disposition, new_wording FROM ${t.s}.goal_disposition WHERE goal_id = $1 AND refresh_id = $2`, [
        goal.id,
        refresh.id,
      ]);
      await t.rows(
        `INSERT INTO ${t.s}.goal_disposition (goal_id, refresh_id, disposition, new_wording) VALUES ($1, $2, $3, $4)
         ON CONFLICT (goal_id, refresh_id) DO UPDATE SET disposition = EXCLUDED.disposition, new_wording = EXCLUDED.new_wording`,
        [goal.id, refresh.id, disposition, wording],
      );
      // The wording an AMENDED disposition puts in force is part of the goal's wording history.
      if (amended) {
        await t.rows(
          `INSERT INTO ${t.s}.goal_wording (goal_id, wording, amended_by, reason, refresh_id) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (goal_id, refresh_id) WHERE refresh_id IS NOT NULL
           DO UPDATE SET wording = EXCLUDED.wording, amended_at = now(), amended_by = EXCLUDED.amended_by, reason = EXCLUDED.reason`,
          [goal.id, wording, viewer.subject, `Amended at the refresh "${refresh.title}"`, refresh.id],
        );
      } else {
        await t.rows(`DELETE FROM ${t.s}.goal_wording WHERE goal_id = $1 AND refresh_id = $2`, [goal.id, refresh.id]);
      }
      await t.audit({
        entity: 'goal_disposition',
        entityId: `${goal.id}@${refresh.id}`,
        details: { refresh: refresh.id, disposition, newWording: wording, before },
      });
      return goal;
    });
  }

  createAction(viewer: Viewer, input: CreateActionInput): Promise<ActionRow> {
    return this.change(viewer, 'createAction', async (t) => {
      notBoth('input.pathway', input.pathway, 'input.priorityGroup', input.priorityGroup);
      const values = {
        objective: text('input.objective', input.objective),
        title: text('input.title', input.title),
        steps: texts('input.steps', input.steps, true),
        outcomes: texts('input.outcomes', input.outcomes, false),
        timescale: text('input.timescale', input.timescale),
        due: isoDate('input.due', input.due),
        responsible: texts('input.responsible', input.responsible, true),
        progress: optionalText('input.progress', input.progress),
      };
      const plan = await t.plan('input.plan', input.plan);
      const pathway = await t.pathway(plan, 'input.pathway', input.pathway);
      const priorityGroup = await t.priorityGroup(plan, 'input.priorityGroup', input.priorityGroup);
      const id = await t.freeId('action', `${plan.id}-action`, true);
      const action = (await t.row<ActionRow>(
        `INSERT INTO ${t.s}.action (id, plan_id, position, objective, pathway_id, priority_group_id, title, steps, outcomes, timescale, due,
           responsible, progress, provenance) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING *`,
        [
          id,
          plan.id,
          await t.nextPosition('action', plan.id),
          values.objective,
          pathway,
          priorityGroup,
          values.title,
          values.steps,
          values.outcomes,
          values.timescale,
          values.due,
          values.responsible,
          values.progress,
          t.provenance(new Date()),
        ],
      ))!;
      await t.audit({ entity: 'action', entityId: id, details: { plan: plan.id, pathway, priorityGroup, ...values } });
      return action;
    });
  }

  updateActionProgress(viewer: Viewer, actionId: string, progress: string): Promise<ActionRow> {
    return this.change(viewer, 'updateActionProgress', async (t) => {
      const before = await t.actionRow('actionId', actionId);
      const value = text('progress', progress);
      const action = (await t.row<ActionRow>(`UPDATE ${t.s}.action SET progress = $2 WHERE id = $1 RETURNING *`, [before.id, value]))!;
      await t.audit({ entity: 'action', entityId: before.id, details: { progress: value, before: before.progress } });
      return action;
    });
  }

  createRefresh(viewer: Viewer, input: CreateRefreshInput): Promise<RefreshRow> {
    return this.change(viewer, 'createRefresh', async (t) => {
      const date = isoDate('input.date', input.date)!;
      const title = text('input.title', input.title);
      const summary = text('input.summary', input.summary);
      const plan = await t.plan('input.plan', input.plan);
      const id = await t.freeId('refresh', `${plan.id}-refresh-${date}`, false);
      const refresh = (await t.row<RefreshRow>(
        `INSERT INTO ${t.s}.refresh (id, plan_id, date, title, summary, provenance) VALUES ($1, $2, $3, $4, $5, $6) RETURNING *`,
        [id, plan.id, date, title, summary, t.provenance(new Date())],
      ))!;
      await t.audit({ entity: 'refresh', entityId: id, details: { plan: plan.id, date, title, summary } });
      return refresh;
    });
  }

  addPathwayToPlan(
    viewer: Viewer,
    args: {
      planId: string;
      pathwayId: string;
      localName: string;
      priorityIntervention: boolean;
      forumIds: string[];
      refreshId: string | null;
      need: string | null;
    },
  ): Promise<PlanPathwayRow> {
    return this.change(viewer, 'addPathwayToPlan', async (t) => {
      const localName = text('localName', args.localName);
      const need = optionalText('need', args.need);
      const plan = await t.plan('planId', args.planId);
      const pathway = (await t.pathway(plan, 'pathwayId', args.pathwayId, false))!;
      if (await t.row(`SELECT 1 FROM ${t.s}.plan_pathway WHERE plan_id = $1 AND pathway_id = $2`, [plan.id, pathway])) {
        throw badInput('pathwayId', pathway, `Plan "${plan.id}" already takes up this pathway.`);
      }
      const seen = new Set<string>();
      for (const id of args.forumIds) {
        if (seen.has(id)) throw badInput('forumIds', id, 'The forum is listed twice.');
        seen.add(id);
        const forum = await t.row<{ partnershipId: string | null }>(`SELECT partnership_id FROM ${t.s}.forum WHERE id = $1`, [id]);
        if (!forum) throw unknown('forum', 'forumIds', id);
        if (forum.partnershipId && forum.partnershipId !== plan.partnershipId) {
          throw badInput(
            'forumIds',
            id,
            `It is a forum of partnership "${forum.partnershipId}", not of "${plan.partnershipId}" whose plan this is.`,
          );
        }
      }
      const refresh = await t.refreshOf(plan, 'refreshId', args.refreshId);
      const row = (await t.row<PlanPathwayRow>(
        `INSERT INTO ${t.s}.plan_pathway (plan_id, pathway_id, position, local_name, priority_intervention, need, added_by_refresh_id, forum_ids)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING *`,
        [
          plan.id,
          pathway,
          await t.nextPosition('plan_pathway', plan.id),
          localName,
          args.priorityIntervention,
          need,
          refresh?.id ?? null,
          args.forumIds,
        ],
      ))!;
      await t.audit({
        entity: 'plan_pathway',
        entityId: `${plan.id}/${pathway}`,
        details: {
          plan: plan.id,
          pathway,
          localName,
          priorityIntervention: args.priorityIntervention,
          forumIds: args.forumIds,
          refresh: refresh?.id ?? null,
          need,
        },
      });
      return row;
    });
  }

  linkMeasure(viewer: Viewer, input: CatalogueEntryInput): Promise<CatalogueRow> {
    return this.change(viewer, 'linkMeasure', async (t) => {
      const key = await this.catalogueKey(t, input);
      const row = await t.row<CatalogueRow>(
        `INSERT INTO ${t.s}.catalogue_entry (measure_id, agency_key, plan_id, pathway_id, priority_group_id) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT DO NOTHING RETURNING *`,
        [key.measureId, key.agencyKey, key.planId, key.pathwayId, key.priorityGroupId],
      );
      if (!row) throw badInput('input.measureId', key.measureId, `It is already linked there (${describe(key)}).`);
      await t.audit({ entity: 'catalogue_entry', entityId: entityId(key), details: { ...key } });
      return row;
    });
  }

  unlinkMeasure(viewer: Viewer, input: CatalogueEntryInput): Promise<CatalogueRow> {
    return this.change(viewer, 'unlinkMeasure', async (t) => {
      const key = await this.catalogueKey(t, input);
      const row = await t.row<CatalogueRow>(
        `DELETE FROM ${t.s}.catalogue_entry WHERE measure_id = $1 AND agency_key = $2 AND plan_id = $3
           AND pathway_id IS NOT DISTINCT FROM $4 AND priority_group_id IS NOT DISTINCT FROM $5 RETURNING *`,
        [key.measureId, key.agencyKey, key.planId, key.pathwayId, key.priorityGroupId],
      );
      if (!row) throw badInput('input.measureId', key.measureId, `It is not linked there (${describe(key)}).`);
      await t.audit({ entity: 'catalogue_entry', entityId: entityId(key), details: { ...key } });
      return row;
    });
  }

  /** A catalogue entry's identity, every part checked: known agency, '<agency>.' id, plan, pathway or group the plan takes up. */
  private async catalogueKey(t: Tx, input: CatalogueEntryInput): Promise<CatalogueRow> {
    notBoth('input.pathway', input.pathway, 'input.priorityGroup', input.priorityGroup);
    const agencies = await t.ids('agency', 'key', 'key');
    if (!agencies.includes(input.agency)) throw unknown('agency', 'input.agency', input.agency, agencies);
    if (!input.measureId.startsWith(`${input.agency}.`)) {
      throw badInput(
        'input.measureId',
        input.measureId,
        `A measure of agency "${input.agency}" has an id starting with "${input.agency}.".`,
      );
    }
    if (!MEASURE_ID.test(input.measureId)) {
      throw badInput(
        'input.measureId',
        input.measureId,
        "A measure id is '<agency>.<name>' in lower-case kebab case, e.g. 'probation.adult-proven-reoffending-proportion'.",
      );
    }
    const plan = await t.plan('input.plan', input.plan);
    return {
      measureId: input.measureId,
      agencyKey: input.agency,
      planId: plan.id,
      pathwayId: await t.pathway(plan, 'input.pathway', input.pathway),
      priorityGroupId: await t.priorityGroup(plan, 'input.priorityGroup', input.priorityGroup),
    };
  }
}

const describe = (k: CatalogueRow) =>
  `plan "${k.planId}", ${k.pathwayId ? `pathway "${k.pathwayId}"` : k.priorityGroupId ? `priority group "${k.priorityGroupId}"` : "the plan's basket of measures"}`;
const entityId = (k: CatalogueRow) =>
  `${k.planId}/${k.pathwayId ? `pathway:${k.pathwayId}` : k.priorityGroupId ? `priority-group:${k.priorityGroupId}` : 'basket'}/${k.measureId}`;
