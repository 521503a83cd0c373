import DataLoader from 'dataloader';
import { In, type FindOptionsWhere } from 'typeorm';
import { disclosePrinted, type AgencyContext, type AgencyLoaderContext, type PrintedFigure } from '@hub/common';
import { IomCohortFigureRow, IomCohortProfileRow } from './entities';

/** A cohort profile as the schema serves it: each figure under disclosure control for this reader. */
export interface CohortProfileRecord {
  id: string;
  snapshot: string;
  area: { code: string };
  priorityGroup: { id: string };
  /** The figures stored for this profile, by IomCohortProfile field name (size, female...). */
  figures: Record<string, PrintedFigure>;
  source: { publication: string; publisher: string; published: string; document: string; location: string; citedSource: null };
}

function toRecord(row: IomCohortProfileRow, mode: AgencyLoaderContext['mode']): CohortProfileRecord {
  const figures = Object.fromEntries(
    row.figures.map((f) => [
      f.figure,
      disclosePrinted({ value: f.value, printed: f.printed }, { countsPeople: f.countsPeople, publicDocument: row.publicDocument }, mode),
    ]),
  );
  // each figure is also a field of IomCohortProfile, read from the record by name
  return {
    ...figures,
    id: row.id,
    snapshot: row.snapshot,
    area: { code: row.areaCode },
    priorityGroup: { id: row.priorityGroupId },
    figures,
    source: {
      publication: row.publication,
      publisher: row.publisher,
      published: row.published,
      document: row.document,
      location: row.location,
      citedSource: null,
    },
  };
}

/** Police's own per-request loaders (ctx.own): one statement per batch of priority groups or measures. */
export function policeLoaders({ dataSource, mode }: AgencyLoaderContext) {
  const profiles = dataSource.getRepository(IomCohortProfileRow);
  const load = async (where: FindOptionsWhere<IomCohortProfileRow>) =>
    (await profiles.find({ where, relations: { figures: true }, order: { snapshot: 'DESC', id: 'ASC' } })).map((r) => toRecord(r, mode));
  return {
    /** A priority group's cohort profiles, newest first. */
    cohortProfilesByGroup: new DataLoader<string, CohortProfileRecord[]>(async (groupIds) => {
      const found = await load({ priorityGroupId: In([...groupIds]) });
      return groupIds.map((id) => found.filter((p) => p.priorityGroup.id === id));
    }),
    /** The cohort profile that prints a police measure's figure (the newest, if several do). */
    cohortProfileByMeasure: new DataLoader<string, CohortProfileRecord | null>(async (measureIds) => {
      const links = await dataSource.getRepository(IomCohortFigureRow).find({ where: { measureId: In([...measureIds]) } });
      const found = links.length ? await load({ id: In([...new Set(links.map((l) => l.profileId))]) }) : [];
      return measureIds.map((m) => found.find((p) => links.some((l) => l.measureId === m && l.profileId === p.id)) ?? null);
    }),
  };
}

export type PoliceLoaders = ReturnType<typeof policeLoaders>;

/** The request context of police's own resolvers. */
export type PoliceContext = AgencyContext<PoliceLoaders>;
