/**
 * The plan subgraph through its own schema, on real PostgreSQL: the plan tree, goals with statuses and
 * dispositions, the catalogue's measure references, areas, named errors, and batched SQL.
 */
import { CountingLogger, type Viewer } from '@hub/common/platform';
import type { DataSource } from 'typeorm';
import type { GraphQLSchema } from 'graphql';
import { migrateAndSeedPlan, planContextFactory, planDataSource } from '../../subgraphs/plan/src/index';
import type { PlanContext } from '../../subgraphs/plan/src/resolvers';
import { buildPlanSchema } from '../../subgraphs/plan/src/schema';
import { createTestDatabase } from '../support/db';
import { run } from '../support/subgraph';
import { arrayContaining } from '../support/matchers';

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let ds: DataSource;
let schema: GraphQLSchema;
let ctx: () => Promise<PlanContext>;
const BOARD: Viewer = { subject: 'test-board', role: 'board', agency: null };
const logger = new CountingLogger();

beforeAll(async () => {
  db = await createTestDatabase('plan');
  await migrateAndSeedPlan({ DATABASE_URL: db.url });
  ({ dataSource: ds } = planDataSource({ DATABASE_URL: db.url }, logger));
  await ds.initialize();
  schema = (await buildPlanSchema()).schema;
  const factory = await planContextFactory(ds);
  ctx = () => factory(BOARD);
});

afterAll(async () => {
  await ds?.destroy();
  await db?.drop();
});

const PLAN = `query ($id: ID!) {
  plan(id: $id) {
    title aim periodLabel partnership { id area { code } }
    principles { position name }
    pathways { name priorityIntervention pathway { id } forums { id } addedBy { id } headlineMeasures { __typename id } }
    priorityGroups { name priorityGroup { id } forums { name } }
    refreshes { id date addedPathways { pathway { id } } proposedGoals { id } }
    goals { id text leadAgency proposedAt { id } currentWording
      statuses { period { code kind } rag basis update }
      dispositions { disposition newWording refresh { id } } }
  }
}`;

/** A goal as PLAN selects it. */
interface PlanGoal {
  id: string;
  text: string;
  leadAgency: string;
  proposedAt: { id: string } | null;
  currentWording: string;
  statuses: Array<{ period: { code: string; kind: string }; rag: string | null; basis: string; update: string | null }>;
  dispositions: Array<{ disposition: string; newWording: string | null; refresh: { id: string } }>;
}
/** PLAN's answer. */
interface PlanData {
  plan: {
    title: string;
    aim: string;
    periodLabel: string;
    partnership: { id: string; area: { code: string } };
    principles: Array<{ position: number; name: string }>;
    pathways: Array<{
      name: string;
      priorityIntervention: boolean;
      pathway: { id: string };
      forums: Array<{ id: string }>;
      addedBy: { id: string } | null;
      headlineMeasures: Array<{ __typename: string; id: string }>;
    }>;
    priorityGroups: Array<{ name: string; priorityGroup: { id: string }; forums: Array<{ name: string }> }>;
    refreshes: Array<{ id: string; date: string; addedPathways: Array<{ pathway: { id: string } }>; proposedGoals: Array<{ id: string }> }>;
    goals: PlanGoal[];
  };
}
interface AreaNode {
  code: string;
  children: AreaNode[];
}

test('the Kent and Medway plan 2012-2015: seven principles, four priority interventions, and the 2013 refresh', async () => {
  const res = await run<PlanData>(schema, ctx, PLAN, { id: 'km-2012-2015' });
  expect(res.errors).toBeUndefined();
  const plan = res.data!.plan;
  expect(plan.partnership).toEqual({ id: 'kent-and-medway', area: { code: 'kent-and-medway' } });
  expect(plan.principles.map((p) => p.name)).toEqual([
    'Localised',
    'Integrated',
    'Targeted',
    'Individualised',
    'Evidence based',
    'Holistic',
    'Restorative',
  ]);
  const priority = plan.pathways.filter((p) => p.priorityIntervention).map((p) => p.pathway.id);
  expect(priority).toEqual(
    arrayContaining(['accommodation', 'education-training-employment', 'drugs-alcohol', 'health', 'finance-benefit-debt']),
  );
  const finance = plan.pathways.find((p) => p.pathway.id === 'finance-benefit-debt');
  expect(finance!.addedBy).toEqual({ id: 'km-2013-stock-take' });
  expect(plan.refreshes[0].addedPathways.map((p) => p.pathway.id)).toContain('finance-benefit-debt');
  const accommodation = plan.pathways.find((p) => p.pathway.id === 'accommodation');
  expect(accommodation!.forums.map((f) => f.id)).toEqual(arrayContaining(['jppb', 'iomsb']));
  const types = new Set(accommodation!.headlineMeasures.map((m) => m.__typename));
  expect(types).toEqual(new Set(['ProbationMeasure', 'HousingMeasure']));
});

