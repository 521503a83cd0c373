import type { DataSource, EntityManager } from 'typeorm';
import { AREAS, parsePeriod, upsertAreas } from '@hub/common/platform';
import { AGENCIES } from './catalogue/agencies';
import { actions } from './seed/actions';
import { catalogue } from './seed/catalogue';
import { goals } from './seed/goals';
import { plans } from './seed/plans';
import { progressReports } from './seed/progress-reports';
import { forums, partnerships, pathways, priorityGroups } from './seed/reference';

/** Every cross-reference in the plan seed, checked before anything is written. */
export function validatePlanSeed(): string[] {
  const problems: string[] = [];
  const ids = (xs: { id: string }[]) => new Set(xs.map((x) => x.id));
  const sets = {
    area: new Set(AREAS.map((a) => a.code)),
    partnership: ids(partnerships),
    forum: ids(forums),
    pathway: ids(pathways),
    'priority group': ids(priorityGroups),
    plan: ids(plans),
    refresh: new Set(plans.flatMap((p) => p.refreshes.map((r) => r.id))),
    agency: new Set(AGENCIES.map((a) => a.key)),
  };
  const check = (kind: keyof typeof sets, id: string | undefined | null, where: string) => {
    if (id && !sets[kind].has(id)) problems.push(`${where}: unknown ${kind} "${id}"`);
  };
  for (const p of partnerships) check('area', p.area, `partnership ${p.id}`);
  for (const f of forums) check('partnership', f.partnership, `forum ${f.id}`);
  for (const p of plans) {
    check('partnership', p.partnership, `plan ${p.id}`);
    for (const pp of p.pathways) {
      check('pathway', pp.pathway, `plan ${p.id} pathway`);
      check('refresh', pp.addedByRefresh, `plan ${p.id} pathway ${pp.pathway}`);
      pp.forums.forEach((f) => check('forum', f, `plan ${p.id} pathway ${pp.pathway}`));
    }
    for (const pg of p.priorityGroups) {
      check('priority group', pg.priorityGroup, `plan ${p.id} priority group`);
      check('refresh', pg.addedByRefresh, `plan ${p.id} priority group ${pg.priorityGroup}`);
      pg.forums.forEach((f) => check('forum', f, `plan ${p.id} priority group ${pg.priorityGroup}`));
    }
  }
  const goalIds = new Set<string>();
  for (const g of goals) {
    if (goalIds.has(g.id)) problems.push(`goal ${g.id}: duplicate id`);
    goalIds.add(g.id);
    check('plan', g.plan, `goal ${g.id}`);
    check('pathway', g.pathway, `goal ${g.id}`);
    check('priority group', g.priorityGroup, `goal ${g.id}`);
    check('refresh', g.proposedAt, `goal ${g.id}`);
    g.dispositions.forEach((d) => check('refresh', d.refresh, `goal ${g.id} disposition`));
    for (const s of g.statuses) {
      try {
        parsePeriod(s.period);
      } catch (e) {
        problems.push(`goal ${g.id}: ${(e as Error).message}`);
      }
    }
  }
  for (const a of actions) {
    check('plan', a.plan, `action ${a.id}`);
    check('pathway', a.pathway, `action ${a.id}`);
    check('priority group', a.priorityGroup, `action ${a.id}`);
  }
  for (const r of progressReports) {
    check('plan', r.plan, `progress report ${r.id}`);
    for (const s of r.sections) check('pathway', s.pathway, `progress report ${r.id} section ${s.number}`);
  }
  for (const c of catalogue) {
    const where = `catalogue entry ${c.measure} in ${c.plan}`;
    check('agency', c.agency, where);
    check('plan', c.plan, where);
    check('pathway', c.pathway, where);
    check('priority group', c.priorityGroup, where);
    if (!c.measure.startsWith(`${c.agency}.`)) problems.push(`${where}: measure id must start with "${c.agency}."`);
  }
  return problems;
}

async function insert(m: EntityManager, schema: string, table: string, row: Record<string, unknown>): Promise<number> {
  const cols = Object.keys(row);
  const res = await m.query<unknown[]>(
    `INSERT INTO "${schema}".${table} (${cols.join(', ')}) VALUES (${cols.map((_, i) => `$${i + 1}`).join(', ')}) ON CONFLICT DO NOTHING RETURNING 1`,
    Object.values(row).map((v) => (v !== null && typeof v === 'object' && !Array.isArray(v) ? JSON.stringify(v) : (v ?? null))),
  );
  return res.length;
}

/**
 * Loads the board's plan data from the source documents. Idempotent (rows that exist are left as they
 * are, so the secretariat's later edits survive a re-seed) and all in one transaction.
 */
