/** The other views of the page: basket of measures, priority groups, goals and actions, completeness, the report. */
import { useState } from 'preact/hooks';
import { download as downloadFile } from './api';
import { FigureChart } from './charts';
import { Deferred, tableHeight } from './deferred';
import type { Action, Goal, Measure, Period, PlanData } from './queries';
import { COMPLETENESS_LABEL, agencyOf, agencyTitle, byPeriodEnd, completenessOf, observationsFor } from './model';
import { RagBadge, ScorecardTable, type Slot } from './scorecard';

/** A chart of several measures of one unit over their common periods. */
function measuresChart(
  id: string,
  kind: 'line' | 'bar',
  title: string,
  measures: Array<{ label: string; m: Measure | undefined }>,
  area: string,
  unit?: string,
) {
  const present = measures.filter((x): x is { label: string; m: Measure } => !!x.m);
  const obs = present.map((x) => ({ ...x, obs: observationsFor(x.m, area) }));
  const periods = [...new Map(obs.flatMap((x) => x.obs.map((o) => [o.period.code, o.period] as const))).values()].sort(byPeriodEnd);
  const areaNames = [...new Set(obs.flatMap((x) => x.obs.map((o) => o.area.name)))];
  const series = obs.map((x) => ({
    label: x.label,
    values: periods.map((p) => x.obs.find((o) => o.period.code === p.code)?.value ?? null),
    printed: periods.map((p) => x.obs.find((o) => o.period.code === p.code)?.printed ?? null),
  }));
  const summary = series
    .map((s) => `${s.label}: ${periods.map((p, i) => `${p.label} ${s.printed[i] ?? 'no figure'}`).join(', ')}`)
    .join('. ');
  return (
    <FigureChart
      id={id}
      kind={kind}
      title={`${title}${areaNames.length ? ` (${areaNames.join(', ')})` : ''}`}
      summary={summary || 'No figures.'}
      categories={periods.map((p) => p.label)}
      series={series}
      unit={unit}
      fromZero={kind === 'bar'}
    />
  );
}

export function Basket({
  slots,
  byId,
  area,
  areaName,
  period,
  unavailable,
}: {
  slots: Slot[];
  byId: Map<string, Measure>;
  area: string;
  areaName: string;
  period: Period | undefined;
  unavailable: Map<string, string>;
}) {
  const m = (id: string) => byId.get(`probation.${id}`);
  return (
    <>
      <div class="charts">
        {measuresChart(
          'moj-proven-reoffending',
          'line',
          'MoJ proven re-offending: proportion who re-offend',
          [
            { label: 'Adult', m: m('adult-proven-reoffending-proportion') },
            { label: 'Juvenile', m: m('juvenile-proven-reoffending-proportion') },
          ],
          area,
          '%',
        )}
        {measuresChart(
          'ni18',
          'bar',
          'NI18 local adult re-offending: actual against predicted',
          [
            { label: 'Actual re-offending rate', m: m('ni18-reoffending-proportion') },
            { label: 'Difference to baseline (predicted)', m: m('ni18-difference-to-baseline-predicted') },
          ],
          area,
          '%',
        )}
      </div>
      {slots.some((s) => !s.measure && agencyOf(s.id) === 'probation') && (
        <p class="unavailable">The re-offending charts need Probation's figures, which are unavailable.</p>
      )}
      <ScorecardTable
        caption={`Basket of measures: ${areaName}, ${period?.label ?? 'latest'}`}
        slots={slots}
        area={area}
        areaName={areaName}
        period={period}
        unavailable={unavailable}
      />
    </>
  );
}

/** Estimated row heights of the deferred tables (the groups' measures have long names; goals carry their history). */
const PRIORITY_GROUP_ROW_HEIGHT = 130;
const GOAL_ROW_HEIGHT = 90;
const ACTION_ROW_HEIGHT = 55;

export function PriorityGroups({
  plan,
  slotsOf,
  area,
  areaName,
  period,
  unavailable,
}: {
  plan: PlanData['plan'];
  slotsOf: (ids: ReadonlyArray<{ id: string } | null>) => Slot[];
  area: string;
  areaName: string;
  period: Period | undefined;
  unavailable: Map<string, string>;
}) {
  if (!plan.priorityGroups.length) return <p class="muted">This plan names no priority groups.</p>;
  return (
    <>
      {plan.priorityGroups.map((g) => (
        <section key={g.priorityGroup.id} aria-labelledby={`pg-${g.priorityGroup.id}`} class="card">
          <h3 id={`pg-${g.priorityGroup.id}`}>
            {g.name} {g.related && <span class="flag">related cohort</span>}
          </h3>
          <p class="muted">{g.priorityGroup.description}</p>
          {g.headlineMeasures.length ? (
            <Deferred height={tableHeight(g.headlineMeasures.length, PRIORITY_GROUP_ROW_HEIGHT)}>
              <ScorecardTable
                caption={`${g.name}: statistics for ${areaName}`}
                slots={slotsOf(g.headlineMeasures)}
                area={area}
                areaName={areaName}
                period={period}
                unavailable={unavailable}
              />
            </Deferred>
          ) : (
            <p class="muted">No headline measures for this group in the plan.</p>
          )}
        </section>
      ))}
    </>
  );
}

