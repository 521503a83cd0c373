/**
 * The board dashboard: signed in through the hub's identity provider (the web process holds the session; the page
 * holds no token), lets the board choose partnership, plan, area and period, and
 * shows the scorecard by pathway, the basket of measures, priority groups, goals and actions, data completeness
 * and the stock-take report. Every figure comes from the graph through POST /graphql.
 */
import { render } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { TypedDocumentString } from '../../../generated/graphql';
import { Banner, SignInPrompt } from '../../shared/banner';
import { execute, whenSignedOut, type GraphQLErrorItem } from '../../shared/graphql';
import { dropTokenLink, loadSession, watchTokenLinks, type SessionState, type SignedIn } from '../../shared/session';
import { COMPLETENESS, MEASURES, OPTIONS, PLAN, type Measure } from './queries';
import { busiestPeriod, flattenAreas, periodsOf, unavailableAgencies } from './model';
import { Overview } from './overview';
import { ScorecardTable, type Slot } from './scorecard';
import { Basket, Completeness, GoalsAndActions, PriorityGroups, StockTakeDownload } from './sections';
import { AreaParts, PathwayParts, PriorityGroupParts, useAgencyParts } from './agency-parts';
import { Deferred, renderInBackground, showFragmentTarget, tableHeight } from './deferred';

interface Loaded<T> {
  data?: T;
  errors?: GraphQLErrorItem[];
  loading: boolean;
  failure?: string;
}

function useQuery<T, V>(doc: TypedDocumentString<T, V>, variables: V | null): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({ loading: !!variables });
  const key = JSON.stringify(variables);
  useEffect(() => {
    if (!variables) {
      // Nothing to ask (e.g. a partnership without a plan): show nothing rather than the previous answer.
      setState({ loading: false });
      return undefined;
    }
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    // A 401 (the session ended) is told to whenSignedOut, which shows the sign-in page.
    execute(doc, variables)
      .then((r) => live && setState({ data: r.data ?? undefined, errors: r.errors, loading: false }))
      .catch((e: unknown) => live && setState({ loading: false, failure: e instanceof Error ? e.message : String(e) }));
    return () => {
      live = false;
    };
  }, [key]);
  return state;
}

function ErrorList({ errors }: { errors?: GraphQLErrorItem[] }) {
  const others = (errors ?? []).filter((e) => !['SUBGRAPH_UNAVAILABLE', 'DATABASE_UNAVAILABLE'].includes(e.extensions?.code ?? ''));
  if (!others.length) return null;
  return (
    <div class="error" role="alert">
      {others.map((e, i) => (
        <p key={i}>{e.message}</p>
      ))}
    </div>
  );
}

/**
 * Estimates of the deferred blocks' heights (see deferred.tsx): averages of the seeded plans at 1366 px wide for a
 * partnership's whole area, whose rows list the figures of the areas within it.
 */
const SCORECARD_ROW_HEIGHT = 120;
const BASKET_CHARTS_HEIGHT = 400;
const BASKET_ROW_HEIGHT = 150;
const COMPLETENESS_ROW_HEIGHT = 55;

