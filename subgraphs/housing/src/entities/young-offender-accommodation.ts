import { Column, Entity, PrimaryColumn } from 'typeorm';

const numeric = { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) };

/** Young offenders in suitable accommodation, by youth offending team area and year, as the progress report prints it. */
@Entity({ name: 'young_offender_accommodation' })
export class YoungOffenderAccommodationRow {
  @PrimaryColumn('text', { name: 'area_code' }) areaCode!: string;
  @PrimaryColumn('text', { name: 'period_code' }) periodCode!: string;
  /** The row of the table, as printed ('Medway Young Offenders'). */
  @Column('text') cohort!: string;
  /** The service the document names as reporting the row; null when it names none. */
  @Column('text', { name: 'reported_by', nullable: true }) reportedBy!: string | null;
  @Column('numeric', { nullable: true, transformer: numeric }) value!: number | null;
  @Column('text') printed!: string;
  @Column('boolean') approximate!: boolean;
  @Column('boolean', { name: 'public_document' }) publicDocument!: boolean;
  @Column('text') publication!: string;
  @Column('text') publisher!: string;
  @Column('date') published!: string;
  @Column('text') document!: string;
  @Column('text') location!: string;
}
