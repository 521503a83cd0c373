import { Ctx, Directive, Field, FieldResolver, ID, ObjectType, Resolver, Root } from 'type-graphql';
import { PrintedFigure, Provenance, SHARED_DESCRIPTIONS } from '@hub/common';
import type { DwpContext, TargetRecord } from '../loaders';

/** The plan's PriorityGroup entity, extended by DWP with Jobcentre Plus targets for the group. */
@Directive('@key(fields: "id")')
@ObjectType('PriorityGroup', { description: SHARED_DESCRIPTIONS.priorityGroup })
export class PriorityGroup {
  @Field(() => ID, { description: SHARED_DESCRIPTIONS.priorityGroupId })
  id!: string;
}

@ObjectType('JobcentreTarget', {
  description: 'A target Jobcentre Plus set for a priority group (benefits, bank accounts, Universal Jobmatch), worded as the plan refresh proposed it.',
})
export class JobcentreTarget {
  @Field(() => ID, { description: "Stable id of the target, e.g. 'iom-registered-on-universal-job-match'." })
  id!: string;

  @Field({ description: "The priority intervention it was proposed under, as printed: 'Education and Employment', 'Finance, Benefits and Debt'." })
  intervention!: string;

  @Field({ description: 'The goal, as worded in the paper.' })
  goal!: string;

  @Field(() => String, { nullable: true, description: "The lettered item of the goal that is this target ('a) 95% of IOM offenders to have a bank / post office account'); null when the goal has one target." })
  item!: string | null;

  @Field({ description: 'The body that leads on the target.' })
  leadAgency!: string;

  @Field(() => PrintedFigure, { description: "The target share of the group, as printed ('80%')." })
  target!: PrintedFigure;

  @Field({ description: "When it is due, as printed ('by March 2014')." })
  due!: string;

  @Field(() => ID, { nullable: true, description: "Id of the DWP headline measure that tracks the target (e.g. 'dwp.iom-offenders-claiming-online')." })
  measureId!: string | null;

  @Field(() => Provenance, { description: 'The paper that proposed the target, and where in it.' })
  source!: Provenance;
}

@Resolver(() => PriorityGroup)
export class PriorityGroupTargetsResolver {
  @FieldResolver(() => [JobcentreTarget], {
    description: 'Targets Jobcentre Plus set for this priority group (IOM: Universal Jobmatch registration, bank accounts, online claims); empty for other groups.',
  })
  jobcentreTargets(@Root() group: PriorityGroup, @Ctx() ctx: DwpContext): Promise<TargetRecord[]> {
    return ctx.own.targetsByGroup.load(group.id);
  }
}
