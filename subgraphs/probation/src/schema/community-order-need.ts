import { Ctx, Directive, Field, FieldResolver, ID, ObjectType, Resolver, Root } from 'type-graphql';
import { AreaFields, Period, PrintedFigure, Provenance, SHARED_DESCRIPTIONS } from '@hub/common';
import type { NeedRecord, ProbationContext } from '../loaders';

/** The plan's Area entity, extended by probation with the needs of offenders starting community orders there. */
@Directive('@key(fields: "code")')
@ObjectType('Area', { description: SHARED_DESCRIPTIONS.area })
export class ProbationArea extends AreaFields {}

/** The plan's Pathway entity, as a reference (probation adds nothing to it). */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Pathway', { description: SHARED_DESCRIPTIONS.pathway })
export class PathwayRef {
  @Field(() => ID, { description: SHARED_DESCRIPTIONS.pathwayId })
  id!: string;
}

@ObjectType('CommunityOrderNeed', {
  description:
    "A need probation identified among the offenders who started a community order in an area over a period (its assessments of them): the share " +
    'of those offenders with the need and how many that is, as printed in the plan that reports it.',
})
export class CommunityOrderNeed {
  @Field({ description: "The need, as the plan words it, e.g. 'an accommodation need', 'either a drug or alcohol need'." })
  need!: string;

  @Field(() => PathwayRef, { description: 'The pathway out of offending the need belongs to (accommodation, education-training-employment, drugs-alcohol).' })
  pathway!: PathwayRef;

  @Field(() => Period, { description: 'The period the offenders started their orders in.' })
  period!: Period;

  @Field({ description: "How the document words the period, e.g. 'between April 2010 and March 2011'." })
  periodPrinted!: string;

  @Field(() => PrintedFigure, { description: 'Offenders starting a community order identified as having the need, as a percentage of all who started one.' })
  share!: PrintedFigure;

  @Field(() => PrintedFigure, { description: "How many offenders that is ('this equates to 1,247 offenders')." })
  offenders!: PrintedFigure;

  @Field(() => Provenance, { description: 'The document that printed the figures, and where in it.' })
  source!: Provenance;
}

@Resolver(() => ProbationArea)
export class AreaNeedsResolver {
  @FieldResolver(() => [CommunityOrderNeed], {
    description:
      'Needs identified among offenders who started a community order in this area (probation assessments), by period and need; empty where probation reports none.',
  })
  communityOrderNeeds(@Root() area: ProbationArea, @Ctx() ctx: ProbationContext): Promise<NeedRecord[]> {
    return ctx.own.needsByArea.load(area.code);
  }
}