function Dashboard({ session }: { session: SignedIn }) {
  const options = useQuery(OPTIONS, {});
  // The choices live in the address (?partnership=&plan=&area=&period=), so a view can be bookmarked or shared.
  const initial = new URLSearchParams(window.location.search);
  const [partnershipId, setPartnershipId] = useState<string>(initial.get('partnership') ?? '');
  const [planId, setPlanId] = useState<string>(initial.get('plan') ?? '');
  const [area, setArea] = useState<string>(initial.get('area') ?? '');
  const [periodCode, setPeriodCode] = useState<string>(initial.get('period') ?? '');

  const partnerships = options.data?.partnerships ?? [];
  // Default: the partnership with most plans (Kent and Medway in the seeded hub).
  const partnership =
    partnerships.find((p) => p.id === partnershipId) ?? partnerships.slice().sort((a, b) => b.plans.length - a.plans.length)[0];
  const plans = partnership?.plans ?? [];
  const planChoice = plans.find((p) => p.id === planId) ?? plans[0];
  const areas = partnership ? flattenAreas(partnership.area) : [];
  const areaCode = areas.find((a) => a.code === area)?.code ?? partnership?.area.code ?? '';
  const areaName = areas.find((a) => a.code === areaCode)?.name ?? areaCode;

  const plan = useQuery(PLAN, planChoice ? { plan: planChoice.id } : null);
  const parts = useAgencyParts(planChoice?.id, areaCode);
  const measures = useQuery(MEASURES, planChoice && areaCode ? { plan: planChoice.id, area: areaCode } : null);

  const byId = useMemo(
    () =>
      new Map(
        (measures.data?.headlineMeasures ?? []).filter((m): m is NonNullable<typeof m> => !!m).map((m): [string, Measure] => [m.id, m]),
      ),
    [measures.data],
  );
  const all = [...byId.values()];
  const periods = useMemo(() => periodsOf(all), [measures.data]);
  const defaultPeriod = useMemo(() => busiestPeriod(all), [measures.data]);
  const period = periods.find((p) => p.code === periodCode) ?? periods.find((p) => p.code === defaultPeriod) ?? periods[0];
  // What is shown, written back to the address (the defaults too, so a copied link is explicit).
  const shown: Array<[string, string | undefined]> = [
    ['partnership', partnership?.id],
    ['plan', planChoice?.id],
    ['area', areaCode],
    ['period', measures.loading ? periodCode : period?.code],
  ];
  useEffect(() => {
    const q = new URLSearchParams();
    for (const [k, v] of shown) if (v) q.set(k, v);
    const search = q.toString();
    const address = `${window.location.pathname}${search ? `?${search}` : ''}${window.location.hash}`;
    // Only when it changes: replaceState costs a few milliseconds, and the page renders several times as it loads.
    if (address !== `${window.location.pathname}${window.location.search}${window.location.hash}`) history.replaceState(null, '', address);
  }, [JSON.stringify(shown)]);
  // The graph's own completeness once it serves statistics; until then the page works it out from the figures.
  const completeness = useQuery(
    COMPLETENESS,
    planChoice && areaCode && period && !measures.loading ? { plan: planChoice.id, area: areaCode, period: period.code } : null,
  );
  const completenessById = new Map((completeness.data?.headlineMeasures ?? []).filter((c) => !!c).map((c) => [c!.id, c!.completeness]));
  const unavailable = unavailableAgencies([...(measures.errors ?? []), ...(plan.errors ?? [])]);
  // The plan's lists are ids only, which the plan subgraph answers alone; the schema still allows a null item.
  const slotsOf = (ids: ReadonlyArray<{ id: string } | null>): Slot[] =>
    ids
      .filter((x): x is { id: string } => !!x)
      .map(({ id }) => {
        const m = byId.get(id);
        return { id, measure: m ? (completenessById.has(id) ? { ...m, completeness: completenessById.get(id) } : m) : null };
      });

  const p = planChoice ? plan.data?.plan : undefined;
  const pathwayGroups = p ? p.pathways.map((pw) => ({ name: pw.name, slots: slotsOf(pw.headlineMeasures) })) : [];
  const completenessGroups = p
    ? [
        { name: 'Basket of measures', slots: slotsOf(p.basket) },
        ...pathwayGroups,
        ...p.priorityGroups.map((g) => ({ name: g.name, slots: slotsOf(g.headlineMeasures) })),
      ]
    : [];
  // The agencies' own parts count too: a reader (or a print) that waits for the page to be ready gets them as well.
  const busy = options.loading || plan.loading || measures.loading || completeness.loading || parts.loading;
  // The sections below the first screen render in idle time only once every answer is in: until then the main
  // thread is kept for the figures on the screen.
  const settled = !busy && !!p;
  useEffect(() => renderInBackground(settled), [settled]);
  // A link into the page (#goals, a pathway's #pw-...) names an element that exists only once the plan is shown.
  const fragmentShown = useRef(false);
  useEffect(() => {
    if (!settled || fragmentShown.current) return;
    fragmentShown.current = true;
    if (window.location.hash) showFragmentTarget(true);
  }, [settled]);

  return (
    <>
      <Banner
        title="Reducing re-offending: board dashboard"
        session={session}
        links={[
          { href: '#scorecard', label: 'Scorecard' },
          { href: '#basket', label: 'Basket of measures' },
          { href: '#priority-groups', label: 'Priority groups' },
          { href: '#goals', label: 'Goals and actions' },
          { href: '#completeness', label: 'Data completeness' },
          { href: '#report', label: 'Stock-take report' },
          ...(session.role === 'agency-editor' || session.role === 'admin' ? [{ href: '/workspace/agency', label: 'Agency figures' }] : []),
          ...(session.role === 'secretariat' || session.role === 'admin'
            ? [{ href: '/workspace/secretariat', label: 'Plan secretariat' }]
            : []),
        ]}
      />
      <main id="main" tabIndex={-1} aria-busy={busy}>
        <h1>{p && planChoice ? p.title : partnership ? partnership.name : 'Board dashboard'}</h1>
        {options.failure && (
          <p class="error" role="alert">
            {options.failure}
          </p>
        )}
        <form class="filters" aria-label="Choose what to show" onSubmit={(e) => e.preventDefault()}>
          <div>
            <label for="partnership">Partnership</label>
            <select
              id="partnership"
              value={partnership?.id ?? ''}
              onChange={(e) => {
                setPartnershipId((e.target as HTMLSelectElement).value);
                setPlanId('');
                setArea('');
                setPeriodCode('');
              }}
            >
              {partnerships.map((x) => (
                <option key={x.id} value={x.id}>
                  {x.name}
                  {x.plans.length ? '' : ' (no plan)'}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label for="plan">Plan</label>
            <select
              id="plan"
              value={planChoice?.id ?? ''}
              disabled={!plans.length}
              onChange={(e) => {
                setPlanId((e.target as HTMLSelectElement).value);
                setPeriodCode('');
              }}
            >
              {plans.map((x) => (
                <option key={x.id} value={x.id}>
                  {x.title}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label for="area">Area</label>
            <select id="area" value={areaCode} onChange={(e) => setArea((e.target as HTMLSelectElement).value)}>
              {areas.map((a) => (
                <option key={a.code} value={a.code}>
                  {'\u00a0\u00a0'.repeat(a.depth)}
                  {a.name}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label for="period">Period</label>
            <select
              id="period"
              value={period?.code ?? ''}
              disabled={!periods.length}
              onChange={(e) => setPeriodCode((e.target as HTMLSelectElement).value)}
            >
              {periods.map((x) => (
                <option key={x.code} value={x.code}>
                  {x.label}
                </option>
              ))}
            </select>
          </div>
        </form>
        <p class="muted small" role="status" aria-live="polite" data-testid="load-status">
          {busy
            ? 'Loading figures…'
            : p
              ? `Showing ${areaName}, ${period?.label ?? 'no period with figures'}. A figure for an earlier period is shown with its period when the chosen one has none.`
              : ''}
        </p>
        {(planChoice || options.loading) && (
          <Overview
            groups={p ? p.pathways.map((pw) => ({ id: pw.pathway.id, name: pw.name, slots: slotsOf(pw.headlineMeasures) })) : []}
            others={p ? slotsOf(p.basket) : []}
            area={areaCode}
            areaName={areaName}
            period={period}
            loading={!p || measures.loading || !!measures.failure}
          />
        )}
        {!plans.length && partnership && (
          <section aria-labelledby="no-plan-h" class="card" data-testid="no-plan">
            <h2 id="no-plan-h">{partnership.name} has no plan in the hub</h2>
            <p>{partnership.description}</p>
          </section>
        )}
        {plan.failure && (
          <p class="error" role="alert">
            {plan.failure}
          </p>
        )}
        {measures.failure && (
          <p class="error" role="alert">
            {measures.failure}
          </p>
        )}
        <ErrorList errors={plan.errors} />
        <ErrorList errors={measures.errors} />
        <ErrorList errors={completeness.errors} />
        {[...unavailable].map(([agency, message]) => (
          <p class="unavailable" role="alert" key={agency} data-testid={`banner-unavailable-${agency}`}>
            <strong>{agency.charAt(0).toUpperCase() + agency.slice(1)} figures unavailable:</strong> {message}. The rest of the page is up
            to date.
          </p>
        ))}
        {p && (
          <>
            <section id="scorecard" aria-labelledby="scorecard-h">
              <h2 id="scorecard-h">Scorecard by pathway</h2>
              {p.pathways.map((pw) => (
                <section key={pw.pathway.id} aria-labelledby={`pw-${pw.pathway.id}`} class="card">
                  <h3 id={`pw-${pw.pathway.id}`}>
                    {pw.name}
                    {pw.priorityIntervention && <span class="flag">priority intervention</span>}
                  </h3>
                  {pw.headlineMeasures.length ? (
                    <Deferred height={tableHeight(pw.headlineMeasures.length, SCORECARD_ROW_HEIGHT)}>
                      <ScorecardTable
                        caption={`${pw.name}: ${areaName}, ${period?.label ?? ''}`}
                        slots={slotsOf(pw.headlineMeasures)}
                        area={areaCode}
                        areaName={areaName}
                        period={period}
                        unavailable={unavailable}
                        loading={measures.loading}
                      />
                    </Deferred>
                  ) : (
                    <p class="muted">No headline measures for this pathway.</p>
                  )}
                </section>
              ))}
              <PathwayParts parts={parts} />
            </section>
            <section id="basket" aria-labelledby="basket-h">
              <h2 id="basket-h">Basket of measures</h2>
              {p.basket.length ? (
                <Deferred height={BASKET_CHARTS_HEIGHT + tableHeight(p.basket.length, BASKET_ROW_HEIGHT)}>
                  <Basket
                    slots={slotsOf(p.basket)}
                    byId={byId}
                    area={areaCode}
                    areaName={areaName}
                    period={period}
                    unavailable={unavailable}
                  />
                </Deferred>
              ) : (
                <p class="muted">This plan has no basket of measures.</p>
              )}
            </section>
            <section id="priority-groups" aria-labelledby="pg-h">
              <h2 id="pg-h">Priority groups</h2>
              <PriorityGroups plan={p} slotsOf={slotsOf} area={areaCode} areaName={areaName} period={period} unavailable={unavailable} />
              <PriorityGroupParts parts={parts} />
            </section>
            <AreaParts parts={parts} areaName={areaName} />
            <section id="goals" aria-labelledby="goals-h">
              <h2 id="goals-h">Goals and actions</h2>
              <GoalsAndActions plan={p} />
            </section>
            <section id="completeness" aria-labelledby="completeness-h">
              <h2 id="completeness-h">Data completeness</h2>
              <Deferred height={tableHeight(completenessGroups.length, COMPLETENESS_ROW_HEIGHT)}>
                <Completeness groups={completenessGroups} area={areaCode} areaName={areaName} period={period} />
              </Deferred>
            </section>
            <section id="report" aria-labelledby="report-h">
              <h2 id="report-h">Stock-take report</h2>
              <StockTakeDownload plan={p} />
            </section>
          </>
        )}
      </main>
      <footer class="footer">
        <p class="muted small">Figures as published by each partner agency, through the partner-agency graph.</p>
      </footer>
    </>
  );
}

function App() {
  // A development link (#token=...) never signs anyone in, least of all over a session already signed in.
  const [notice, setNotice] = useState(() =>
    dropTokenLink()
      ? 'A sign-in link was ignored: the dashboard signs in only through the identity provider, and never replaces who is signed in.'
      : '',
  );
  const [session, setSession] = useState<SessionState | null>(null);
  const [failure, setFailure] = useState('');
  useEffect(() => {
    loadSession().then(setSession, (e) => setFailure(e instanceof Error ? e.message : String(e)));
    const unwatch = watchTokenLinks(() =>
      setNotice(
        'A sign-in link was ignored: the dashboard signs in only through the identity provider, and never replaces who is signed in.',
      ),
    );
    whenSignedOut((m) => {
      setNotice(`You have been signed out: ${m}`);
      setSession({ signedIn: false, signInAvailable: true });
    });
    return unwatch;
  }, []);
  if (failure)
    return (
      <main id="main" tabIndex={-1}>
        <h1>Board dashboard</h1>
        <p class="error" role="alert">
          {failure}
        </p>
      </main>
    );
  if (!session)
    return (
      <main id="main" tabIndex={-1}>
        <p role="status">Loading the dashboard…</p>
      </main>
    );
  if (!session.signedIn)
    return (
      <>
        <Banner title="Reducing re-offending: board dashboard" session={session} />
        <SignInPrompt title="Sign in" message={notice} />
      </>
    );
  return (
    <>
      {notice && (
        <p class="note" role="status" data-testid="ignored-link">
          {notice}
        </p>
      )}
      <Dashboard session={session} />
    </>
  );
}

const root = document.getElementById('app')!;
root.textContent = '';
render(<App />, root);