function GoalRow({ g }: { g: Goal }) {
  const statuses = g.statuses.slice().sort((a, b) => a.period.end.localeCompare(b.period.end));
  const latest = statuses[statuses.length - 1];
  return (
    <tr>
      <th scope="row" class="goal-text">
        {g.currentWording}
        {g.due && <span class="muted small"> (due {g.due})</span>}
      </th>
      <td>{g.leadAgency}</td>
      <td>
        {statuses.length ? (
          <ol class="rag-history" aria-label="RAG status by period">
            {statuses.map((s) => (
              <li key={s.period.code} title={s.basis}>
                <span class="period">{s.period.label}</span> <RagBadge status={s.rag} />
              </li>
            ))}
          </ol>
        ) : (
          <span class="muted">No status recorded</span>
        )}
      </td>
      <td>
        {g.dispositions.length ? (
          g.dispositions.map((d) => (
            <div key={d.refresh.title + d.disposition}>
              {d.disposition.replace('_', ' ').toLowerCase()} <span class="muted small">({d.refresh.date})</span>
            </div>
          ))
        ) : (
          <span class="muted">—</span>
        )}
      </td>
      <td class="update">
        {latest?.update ? (
          <details>
            <summary>{latest.period.label} update</summary>
            {statuses
              .filter((s) => s.update)
              .map((s) => (
                <p key={s.period.code}>
                  <strong>{s.period.label}:</strong> {s.update}
                </p>
              ))}
          </details>
        ) : (
          <span class="muted">No update</span>
        )}
      </td>
    </tr>
  );
}

