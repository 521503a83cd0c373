/** The scorecard: one row per headline measure, with its figure for the chosen area and period, and its trend on demand. */
import { useRef, useState } from 'preact/hooks';
import { FigureChart, type Series } from './charts';
import { type Measure, type Observation, type Period } from './queries';
import { agencyTitle, figuresAt, formatValue, observationsFor } from './model';
import { Sparkline } from './sparkline';

export interface Slot {
  /** The catalogue id (known even when the agency is down). */
  id: string;
  measure: Measure | null;
}

export function Flags({ o }: { o: Observation }) {
  return (
    <>
      {o.approximate && <span class="flag flag-approx">approximate</span>}
      {o.notAvailable && <span class="flag flag-tbc">tbc: not yet available</span>}
      {o.suppressed && <span class="flag flag-suppressed">suppressed</span>}
      {o.status === 'PROVISIONAL' && <span class="flag">provisional</span>}
      {o.status === 'REVISED' && <span class="flag">revised</span>}
    </>
  );
}

const ASSESSMENT: Record<string, string> = {
  IMPROVED: 'Improved',
  WORSENED: 'Worsened',
  NO_SIGNIFICANT_CHANGE: 'No significant change',
  CHANGED: 'Changed',
  NOT_ASSESSED: 'Not assessed',
};
const RULE: Record<string, string> = {
  AGAINST_TARGET: 'against target',
  AGAINST_PREVIOUS_PERIOD: 'against previous period',
  SET_BY_HAND: 'set by hand',
};

export function RagBadge({ status }: { status: string | null | undefined }) {
  if (!status) return <span class="rag rag-none">No RAG</span>;
  return <span class={`rag rag-${status.toLowerCase()}`}>{status.charAt(0) + status.slice(1).toLowerCase()}</span>;
}

function IntervalCell({ o, m }: { o: Observation | undefined; m: Measure }) {
  const i = o?.interval;
  if (!i) return <span class="muted">—</span>;
  if (!i.computable || i.lower === null || i.upper === null)
    return (
      <span class="muted" title={i.explanation ?? ''}>
        {i.explanation ?? 'cannot be computed'}
      </span>
    );
  return (
    <span title={i.explanation ?? `${Math.round(i.level * 100)}% interval, ${i.method}`}>
      {formatValue(i.lower, m.unit)} to {formatValue(i.upper, m.unit)}
    </span>
  );
}

function ChangeCell({ o }: { o: Observation | undefined }) {
  const c = o?.change;
  if (!c) return <span class="muted">—</span>;
  return (
    <span>
      {ASSESSMENT[c.assessment] ?? c.assessment}
      {c.previous && (
        <span class="muted">
          {' '}
          vs {c.previous.period.label} ({c.previous.printed})
        </span>
      )}
      {c.significant !== null && <span class="muted">{c.significant ? ', significant' : ', not significant'}</span>}
      {c.explanation && <span class="visually-hidden">. {c.explanation}</span>}
    </span>
  );
}

function TargetCell({ m, o }: { m: Measure; o: Observation | undefined }) {
  const t = m.target;
  const cmp = o?.targetComparison;
  if (!t) return <span class="muted">No target</span>;
  return (
    <span>
      {t.value !== null ? formatValue(t.value, m.unit) : <span class="target-text">{t.text}</span>}
      {t.due && <span class="muted"> by {t.due}</span>}
      {cmp && cmp.met !== null && <span class="muted">{cmp.met ? ' (met)' : ' (not met)'}</span>}
    </span>
  );
}

function RagCell({ o }: { o: Observation | undefined }) {
  const r = o?.rag;
  if (!r) return <span class="muted">—</span>;
  return (
    <span>
      <RagBadge status={r.status} />
      {r.rule && <span class="muted"> {RULE[r.rule] ?? r.rule}</span>}
      {(r.reason || r.comment) && (
        // The reason is there for whoever asks: one line per row, not a paragraph.
        <details class="rag-reason">
          <summary>Why</summary>
          {r.reason && <p>{r.reason}</p>}
          {r.comment && <p>“{r.comment}”</p>}
        </details>
      )}
    </span>
  );
}

