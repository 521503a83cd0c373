import { Column, Entity, PrimaryColumn } from 'typeorm';

const numeric = { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) };

/** A target Jobcentre Plus set for the IOM cohort, worded and printed as the plan refresh proposed it. */
@Entity({ name: 'iom_jobcentre_target' })
export class IomJobcentreTargetRow {
  @PrimaryColumn('text') id!: string;
  /** The plan's priority group the target is for (the plan subgraph owns PriorityGroup). */
  @Column('text', { name: 'priority_group_id' }) priorityGroupId!: string;
  /** The priority intervention it was proposed under, as printed. */
  @Column('text') intervention!: string;
  @Column('text') goal!: string;
  /** The lettered item of the goal the target is, as printed; null when the goal has one target. */
  @Column('text', { nullable: true }) item!: string | null;
  @Column('text', { name: 'lead_agency' }) leadAgency!: string;
  @Column('numeric', { name: 'target_value', nullable: true, transformer: numeric }) targetValue!: number | null;
  @Column('text', { name: 'target_printed' }) targetPrinted!: string;
  @Column('text', { name: 'due_printed' }) duePrinted!: string;
  /** The DWP headline measure the target belongs to. */
  @Column('text', { name: 'measure_id', nullable: true }) measureId!: string | null;
  @Column('boolean', { name: 'public_document' }) publicDocument!: boolean;
  @Column('text') publication!: string;
  @Column('text') publisher!: string;
  @Column('date') published!: string;
  @Column('text') document!: string;
  @Column('text') location!: string;
}
