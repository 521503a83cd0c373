import DataLoader from 'dataloader';
import type { ReadMode } from './disclosure';
import {
  completenessKey,
  figureId,
  type AgencyRepository,
  type ComparatorKey,
  type ComparatorRow,
  type CompletenessKey,
  type FigureKey,
  type HandRagRecord,
  type MeasureRecord,
  type ObservationFilter,
  type ObservationRecord,
  type RevisionRecord,
  type SeriesVersionRecord,
} from './repository';
import { createFigureLoaders } from './figure-loaders';

interface FilteredKey {
  measureId: string;
  filter: ObservationFilter;
}

const filterKey = (f: ObservationFilter) => JSON.stringify([f.areas ?? null, f.from ?? null, f.to ?? null]);
/** A measure under one filter: the loaders' cache key. */
const cacheKeyOf = (k: FilteredKey) => k.measureId + filterKey(k.filter);

/**
 * Items grouped by a key, each group in the order the items came. Push, not spread: one measure across all areas is
 * 20,000 figures (a copy per item would be quadratic).
 */
function groupBy<T>(items: Iterable<T>, keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

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
      const groups = groupBy(keys, (k) => filterKey(k.filter));
      const results = new Map<string, V>();
      await Promise.all(
        [...groups.values()].map(async (group) => {
          const rows = await fetch([...new Set(group.map((k) => k.measureId))], group[0].filter);
          const byMeasure = groupBy(rows, (r) => r.measureId);
          for (const k of group) results.set(cacheKeyOf(k), pick(byMeasure.get(k.measureId) ?? []));
        }),
      );
      return keys.map((k) => results.get(cacheKeyOf(k)) as V);
    },
    { cacheKeyFn: cacheKeyOf },
  );
}

/**
 * Per-request loaders. `mode` is what this request's viewer may see (drafts, raw values): fixed for the request,
 * so it is part of the loaders rather than of each key, and every batch stays one SQL statement.
 */
export function createAgencyLoaders(repo: AgencyRepository, mode: ReadMode) {
  const measure = new DataLoader<string, MeasureRecord | null>(async (ids) => {
    const byId = new Map((await repo.measuresByIds(ids)).map((m) => [m.id, m]));
    return ids.map((id) => byId.get(id) ?? null);
  });
  const observations = filteredLoader(
    (ids, f) => repo.observations(ids, f, mode),
    (rows) => rows,
  );
  return {
    mode,
    measure,
    observations,
    /**
     * A measure together with its figures under one filter (an entity fetch whose selection asks `observations`
     * with those arguments): one statement for the batch, and the observations loader is primed with the figures,
     * so the field resolver that follows sends nothing.
     */
    measureWithObservations: new DataLoader<FilteredKey, MeasureRecord | null, string>(
      async (keys) => {
        const groups = groupBy(keys, (k) => filterKey(k.filter));
        const found = new Map<string, MeasureRecord>();
        await Promise.all(
          [...groups.values()].map(async (group) => {
            const filter = group[0].filter;
            const got = await repo.measuresWithObservations([...new Set(group.map((k) => k.measureId))], filter, mode);
            for (const m of got.measures) {
              found.set(m.id, m);
              measure.prime(m.id, m);
              observations.prime({ measureId: m.id, filter }, got.observations.get(m.id) ?? []);
            }
          }),
        );
        return keys.map((k) => found.get(k.measureId) ?? null);
      },
      { cacheKeyFn: cacheKeyOf },
    ),
    latest: filteredLoader(
      (ids, f) => repo.latest(ids, f, mode),
      (rows) => rows[0] ?? null,
    ),
    /** HeadlineMeasure.figures: pages and counts (figure-loaders.ts). */
    figures: createFigureLoaders(repo, mode),
    /** Superseded published values of figures, by figure key: one statement for all the figures of a response. */
    revisions: new DataLoader<FigureKey, RevisionRecord[], string>(
      async (keys) => {
        const byFigure = groupBy(await repo.revisions(keys, mode), (r) => r.observationId);
        return keys.map((k) => byFigure.get(figureId(k)) ?? []);
      },
      { cacheKeyFn: figureId },
    ),
    /** The previous figure (same measure, area and period kind) of each figure of a response: one statement per batch. */
    previous: new DataLoader<ObservationRecord, ObservationRecord | null, string>(
      async (figures) => {
        const found = await repo.previousFigures(figures, mode);
        return figures.map((o) => found.get(o.id) ?? null);
      },
      { cacheKeyFn: (o) => o.id },
    ),
    /** RAG statuses set by hand, by figure key: one statement per batch. */
    figureRag: new DataLoader<FigureKey, HandRagRecord | null, string>(
      async (keys) => {
        const found = await repo.figureRags(keys, mode);
        return keys.map((k) => found.get(figureId(k)) ?? null);
      },
      { cacheKeyFn: figureId },
    ),
    /** The series versions of each measure, in order: one statement per batch. */
    seriesVersions: new DataLoader<string, SeriesVersionRecord[]>(async (ids) => {
      const byMeasure = groupBy(await repo.seriesVersions(ids), (v) => v.measureId);
      return ids.map((id) => byMeasure.get(id) ?? []);
    }),
    /** The comparator rows of each figure (England and Wales, region, peers, stored): one statement per batch. */
    comparators: new DataLoader<ComparatorKey, ComparatorRow[], string>(
      async (keys) => {
        const byFigure = groupBy(await repo.comparators(keys, mode), (r) => r.figureId);
        return keys.map((k) => byFigure.get(k.figureId) ?? []);
      },
      { cacheKeyFn: (k) => k.figureId },
    ),
    /** The figure of a measure for an area whose period ends within the period asked: one statement per batch. */
    completeness: new DataLoader<CompletenessKey, ObservationRecord | null, string>(
      async (keys) => {
        const found = await repo.figuresEndingWithin(keys, mode);
        return keys.map((k) => found.get(completenessKey(k)) ?? null);
      },
      { cacheKeyFn: completenessKey },
    ),
  };
}

export type AgencyLoaders = ReturnType<typeof createAgencyLoaders>;
