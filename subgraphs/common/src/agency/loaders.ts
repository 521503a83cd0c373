import DataLoader from 'dataloader';
import type { AgencyRepository, MeasureRecord, ObservationFilter, ObservationRecord } from './repository';

interface FilteredKey {
  measureId: string;
  filter: ObservationFilter;
}

const filterKey = (f: ObservationFilter) => JSON.stringify([f.areas ?? null, f.from ?? null, f.to ?? null]);

/**
 * Batches per-measure lookups that share a filter into one statement: a query that asks 40 measures
 * for their Kent figures since 2011-12 costs one SQL statement, not 40.
 */
function filteredLoader<V>(
  fetch: (ids: readonly string[], f: ObservationFilter) => Promise<ObservationRecord[]>,
  pick: (rows: ObservationRecord[]) => V,
) {
  return new DataLoader<FilteredKey, V, string>(
    async (keys) => {
      const groups = new Map<string, FilteredKey[]>();
      for (const k of keys) {
        const g = filterKey(k.filter);
        groups.set(g, [...(groups.get(g) ?? []), k]);
      }
      const results = new Map<string, V>();
      await Promise.all(
        [...groups.values()].map(async (group) => {
          const rows = await fetch([...new Set(group.map((k) => k.measureId))], group[0].filter);
          const byMeasure = new Map<string, ObservationRecord[]>();
          for (const r of rows) byMeasure.set(r.measureId, [...(byMeasure.get(r.measureId) ?? []), r]);
          for (const k of group) results.set(k.measureId + filterKey(k.filter), pick(byMeasure.get(k.measureId) ?? []));
        }),
      );
      return keys.map((k) => results.get(k.measureId + filterKey(k.filter)) as V);
    },
    { cacheKeyFn: (k) => k.measureId + filterKey(k.filter) },
  );
}

export function createAgencyLoaders(repo: AgencyRepository) {
  return {
    measure: new DataLoader<string, MeasureRecord | null>(async (ids) => {
      const byId = new Map((await repo.measuresByIds(ids)).map((m) => [m.id, m]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    observations: filteredLoader((ids, f) => repo.observations(ids, f), (rows) => rows),
    latest: filteredLoader((ids, f) => repo.latest(ids, f), (rows) => rows[0] ?? null),
  };
}

export type AgencyLoaders = ReturnType<typeof createAgencyLoaders>;