/** The trend of one measure over every period, in a modal dialog (Esc closes it; focus returns to the button). */
function TrendButton({ m, area, areaName }: { m: Measure; area: string; areaName: string }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const obs = observationsFor(m, area);
  const periods = [...new Map(obs.map((o) => [o.period.code, o.period])).values()];
  const areas = [...new Map(obs.map((o) => [o.area.code, o.area.name])).entries()];
  const dialogId = `trend-${m.id.replace(/[^a-z0-9]+/gi, '-')}`;
  const show = () => {
    setOpen(true);
    dialog.current?.showModal();
  };
  return (
    <>
      <button
        type="button"
        class="secondary"
        onClick={show}
        aria-haspopup="dialog"
        aria-label={`Trend of ${m.name}`}
        data-testid={`trend-button-${m.id}`}
      >
        Trend
      </button>
      <dialog ref={dialog} aria-labelledby={`${dialogId}-title`} onClose={() => setOpen(false)} data-testid="trend-dialog">
        <div class="dialog-head">
          <h3 id={`${dialogId}-title`}>{m.name}</h3>
          <button type="button" onClick={() => dialog.current?.close()}>
            Close
          </button>
        </div>
        <p class="muted">
          {agencyTitle(m.agency)} · {areaName} · every period with a figure. {m.definition}
        </p>
        {open && (
          <FigureChart
            id={dialogId}
            kind="line"
            title={`${m.name}: trend`}
            summary={
              obs.length
                ? `${obs.length} figures from ${periods[0]?.label} to ${periods[periods.length - 1]?.label}: ${obs.map((o) => `${o.period.label} ${o.printed}`).join('; ')}.`
                : 'No figures.'
            }
            categories={periods.map((p) => p.label)}
            series={areas.flatMap(([code, name], i) => {
              const at = (p: Period) => obs.find((o) => o.area.code === code && o.period.code === p.code);
              const series: Series[] = [
                {
                  label: name,
                  values: periods.map((p) => at(p)?.value ?? null),
                  printed: periods.map((p) => at(p)?.printed ?? null),
                  colour: i,
                },
              ];
              // The 95% interval's limits, where the graph could compute them (one area only, to keep the chart legible).
              if (areas.length === 1 && periods.some((p) => at(p)?.interval?.computable)) {
                for (const [label, key] of [
                  ['lower', 'lower'],
                  ['upper', 'upper'],
                ] as const) {
                  const values = periods.map((p) => (at(p)?.interval?.computable ? at(p)!.interval![key] : null));
                  series.push({
                    label: `${name}: 95% interval, ${label} limit`,
                    values,
                    printed: values.map((v) => (v === null ? null : formatValue(v, m.unit))),
                    colour: i,
                    dashed: true,
                  });
                }
              }
              return series;
            })}
            unit={m.unit === 'PERCENTAGE' ? '%' : undefined}
            fromZero={m.unit === 'COUNT'}
          />
        )}
        <p class="muted small">Source: {m.source}</p>
      </dialog>
    </>
  );
}

export function ScorecardTable({
  caption,
  slots,
  area,
  areaName,
  period,
  unavailable,
  loading = false,
}: {
  /** The figures are still on their way: a measure without them is not (yet) an agency that is down. */
  loading?: boolean;
  caption: string;
  slots: Slot[];
  area: string;
  areaName: string;
  period: Period | undefined;
  /** Agency key -> the gateway's message, for agencies whose subgraph could not answer. */
  unavailable: Map<string, string>;
}) {
  const missing = loading ? [] : slots.filter((s) => !s.measure);
  const agenciesDown = [...new Set(missing.map((s) => s.id.split('.')[0]))];
  return (
    <div class="table-scroll">
      {agenciesDown.map((a) => (
        <p class="unavailable" role="status" key={a} data-testid={`unavailable-${a}`}>
          <strong>{agencyTitle(a)} figures unavailable:</strong> {unavailable.get(a) ?? `the ${a} subgraph did not answer`} (
          {missing.filter((s) => s.id.startsWith(`${a}.`)).length} measure(s) not shown)
        </p>
      ))}
      <table class="scorecard">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Headline measure</th>
            <th scope="col">Agency</th>
            <th scope="col">Figure</th>
            <th scope="col">95% interval</th>
            <th scope="col">Change</th>
            <th scope="col">Target</th>
            <th scope="col">RAG</th>
            <th scope="col">Trend</th>
          </tr>
        </thead>
        <tbody>
          {slots.map(({ id, measure: m }) => {
            if (!m && loading)
              return (
                <tr key={id} data-measure={id}>
                  <th scope="row">
                    <span class="skeleton" aria-hidden="true" />
                    <span class="visually-hidden">Loading</span>
                  </th>
                  <td colSpan={7}>
                    <span class="skeleton" aria-hidden="true" />
                  </td>
                </tr>
              );
            if (!m)
              return (
                <tr key={id} class="row-unavailable" data-measure={id}>
                  <th scope="row">{id}</th>
                  <td>{agencyTitle(id.split('.')[0])}</td>
                  <td colSpan={6}>{agencyTitle(id.split('.')[0])} figures unavailable</td>
                </tr>
              );
            const shown = figuresAt(m, area, period);
            const first = shown.observations[0];
            return (
              <tr key={id} data-measure={id}>
                <th scope="row">{m.name}</th>
                <td>
                  {agencyTitle(m.agency)}
                  {m.leadAgency && m.leadAgency.toLowerCase() !== m.agency && <span class="muted small"> (lead: {m.leadAgency})</span>}
                </td>
                <td class="figure" data-testid={`figure-${id}`}>
                  {shown.observations.length === 0 ? (
                    <span class="muted">No figure</span>
                  ) : (
                    shown.observations.map((o) => (
                      <div key={o.id}>
                        <span class="printed">{o.printed}</span>
                        {o.area.code !== area && <span class="muted small"> {o.area.name}</span>}
                        {!shown.exact && <span class="muted small"> ({o.period.label})</span>}
                        {o.numerator !== null && o.denominator !== null && (
                          <span class="muted small">
                            {' '}
                            {o.numerator.toLocaleString('en-GB')} / {o.denominator.toLocaleString('en-GB')}
                          </span>
                        )}{' '}
                        <Flags o={o} />
                      </div>
                    ))
                  )}
                </td>
                <td>
                  <IntervalCell o={first} m={m} />
                </td>
                <td>
                  <ChangeCell o={first} />
                </td>
                <td>
                  <TargetCell m={m} o={first} />
                </td>
                <td>
                  <RagCell o={first} />
                </td>
                <td class="trend">
                  <Sparkline m={m} area={area} period={period} /> <TrendButton m={m} area={area} areaName={areaName} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
