/** Runs in a worker thread of the PDF pool (pdf-pool.ts): lays out one stock take as a PDF. */
import { renderPdf } from './pdf';
import type { StockTakeReport } from './stock-take';

export default async function render(report: StockTakeReport): Promise<Uint8Array> {
  return new Uint8Array(await renderPdf(report));
}
