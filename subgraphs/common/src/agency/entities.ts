import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** Reference copy of the shared area list, so observations can reference an area by foreign key. */
@Entity({ name: 'area' })
export class AreaRow {
  @PrimaryColumn('text') code!: string;
  @Column('text') name!: string;
  @Column('text') kind!: string;
  @Column('text', { name: 'parent_code', nullable: true }) parentCode!: string | null;
}

/** A headline measure this agency owns. */
@Entity({ name: 'measure' })
export class MeasureRow {
  @PrimaryColumn('text') id!: string;
  @Column('text') name!: string;
  @Column('text') definition!: string;
  @Column('text') unit!: string;
  @Column('text') polarity!: string;
  @Column('text', { name: 'lead_agency' }) leadAgency!: string;
  @Column('text') source!: string;
  @Column('numeric', { name: 'target_value', nullable: true }) targetValue!: string | null;
  @Column('date', { name: 'target_due', nullable: true }) targetDue!: string | null;
  @Column('text', { name: 'target_text', nullable: true }) targetText!: string | null;
  @Column('timestamptz', { name: 'retired_at', nullable: true }) retiredAt!: Date | null;
  /** Figures about 1..threshold-1 people are suppressed for readers outside the agency; null = never. */
  @Column('int', { name: 'disclosure_threshold', nullable: true }) disclosureThreshold!: number | null;
  /** How the measure's figures get their RAG status (set by a trigger on insert when not given: migrations/1763900000003). */
  @Column('text', { name: 'rag_rule' }) ragRule!: string;
  /** What kind of figure the measure publishes (set by a trigger on insert when not given: migrations/1763900000011). */
  @Column('text', { name: 'figure_kind' }) figureKind!: string;
  /** For a RATE_NUMERATOR count: the rate measure it is the numerator of. */
  @Column('text', { name: 'rate_measure_id', nullable: true }) rateMeasureId!: string | null;
  @Column('boolean', { name: 'denominator_summed_snapshots' }) denominatorSummedSnapshots!: boolean;
  /** Area codes the measure is defined for (and the areas within them); null = any area. */
  @Column('text', { name: 'applies_to', array: true, nullable: true }) appliesTo!: string[] | null;
  @Column('int', { name: 'publication_lag_months', nullable: true }) publicationLagMonths!: number | null;
  @Column('int', { name: 'cited_year', nullable: true }) citedYear!: number | null;
}

/** One published value of a measure for an area and a period. */
@Entity({ name: 'observation' })
export class ObservationRow {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' }) id!: string;
  @Column('text', { name: 'measure_id' }) measureId!: string;
  @Column('text', { name: 'area_code' }) areaCode!: string;
  @Column('text', { name: 'period_code' }) periodCode!: string;
  @Column('text', { name: 'period_kind' }) periodKind!: string;
  @Column('text', { name: 'period_label' }) periodLabel!: string;
  @Column('date', { name: 'period_start' }) periodStart!: string;
  @Column('date', { name: 'period_end' }) periodEnd!: string;
  @Column('numeric', { nullable: true }) value!: string | null;
  @Column('bigint', { nullable: true }) numerator!: string | null;
  @Column('bigint', { nullable: true }) denominator!: string | null;
  @Column('numeric', { name: 'lower_bound', nullable: true }) lowerBound!: string | null;
  @Column('numeric', { name: 'upper_bound', nullable: true }) upperBound!: string | null;
  @Column('text') printed!: string;
  @Column('boolean') approximate!: boolean;
  @Column('boolean', { name: 'not_available' }) notAvailable!: boolean;
  @Column('text') status!: string;
  @Column('text', { nullable: true }) note!: string | null;
  @Column('text') publication!: string;
  @Column('text') publisher!: string;
  @Column('date', { nullable: true }) published!: string | null;
  @Column('text') document!: string;
  @Column('text') location!: string;
  @Column('text', { name: 'cited_source', nullable: true }) citedSource!: string | null;
}

/*
 * observation_draft, observation_revision and audit_event (migrations/1763900000002-AgencyWrites.ts) are read
 * and written with plain SQL in repository.ts and write-repository.ts: set-based statements and unions over
 * published and draft figures that entity queries cannot express in one statement.
 */
export const AGENCY_ENTITIES = [AreaRow, MeasureRow, ObservationRow];
