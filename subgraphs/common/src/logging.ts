import { randomUUID } from 'node:crypto';
import pino, { type Logger } from 'pino';
import { z } from 'zod';

export type { Logger } from 'pino';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** `LOG_LEVEL` (default info), validated where the rest of a service's configuration is. */
export const logLevelSchema = z
  .enum(LOG_LEVELS, { errorMap: () => ({ message: `LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}` }) })
  .default('info');

/**
 * The one logger factory: JSON lines on stdout (pino), one per event, each with `service`. Levels are pino's
 * (30 info, 40 warn, 50 error); `msg` is a short fixed phrase and the details are fields, so logs can be
 * filtered with jq or a log shipper without parsing sentences.
 */
export function createLogger(service: string, level: LogLevel = 'info'): Logger {
  return pino({
    level,
    base: { service },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label, number) => ({ level: number, levelName: label }) },
  });
}

/** The request id header: the gateway takes it from the client (or makes one) and forwards it to every subgraph call. */
export const REQUEST_ID_HEADER = 'x-request-id';

/** A client's request id is kept only when it is short and plain (it ends up in logs); otherwise a new UUID. */
export function requestIdFrom(value: unknown): string {
  return typeof value === 'string' && /^[A-Za-z0-9._:-]{1,128}$/.test(value) ? value : randomUUID();
}