export async function seedPlan(ds: DataSource): Promise<Record<string, number>> {
  const problems = validatePlanSeed();
  if (problems.length) throw new Error(`Plan seed is invalid:\n- ${problems.join('\n- ')}`);
  const schema = (ds.options as { schema: string }).schema;
  const counts: Record<string, number> = {};
  await ds.transaction(async (m) => {
    const put = async (table: string, row: Record<string, unknown>) => {
      const inserted = await insert(m, schema, table, row);
      counts[table] = (counts[table] ?? 0) + inserted;
      return inserted > 0;
    };
    const refreshes = new Map(plans.flatMap((p) => p.refreshes.map((r) => [r.id, r] as const)));
    await upsertAreas(m, schema);
    for (const p of partnerships) await put('partnership', { id: p.id, name: p.name, area_code: p.area, description: p.description });
    for (const f of forums) {
      await put('forum', {
        id: f.id,
        name: f.name,
        abbreviation: f.abbreviation ?? null,
        partnership_id: f.partnership ?? null,
        description: f.description ?? null,
      });
    }
    for (const [i, p] of pathways.entries()) await put('pathway', { id: p.id, name: p.name, description: p.description, position: i + 1 });
    for (const [i, g] of priorityGroups.entries())
      await put('priority_group', { id: g.id, name: g.name, description: g.description, position: i + 1 });
    for (const a of AGENCIES) await put('agency', { key: a.key, name: a.name, measure_type: a.measureType });
    for (const p of plans) {
      await put('plan', {
        id: p.id,
        partnership_id: p.partnership,
        title: p.title,
        period_label: p.periodLabel,
        start_year: p.startYear,
        end_year: p.endYear,
        aim: p.aim,
        status: p.status ?? null,
        provenance: p.provenance,
      });
      for (const [i, pr] of p.principles.entries())
        await put('principle', { plan_id: p.id, position: i + 1, name: pr.name, description: pr.description });
      for (const r of p.refreshes) {
        await put('refresh', { id: r.id, plan_id: p.id, date: r.date, title: r.title, summary: r.summary, provenance: r.provenance });
      }
      for (const [i, pp] of p.pathways.entries()) {
        await put('plan_pathway', {
          plan_id: p.id,
          pathway_id: pp.pathway,
          position: i + 1,
          local_name: pp.localName,
          priority_intervention: pp.priorityIntervention,
          need: pp.need ?? null,
          added_by_refresh_id: pp.addedByRefresh ?? null,
          forum_ids: pp.forums,
        });
      }
      for (const [i, pg] of p.priorityGroups.entries()) {
        await put('plan_priority_group', {
          plan_id: p.id,
          priority_group_id: pg.priorityGroup,
          position: i + 1,
          local_name: pg.localName,
          related: pg.related ?? false,
          added_by_refresh_id: pg.addedByRefresh ?? null,
          forum_ids: pg.forums,
        });
      }
    }
    for (const [i, g] of goals.entries()) {
      await put('goal', {
        id: g.id,
        plan_id: g.plan,
        position: i + 1,
        pathway_id: g.pathway ?? null,
        priority_group_id: g.priorityGroup ?? null,
        text: g.text,
        lead_agency: g.leadAgency,
        due: g.due ?? null,
        proposed_at_refresh_id: g.proposedAt ?? null,
        provenance: g.provenance,
      });
      for (const s of g.statuses) {
        const period = parsePeriod(s.period);
        await put('goal_status', { goal_id: g.id, period_code: period.code, period, rag: s.rag, basis: s.basis, update: s.update });
      }
      for (const d of g.dispositions) {
        const added = await put('goal_disposition', {
          goal_id: g.id,
          refresh_id: d.refresh,
          disposition: d.disposition,
          new_wording: d.newWording ?? null,
          note: d.note ?? null,
        });
        // The wording an amendment put in force starts the goal's wording history (only with a new disposition,
        // so a re-seed never brings back a wording the secretariat has since changed).
        if (added && d.disposition === 'AMENDED' && d.newWording) {
          const r = refreshes.get(d.refresh)!;
          await put('goal_wording', {
            goal_id: g.id,
            wording: d.newWording,
            amended_at: `${r.date}T00:00:00Z`,
            amended_by: r.provenance.publisher,
            reason: `Amended at the refresh "${r.title}"`,
            refresh_id: r.id,
          });
        }
      }
    }
    for (const [i, a] of actions.entries()) {
      await put('action', {
        id: a.id,
        plan_id: a.plan,
        position: i + 1,
        objective: a.objective,
        pathway_id: a.pathway ?? null,
        priority_group_id: a.priorityGroup ?? null,
        title: a.title,
        steps: a.steps,
        outcomes: a.outcomes,
        timescale: a.timescale,
        due: a.due,
        responsible: a.responsible,
        progress: a.progress,
        provenance: a.provenance,
      });
    }
    for (const r of progressReports) {
      await put('progress_report', {
        id: r.id,
        plan_id: r.plan,
        year: r.year,
        title: r.title,
        authors: r.authors,
        produced_date: r.producedDate,
        data_dates: JSON.stringify(r.dataDates),
        introduction: r.introduction,
        status_note: r.statusNote,
        status_key: JSON.stringify(r.statusKey),
        sections: JSON.stringify(r.sections),
        provenance: r.provenance,
      });
    }
    for (const c of catalogue) {
      await put('catalogue_entry', {
        measure_id: c.measure,
        agency_key: c.agency,
        plan_id: c.plan,
        pathway_id: c.pathway ?? null,
        priority_group_id: c.priorityGroup ?? null,
      });
    }
  });
  return counts;
}
