import { Field, ID, InputType } from 'type-graphql';

/** Arguments of the secretariat's mutations that are whole records. Values are checked in ./writes.ts. */

@InputType('CreateGoalInput', {
  description: 'A new goal of a plan: for one pathway, one priority group, or (neither) the plan as a whole.',
})
export class CreateGoalInput {
  @Field(() => ID, { description: "The plan the goal belongs to, e.g. 'km-2012-2015'." })
  plan!: string;
  @Field(() => ID, {
    nullable: true,
    description: 'The pathway the goal serves; the plan must take it up. Give a pathway or a priority group, not both.',
  })
  pathway?: string | null;
  @Field(() => ID, {
    nullable: true,
    description: 'The priority group the goal serves; the plan must take it up. Give a pathway or a priority group, not both.',
  })
  priorityGroup?: string | null;
  @Field({ description: 'The goal as worded.' })
  text!: string;
  @Field({ description: 'The body leading on the goal, as the plan names it.' })
  leadAgency!: string;
  @Field(() => String, { nullable: true, description: "Date the goal is due by (ISO 8601 date, e.g. '2014-03-31')." })
  due?: string | null;
  @Field(() => ID, {
    nullable: true,
    description: 'The refresh of the same plan that proposed the goal; omit for a goal of the plan as first written.',
  })
  proposedAt?: string | null;
}

@InputType('CreateActionInput', { description: "A new row of a plan's action plan." })
export class CreateActionInput {
  @Field(() => ID, { description: "The plan the action belongs to, e.g. 'havering-2016-2020'." })
  plan!: string;
  @Field({ description: 'The strategy objective the action serves.' })
  objective!: string;
  @Field(() => ID, {
    nullable: true,
    description: 'The pathway the action serves; the plan must take it up. Give a pathway or a priority group, not both.',
  })
  pathway?: string | null;
  @Field(() => ID, {
    nullable: true,
    description: 'The priority group the action serves; the plan must take it up. Give a pathway or a priority group, not both.',
  })
  priorityGroup?: string | null;
  @Field({ description: 'The project or action.' })
  title!: string;
  @Field(() => [String], { description: 'Numbered steps of the action, in order (at least one).' })
  steps!: string[];
  @Field(() => [String], { description: 'Expected outcomes.' })
  outcomes!: string[];
  @Field({ description: "Timescale as printed, e.g. 'March 2017'." })
  timescale!: string;
  @Field(() => String, { nullable: true, description: "Due date for the timescale (ISO 8601 date, e.g. '2017-03-31')." })
  due?: string | null;
  @Field(() => [String], { description: 'Responsible service or lead (one for the action, or one per step).' })
  responsible!: string[];
  @Field(() => String, { nullable: true, description: 'Progress to date, if any yet.' })
  progress?: string | null;
}

@InputType('CreateRefreshInput', {
  description: 'A refresh of a plan (e.g. an annual stock take) to record dispositions and added pathways against.',
})
export class CreateRefreshInput {
  @Field(() => ID, { description: 'The plan refreshed.' })
  plan!: string;
  @Field({ description: "Date of the meeting that took the refresh (ISO 8601 date, e.g. '2014-07-16')." })
  date!: string;
  @Field({ description: 'Title of the refresh.' })
  title!: string;
  @Field({ description: 'What the refresh decided.' })
  summary!: string;
}

@InputType('CatalogueEntryInput', {
  description: "Where a plan uses a headline measure: for a pathway, for a priority group, or (neither) in the plan's basket of measures.",
})
export class CatalogueEntryInput {
  @Field(() => ID, { description: "Global measure id '<agency>.<name>', e.g. 'probation.adult-proven-reoffending-proportion'." })
  measureId!: string;
  @Field(() => ID, {
    description: "Key of the agency that owns the measure, e.g. 'probation'; the measure id must start with '<agency>.'.",
  })
  agency!: string;
  @Field(() => ID, { description: 'The plan that uses the measure.' })
  plan!: string;
  @Field(() => ID, {
    nullable: true,
    description: 'The pathway it measures in that plan (the plan must take it up); not with priorityGroup.',
  })
  pathway?: string | null;
  @Field(() => ID, {
    nullable: true,
    description: 'The priority group it measures in that plan (the plan must take it up); not with pathway.',
  })
  priorityGroup?: string | null;
}
