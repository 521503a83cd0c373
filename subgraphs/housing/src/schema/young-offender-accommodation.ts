import { Ctx, Directive, Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import { AreaFields, Period, PrintedFigure, Provenance, SHARED_DESCRIPTIONS } from '@hub/common';
import type { AccommodationRecord, HousingContext } from '../loaders';

/** The plan's Area entity, extended by housing with its young offenders' accommodation. */
@Directive('@key(fields: "code")')
@ObjectType('Area', { description: SHARED_DESCRIPTIONS.area })
export class HousingArea extends AreaFields {}

@ObjectType('YoungOffenderAccommodation', {
  description:
    "Young offenders (a youth offending team's caseload) in suitable accommodation in an area over a year, as the partnership's progress report prints it.",
})
export class YoungOffenderAccommodation {
  @Field({ description: "The row of the report's table, as printed: 'Kent Young Offenders', 'Medway Young Offenders'." })
  cohort!: string;

  @Field(() => String, { nullable: true, description: 'The youth service the report names for the row; null when it names none.' })
  reportedBy!: string | null;

  @Field(() => Period, { description: 'The year the figure covers.' })
  period!: Period;

  @Field(() => PrintedFigure, { description: "Young offenders in suitable accommodation, as a percentage of the cohort ('Approx. 97%')." })
  inSuitableAccommodation!: PrintedFigure;

  @Field(() => Provenance, { description: 'The report that printed the figure, and where in it.' })
  source!: Provenance;
}

@Resolver(() => HousingArea)
export class AreaAccommodationResolver {
  @FieldResolver(() => [YoungOffenderAccommodation], {
    description: "Young offenders in suitable accommodation in this area (its youth offending team's caseload), oldest year first; empty where housing reports none.",
  })
  youngOffenderAccommodation(@Root() area: HousingArea, @Ctx() ctx: HousingContext): Promise<AccommodationRecord[]> {
    return ctx.own.accommodationByArea.load(area.code);
  }
}
