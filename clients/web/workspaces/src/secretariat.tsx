/**
 * The secretariat workspace (/workspace/secretariat): for a plan, each goal's RAG status and comment per quarter or
 * year, the disposition a refresh gave it, wording changes; the action plan's progress; and which agencies'
 * measures the plan's pathways and priority groups use. Every change is one of the plan subgraph's mutations,
 * which audit it; the stock take report reads the same goals.
 */
import { useEffect, useState } from 'preact/hooks';
import { AGENCY_OPERATIONS, type AgencyKey } from '../../../generated/agency-operations';
import type {
  Disposition,
  GoalOutcome,
  Rag,
  SecretariatPlanQuery,
  SecretariatPlansQuery,
  TypedDocumentString,
} from '../../../generated/graphql';
import { execute, type GraphQLErrorItem } from '../../shared/graphql';
import {
  AMEND_GOAL_WORDING,
  LINK_MEASURE,
  PLAN,
  PLANS,
  RECORD_GOAL_OUTCOME,
  SET_GOAL_DISPOSITION,
  SET_GOAL_STATUS,
  UNLINK_MEASURE,
  UPDATE_ACTION_PROGRESS,
} from './secretariat-operations';

type Plan = SecretariatPlanQuery['plan'];
type Goal = Plan['goals'][number];
type Note = { kind: 'ok' | 'error'; text: string } | null;

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));
const errorsText = (errors?: GraphQLErrorItem[]) => (errors ?? []).map((e) => e.message).join(' ');
const RAGS: Rag[] = ['RED', 'AMBER', 'GREEN'];
const DISPOSITIONS: Disposition[] = ['CARRIED_FORWARD', 'AMENDED', 'DISCHARGED'];
const ragName = (r: Rag | null) => (r ? r[0] + r.slice(1).toLowerCase() : 'no colour');
const OUTCOMES: GoalOutcome[] = ['ACHIEVED', 'PARTLY_ACHIEVED', 'NOT_ACHIEVED', 'CARRIED_FORWARD'];
const outcomeName = (o: GoalOutcome) => o[0] + o.slice(1).toLowerCase().replace('_', ' ');

/** Runs a mutation and says what happened; the page then reloads the plan (so everything shown is the graph's). */
async function change(run: () => Promise<{ errors?: GraphQLErrorItem[] }>, ok: string, setNote: (n: Note) => void, reload: () => void) {
  try {
    const r = await run();
    if (r.errors?.length) return setNote({ kind: 'error', text: errorsText(r.errors) });
    setNote({ kind: 'ok', text: ok });
    reload();
  } catch (e) {
    setNote({ kind: 'error', text: messageOf(e) });
  }
}

