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
        const group = groups.get(g);
        if (group) group.push(k);
        else groups.set(g, [k]);
      }
      const results = new Map<string, V>();
      await Promise.all(
        [...groups.values()].map(async (group) => {
          const rows = await fetch([...new Set(group.map((k) => k.measureId))], group[0].filter);
          const byMeasure = new Map<string, ObservationRecord[]>();
          // push, not spread: one measure across all areas is 20,000 figures (a copy per row would be quadratic)
          for (const r of rows) {
            const list = byMeasure.get(r.measureId);
            if (list) list.push(r);
            else byMeasure.set(r.measureId, [r]);
          }
          for (const k of group) results.set(k.measureId + filterKey(k.filter), pick(byMeasure.get(k.measureId) ?? []));
        }),
      );
      return keys.map((k) => results.get(k.measureId + filterKey(k.filter)) as V);
    },
    { cacheKeyFn: (k) => k.measureId + filterKey(k.filter) },
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
        const groups = new Map<string, FilteredKey[]>();
        for (const k of keys) {
          const g = filterKey(k.filter);
          const group = groups.get(g);
          if (group) group.push(k);
          else groups.set(g, [k]);
        }
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
      { cacheKeyFn: (k) => k.measureId + filterKey(k.filter) },
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
        const byFigure = new Map<string, RevisionRecord[]>();
        for (const r of await repo.revisions(keys, mode)) {
          const list = byFigure.get(r.observationId);
          if (list) list.push(r);
          else byFigure.set(r.observationId, [r]);
        }
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
      const byMeasure = new Map<string, SeriesVersionRecord[]>();
      for (const v of await repo.seriesVersions(ids)) {
        const list = byMeasure.get(v.measureId);
        if (list) list.push(v);
        else byMeasure.set(v.measureId, [v]);
      }
      return ids.map((id) => byMeasure.get(id) ?? []);
    }),
    /** The comparator rows of each figure (England and Wales, region, peers, stored): one statement per batch. */
    comparators: new DataLoader<ComparatorKey, ComparatorRow[], string>(
      async (keys) => {
        const byFigure = new Map<string, ComparatorRow[]>();
        for (const r of await repo.comparators(keys, mode)) {
          const list = byFigure.get(r.figureId);
          if (list) list.push(r);
          else byFigure.set(r.figureId, [r]);
        }
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
