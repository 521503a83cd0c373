import { join } from 'node:path';
import { Piscina } from 'piscina';
import type { StockTakeReport } from './stock-take';

/**
 * Stock-take PDFs are laid out in worker threads (Piscina), never on the event loop: pdfmake spends hundreds of
 * milliseconds of CPU per report, and forty at once held every other request (`{ __typename }` took 3.1 s). The
 * queue is bounded: past `queue` waiting reports the pool refuses at once, and the route answers 503 with
 * Retry-After instead of letting a backlog grow.
 */
export interface PdfPoolConfig {
  /** Worker threads (PDF_WORKERS). */
  threads: number;
  /** Reports that may wait for a thread (PDF_QUEUE). */
  queue: number;
}

export class PdfQueueFullError extends Error {
  constructor(readonly queue: number) {
    super(`Too many reports are being produced (${queue} at once). Try again in a few seconds.`);
    this.name = 'PdfQueueFullError';
  }
}

export class PdfPool {
  private readonly pool: Piscina;

  constructor(private readonly config: PdfPoolConfig) {
    this.pool = new Piscina({
      filename: join(__dirname, 'pdf-worker.js'),
      minThreads: 0,
      maxThreads: config.threads,
      maxQueue: config.queue,
      idleTimeout: 60_000,
    });
  }

  async render(report: StockTakeReport): Promise<Buffer> {
    try {
      const bytes = (await this.pool.run(report)) as Uint8Array;
      return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    } catch (e) {
      if (e instanceof Error && e.message === 'Task queue is at limit') throw new PdfQueueFullError(this.config.queue);
      throw e;
    }
  }

  close(): Promise<void> {
    return this.pool.destroy();
  }
}
