/**
 * jest's asymmetric matchers (expect.stringMatching, expect.any, ...) are typed `any` by @types/jest, so each use
 * inside toMatchObject or toEqual is an unsafe `any`. These return them as what the tests treat them as: a value
 * only jest looks into.
 */
export const stringMatching = (pattern: RegExp | string): unknown => expect.stringMatching(pattern);
export const anyOf = (type: unknown): unknown => expect.any(type);
export const arrayContaining = (sample: readonly unknown[]): unknown => expect.arrayContaining(sample as unknown[]);
export const objectContaining = (sample: Record<string, unknown>): unknown => expect.objectContaining(sample);
export const stringContaining = (sample: string): unknown => expect.stringContaining(sample);
export const notStringMatching = (pattern: RegExp | string): unknown => expect.not.stringMatching(pattern);
