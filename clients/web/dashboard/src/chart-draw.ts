/**
 * Chart.js 4, registered piecemeal so the chunk carries only what is used. Loaded on demand (charts.tsx imports it
 * when a chart comes near the screen): Chart.js is most of the dashboard's code, and the first screen draws no chart.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartConfiguration,
} from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip);
Chart.defaults.font.family = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
Chart.defaults.color = '#1b1b1b';
Chart.defaults.animation = false;

/** Draws a chart on the canvas; returns what removes it. */
export function drawChart(canvas: HTMLCanvasElement, config: ChartConfiguration<'line' | 'bar'>): () => void {
  const chart = new Chart(canvas, config);
  return () => chart.destroy();
}
