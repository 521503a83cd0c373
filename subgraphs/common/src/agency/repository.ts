import { In, type DataSource } from 'typeorm';
import { AreaRow, MeasureRow, ObservationRow } from './entities';

export interface ObservationFilter {
  /** Area codes to include (the area and, when asked, its sub-areas); undefined = all areas. */
  areas?: string[];
  /** ISO date: only periods starting on or after it. */
  from?: string;
  /** ISO date: only periods ending on or before it. */
  to?: string;
}

const num = (v: string | null): number | null => (v === null ? null : Number(v));

/** A measure as the schema serves it. */
export interface MeasureRecord {
  __typename: string;
  id: string;
  name: string;
  agency: string;
  definition: string;
  unit: string;
  polarity: string;
  leadAgency: string;
  source: string;
  target: { value: number | null; due: string | null; text: string } | null;
  retired: boolean;
}

export interface ObservationRecord {
  id: string;
  measureId: string;
  area: { code: string };
  period: { code: string; kind: string; label: string; start: string; end: string };
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  lowerBound: number | null;
  upperBound: number | null;
  printed: string;
  approximate: boolean;
  notAvailable: boolean;
  status: string;
  note: string | null;
  provenance: { publication: string; publisher: string; published: string; document: string; location: string; citedSource: string | null };
}

/** Data access for an agency subgraph. Every method is one SQL statement, whatever the number of ids. */
export class AgencyRepository {
  constructor(
    private readonly ds: DataSource,
    private readonly agency: string,
    private readonly typeName: string,
  ) {}

  async areas(): Promise<AreaRow[]> {
    return this.ds.getRepository(AreaRow).find({ order: { code: 'ASC' } });
  }

  async measuresByIds(ids: readonly string[]): Promise<MeasureRecord[]> {
    const rows = await this.ds.getRepository(MeasureRow).find({ where: { id: In([...ids]) } });
    return rows.map((r) => this.toMeasure(r));
  }

  /** All observations of the given measures that pass the filter, in period order. */
  async observations(measureIds: readonly string[], f: ObservationFilter): Promise<ObservationRecord[]> {
    const qb = this.ds
      .getRepository(ObservationRow)
      .createQueryBuilder('o')
      .where('o.measure_id = ANY(:ids)', { ids: [...measureIds] });
    this.applyFilter(qb, f);
    qb.orderBy('o.measure_id').addOrderBy('o.period_end').addOrderBy('o.period_start', 'DESC').addOrderBy('o.area_code');
    return (await qb.getMany()).map(toObservation);
  }

  /**
   * The latest available figure of each measure (most recent period end; within it the widest area
   * first, then by area code). 'Not yet available' figures are skipped: the latest figure is one that exists.
   */
  async latest(measureIds: readonly string[], f: ObservationFilter): Promise<ObservationRecord[]> {
    const qb = this.ds
      .getRepository(ObservationRow)
      .createQueryBuilder('o')
      .distinctOn(['o.measure_id'])
      .where('o.measure_id = ANY(:ids)', { ids: [...measureIds] })
      .andWhere('o.not_available = false');
    this.applyFilter(qb, f);
    qb.orderBy('o.measure_id').addOrderBy('o.period_end', 'DESC').addOrderBy('o.period_start', 'ASC').addOrderBy('o.area_code');
    return (await qb.getMany()).map(toObservation);
  }

  private applyFilter(qb: ReturnType<typeof this.ds.createQueryBuilder>, f: ObservationFilter): void {
    if (f.areas) qb.andWhere('o.area_code = ANY(:areas)', { areas: f.areas });
    if (f.from) qb.andWhere('o.period_start >= :from', { from: f.from });
    if (f.to) qb.andWhere('o.period_end <= :to', { to: f.to });
  }

  private toMeasure(r: MeasureRow): MeasureRecord {
    return {
      __typename: this.typeName,
      id: r.id,
      name: r.name,
      agency: this.agency,
      definition: r.definition,
      unit: r.unit,
      polarity: r.polarity,
      leadAgency: r.leadAgency,
      source: r.source,
      target: r.targetText === null ? null : { value: num(r.targetValue), due: r.targetDue, text: r.targetText },
      retired: r.retiredAt !== null,
    };
  }
}

function toObservation(r: ObservationRow): ObservationRecord {
  return {
    id: `${r.measureId}|${r.areaCode}|${r.periodCode}`,
    measureId: r.measureId,
    area: { code: r.areaCode },
    period: { code: r.periodCode, kind: r.periodKind, label: r.periodLabel, start: r.periodStart, end: r.periodEnd },
    value: num(r.value),
    numerator: num(r.numerator),
    denominator: num(r.denominator),
    lowerBound: num(r.lowerBound),
    upperBound: num(r.upperBound),
    printed: r.printed,
    approximate: r.approximate,
    notAvailable: r.notAvailable,
    status: r.status,
    note: r.note,
    provenance: {
      publication: r.publication,
      publisher: r.publisher,
      published: r.published,
      document: r.document,
      location: r.location,
      citedSource: r.citedSource,
    },
  };
}