export function GoalsAndActions({ plan }: { plan: PlanData['plan'] }) {
  const groups = new Map<string, Goal[]>();
  for (const g of plan.goals) {
    const key = g.pathway?.name ?? g.priorityGroup?.name ?? 'The plan as a whole';
    groups.set(key, [...(groups.get(key) ?? []), g]);
  }
  const actionGroups = new Map<string, Action[]>();
  for (const a of plan.actions) {
    const key = a.pathway?.name ?? a.priorityGroup?.name ?? 'The plan as a whole';
    actionGroups.set(key, [...(actionGroups.get(key) ?? []), a]);
  }
  return (
    <>
      {!plan.goals.length && <p class="muted">This plan has no goals recorded.</p>}
      {[...groups].map(([name, goals]) => (
        <Deferred key={name} height={tableHeight(goals.length, GOAL_ROW_HEIGHT)}>
          <div class="table-scroll">
            <table class="goals">
              <caption>Goals: {name}</caption>
              <thead>
                <tr>
                  <th scope="col">Goal</th>
                  <th scope="col">Lead agency</th>
                  <th scope="col">RAG history</th>
                  <th scope="col">Disposition</th>
                  <th scope="col">Updates</th>
                </tr>
              </thead>
              <tbody>
                {goals.map((g) => (
                  <GoalRow key={g.id} g={g} />
                ))}
              </tbody>
            </table>
          </div>
        </Deferred>
      ))}
      {[...actionGroups].map(([name, actions]) => (
        <Deferred key={`a-${name}`} height={tableHeight(actions.length, ACTION_ROW_HEIGHT)}>
          <div class="table-scroll">
            <table class="actions">
              <caption>Actions: {name}</caption>
              <thead>
                <tr>
                  <th scope="col">Action</th>
                  <th scope="col">Responsible</th>
                  <th scope="col">Timescale</th>
                  <th scope="col">Progress</th>
                </tr>
              </thead>
              <tbody>
                {actions.map((a) => (
                  <tr key={a.id}>
                    <th scope="row">
                      {a.title}
                      <span class="muted small"> {a.objective}</span>
                    </th>
                    <td>{a.responsible.join(', ')}</td>
                    <td>{a.timescale}</td>
                    <td>{a.progress ?? <span class="muted">No update</span>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </Deferred>
      ))}
    </>
  );
}

type Status = keyof typeof COMPLETENESS_LABEL | 'UNAVAILABLE';
const COLUMNS: Array<[Status, string]> = [
  ['PUBLISHED', 'Published'],
  ['ESTIMATED', 'Estimated'],
  ['NOT_YET_AVAILABLE', "Late ('tbc')"],
  ['SUPPRESSED', 'Suppressed'],
  ['EXPECTED_RANGE', 'Range only'],
  ['NOT_YET_DUE', 'Not yet due'],
  ['NOT_APPLICABLE', 'Not applicable'],
  ['MISSING', 'Missing'],
  ['UNAVAILABLE', 'Agency unavailable'],
];

/** The gap analysis of seed 004: per pathway and agency, which figures are there for the chosen area and period. */
export function Completeness({
  groups,
  area,
  areaName,
  period,
}: {
  groups: Array<{ name: string; slots: Slot[] }>;
  area: string;
  areaName: string;
  period: Period | undefined;
}) {
  const rows: Array<{
    group: string;
    agency: string;
    counts: Record<Status, number>;
    gaps: Array<{ name: string; status: Status; explanation: string }>;
  }> = [];
  for (const g of groups) {
    const byAgency = new Map<string, Slot[]>();
    for (const s of g.slots) byAgency.set(agencyOf(s.id), [...(byAgency.get(agencyOf(s.id)) ?? []), s]);
    for (const [agency, slots] of byAgency) {
      const counts = Object.fromEntries(COLUMNS.map(([k]) => [k, 0])) as Record<Status, number>;
      const gaps: Array<{ name: string; status: Status; explanation: string }> = [];
      for (const s of slots) {
        if (!s.measure) {
          counts.UNAVAILABLE += 1;
          gaps.push({ name: s.id, status: 'UNAVAILABLE', explanation: `${agencyTitle(agency)}'s subgraph did not answer.` });
          continue;
        }
        const c = completenessOf(s.measure, area, period);
        counts[c.status] += 1;
        if (c.status !== 'PUBLISHED') gaps.push({ name: s.measure.name, status: c.status, explanation: c.explanation });
      }
      rows.push({ group: g.name, agency, counts, gaps });
    }
  }
  return (
    <>
      <div class="table-scroll">
        <table class="completeness" data-testid="completeness">
          <caption>
            Data completeness: {areaName}, {period?.label ?? 'no period'} (number of headline measures)
          </caption>
          <thead>
            <tr>
              <th scope="col">Pathway or group</th>
              <th scope="col">Agency</th>
              {COLUMNS.map(([k, label]) => (
                <th scope="col" key={k}>
                  {label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.group + r.agency} class={r.counts.UNAVAILABLE ? 'row-unavailable' : ''}>
                <th scope="row">{r.group}</th>
                <td>{agencyTitle(r.agency)}</td>
                {COLUMNS.map(([k]) => (
                  <td key={k} class={r.counts[k] && k !== 'PUBLISHED' ? `gap gap-${k.toLowerCase()}` : ''}>
                    {r.counts[k] || ''}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <details>
        <summary>Which figures are missing, late, estimated or suppressed</summary>
        <ul class="gaps">
          {rows.flatMap((r) =>
            r.gaps.map((g) => (
              <li key={r.group + g.name}>
                <strong>{r.group}</strong>, {agencyTitle(r.agency)}: {g.name}:{' '}
                {g.status === 'UNAVAILABLE' ? 'agency unavailable' : COMPLETENESS_LABEL[g.status]}.{' '}
                <span class="muted">{g.explanation}</span>
              </li>
            )),
          )}
        </ul>
      </details>
    </>
  );
}

export function StockTakeDownload({ plan }: { plan: PlanData['plan'] }) {
  const years: string[] = [];
  for (let y = plan.startYear; y < Math.max(plan.endYear, plan.startYear + 1); y++)
    years.push(`${y}-${String((y + 1) % 100).padStart(2, '0')}`);
  const [year, setYear] = useState(years[0]);
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const chosen = years.includes(year) ? year : years[0];
  const download = async (format: 'pdf' | 'html') => {
    setBusy(true);
    setMessage(`Making the ${format.toUpperCase()} report…`);
    try {
      const url = `../reports/stock-take?plan=${encodeURIComponent(plan.id)}&year=${encodeURIComponent(chosen)}&format=${format}`;
      const { name, bytes } = await downloadFile(url, `stock-take-${plan.id}-${chosen}.${format}`);
      setMessage(`Downloaded ${name} (${Math.round(bytes / 1024)} kB).`);
    } catch (e) {
      setMessage(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="report">
      <label for="report-year">Year of the stock take</label>
      <select id="report-year" value={chosen} onChange={(e) => setYear((e.target as HTMLSelectElement).value)}>
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
      <button type="button" disabled={busy} onClick={() => void download('pdf')} data-testid="download-pdf">
        Download stock-take report (PDF)
      </button>
      <button type="button" disabled={busy} class="secondary" onClick={() => void download('html')} data-testid="download-html">
        Download stock-take report (HTML)
      </button>
      <p role="status" aria-live="polite" data-testid="report-status">
        {message}
      </p>
    </div>
  );
}
