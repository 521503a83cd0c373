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
  /** The series version the figure belongs to (set by a trigger when published: migrations/1763900000011). */
  @Column('text', { name: 'series_version' }) seriesVersion!: string;
  /** The public source that already printed the figure, which disclosure control then leaves visible. */
  @Column('text', { name: 'public_source', nullable: true }) publicSource!: string | null;
}

/** The value columns a figure has wherever it is kept: published, draft, or superseded by a correction. */
abstract class FigureValueColumns {
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
  @Column('date') published!: string;
  @Column('text') document!: string;
  @Column('text') location!: string;
  @Column('text', { name: 'cited_source', nullable: true }) citedSource!: string | null;
}

/** A figure the agency recorded or imported and has not yet published (one per measure, area and period). */
@Entity({ name: 'observation_draft' })
export class ObservationDraftRow extends FigureValueColumns {
  // Keyed by the figure itself since migration 1763900000005 dropped the surrogate id.
  @PrimaryColumn('text', { name: 'measure_id' }) measureId!: string;
  @PrimaryColumn('text', { name: 'area_code' }) areaCode!: string;
  @PrimaryColumn('text', { name: 'period_code' }) periodCode!: string;
  @Column('text', { name: 'period_kind' }) periodKind!: string;
  @Column('text', { name: 'period_label' }) periodLabel!: string;
  @Column('date', { name: 'period_start' }) periodStart!: string;
  @Column('date', { name: 'period_end' }) periodEnd!: string;
  @Column('text', { nullable: true }) reason!: string | null;
  @Column('text', { name: 'created_by' }) createdBy!: string;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
}

/** Published values a correction replaced, with who, when and why (append-only). */
@Entity({ name: 'observation_revision' })
export class ObservationRevisionRow extends FigureValueColumns {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' }) id!: string;
  @Column('bigint', { name: 'observation_id' }) observationId!: string;
  @Column('timestamptz', { name: 'replaced_at' }) replacedAt!: Date;
  @Column('text', { name: 'replaced_by' }) replacedBy!: string;
  @Column('text') reason!: string;
}

/** One change to the agency's data, written in the transaction that made it (append-only). */
@Entity({ name: 'audit_event' })
export class AuditEventRow {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' }) id!: string;
  @Column('timestamptz') at!: Date;
  @Column('text') actor!: string;
  @Column('text') role!: string;
  @Column('text') action!: string;
  @Column('text') entity!: string;
  @Column('text', { name: 'entity_id', nullable: true }) entityId!: string | null;
  @Column('jsonb') details!: Record<string, unknown>;
}

/** A Red / Amber / Green status the agency set by hand for one figure. */
@Entity({ name: 'figure_rag' })
export class FigureRagRow {
  @PrimaryColumn('text', { name: 'measure_id' }) measureId!: string;
  @PrimaryColumn('text', { name: 'area_code' }) areaCode!: string;
  @PrimaryColumn('text', { name: 'period_code' }) periodCode!: string;
  @Column('text') status!: string;
  @Column('text') comment!: string;
  @Column('text', { name: 'set_by' }) setBy!: string;
  @Column('timestamptz', { name: 'set_at' }) setAt!: Date;
}

/** A version of a measure's series (one methodology); a closed version takes no more figures. */
@Entity({ name: 'series_version' })
export class SeriesVersionRow {
  @PrimaryColumn('text', { name: 'measure_id' }) measureId!: string;
  @PrimaryColumn('text') code!: string;
  @Column('int') position!: number;
  @Column('text') name!: string;
  @Column('text') methodology!: string;
  @Column('text', { name: 'closed_note', nullable: true }) closedNote!: string | null;
}

/** A comparator stored for one figure (e.g. the predicted rate), where the source prints one. */
@Entity({ name: 'figure_comparator' })
export class FigureComparatorRow {
  @PrimaryColumn('text', { name: 'measure_id' }) measureId!: string;
  @PrimaryColumn('text', { name: 'area_code' }) areaCode!: string;
  @PrimaryColumn('text', { name: 'period_code' }) periodCode!: string;
  @PrimaryColumn('text') kind!: string;
  @Column('numeric', { nullable: true }) value!: string | null;
  @Column('bigint', { nullable: true }) numerator!: string | null;
  @Column('bigint', { nullable: true }) denominator!: string | null;
  @Column('numeric', { name: 'relative_difference', nullable: true }) relativeDifference!: string | null;
  @Column('boolean', { name: 'sign_known', nullable: true }) signKnown!: boolean | null;
  @Column('text') printed!: string;
  @Column('text', { nullable: true }) note!: string | null;
}

/** An area's statistical peer, whose figures of the same measure and period are shown as comparators. */
@Entity({ name: 'area_peer' })
export class AreaPeerRow {
  @PrimaryColumn('text', { name: 'area_code' }) areaCode!: string;
  @PrimaryColumn('text', { name: 'peer_code' }) peerCode!: string;
}

/*
 * Every table of the kit has an entity (the schema's map, and what TypeORM's tooling sees; test/db/entities.test.ts
 * fails for a migrated table without one). The read and write hot paths use the SQL of sql.ts and
 * write-repository.ts: set-based statements and unions over published and draft figures that entity queries cannot
 * express in one statement.
 */
export const AGENCY_ENTITIES = [
  AreaRow,
  MeasureRow,
  ObservationRow,
  ObservationDraftRow,
  ObservationRevisionRow,
  AuditEventRow,
  FigureRagRow,
  SeriesVersionRow,
  FigureComparatorRow,
  AreaPeerRow,
];
