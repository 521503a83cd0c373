import { Directive, ObjectType } from 'type-graphql';
import {
  buildFederatedSchema,
  SHARED_DESCRIPTIONS,
  type ClassType,
  type FederatedSchema,
  type ReferenceResolver,
} from '@hub/common/platform';
import { AGENCIES, type AgencyEntry } from './catalogue/agencies';
import { PlanMutations } from './mutations';
import { PLAN_RESOLVERS, type PlanContext } from './resolvers';
import { HeadlineMeasure } from './types';

/**
 * One entity stub per agency (`type ProbationMeasure implements HeadlineMeasure @key(fields: "id")`): the
 * plan returns `{ __typename, id }` and the gateway fetches the measure's fields from the owning agency.
 */
function measureStub(agency: AgencyEntry): ClassType {
  @Directive('@key(fields: "id")')
  @ObjectType(agency.measureType, {
    implements: HeadlineMeasure,
    description: SHARED_DESCRIPTIONS.measureType(agency.key),
  })
  class MeasureStub extends HeadlineMeasure {}
  return MeasureStub;
}

export async function buildPlanSchema(agencies: readonly AgencyEntry[] = AGENCIES): Promise<FederatedSchema> {
  const stubs = agencies.map(measureStub);
  const references: Record<string, ReferenceResolver> = {
    Area: { __resolveReference: (ref: { code: string }, ctx: PlanContext) => ctx.areas.get(ref.code) ?? null },
    Pathway: { __resolveReference: (ref: { id: string }, ctx: PlanContext) => ctx.loaders.pathway.load(ref.id) },
    PriorityGroup: { __resolveReference: (ref: { id: string }, ctx: PlanContext) => ctx.loaders.priorityGroup.load(ref.id) },
  };
  for (const a of agencies) {
    references[a.measureType] = { __resolveReference: (ref: { id: string }) => ({ __typename: a.measureType, id: ref.id }) };
  }
  return buildFederatedSchema({ resolvers: [...PLAN_RESOLVERS, PlanMutations], orphanedTypes: stubs }, references);
}
