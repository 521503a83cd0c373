import DataLoader from 'dataloader';
import { In } from 'typeorm';
import {
  disclosePrinted,
  NO_PUBLICATION_DATE,
  parsePeriod,
  type AgencyContext,
  type AgencyLoaderContext,
  type ParsedPeriod,
  type PrintedFigure,
} from '@hub/common';
import { CommunityOrderNeedRow } from './entities';

/** A community order need as the schema serves it. */
export interface NeedRecord {
  need: string;
  pathway: { id: string };
  period: ParsedPeriod;
  periodPrinted: string;
  share: PrintedFigure;
  offenders: PrintedFigure;
  source: {
    publication: string;
    publisher: string;
    published: string | null;
    publishedNote: string | null;
    document: string;
    location: string;
    citedSource: null;
  };
}

/** Probation's own per-request loaders (ctx.own): one statement per batch of areas. */
export function probationLoaders({ dataSource, mode }: AgencyLoaderContext) {
  const needs = dataSource.getRepository(CommunityOrderNeedRow);
  return {
    /** An area's community order needs, by period then need. */
    needsByArea: new DataLoader<string, NeedRecord[]>(async (codes) => {
      const rows = await needs.find({ where: { areaCode: In([...codes]) }, order: { periodCode: 'ASC', need: 'ASC' } });
      return codes.map((code) =>
        rows
          .filter((r) => r.areaCode === code)
          .map((r) => ({
            need: r.need,
            pathway: { id: r.pathwayId },
            period: parsePeriod(r.periodCode),
            periodPrinted: r.periodPrinted,
            share: disclosePrinted(
              { value: r.shareValue, printed: r.sharePrinted },
              { countsPeople: false, publicDocument: r.publicDocument },
              mode,
            ),
            offenders: disclosePrinted(
              { value: r.offendersValue, printed: r.offendersPrinted },
              { countsPeople: true, publicDocument: r.publicDocument },
              mode,
            ),
            source: {
              publication: r.publication,
              publisher: r.publisher,
              published: r.published,
              publishedNote: r.published === null ? NO_PUBLICATION_DATE : null,
              document: r.document,
              location: r.location,
              citedSource: null,
            },
          })),
      );
    }),
  };
}

export type ProbationLoaders = ReturnType<typeof probationLoaders>;

/** The request context of probation's own resolvers. */
export type ProbationContext = AgencyContext<ProbationLoaders>;
