import { Column, Entity, PrimaryColumn } from 'typeorm';

const numeric = { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) };

/** Offenders discharged from drug and alcohol treatment on completion, by cohort and year, as the progress report prints it. */
@Entity({ name: 'treatment_completion' })
export class TreatmentCompletionRow {
  /** The row of the report's table, as printed ('Kent Young Offenders'). */
  @PrimaryColumn('text') cohort!: string;
  @PrimaryColumn('text', { name: 'period_code' }) periodCode!: string;
  /** The plan's pathway the treatment serves (the plan subgraph owns Pathway). */
  @Column('text', { name: 'pathway_id' }) pathwayId!: string;
  @Column('text', { name: 'area_code' }) areaCode!: string;
  @Column('numeric', { nullable: true, transformer: numeric }) value!: number | null;
  @Column('text') printed!: string;
  @Column('boolean', { name: 'not_available' }) notAvailable!: boolean;
  @Column('boolean', { name: 'public_document' }) publicDocument!: boolean;
  @Column('text') publication!: string;
  @Column('text') publisher!: string;
  @Column('date') published!: string;
  @Column('text') document!: string;
  @Column('text') location!: string;
}
