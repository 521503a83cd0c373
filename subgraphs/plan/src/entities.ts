import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/*
 * The plan's tables as TypeORM entities: the schema's map, what TypeORM's tooling sees, and what a test compares with
 * the migrated tables (test/db/entities.test.ts). The read path keeps its batched statements (sql.ts) and the
 * secretariat's writes their set-based SQL (writes.ts); simple look-ups may use these entities' repositories.
 */

/** The plan's copy of the shared area list (local authorities and the areas above them). */
@Entity({ name: 'area' })
export class AreaEntity {
  @PrimaryColumn('text') code!: string;
  @Column('text') name!: string;
  @Column('text') kind!: string;
  @Column('text', { name: 'parent_code', nullable: true }) parentCode!: string | null;
}

/** A community safety partnership that owns plans. */
@Entity({ name: 'partnership' })
export class PartnershipEntity {
  @PrimaryColumn('text') id!: string;
  @Column('text') name!: string;
  @Column('text', { name: 'area_code' }) areaCode!: string;
  @Column('text') description!: string;
}

/** A forum or board of the partnership that oversees pathways and priority groups. */
@Entity({ name: 'forum' })
export class ForumEntity {
  @PrimaryColumn('text') id!: string;
  @Column('text') name!: string;
  @Column('text', { nullable: true }) abbreviation!: string | null;
  @Column('text', { name: 'partnership_id', nullable: true }) partnershipId!: string | null;
  @Column('text', { nullable: true }) description!: string | null;
}

/** A national reducing re-offending pathway (accommodation, health, ...). */
@Entity({ name: 'pathway' })
export class PathwayEntity {
  @PrimaryColumn('text') id!: string;
  @Column('text') name!: string;
  @Column('text') description!: string;
  @Column('int') position!: number;
}

/** A group of offenders the plans give priority to (IOM, women, young adults, ...). */
@Entity({ name: 'priority_group' })
export class PriorityGroupEntity {
  @PrimaryColumn('text') id!: string;
  @Column('text') name!: string;
  @Column('text') description!: string;
  @Column('int') position!: number;
}

/** A partnership's reducing re-offending plan for a span of years. */
@Entity({ name: 'plan' })
export class PlanEntity {
  @PrimaryColumn('text') id!: string;
  @Column('text', { name: 'partnership_id' }) partnershipId!: string;
  @Column('text') title!: string;
  @Column('text', { name: 'period_label' }) periodLabel!: string;
  @Column('int', { name: 'start_year' }) startYear!: number;
  @Column('int', { name: 'end_year' }) endYear!: number;
  @Column('text') aim!: string;
  @Column('text', { nullable: true }) status!: string | null;
  @Column('jsonb') provenance!: object;
}

/** One of a plan's guiding principles, in order. */
@Entity({ name: 'principle' })
export class PrincipleEntity {
  @PrimaryColumn('text', { name: 'plan_id' }) planId!: string;
  @PrimaryColumn('int') position!: number;
  @Column('text') name!: string;
  @Column('text') description!: string;
}

/** A refresh of a plan (a stock take), with its date and summary. */
@Entity({ name: 'refresh' })
export class RefreshEntity {
  @PrimaryColumn('text') id!: string;
  @Column('text', { name: 'plan_id' }) planId!: string;
  @Column('date') date!: string;
  @Column('text') title!: string;
  @Column('text') summary!: string;
  @Column('jsonb') provenance!: object;
}

/** A pathway as one plan names and ranks it. */
@Entity({ name: 'plan_pathway' })
export class PlanPathwayEntity {
  @PrimaryColumn('text', { name: 'plan_id' }) planId!: string;
  @PrimaryColumn('text', { name: 'pathway_id' }) pathwayId!: string;
  @Column('int') position!: number;
  @Column('text', { name: 'local_name' }) localName!: string;
  @Column('boolean', { name: 'priority_intervention' }) priorityIntervention!: boolean;
  @Column('text', { nullable: true }) need!: string | null;
  @Column('text', { name: 'added_by_refresh_id', nullable: true }) addedByRefreshId!: string | null;
  @Column('text', { name: 'forum_ids', array: true }) forumIds!: string[];
}

/** A priority group as one plan names and ranks it. */
@Entity({ name: 'plan_priority_group' })
export class PlanPriorityGroupEntity {
  @PrimaryColumn('text', { name: 'plan_id' }) planId!: string;
  @PrimaryColumn('text', { name: 'priority_group_id' }) priorityGroupId!: string;
  @Column('int') position!: number;
  @Column('text', { name: 'local_name' }) localName!: string;
  @Column('boolean') related!: boolean;
  @Column('text', { name: 'added_by_refresh_id', nullable: true }) addedByRefreshId!: string | null;
  @Column('text', { name: 'forum_ids', array: true }) forumIds!: string[];
}

/** A goal of a plan, under a pathway or a priority group. */
@Entity({ name: 'goal' })
export class GoalEntity {
  @PrimaryColumn('text') id!: string;
  @Column('text', { name: 'plan_id' }) planId!: string;
  @Column('int') position!: number;
  @Column('text', { name: 'pathway_id', nullable: true }) pathwayId!: string | null;
  @Column('text', { name: 'priority_group_id', nullable: true }) priorityGroupId!: string | null;
  @Column('text') text!: string;
  @Column('text', { name: 'lead_agency' }) leadAgency!: string;
  @Column('date', { nullable: true }) due!: string | null;
  @Column('text', { name: 'proposed_at_refresh_id', nullable: true }) proposedAtRefreshId!: string | null;
  @Column('jsonb') provenance!: object;
}

