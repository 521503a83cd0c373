/**
 * The first screen: the state of the plan at a glance for the chosen area and period. Per pathway, how many
 * headline measures are rated red, amber, green or not rated; the measures whose figure changed significantly,
 * each with a sparkline; the reasons open on demand. Its size is fixed before any figure arrives (skeleton rows of
 * the same height), so nothing on the screen moves as the answers come in.
 */
import type { Measure, Observation, Period } from './queries';
import { figuresAt } from './model';
import { RagBadge, type Slot } from './scorecard';
import { Sparkline } from './sparkline';

export type RagCount = { RED: number; AMBER: number; GREEN: number; NONE: number };

/** The figure a measure shows for the area and period (the first of the nested areas' when it has none of its own). */
export function shownFigure(m: Measure, area: string, period: Period | undefined): Observation | undefined {
  return figuresAt(m, area, period).observations[0];
}

/** Red / amber / green / not rated counts of a group's measures (an unavailable agency's measure is not rated). */
export function ragCounts(slots: Slot[], area: string, period: Period | undefined): RagCount {
  const counts: RagCount = { RED: 0, AMBER: 0, GREEN: 0, NONE: 0 };
  for (const s of slots) {
    const status = s.measure ? shownFigure(s.measure, area, period)?.rag?.status : null;
    counts[status ?? 'NONE'] += 1;
  }
  return counts;
}

/** Measures whose shown figure changed significantly against the previous one, worsened first. */
export function significantChanges(slots: Slot[], area: string, period: Period | undefined): Array<{ m: Measure; o: Observation }> {
  const seen = new Set<string>();
  const out: Array<{ m: Measure; o: Observation }> = [];
  for (const s of slots) {
    if (!s.measure || seen.has(s.id)) continue;
    seen.add(s.id);
    const o = shownFigure(s.measure, area, period);
    if (o?.change?.significant) out.push({ m: s.measure, o });
  }
  const rank = (o: Observation) => (o.change?.assessment === 'WORSENED' ? 0 : o.change?.assessment === 'IMPROVED' ? 2 : 1);
  return out.sort((a, b) => rank(a.o) - rank(b.o));
}

const CHANGE_WORD: Record<string, string> = { IMPROVED: 'Improved', WORSENED: 'Worsened', CHANGED: 'Changed' };
/** How many significant changes the first screen lists; the rest are counted and found in the scorecard. */
const CHANGES_SHOWN = 5;
/** Skeleton rows while the plan's pathways are not known yet (the seeded plans have five). */
const SKELETON_ROWS = 5;

export function Overview({
  groups,
  others,
  area,
  areaName,
  period,
  loading,
}: {
  groups: Array<{ id: string; name: string; slots: Slot[] }>;
  /** Measures outside the pathways (the basket) whose significant changes count too. */
  others: Slot[];
  area: string;
  areaName: string;
  period: Period | undefined;
  loading: boolean;
}) {
  const rows = groups.length
    ? groups
    : Array.from({ length: SKELETON_ROWS }, (_, i) => ({ id: `skeleton-${i}`, name: '', slots: [] as Slot[] }));
  const changes = loading ? [] : significantChanges([...others, ...groups.flatMap((g) => g.slots)], area, period);
  const where = `${areaName}, ${period?.label ?? '…'}`;
  return (
    <section id="overview" aria-labelledby="overview-h" class="overview" data-testid="overview">
      <h2 id="overview-h" class="visually-hidden">
        The plan at a glance
      </h2>
      <div class="overview-counts">
        <p class="muted small">Not rated: no figure for the period, no rule to rate it by, or its agency did not answer.</p>
        <table class="rag-counts" data-testid="rag-counts">
          <caption>Measures by RAG status: {where}</caption>
          <thead>
            <tr>
              <th scope="col">Pathway</th>
              <th scope="col" class="num">
                <span class="rag rag-red">Red</span>
              </th>
              <th scope="col" class="num">
                <span class="rag rag-amber">Amber</span>
              </th>
              <th scope="col" class="num">
                <span class="rag rag-green">Green</span>
              </th>
              <th scope="col" class="num">
                <span class="rag rag-none">Not rated</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((g) => {
              const c = ragCounts(g.slots, area, period);
              const skeleton = loading || !g.name;
              return (
                <tr key={g.id} data-group={g.id}>
                  <th scope="row">{g.name ? <a href={`#pw-${g.id}`}>{g.name}</a> : <span class="skeleton" aria-hidden="true" />}</th>
                  {(['RED', 'AMBER', 'GREEN', 'NONE'] as const).map((k) => (
                    <td key={k} class={`num count count-${k.toLowerCase()}${c[k] && !skeleton ? ' some' : ''}`}>
                      {skeleton ? <span class="skeleton skeleton-num" aria-hidden="true" /> : c[k]}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div class="overview-changes" data-testid="significant-changes">
        <h3>Changed significantly</h3>
        {loading ? (
          <ul class="changes" aria-hidden="true">
            {Array.from({ length: 3 }, (_, i) => (
              <li key={i} class="change">
                <span class="skeleton skeleton-line" />
              </li>
            ))}
          </ul>
        ) : changes.length ? (
          <ul class="changes">
            {changes.slice(0, CHANGES_SHOWN).map(({ m, o }) => (
              <li key={m.id} class="change" data-measure={m.id}>
                <div class="change-line">
                  <RagBadge status={o.rag?.status} />
                  <span class="change-name">{m.name}</span>
                </div>
                <div class="change-line">
                  <Sparkline m={m} area={area} period={period} />
                  <span class="change-figure">
                    <strong>{o.printed}</strong>
                    {o.area.code !== area && <span class="muted"> {o.area.name}</span>}
                    <span class="muted"> {o.period.label}</span>
                    {o.change?.previous && (
                      <span class="muted">
                        {' '}
                        vs {o.change.previous.printed} ({o.change.previous.period.label})
                      </span>
                    )}{' '}
                    {CHANGE_WORD[o.change?.assessment ?? ''] ?? ''}
                  </span>
                </div>
                {(o.change?.explanation || o.rag?.reason) && (
                  <details>
                    <summary>
                      Why<span class="visually-hidden">: {m.name}</span>
                    </summary>
                    {o.change?.explanation && <p>{o.change.explanation}</p>}
                    {o.rag?.reason && <p>{o.rag.reason}</p>}
                  </details>
                )}
              </li>
            ))}
          </ul>
        ) : (
          <p class="muted">No figure shown for {where} changed significantly against the one before it.</p>
        )}
        {changes.length > CHANGES_SHOWN && <p class="muted small">and {changes.length - CHANGES_SHOWN} more in the scorecard below.</p>}
      </div>
    </section>
  );
}
