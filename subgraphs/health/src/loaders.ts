import DataLoader from 'dataloader';
import { In } from 'typeorm';
import {
  disclosePrinted,
  parsePeriod,
  type AgencyContext,
  type AgencyLoaderContext,
  type ParsedPeriod,
  type PrintedFigure,
} from '@hub/common';
import { TreatmentCompletionRow } from './entities';

/** A treatment completion figure as the schema serves it. */
export interface CompletionRecord {
  cohort: string;
  area: { code: string };
  period: ParsedPeriod;
  completions: PrintedFigure;
  source: { publication: string; publisher: string; published: string; document: string; location: string; citedSource: null };
}

/** Health's own per-request loaders (ctx.own): one statement per batch of pathways. */
export function healthLoaders({ dataSource, mode }: AgencyLoaderContext) {
  const rows = dataSource.getRepository(TreatmentCompletionRow);
  return {
    completionsByPathway: new DataLoader<string, CompletionRecord[]>(async (ids) => {
      const found = await rows.find({ where: { pathwayId: In([...ids]) }, order: { cohort: 'ASC', periodCode: 'ASC' } });
      return ids.map((id) =>
        found
          .filter((r) => r.pathwayId === id)
          .map((r) => ({
            cohort: r.cohort,
            area: { code: r.areaCode },
            period: parsePeriod(r.periodCode),
            // counts of people: withheld when small, unless printed in a public document
            completions: disclosePrinted(
              { value: r.value, printed: r.printed, notAvailable: r.notAvailable },
              { countsPeople: true, publicDocument: r.publicDocument },
              mode,
            ),
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

export type HealthLoaders = ReturnType<typeof healthLoaders>;

/** The request context of health's own resolvers. */
export type HealthContext = AgencyContext<HealthLoaders>;