export function SecretariatWorkspace() {
  const initial = new URLSearchParams(window.location.search);
  const [plans, setPlans] = useState<SecretariatPlansQuery['partnerships']>([]);
  const [planId, setPlanId] = useState(initial.get('plan') ?? '');
  const [plan, setPlan] = useState<Plan | null>(null);
  const [failure, setFailure] = useState('');
  const [note, setNote] = useState<Note>(null);
  const [version, setVersion] = useState(0);
  const reload = () => setVersion((v) => v + 1);

  useEffect(() => {
    execute(PLANS)
      .then((r) => {
        const list = r.data?.partnerships ?? [];
        setPlans(list);
        if (!planId) setPlanId(list.flatMap((p) => p.plans)[0]?.id ?? '');
      })
      .catch((e) => setFailure(messageOf(e)));
  }, []);
  useEffect(() => {
    if (!planId) return undefined;
    history.replaceState(null, '', `${window.location.pathname}?plan=${encodeURIComponent(planId)}`);
    let live = true;
    execute(PLAN, { plan: planId })
      .then((r) => {
        if (!live) return;
        setPlan(r.data?.plan ?? null);
        setFailure(r.errors?.length ? errorsText(r.errors) : '');
      })
      .catch((e) => live && setFailure(messageOf(e)));
    return () => {
      live = false;
    };
  }, [planId, version]);

  const years = plan
    ? Array.from(
        { length: plan.endYear - plan.startYear },
        (_, i) => `${plan.startYear + i}-${String((plan.startYear + i + 1) % 100).padStart(2, '0')}`,
      )
    : [];
  return (
    <main id="main" tabIndex={-1}>
      <h1>Plan secretariat</h1>
      <div class="filters">
        <div>
          <label for="plan">Plan</label>
          <select id="plan" value={planId} onChange={(e) => setPlanId((e.target as HTMLSelectElement).value)}>
            {plans.map((p) => (
              <optgroup key={p.id} label={p.name}>
                {p.plans.map((pl) => (
                  <option key={pl.id} value={pl.id}>
                    {pl.title} ({pl.periodLabel})
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
        {plan && (
          <div>
            <span class="label">Stock take report</span>
            <ul class="inline-list">
              {years.map((y) => (
                <li key={y}>
                  <a href={`/reports/stock-take?plan=${encodeURIComponent(plan.id)}&year=${y}&format=html`}>{y}</a>
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
      <div aria-live="polite">
        {note && (
          <p class={note.kind === 'ok' ? 'success' : 'error'} role={note.kind === 'ok' ? 'status' : 'alert'}>
            {note.text}
          </p>
        )}
      </div>
      {failure && (
        <p class="error" role="alert">
          {failure}
        </p>
      )}
      {plan && (
        <>
          <Goals plan={plan} setNote={setNote} reload={reload} />
          <Actions plan={plan} setNote={setNote} reload={reload} />
          <MeasureLinks plan={plan} setNote={setNote} reload={reload} />
        </>
      )}
    </main>
  );
}

function Goals({ plan, setNote, reload }: { plan: Plan; setNote: (n: Note) => void; reload: () => void }) {
  const [open, setOpen] = useState<string | null>(null);
  return (
    <section aria-labelledby="goals-h">
      <h2 id="goals-h">Goals</h2>
      <div class="table-scroll">
        <table>
          <caption>
            {plan.goals.length} goals of {plan.title}: the latest status of each, and what you can record
          </caption>
          <thead>
            <tr>
              <th scope="col">Goal</th>
              <th scope="col">Lead</th>
              <th scope="col">Latest status</th>
              <th scope="col">Refreshes</th>
              <th scope="col">Change</th>
            </tr>
          </thead>
          <tbody>
            {plan.goals.map((g) => {
              const latest = [...g.statuses].sort((a, b) => a.period.end.localeCompare(b.period.end)).at(-1);
              return (
                <tr key={g.id}>
                  <th scope="row">
                    {g.currentWording}
                    <div class="small muted">{g.pathway?.name ?? g.priorityGroup?.name ?? 'The plan as a whole'}</div>
                  </th>
                  <td>{g.leadAgency}</td>
                  <td>
                    {latest ? (
                      <>
                        <span class={`rag rag-${(latest.rag ?? 'none').toLowerCase()}`}>{ragName(latest.rag)}</span> {latest.period.label}
                        {latest.outcome && (
                          <div class="small">
                            Outcome: {outcomeName(latest.outcome)}
                            {latest.comment ? `. ${latest.comment}` : ''}
                          </div>
                        )}
                        {latest.update && <div class="small">{latest.update}</div>}
                        {latest.setBy && (
                          <div class="small muted">
                            set by {latest.setBy}
                            {latest.setAt ? `, ${new Date(latest.setAt).toLocaleDateString('en-GB')}` : ''}
                          </div>
                        )}
                      </>
                    ) : (
                      <span class="muted">none yet</span>
                    )}
                  </td>
                  <td class="small">
                    {g.dispositions.map((d) => `${d.refresh.title}: ${d.disposition.toLowerCase().replace('_', ' ')}`).join('; ') || '—'}
                  </td>
                  <td>
                    <button
                      type="button"
                      class="secondary"
                      aria-expanded={open === g.id}
                      aria-controls={`goal-${g.id}`}
                      onClick={() => setOpen(open === g.id ? null : g.id)}
                    >
                      Update<span class="visually-hidden"> goal: {g.currentWording.slice(0, 60)}</span>
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {open && <GoalEditor key={open} plan={plan} goal={plan.goals.find((g) => g.id === open)!} setNote={setNote} reload={reload} />}
    </section>
  );
}

function GoalEditor({ plan, goal, setNote, reload }: { plan: Plan; goal: Goal; setNote: (n: Note) => void; reload: () => void }) {
  const [period, setPeriod] = useState('');
  const [rag, setRag] = useState<Rag>('GREEN');
  const [comment, setComment] = useState('');
  const [refreshId, setRefreshId] = useState(plan.refreshes[0]?.id ?? '');
  const [disposition, setDisposition] = useState<Disposition>('CARRIED_FORWARD');
  const [newWording, setNewWording] = useState('');
  const [wording, setWording] = useState(goal.currentWording);
  const [reason, setReason] = useState('');
  const [year, setYear] = useState('');
  const [outcome, setOutcome] = useState<GoalOutcome>('ACHIEVED');
  const [outcomeRag, setOutcomeRag] = useState<Rag>('GREEN');
  const [outcomeComment, setOutcomeComment] = useState('');
  const id = (s: string) => `goal-${goal.id}-${s}`;
  const firstYear = `${plan.startYear}-${String((plan.startYear + 1) % 100).padStart(2, '0')}`;
  return (
    <div id={`goal-${goal.id}`} class="card editor" role="region" aria-label={`Update goal: ${goal.currentWording.slice(0, 80)}`}>
      <h3>{goal.currentWording}</h3>
      <form
        class="stack"
        onSubmit={(e) => {
          e.preventDefault();
          void change(
            () => execute(SET_GOAL_STATUS, { goalId: goal.id, period, rag, comment }),
            `Recorded ${ragName(rag)} for ${period}.`,
            setNote,
            reload,
          );
        }}
      >
        <h4>RAG status for a quarter or a year</h4>
        <label for={id('period')}>
          Quarter or year (e.g. {plan.startYear}-{String((plan.startYear + 1) % 100).padStart(2, '0')} Q1, or {plan.startYear}-
          {String((plan.startYear + 1) % 100).padStart(2, '0')})
        </label>
        <input id={id('period')} required value={period} onInput={(e) => setPeriod((e.target as HTMLInputElement).value)} />
        <fieldset>
          <legend>Status</legend>
          {RAGS.map((r) => (
            <label key={r} class="choice">
              <input type="radio" name={id('rag')} value={r} checked={rag === r} onChange={() => setRag(r)} /> {ragName(r)}
            </label>
          ))}
        </fieldset>
        <label for={id('comment')}>Comment (the update the board reads)</label>
        <textarea
          id={id('comment')}
          required
          rows={3}
          value={comment}
          onInput={(e) => setComment((e.target as HTMLTextAreaElement).value)}
        />
        <p>
          <button type="submit">Record status</button>
        </p>
      </form>
      <form
        class="stack"
        onSubmit={(e) => {
          e.preventDefault();
          void change(
            () => execute(RECORD_GOAL_OUTCOME, { goalId: goal.id, period: year, outcome, rag: outcomeRag, comment: outcomeComment }),
            `Recorded the ${year} outcome: ${outcomeName(outcome)}, ${ragName(outcomeRag)}.`,
            setNote,
            reload,
          );
        }}
      >
        <h4>End-of-year outcome</h4>
        <label for={id('year')}>
          Year (e.g. {firstYear}, or a calendar year such as {plan.startYear})
        </label>
        <input id={id('year')} required value={year} onInput={(e) => setYear((e.target as HTMLInputElement).value)} />
        <label for={id('outcome')}>Outcome</label>
        <select id={id('outcome')} value={outcome} onChange={(e) => setOutcome((e.target as HTMLSelectElement).value as GoalOutcome)}>
          {OUTCOMES.map((o) => (
            <option key={o} value={o}>
              {outcomeName(o)}
            </option>
          ))}
        </select>
        <fieldset>
          <legend>Status for the year</legend>
          {RAGS.map((r) => (
            <label key={r} class="choice">
              <input type="radio" name={id('outcome-rag')} value={r} checked={outcomeRag === r} onChange={() => setOutcomeRag(r)} />{' '}
              {ragName(r)}
            </label>
          ))}
        </fieldset>
        <label for={id('outcome-comment')}>Comment on the outcome (the evidence the board reads)</label>
        <textarea
          id={id('outcome-comment')}
          required
          rows={3}
          value={outcomeComment}
          onInput={(e) => setOutcomeComment((e.target as HTMLTextAreaElement).value)}
        />
        <p>
          <button type="submit">Record outcome</button>
        </p>
      </form>
      {plan.refreshes.length > 0 && (
        <form
          class="stack"
          onSubmit={(e) => {
            e.preventDefault();
            void change(
              () =>
                execute(SET_GOAL_DISPOSITION, {
                  goalId: goal.id,
                  refreshId,
                  disposition,
                  newWording: disposition === 'AMENDED' ? newWording : null,
                }),
              'Disposition recorded.',
              setNote,
              reload,
            );
          }}
        >
          <h4>Disposition at a refresh</h4>
          <label for={id('refresh')}>Refresh</label>
          <select id={id('refresh')} value={refreshId} onChange={(e) => setRefreshId((e.target as HTMLSelectElement).value)}>
            {plan.refreshes.map((r) => (
              <option key={r.id} value={r.id}>
                {r.title} ({r.date})
              </option>
            ))}
          </select>
          <label for={id('disposition')}>Decision</label>
          <select
            id={id('disposition')}
            value={disposition}
            onChange={(e) => setDisposition((e.target as HTMLSelectElement).value as Disposition)}
          >
            {DISPOSITIONS.map((d) => (
              <option key={d} value={d}>
                {d.toLowerCase().replace('_', ' ')}
              </option>
            ))}
          </select>
          {disposition === 'AMENDED' && (
            <>
              <label for={id('new-wording')}>New wording</label>
              <textarea
                id={id('new-wording')}
                required
                rows={2}
                value={newWording}
                onInput={(e) => setNewWording((e.target as HTMLTextAreaElement).value)}
              />
            </>
          )}
          <p>
            <button type="submit">Record disposition</button>
          </p>
        </form>
      )}
      <form
        class="stack"
        onSubmit={(e) => {
          e.preventDefault();
          void change(
            () => execute(AMEND_GOAL_WORDING, { goalId: goal.id, wording, reason }),
            'Wording changed; the old wording is kept in its history.',
            setNote,
            reload,
          );
        }}
      >
        <h4>Change the wording</h4>
        <label for={id('wording')}>Wording</label>
        <textarea
          id={id('wording')}
          required
          rows={2}
          value={wording}
          onInput={(e) => setWording((e.target as HTMLTextAreaElement).value)}
        />
        <label for={id('reason')}>Why</label>
        <input id={id('reason')} required value={reason} onInput={(e) => setReason((e.target as HTMLInputElement).value)} />
        <p>
          <button type="submit">Change wording</button>
        </p>
      </form>
      {goal.wordingHistory.length > 0 && (
        <details>
          <summary>Earlier wordings ({goal.wordingHistory.length})</summary>
          <ul>
            {goal.wordingHistory.map((w, i) => (
              <li key={i}>
                {w.previousWording} → {w.wording}: {w.reason} ({w.amendedBy}, {new Date(w.amendedAt).toLocaleDateString('en-GB')})
              </li>
            ))}
          </ul>
        </details>
      )}
      <h4>Statuses recorded</h4>
      <ul>
        {[...goal.statuses]
          .sort((a, b) => a.period.end.localeCompare(b.period.end))
          .map((s) => (
            <li key={s.period.code}>
              {s.period.label}: {s.outcome ? `${outcomeName(s.outcome)}, ` : ''}
              {ragName(s.rag)}
              {s.update ? `: ${s.update}` : ''}
              {s.comment ? ` (outcome comment: ${s.comment})` : ''}
            </li>
          ))}
      </ul>
    </div>
  );
}

function Actions({ plan, setNote, reload }: { plan: Plan; setNote: (n: Note) => void; reload: () => void }) {
  const [editing, setEditing] = useState<string | null>(null);
  const [progress, setProgress] = useState('');
  return (
    <section aria-labelledby="actions-h">
      <h2 id="actions-h">Actions</h2>
      {plan.actions.length === 0 ? (
        <p>This plan has no action plan.</p>
      ) : (
        <div class="table-scroll">
          <table>
            <caption>The action plan of {plan.title}</caption>
            <thead>
              <tr>
                <th scope="col">Action</th>
                <th scope="col">Responsible</th>
                <th scope="col">When</th>
                <th scope="col">Progress</th>
              </tr>
            </thead>
            <tbody>
              {plan.actions.map((a) => (
                <tr key={a.id}>
                  <th scope="row">
                    {a.title}
                    <div class="small muted">{a.objective}</div>
                  </th>
                  <td>{a.responsible.join(', ')}</td>
                  <td>{a.timescale}</td>
                  <td>
                    {editing === a.id ? (
                      <form
                        class="stack"
                        onSubmit={(e) => {
                          e.preventDefault();
                          void change(
                            () => execute(UPDATE_ACTION_PROGRESS, { actionId: a.id, progress }),
                            'Progress recorded.',
                            setNote,
                            () => {
                              setEditing(null);
                              reload();
                            },
                          );
                        }}
                      >
                        <label for={`progress-${a.id}`}>Progress to date</label>
                        <textarea
                          id={`progress-${a.id}`}
                          required
                          rows={3}
                          value={progress}
                          onInput={(e) => setProgress((e.target as HTMLTextAreaElement).value)}
                        />
                        <p>
                          <button type="submit">Save progress</button>{' '}
                          <button type="button" class="secondary" onClick={() => setEditing(null)}>
                            Cancel
                          </button>
                        </p>
                      </form>
                    ) : (
                      <>
                        {a.progress ?? <span class="muted">none recorded</span>}{' '}
                        <button
                          type="button"
                          class="secondary"
                          onClick={() => {
                            setEditing(a.id);
                            setProgress(a.progress ?? '');
                          }}
                        >
                          Update progress<span class="visually-hidden"> of {a.title}</span>
                        </button>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

type Candidate = { id: string; name: string; agency: string; retired: boolean };

function MeasureLinks({ plan, setNote, reload }: { plan: Plan; setNote: (n: Note) => void; reload: () => void }) {
  const [candidates, setCandidates] = useState<Candidate[]>([]);
  const [target, setTarget] = useState('');
  const [measure, setMeasure] = useState('');
  useEffect(() => {
    // Every agency's own list (measures not yet in any plan included); an agency that is down is left out.
    void Promise.all(
      (Object.keys(AGENCY_OPERATIONS) as AgencyKey[]).map((k) =>
        execute(AGENCY_OPERATIONS[k].measureList as TypedDocumentString<{ measures: Candidate[] }, Record<string, never>>)
          .then((r) => r.data?.measures ?? [])
          .catch(() => []),
      ),
    ).then((lists) => setCandidates(lists.flat().filter((m) => !m.retired)));
  }, []);
  const groups = [
    ...plan.pathways.map((p) => ({
      key: `pathway:${p.pathway.id}`,
      label: `Pathway: ${p.name}`,
      measures: p.headlineMeasures,
      input: { pathway: p.pathway.id },
    })),
    ...plan.priorityGroups.map((g) => ({
      key: `group:${g.priorityGroup.id}`,
      label: `Priority group: ${g.name}`,
      measures: g.headlineMeasures,
      input: { priorityGroup: g.priorityGroup.id },
    })),
  ];
  const chosen = groups.find((g) => g.key === target);
  const chosenMeasure = candidates.find((m) => m.id === measure);
  return (
    <section aria-labelledby="links-h">
      <h2 id="links-h">Measures of pathways and priority groups</h2>
      <form
        class="filters"
        onSubmit={(e) => {
          e.preventDefault();
          if (!chosen || !chosenMeasure) return;
          void change(
            () =>
              execute(LINK_MEASURE, {
                input: { plan: plan.id, agency: chosenMeasure.agency, measureId: chosenMeasure.id, ...chosen.input },
              }),
            `${chosenMeasure.name} now counts towards ${chosen.label}.`,
            setNote,
            reload,
          );
        }}
      >
        <div>
          <label for="link-target">Pathway or priority group</label>
          <select id="link-target" required value={target} onChange={(e) => setTarget((e.target as HTMLSelectElement).value)}>
            <option value="">Choose…</option>
            {groups.map((g) => (
              <option key={g.key} value={g.key}>
                {g.label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label for="link-measure">Measure</label>
          <select id="link-measure" required value={measure} onChange={(e) => setMeasure((e.target as HTMLSelectElement).value)}>
            <option value="">Choose…</option>
            {candidates.map((m) => (
              <option key={m.id} value={m.id}>
                {m.agency}: {m.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <button type="submit">Link measure</button>
        </div>
      </form>
      {groups.map((g) => (
        <div key={g.key}>
          <h3>{g.label}</h3>
          {g.measures.length === 0 ? (
            <p class="muted">No measures.</p>
          ) : (
            <ul>
              {g.measures.map(
                (m, i) =>
                  m && (
                    <li key={m.id ?? i}>
                      {m.agency}: {m.name}{' '}
                      <button
                        type="button"
                        class="secondary"
                        onClick={() =>
                          void change(
                            () => execute(UNLINK_MEASURE, { input: { plan: plan.id, agency: m.agency, measureId: m.id, ...g.input } }),
                            `${m.name} unlinked from ${g.label}.`,
                            setNote,
                            reload,
                          )
                        }
                      >
                        Unlink
                        <span class="visually-hidden">
                          {' '}
                          {m.name} from {g.label}
                        </span>
                      </button>
                    </li>
                  ),
              )}
            </ul>
          )}
        </div>
      ))}
    </section>
  );
}
