import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { disclosePrinted, type AgencyContext, type AgencyLoaderContext, type PrintedFigure } from '@hub/common';
import { IomJobcentreTargetRow } from './entities';

/** A Jobcentre Plus target as the schema serves it. */
export interface TargetRecord {
  id: string;
  intervention: string;
  goal: string;
  item: string | null;
  leadAgency: string;
  target: PrintedFigure;
  due: string;
  measureId: string | null;
  source: { publication: string; publisher: string; published: string; document: string; location: string; citedSource: null };
}

/** DWP's own per-request loaders (ctx.own): one statement per batch of priority groups. */
export function dwpLoaders({ dataSource, mode }: AgencyLoaderContext) {
  const rows = dataSource.getRepository(IomJobcentreTargetRow);
  return {
    targetsByGroup: new DataLoader<string, TargetRecord[]>(async (ids) => {
      const found = await rows.find({ where: { priorityGroupId: In([...ids]) }, order: { id: 'ASC' } });
      return ids.map((id) =>
        found
          .filter((r) => r.priorityGroupId === id)
          .map((r) => ({
            id: r.id,
            intervention: r.intervention,
            goal: r.goal,
            item: r.item,
            leadAgency: r.leadAgency,
            // a target share, not a count of people
            target: disclosePrinted(
              { value: r.targetValue, printed: r.targetPrinted },
              { countsPeople: false, publicDocument: r.publicDocument },
              mode,
            ),
            due: r.duePrinted,
            measureId: r.measureId,
            source: {
              publication: r.publication,
              publisher: r.publisher,
              published: r.published,
              document: r.document,
              location: r.location,
              citedSource: null,
            },
          })),
      );
    }),
  };
}

export type DwpLoaders = ReturnType<typeof dwpLoaders>;

/** The request context of DWP's own resolvers. */
export type DwpContext = AgencyContext<DwpLoaders>;
