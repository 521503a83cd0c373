import { Ctx, Directive, Field, FieldResolver, ID, ObjectType, Resolver, Root } from 'type-graphql';
import { AreaRef, PrintedFigure, Provenance, SHARED_DESCRIPTIONS } from '@hub/common';
import type { CohortProfileRecord, PoliceContext } from '../loaders';
import { PoliceMeasure } from './police-measure';

/** The plan's PriorityGroup entity, extended by police with the cohort profiles it keeps. */
@Directive('@key(fields: "id")')
@ObjectType('PriorityGroup', { description: SHARED_DESCRIPTIONS.priorityGroup })
export class PriorityGroup {
  @Field(() => ID, { description: SHARED_DESCRIPTIONS.priorityGroupId })
  id!: string;
}

@ObjectType('IomCohortProfile', {
  description:
    "Police's profile of an Integrated Offender Management (IOM) cohort on a snapshot date: its size and make-up, where its members are, " +
    'the reduction in their offending and their recent offences, each figure as printed in the source report.',
})
export class IomCohortProfile {
  @Field(() => ID, { description: "Stable id of the profile: area code and snapshot date, e.g. 'kent-and-medway-2019-07-26'." })
  id!: string;

  @Field({ description: 'The date the cohort was counted on (ISO 8601 date).' })
  snapshot!: string;

  @Field(() => AreaRef, { description: 'The area whose IOM cohort this is.' })
  area!: AreaRef;

  @Field(() => PriorityGroup, { description: 'The priority group the cohort is (the IOM cohort).' })
  priorityGroup!: PriorityGroup;

  @Field(() => Provenance, { description: 'The report that printed the profile, and where in it.' })
  source!: Provenance;
}

/** Each figure of the profile: the field name, its description. Stored as rows of iom_cohort_figure. */
const FIGURES: Array<[string, string]> = [
  ['size', 'People in the cohort on the snapshot date.'],
  ['female', 'Cohort members who are female.'],
  ['managedByYouthTeams', 'Cohort members managed by youth teams (youth offending teams) rather than adult services.'],
  ['managedByYouthTeamsShare', 'Cohort members managed by youth teams, as a percentage of the cohort.'],
  ['seriousAcquisitiveCrime', 'Cohort members in the serious acquisitive crime priority group (the group with the largest cohort).'],
  ['seriousAcquisitiveCrimeShare', 'Cohort members in the serious acquisitive crime priority group, as a percentage of the cohort.'],
  ['inCustody', 'Cohort members in custody on the snapshot date.'],
  ['inCustodyShare', 'Cohort members in custody, as a percentage of the cohort.'],
  ['adultsInCommunity', 'Adult cohort members living in the community (not in custody).'],
  ['youthsInCommunity', 'Youth cohort members living in the community (not in custody).'],
  ['adultOffendingReduction', 'Percentage by which the adult cohort has collectively reduced its offending (baseline and method not stated in the report).'],
  ['youthOffendingReduction', 'Percentage reduction in offending measured for the youth cohort (baseline and method not stated in the report).'],
  ['offencesLast3Months', 'Offences committed by cohort members in the 3 months to the snapshot date.'],
  ['adultsOffendingLast3Months', 'Adult cohort members who committed those offences.'],
  ['youthsOffendingLast3Months', 'Youth cohort members who committed those offences.'],
  ['membersWithKnifeOffencesPast3Years', 'Cohort members who committed knife offences over the past 3 years.'],
  ['knifeOffencesPast3Years', 'Knife offences those members committed over the past 3 years.'],
];

// One nullable PrintedFigure field per figure (null when the profile does not print it), declared from the list;
// the loader puts each stored figure on the record under its name.
for (const [name, description] of FIGURES) Field(() => PrintedFigure, { nullable: true, description })(IomCohortProfile.prototype, name);

@Resolver(() => PriorityGroup)
export class PriorityGroupCohortResolver {
  @FieldResolver(() => [IomCohortProfile], {
    description: "Police's profiles of this group's cohort (IOM), newest snapshot first; empty for a group police does not profile.",
  })
  iomCohortProfiles(@Root() group: PriorityGroup, @Ctx() ctx: PoliceContext): Promise<CohortProfileRecord[]> {
    return ctx.own.cohortProfilesByGroup.load(group.id);
  }
}

@Resolver(() => PoliceMeasure)
export class PoliceMeasureCohortResolver {
  @FieldResolver(() => IomCohortProfile, {
    nullable: true,
    description: "For a measure whose figure is read from an IOM cohort profile (e.g. 'police.iom-cohort-size'): that profile, with the cohort's other figures. Null otherwise.",
  })
  cohortProfile(@Root() measure: PoliceMeasure, @Ctx() ctx: PoliceContext): Promise<CohortProfileRecord | null> {
    return ctx.own.cohortProfileByMeasure.load(measure.id);
  }
}
