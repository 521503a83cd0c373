import DataLoader from 'dataloader';
import type { ReadMode } from './disclosure';
import type { FigurePageQuery, FigureSqlFilter } from './figure-query';
import type { AgencyRepository, ObservationRecord } from './repository';

export type FigureRecord = ObservationRecord & { sortKey: Array<string | null> };

export interface PageKey {
  measureId: string;
  query: FigurePageQuery;
}
export interface CountKey {
  measureId: string;
  filter: FigureSqlFilter;
}

/** Groups keys by their arguments (everything but the measure): each group is one SQL statement. */
function byArguments<K extends { measureId: string }, V>(
  argsOf: (k: K) => unknown,
  fetch: (ids: string[], sample: K) => Promise<Map<string, V>>,
  empty: () => V,
) {
  const argKey = (k: K) => JSON.stringify(argsOf(k));
  return new DataLoader<K, V, string>(
    async (keys) => {
      const groups = new Map<string, K[]>();
      for (const k of keys) {
        const g = argKey(k);
        const group = groups.get(g);
        if (group) group.push(k);
        else groups.set(g, [k]);
      }
      const results = new Map<string, V>();
      await Promise.all(
        [...groups.entries()].map(async ([g, group]) => {
          const got = await fetch([...new Set(group.map((k) => k.measureId))], group[0]);
          for (const k of group) results.set(k.measureId + g, got.get(k.measureId) ?? empty());
        }),
      );
      return keys.map((k) => results.get(k.measureId + argKey(k)) as V);
    },
    { cacheKeyFn: (k) => k.measureId + argKey(k) },
  );
}

/**
 * Loaders for HeadlineMeasure.figures: a page of figures, and (only when asked) the total count. Many measures'
 * `figures` with the same arguments in one response (a pathway's measures from the catalogue) cost one statement
 * per loader, whatever the number of measures or the page number.
 */
export function createFigureLoaders(repo: AgencyRepository, mode: ReadMode) {
  return {
    page: byArguments<PageKey, FigureRecord[]>(
      (k) => k.query,
      async (ids, k) => {
        const out = new Map<string, FigureRecord[]>();
        for (const r of await repo.figurePage(ids, k.query, mode)) {
          const list = out.get(r.measureId);
          if (list) list.push(r);
          else out.set(r.measureId, [r]);
        }
        return out;
      },
      () => [],
    ),
    count: byArguments<CountKey, number>(
      (k) => k.filter,
      (ids, k) => repo.figureCounts(ids, k.filter, mode),
      () => 0,
    ),
  };
}