test('the 19 goals of the plan each have an end-of-year status and a disposition at the stock take', async () => {
  const res = await run<PlanData>(schema, ctx, PLAN, { id: 'km-2012-2015' });
  const original = res.data!.plan.goals.filter((g) => g.proposedAt === null);
  expect(original).toHaveLength(19);
  for (const g of original) {
    expect(g.statuses).toHaveLength(1);
    expect(g.statuses[0].period).toEqual({ code: '2012-13', kind: 'FINANCIAL_YEAR' });
    expect(g.dispositions).toHaveLength(1);
    expect(g.dispositions[0].refresh.id).toBe('km-2013-stock-take');
  }
  const count = (d: string) => original.filter((g) => g.dispositions[0].disposition === d).length;
  expect([count('DISCHARGED'), count('CARRIED_FORWARD'), count('AMENDED')]).toEqual([16, 1, 2]);
  const gp = original.find((g) => g.text.startsWith('Increase level of GP registrations'));
  expect(gp!.dispositions[0].disposition).toBe('AMENDED');
  expect(gp!.currentWording).toMatch(/registered with a GP/);
  expect(gp!.currentWording).not.toBe(gp!.text);
  const proposed = res.data!.plan.goals.filter((g) => g.proposedAt?.id === 'km-2013-stock-take');
  expect(proposed.length).toBeGreaterThanOrEqual(20);
  expect(res.data!.plan.refreshes[0].proposedGoals).toHaveLength(proposed.length);
});

test('Havering: its action plan rows, and Plymouth with no plan', async () => {
  const res = await run<{
    havering: { plans: Array<{ id: string; actions: Array<{ steps: string[]; timescale: string | null; progress: string | null }> }> };
    plymouth: { name: string; description: string; plans: Array<{ id: string }> };
  }>(
    schema,
    ctx,
    `{
    havering: partnership(id: "havering") { plans { id actions { objective title steps timescale due responsible progress } } }
    plymouth: partnership(id: "plymouth") { name description plans { id } }
  }`,
  );
  expect(res.errors).toBeUndefined();
  const actions = res.data!.havering.plans[0].actions;
  expect(actions.length).toBeGreaterThanOrEqual(12);
  expect(actions.every((a) => a.steps.length > 0 && a.timescale && a.progress === null)).toBe(true);
  expect(res.data!.plymouth.plans).toEqual([]);
  expect(res.data!.plymouth.description).toMatch(/gap analysis/i);
});

test('areas nest: Kent and Medway > Kent, Medway > districts', async () => {
  const res = await run<{ area: AreaNode & { name: string; parent: { code: string } | null } }>(
    schema,
    ctx,
    `{ area(code: "kent-and-medway") { name parent { code } children { code children { code } } } }`,
  );
  expect(res.errors).toBeUndefined();
  const area = res.data!.area;
  expect(area.children.map((c) => c.code).sort()).toEqual(['kent', 'medway']);
  expect(area.children.find((c) => c.code === 'kent')!.children.map((c) => c.code)).toContain('maidstone');
  expect(area.parent).toEqual({ code: 'south-east' });
});

test.each([
  ['{ plan(id: "km-2099") { id } }', /Unknown plan "km-2099" for argument "id"/],
  ['{ pathway(id: "housing") { id } }', /Unknown pathway "housing" for argument "id"/],
  ['{ priorityGroup(id: "x") { id } }', /Unknown priority group "x" for argument "id"/],
  ['{ area(code: "atlantis") { name } }', /Unknown area "atlantis" for argument "code"/],
  ['{ headlineMeasure(id: "police.nope") { id } }', /Unknown headline measure "police.nope" for argument "id"/],
  ['{ headlineMeasures(agency: "fire") { id } }', /Unknown agency "fire" for argument "agency".*probation/],
  ['{ pathway(id: "accommodation") { headlineMeasures(plan: "nope") { id } } }', /Unknown plan "nope" for argument "plan"/],
])('%s is an error naming the argument and value', async (query, message) => {
  const res = await run(schema, ctx, query);
  expect(res.errors?.[0].message).toMatch(message);
  expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
});

test('measure stubs resolve as entities with where the plans use them', async () => {
  const catalogued = await run<{ headlineMeasures: Array<{ __typename: string; id: string }> }>(
    schema,
    ctx,
    `{ headlineMeasures(agency: "housing") { __typename id } }`,
  );
  const reps = catalogued.data!.headlineMeasures;
  expect(reps.length).toBeGreaterThan(0);
  const res = await run<{ _entities: Array<{ id: string; usedIn: Array<{ agency: { key: string } }> }> }>(
    schema,
    ctx,
    `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on HousingMeasure { id usedIn { plan { id } pathway { id } agency { key } } } } }`,
    { reps },
  );
  expect(res.errors).toBeUndefined();
  for (const m of res.data!._entities) {
    expect(m.usedIn.length).toBeGreaterThan(0);
    expect(m.usedIn.every((u) => u.agency.key === 'housing')).toBe(true);
  }
});

test('the plan tree costs the same number of SQL statements for one plan as for all of them', async () => {
  const tree = `{ pathways { headlineMeasures { id } } goals { statuses { rag } dispositions { refresh { id } } } priorityGroups { forums { id } headlineMeasures { id } } }`;
  logger.reset();
  const one = await run(schema, ctx, `{ plan(id: "km-2012-2015") ${tree} }`);
  expect(one.errors).toBeUndefined();
  const forOne = logger.statements.length;
  logger.reset();
  const all = await run<{ plans: unknown[] }>(schema, ctx, `{ plans ${tree} }`);
  expect(all.errors).toBeUndefined();
  expect(all.data!.plans.length).toBe(3);
  expect(logger.statements.length).toBe(forOne);
  expect(forOne).toBeLessThanOrEqual(10);
});
