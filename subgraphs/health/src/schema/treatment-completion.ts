import { Ctx, Directive, Field, FieldResolver, ID, ObjectType, Resolver, Root } from 'type-graphql';
import { AreaRef, Period, PrintedFigure, Provenance, SHARED_DESCRIPTIONS } from '@hub/common';
import type { CompletionRecord, HealthContext } from '../loaders';

/** The plan's Pathway entity, extended by health with drug and alcohol treatment completions. */
@Directive('@key(fields: "id")')
@ObjectType('Pathway', { description: SHARED_DESCRIPTIONS.pathway })
export class Pathway {
  @Field(() => ID, { description: SHARED_DESCRIPTIONS.pathwayId })
  id!: string;
}

@ObjectType('TreatmentCompletion', {
  description:
    'Offenders discharged from drug and alcohol treatment on completion of all their interventions, for one cohort (a row of the progress report) and year.',
})
export class TreatmentCompletion {
  @Field({ description: "The cohort, as the report's table prints it: 'statutory offenders', 'Kent Young Offenders', 'Medway Young Offenders'." })
  cohort!: string;

  @Field(() => AreaRef, { description: 'The area of the cohort (for statutory offenders the report states none: Kent and Medway, the plan\'s area).' })
  area!: AreaRef;

  @Field(() => Period, { description: 'The year the completions are counted in.' })
  period!: Period;

  @Field(() => PrintedFigure, { description: "Offenders discharged on completion of treatment ('522'); 'tbc' when not yet available." })
  completions!: PrintedFigure;

  @Field(() => Provenance, { description: 'The report that printed the figure, and where in it.' })
  source!: Provenance;
}

@Resolver(() => Pathway)
export class PathwayTreatmentResolver {
  @FieldResolver(() => [TreatmentCompletion], {
    description: 'Drug and alcohol treatment completions of offenders that health reports for this pathway, by cohort then year; empty for other pathways.',
  })
  treatmentCompletions(@Root() pathway: Pathway, @Ctx() ctx: HealthContext): Promise<CompletionRecord[]> {
    return ctx.own.completionsByPathway.load(pathway.id);
  }
}