/** A goal's RAG status, update and outcome for one period. */
@Entity({ name: 'goal_status' })
export class GoalStatusEntity {
  @PrimaryColumn('text', { name: 'goal_id' }) goalId!: string;
  @PrimaryColumn('text', { name: 'period_code' }) periodCode!: string;
  @Column('jsonb') period!: object;
  @Column('text', { nullable: true }) rag!: string | null;
  @Column('text') basis!: string;
  @Column('text', { nullable: true }) update!: string | null;
  @Column('text', { name: 'set_by', nullable: true }) setBy!: string | null;
  @Column('timestamptz', { name: 'set_at', nullable: true }) setAt!: Date | null;
  @Column('text', { nullable: true }) outcome!: string | null;
  @Column('text', { nullable: true }) comment!: string | null;
}

/** What a refresh decided for a goal (discharged, carried forward, amended). */
@Entity({ name: 'goal_disposition' })
export class GoalDispositionEntity {
  @PrimaryColumn('text', { name: 'goal_id' }) goalId!: string;
  @PrimaryColumn('text', { name: 'refresh_id' }) refreshId!: string;
  @Column('text') disposition!: string;
  @Column('text', { name: 'new_wording', nullable: true }) newWording!: string | null;
  @Column('text', { nullable: true }) note!: string | null;
}

/** A goal's earlier wording, kept when the secretariat amends it (append-only). */
@Entity({ name: 'goal_wording' })
export class GoalWordingEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' }) id!: string;
  @Column('text', { name: 'goal_id' }) goalId!: string;
  @Column('text') wording!: string;
  @Column('timestamptz', { name: 'amended_at' }) amendedAt!: Date;
  @Column('text', { name: 'amended_by' }) amendedBy!: string;
  @Column('text') reason!: string;
  @Column('text', { name: 'refresh_id', nullable: true }) refreshId!: string | null;
}

/** An action of a plan's action plan, with its steps, outcomes and who is responsible. */
@Entity({ name: 'action' })
export class ActionEntity {
  @PrimaryColumn('text') id!: string;
  @Column('text', { name: 'plan_id' }) planId!: string;
  @Column('int') position!: number;
  @Column('text') objective!: string;
  @Column('text', { name: 'pathway_id', nullable: true }) pathwayId!: string | null;
  @Column('text', { name: 'priority_group_id', nullable: true }) priorityGroupId!: string | null;
  @Column('text') title!: string;
  @Column('text', { array: true }) steps!: string[];
  @Column('text', { array: true }) outcomes!: string[];
  @Column('text') timescale!: string;
  @Column('date', { nullable: true }) due!: string | null;
  @Column('text', { array: true }) responsible!: string[];
  @Column('text', { nullable: true }) progress!: string | null;
  @Column('jsonb') provenance!: object;
}

/** A partner agency whose measures the catalogue lists. */
@Entity({ name: 'agency' })
export class AgencyEntity {
  @PrimaryColumn('text') key!: string;
  @Column('text') name!: string;
  @Column('text', { name: 'measure_type' }) measureType!: string;
}

/** A measure catalogued under a plan, a pathway or a priority group. */
@Entity({ name: 'catalogue_entry' })
export class CatalogueEntryEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' }) id!: string;
  @Column('text', { name: 'measure_id' }) measureId!: string;
  @Column('text', { name: 'agency_key' }) agencyKey!: string;
  @Column('text', { name: 'plan_id' }) planId!: string;
  @Column('text', { name: 'pathway_id', nullable: true }) pathwayId!: string | null;
  @Column('text', { name: 'priority_group_id', nullable: true }) priorityGroupId!: string | null;
}

/** One change to the plan's data, written in the transaction that made it (append-only). */
@Entity({ name: 'audit_event' })
export class AuditEventEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' }) id!: string;
  @Column('timestamptz') at!: Date;
  @Column('text') actor!: string;
  @Column('text') role!: string;
  @Column('text') action!: string;
  @Column('text') entity!: string;
  @Column('text', { name: 'entity_id' }) entityId!: string;
  @Column('jsonb') details!: Record<string, unknown>;
}

/** A printed progress report (stock take) of a plan for a year, as published. */
@Entity({ name: 'progress_report' })
export class ProgressReportEntity {
  @PrimaryColumn('text') id!: string;
  @Column('text', { name: 'plan_id' }) planId!: string;
  @Column('text') year!: string;
  @Column('text') title!: string;
  @Column('text', { array: true }) authors!: string[];
  @Column('text', { name: 'produced_date' }) producedDate!: string;
  @Column('jsonb', { name: 'data_dates' }) dataDates!: object;
  @Column('text') introduction!: string;
  @Column('text', { name: 'status_note' }) statusNote!: string;
  @Column('jsonb', { name: 'status_key' }) statusKey!: object;
  @Column('jsonb') sections!: Array<Record<string, unknown>>;
  @Column('jsonb') provenance!: object;
}

/** Every table of the plan schema but the migration history. */
export const PLAN_ENTITIES = [
  AreaEntity,
  PartnershipEntity,
  ForumEntity,
  PathwayEntity,
  PriorityGroupEntity,
  PlanEntity,
  PrincipleEntity,
  RefreshEntity,
  PlanPathwayEntity,
  PlanPriorityGroupEntity,
  GoalEntity,
  GoalStatusEntity,
  GoalDispositionEntity,
  GoalWordingEntity,
  ActionEntity,
  AgencyEntity,
  CatalogueEntryEntity,
  AuditEventEntity,
  ProgressReportEntity,
];
