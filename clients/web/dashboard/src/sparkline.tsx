/** Sparklines: a measure's figures as a small inline SVG line, with the figures themselves as its text alternative. */
import type { Measure, Period } from './queries';
import { figuresAt, observationsFor } from './model';

/**
 * A small inline line of a measure's figures in the shown area, oldest to newest, the shown period marked. The
 * picture has a text alternative listing every figure, so a screen reader hears the trend itself.
 */
export function Sparkline({ m, area, period }: { m: Measure; area: string; period: Period | undefined }) {
  const shown = figuresAt(m, area, period).observations[0];
  const areaCode = shown?.area.code ?? area;
  const obs = observationsFor(m, area).filter((o) => o.area.code === areaCode);
  const points = obs.filter((o) => o.value !== null);
  const W = 96;
  const H = 24;
  const label = points.length
    ? `Trend of ${m.name}: ${obs.map((o) => `${o.period.label} ${o.printed}`).join(', ')}`
    : `Trend of ${m.name}: no figures to draw`;
  if (points.length < 2) {
    return (
      <svg class="spark" width={W} height={H} viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label}>
        {points.length === 1 && <circle cx={W / 2} cy={H / 2} r="2.5" />}
      </svg>
    );
  }
  const values = points.map((o) => o.value as number);
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const x = (i: number) => 3 + (i * (W - 6)) / (points.length - 1);
  const y = (v: number) => (hi === lo ? H / 2 : H - 3 - ((v - lo) * (H - 6)) / (hi - lo));
  const d = points.map((o, i) => `${i ? 'L' : 'M'}${x(i).toFixed(1)},${y(o.value as number).toFixed(1)}`).join(' ');
  const at = points.findIndex((o) => o.id === shown?.id);
  return (
    <svg class="spark" width={W} height={H} viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label}>
      <path d={d} fill="none" stroke="currentColor" stroke-width="1.5" />
      {at >= 0 && <circle cx={x(at)} cy={y(points[at].value as number)} r="2.5" />}
    </svg>
  );
}
