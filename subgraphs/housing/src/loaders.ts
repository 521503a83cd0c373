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
import { YoungOffenderAccommodationRow } from './entities';

/** A young offenders' accommodation figure as the schema serves it. */
export interface AccommodationRecord {
  cohort: string;
  reportedBy: string | null;
  period: ParsedPeriod;
  inSuitableAccommodation: PrintedFigure;
  source: { publication: string; publisher: string; published: string; document: string; location: string; citedSource: null };
}

/** Housing's own per-request loaders (ctx.own): one statement per batch of areas. */
export function housingLoaders({ dataSource, mode }: AgencyLoaderContext) {
  const rows = dataSource.getRepository(YoungOffenderAccommodationRow);
  return {
    accommodationByArea: new DataLoader<string, AccommodationRecord[]>(async (codes) => {
      const found = await rows.find({ where: { areaCode: In([...codes]) }, order: { periodCode: 'ASC' } });
      return codes.map((code) =>
        found
          .filter((r) => r.areaCode === code)
          .map((r) => ({
            cohort: r.cohort,
            reportedBy: r.reportedBy,
            period: parsePeriod(r.periodCode),
            // a share of young offenders, not a count: no disclosure threshold applies
            inSuitableAccommodation: disclosePrinted(
              { value: r.value, printed: r.printed, approximate: r.approximate },
              { countsPeople: false, publicDocument: r.publicDocument },
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

export type HousingLoaders = ReturnType<typeof housingLoaders>;

/** The request context of housing's own resolvers. */
export type HousingContext = AgencyContext<HousingLoaders>;
