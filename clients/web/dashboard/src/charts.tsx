/**
 * Charts with Chart.js 4 (chart-draw.ts, a chunk of its own loaded when the first chart comes near the screen; the
 * canvas keeps its fixed size meanwhile, so nothing moves when it is drawn). Every chart is a canvas
 * with role="img" and a text summary, followed by the same figures as a data table (screen readers, keyboard
 * users and anyone printing the page get the numbers, not a picture).
 */
import { useEffect, useRef } from 'preact/hooks';
import type { ChartConfiguration } from 'chart.js';

/** How far below the screen a chart starts loading and drawing, so it is ready when scrolled to. */
const DRAW_AHEAD = '400px';

/** Colour-blind-safe, each at least 3:1 against white (Okabe-Ito, darkened). */
export const SERIES_COLOURS = ['#0b5fa5', '#b35900', '#007a5a', '#a3226e', '#5c4a9e', '#6b6b00'];

export interface Series {
  label: string;
  /** One value per category; null where there is no figure. */
  values: Array<number | null>;
  /** How each value was printed in the source (shown in the table). */
  printed?: Array<string | null>;
  /** Drawn dashed without points (e.g. the limits of a confidence interval). */
  dashed?: boolean;
  /** Colour index to share with another series (an interval's limits take their figure's colour). */
  colour?: number;
}

export interface ChartProps {
  id: string;
  kind: 'line' | 'bar';
  title: string;
  /** The one-sentence text alternative of the picture. */
  summary: string;
  categories: string[];
  series: Series[];
  unit?: string;
  /** Start the value axis at zero (counts, bars). */
  fromZero?: boolean;
}

export function FigureChart(props: ChartProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return undefined;
    const config: ChartConfiguration<'line' | 'bar'> = {
      type: props.kind,
      data: {
        labels: props.categories,
        datasets: props.series.map((s, i) => ({
          label: s.label,
          data: s.values,
          borderColor: SERIES_COLOURS[(s.colour ?? i) % SERIES_COLOURS.length],
          backgroundColor: SERIES_COLOURS[(s.colour ?? i) % SERIES_COLOURS.length],
          borderDash: s.dashed ? [6, 4] : undefined,
          borderWidth: s.dashed ? 1.5 : 2.5,
          pointRadius: s.dashed ? 0 : 4,
          spanGaps: true,
        })),
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        plugins: { legend: { position: 'bottom' }, tooltip: { enabled: true } },
        scales: {
          y: {
            beginAtZero: !!props.fromZero,
            title: { display: !!props.unit, text: props.unit ?? '' },
          },
        },
      },
    };
    const target = canvas.current;
    let destroy: (() => void) | undefined;
    let live = true;
    // Draw only when the chart comes near the screen: the page is long, and most charts are far below the first screen.
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        observer.disconnect();
        void import('./chart-draw').then(({ drawChart }) => {
          if (live) destroy = drawChart(target, config);
        });
      },
      { rootMargin: DRAW_AHEAD },
    );
    observer.observe(target);
    return () => {
      live = false;
      observer.disconnect();
      destroy?.();
    };
  }, [props.kind, JSON.stringify(props.categories), JSON.stringify(props.series), props.unit, props.fromZero]);

  const hasFigures = props.series.some((s) => s.values.some((v) => v !== null));
  return (
    <figure class="chart" aria-labelledby={`${props.id}-caption`}>
      <figcaption id={`${props.id}-caption`}>{props.title}</figcaption>
      {hasFigures ? (
        <div class="chart-canvas">
          <canvas ref={canvas} role="img" aria-label={`${props.title}. ${props.summary}`} data-testid={`chart-${props.id}`}>
            {props.summary}
          </canvas>
        </div>
      ) : (
        <p class="muted">No figures to chart for this selection.</p>
      )}
      <details class="data-table">
        <summary>Data table: {props.title}</summary>
        <DataTable {...props} />
      </details>
    </figure>
  );
}

export function DataTable(props: Pick<ChartProps, 'id' | 'title' | 'categories' | 'series'>) {
  return (
    <div class="table-scroll">
      <table class="figures" data-testid={`table-${props.id}`}>
        <caption class="visually-hidden">{props.title}</caption>
        <thead>
          <tr>
            <th scope="col">Period</th>
            {props.series.map((s) => (
              <th scope="col" key={s.label}>
                {s.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.categories.map((c, i) => (
            <tr key={c}>
              <th scope="row">{c}</th>
              {props.series.map((s) => (
                <td key={s.label}>{s.printed?.[i] ?? (s.values[i] === null ? '—' : String(s.values[i]))}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
