import { Column, Entity, JoinColumn, ManyToOne, OneToMany, PrimaryColumn } from 'typeorm';

/** A snapshot of the IOM cohort as a police (IOM) report profiles it, with where it was published. */
@Entity({ name: 'iom_cohort_profile' })
export class IomCohortProfileRow {
  @PrimaryColumn('text') id!: string;
  /** The plan's priority group the cohort is (the plan subgraph owns PriorityGroup). */
  @Column('text', { name: 'priority_group_id' }) priorityGroupId!: string;
  @Column('text', { name: 'area_code' }) areaCode!: string;
  /** The snapshot date, as 'YYYY-MM-DD' text (a date column read as text: no time zone shift). */
  @Column('date', { name: 'snapshot' }) snapshot!: string;
  @Column('boolean', { name: 'public_document' }) publicDocument!: boolean;
  @Column('text') publication!: string;
  @Column('text') publisher!: string;
  @Column('date') published!: string;
  @Column('text') document!: string;
  @Column('text') location!: string;
  @OneToMany(() => IomCohortFigureRow, (f) => f.profile) figures!: IomCohortFigureRow[];
}

/** One figure of a cohort profile (size, female, in custody...), as printed. */
@Entity({ name: 'iom_cohort_figure' })
export class IomCohortFigureRow {
  @PrimaryColumn('text', { name: 'profile_id' }) profileId!: string;
  /** Which figure: one of the IomCohortProfile fields (size, female, inCustody...). */
  @PrimaryColumn('text') figure!: string;
  @Column('numeric', {
    nullable: true,
    transformer: { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) },
  })
  value!: number | null;
  @Column('text') printed!: string;
  /** True when the figure counts people (disclosure control applies to it unless publicly printed). */
  @Column('boolean', { name: 'counts_people' }) countsPeople!: boolean;
  /** The police headline measure that publishes the same figure, if any. */
  @Column('text', { name: 'measure_id', nullable: true }) measureId!: string | null;
  @ManyToOne(() => IomCohortProfileRow, (p) => p.figures) @JoinColumn({ name: 'profile_id' }) profile!: IomCohortProfileRow;
}
