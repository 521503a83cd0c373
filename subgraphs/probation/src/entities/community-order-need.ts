import { Column, Entity, PrimaryColumn } from 'typeorm';

const numeric = { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) };

/** A need identified among offenders starting a community order in an area and period, as the plan prints it. */
@Entity({ name: 'community_order_need' })
export class CommunityOrderNeedRow {
  @PrimaryColumn('text', { name: 'area_code' }) areaCode!: string;
  @PrimaryColumn('text', { name: 'period_code' }) periodCode!: string;
  /** The need, as printed ('an accommodation need'). */
  @PrimaryColumn('text') need!: string;
  /** The plan's pathway the need belongs to (the plan subgraph owns Pathway). */
  @Column('text', { name: 'pathway_id' }) pathwayId!: string;
  /** How the document words the period ('between April 2010 and March 2011'). */
  @Column('text', { name: 'period_printed' }) periodPrinted!: string;
  @Column('numeric', { name: 'share_value', nullable: true, transformer: numeric }) shareValue!: number | null;
  @Column('text', { name: 'share_printed' }) sharePrinted!: string;
  @Column('numeric', { name: 'offenders_value', nullable: true, transformer: numeric }) offendersValue!: number | null;
  @Column('text', { name: 'offenders_printed' }) offendersPrinted!: string;
  @Column('boolean', { name: 'public_document' }) publicDocument!: boolean;
  @Column('text') publication!: string;
  @Column('text') publisher!: string;
  /** Null when the source gives no date (the 2012-15 plan). */
  @Column('date', { nullable: true }) published!: string | null;
  @Column('text') document!: string;
  @Column('text') location!: string;
}
