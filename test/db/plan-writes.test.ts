/**
 * The board secretariat's write side of the plan subgraph, through its schema on real PostgreSQL: every
 * mutation as the secretariat (and an admin) works and is audited; board, analyst and agency editors are
 * FORBIDDEN and change nothing; bad ids, periods and enums are errors naming the argument and change nothing;
 * wording history, status order, catalogue links, fresh reads after a write in the same request, batched SQL,
 * and the migration's down() and backfill.
 */
import { CountingLogger, migrate, type Viewer } from '@hub/common/platform';
import type { DataSource } from 'typeorm';
import type { GraphQLSchema } from 'graphql';
import { migrateAndSeedPlan, planContextFactory, planDataSource } from '../../subgraphs/plan/src/index';
import type { PlanContext } from '../../subgraphs/plan/src/resolvers';
import { buildPlanSchema } from '../../subgraphs/plan/src/schema';
import { seedPlan } from '../../subgraphs/plan/src/seed';
import { createTestDatabase } from '../support/db';
import { run } from '../support/subgraph';
import { anyOf, notStringMatching, objectContaining, stringMatching } from '../support/matchers';
import type { AuditTrailEntry } from '../support/graphql';

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let ds: DataSource;
let schema: GraphQLSchema;
let factory: (viewer: Viewer) => Promise<PlanContext>;
const logger = new CountingLogger();

const SECRETARIAT: Viewer = { subject: 'secretariat-jo', role: 'secretariat', agency: null };
const ADMIN: Viewer = { subject: 'admin-sam', role: 'admin', agency: null };
const BOARD: Viewer = { subject: 'board-member', role: 'board', agency: null };
const ANALYST: Viewer = { subject: 'analyst-kim', role: 'analyst', agency: null };
const EDITOR: Viewer = { subject: 'probation-editor', role: 'agency-editor', agency: 'probation' };

beforeAll(async () => {
  db = await createTestDatabase('plan_writes');
  await migrateAndSeedPlan({ DATABASE_URL: db.url });
  ({ dataSource: ds } = planDataSource({ DATABASE_URL: db.url }, logger));
  await ds.initialize();
  schema = (await buildPlanSchema()).schema;
  factory = await planContextFactory(ds);
});

afterAll(async () => {
  await ds?.destroy();
  await db?.drop();
});

/** A goal as GOAL_FIELDS selects it. */
interface Goal {
  id: string;
  text: string;
  leadAgency: string;
  due: string | null;
  currentWording: string;
  plan: { id: string };
  pathway: { id: string } | null;
  priorityGroup: { id: string } | null;
  proposedAt: { id: string } | null;
  statuses: Array<{
    period: { code: string; kind?: string };
    rag: string | null;
    outcome?: string | null;
    comment?: string | null;
    basis?: string;
    update?: string | null;
    setBy?: string | null;
    setAt?: string | null;
  }>;
  dispositions: Array<{ disposition: string; newWording: string | null; note: string | null; refresh?: { id: string } }>;
  wordingHistory: Array<{
    wording: string;
    previousWording: string;
    amendedAt: string;
    amendedBy: string | null;
    reason: string;
    refresh: { id: string } | null;
  }>;
}
type Ids = Array<{ id: string }>;
/** A plan's pathways with their measures, as the tests select them. */
interface PlanPathways {
  pathways: Array<{ pathway: { id: string }; need?: string | null; addedBy?: { id: string } | null; headlineMeasures: Ids }>;
}
/**
 * Every root field the operations of this file read, with the fields they select (an operation selects some of them;
 * each test reads only what its operation asked).
 */
interface Answers {
  createRefresh: { id: string; date: string; title: string; summary: string; plan: { id: string }; provenance: { publisher: string } };
  createGoal: Goal;
  amendGoalWording: Goal;
  setGoalStatus: Goal;
  setGoalDisposition: Goal;
  recordGoalOutcome: Goal;
  createAction: { id: string; steps: string[]; outcomes: string[]; due: string | null; progress: string | null };
  updateActionProgress: { id: string; progress: string };
  addPathwayToPlan: { name: string };
  linkMeasure: { plan: PlanPathways };
  unlinkMeasure: { measure: { id: string } };
  planAuditTrail: AuditTrailEntry[];
  goal: Goal;
  plan: PlanPathways & {
    refreshes: Array<{ id: string; proposedGoals: Ids; addedPathways: Array<{ pathway: { id: string } }> }>;
    priorityGroups: Array<{ priorityGroup: { id: string }; goals: Ids }>;
    headlineMeasures: Ids;
    provenance: { published: string | null; publishedNote: string | null };
  };
  pathway: { headlineMeasures: Ids };
  headlineMeasures: Ids;
}

const exec = (viewer: Viewer, query: string, variables?: Record<string, unknown>) =>
  run<Answers>(schema, () => factory(viewer), query, variables);

/** Succeeds or fails the test with the errors. */
async function ok(viewer: Viewer, query: string, variables?: Record<string, unknown>) {
  const res = await exec(viewer, query, variables);
  expect(res.errors).toBeUndefined();
  return res.data!;
}

const TABLES = [
  'goal',
  'goal_status',
  'goal_disposition',
  'goal_wording',
  'action',
  'refresh',
  'plan_pathway',
  'catalogue_entry',
  'audit_event',
];

/** A fingerprint of every table a mutation may write, to prove a refused or bad mutation wrote nothing. */
async function fingerprint(): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const t of TABLES) {
    const [row] = await ds.query<Array<{ f: string }>>(
      `SELECT count(*) || ':' || md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS f FROM plan.${t} x`,
    );
    out[t] = row.f;
  }
  return out;
}

const GOAL_FIELDS = `id text leadAgency due currentWording plan { id } pathway { id } priorityGroup { id } proposedAt { id }
  statuses { period { code kind } rag outcome comment basis update setBy setAt }
  dispositions { disposition newWording note refresh { id } }
  wordingHistory { wording previousWording amendedAt amendedBy reason refresh { id } }`;

const M = {
  createRefresh: `mutation ($input: CreateRefreshInput!) { createRefresh(input: $input) { id date title summary plan { id } provenance { publisher } } }`,
  createGoal: `mutation ($input: CreateGoalInput!) { createGoal(input: $input) { ${GOAL_FIELDS} } }`,
  amendGoalWording: `mutation ($goalId: ID!, $wording: String!, $reason: String!) { amendGoalWording(goalId: $goalId, wording: $wording, reason: $reason) { ${GOAL_FIELDS} } }`,
  setGoalStatus: `mutation ($goalId: ID!, $period: String!, $rag: Rag!, $comment: String!, $basis: String) {
    setGoalStatus(goalId: $goalId, period: $period, rag: $rag, comment: $comment, basis: $basis) { ${GOAL_FIELDS} } }`,
  setGoalDisposition: `mutation ($goalId: ID!, $refreshId: ID!, $disposition: Disposition!, $newWording: String) {
    setGoalDisposition(goalId: $goalId, refreshId: $refreshId, disposition: $disposition, newWording: $newWording) { ${GOAL_FIELDS} } }`,
  createAction: `mutation ($input: CreateActionInput!) { createAction(input: $input) { id objective title steps outcomes timescale due responsible progress plan { id } pathway { id } priorityGroup { id } } }`,
  updateActionProgress: `mutation ($actionId: ID!, $progress: String!) { updateActionProgress(actionId: $actionId, progress: $progress) { id progress } }`,
  addPathwayToPlan: `mutation ($planId: ID!, $pathwayId: ID!, $localName: String!, $priorityIntervention: Boolean!, $forumIds: [ID!]!, $refreshId: ID, $need: String) {
    addPathwayToPlan(planId: $planId, pathwayId: $pathwayId, localName: $localName, priorityIntervention: $priorityIntervention, forumIds: $forumIds, refreshId: $refreshId, need: $need) {
      name priorityIntervention need pathway { id } plan { id } forums { id } addedBy { id } } }`,
  linkMeasure: `mutation ($input: CatalogueEntryInput!) { linkMeasure(input: $input) { agency { key } plan { id } pathway { id } priorityGroup { id } measure { __typename id } } }`,
  unlinkMeasure: `mutation ($input: CatalogueEntryInput!) { unlinkMeasure(input: $input) { agency { key } plan { id } pathway { id } measure { id } } }`,
  recordGoalOutcome: `mutation ($goalId: ID!, $period: String!, $outcome: GoalOutcome!, $rag: Rag!, $comment: String!) {
    recordGoalOutcome(goalId: $goalId, period: $period, outcome: $outcome, rag: $rag, comment: $comment) { ${GOAL_FIELDS} } }`,
};
const AUDIT = `query ($limit: Int) { planAuditTrail(limit: $limit) { id at actor role action entity entityId details } }`;

/** Valid arguments for every mutation, against the seeded data. */
const VALID: Array<[keyof typeof M, Record<string, unknown>]> = [
  [
    'createRefresh',
    { input: { plan: 'km-2012-2015', date: '2014-07-16', title: 'Second annual stock take', summary: 'Progress review 2013-14.' } },
  ],
  [
    'createGoal',
    {
      input: {
        plan: 'km-2012-2015',
        pathway: 'accommodation',
        text: 'Reduce the number of offenders released with no fixed abode',
        leadAgency: 'Kent Probation',
        due: '2015-03-31',
      },
    },
  ],
  [
    'amendGoalWording',
    { goalId: 'km-accommodation-2', wording: 'Promote a minimum standard for private landlords', reason: 'Board decision, June 2014' },
  ],
  [
    'setGoalStatus',
    { goalId: 'km-accommodation-3', period: '2013-14 Q1', rag: 'AMBER', comment: 'Protocol signed by two of three councils' },
  ],
  ['setGoalDisposition', { goalId: 'km-accommodation-4', refreshId: 'km-2013-stock-take', disposition: 'CARRIED_FORWARD' }],
  [
    'createAction',
    {
      input: {
        plan: 'havering-2016-2020',
        objective: 'Reduce re-offending',
        pathway: 'accommodation',
        title: 'Landlord liaison',
        steps: ['Identify landlords', 'Agree a protocol'],
        outcomes: ['More move-on accommodation'],
        timescale: 'March 2018',
        due: '2018-03-31',
        responsible: ['Housing'],
      },
    },
  ],
  ['updateActionProgress', { actionId: 'havering-information-sharing-agreement', progress: 'Agreement signed by all partners' }],
  [
    'addPathwayToPlan',
    {
      planId: 'km-2019-20',
      pathwayId: 'drugs-alcohol',
      localName: 'Substance misuse',
      priorityIntervention: true,
      forumIds: ['kent-daat-board', 'se-employment-offender-learning-skills'],
    },
  ],
  [
    'linkMeasure',
    {
      input: {
        measureId: 'dwp.offenders-claiming-benefits-on-release-share',
        agency: 'dwp',
        plan: 'km-2012-2015',
        pathway: 'accommodation',
      },
    },
  ],
  [
    'unlinkMeasure',
    {
      input: {
        measureId: 'housing.offenders-moved-on-via-kent-homechoice',
        agency: 'housing',
        plan: 'km-2012-2015',
        pathway: 'accommodation',
      },
    },
  ],
  [
    'recordGoalOutcome',
    {
      goalId: 'km-health-2',
      period: '2012-13',
      outcome: 'PARTLY_ACHIEVED',
      rag: 'AMBER',
      comment: 'Needs assessment under way; routes into MHTRs not yet agreed',
    },
  ],
];

describe('as anyone but the secretariat or an admin, every change is FORBIDDEN and writes nothing', () => {
  const cases = [BOARD, ANALYST, EDITOR].flatMap((viewer) => VALID.map(([name, vars]) => [viewer.role, name, viewer, vars] as const));
  test.each(cases)('%s: %s', async (_role, name, viewer, vars) => {
    const before = await fingerprint();
    const res = await exec(viewer, M[name], vars);
    expect(res.data).toBeNull();
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(res.errors?.[0].message).toMatch(/only the secretariat \(or an admin\)/);
    expect(await fingerprint()).toEqual(before);
  });

  test.each([BOARD, ANALYST, EDITOR])('$role cannot read the audit trail', async (viewer) => {
    const res = await exec(viewer, AUDIT);
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(res.errors?.[0].message).toMatch(/only the secretariat \(or an admin\) can read/);
  });
});

describe('bad input is an error naming the argument and the value, and writes nothing', () => {
  const goal = (input: Record<string, unknown>) => ({ input: { ...(VALID[1][1].input as object), ...input } });
  const action = (input: Record<string, unknown>) => ({ input: { ...(VALID[5][1].input as object), ...input } });
  const link = (input: Record<string, unknown>) => ({ input: { ...(VALID[8][1].input as object), ...input } });
  const pathway = (vars: Record<string, unknown>) => ({ ...VALID[7][1], ...vars });
  const cases: Array<[string, keyof typeof M, Record<string, unknown>, string, RegExp]> = [
    ['unknown plan', 'createGoal', goal({ plan: 'km-2099' }), 'input.plan', /Unknown plan "km-2099" for argument "input.plan"/],
    ['pathway and priority group', 'createGoal', goal({ priorityGroup: 'iom' }), 'input.priorityGroup', /not both/],
    [
      'unknown pathway',
      'createGoal',
      goal({ pathway: 'housing' }),
      'input.pathway',
      /Unknown pathway "housing" for argument "input.pathway".*accommodation/,
    ],
    [
      'pathway not in the plan',
      'createGoal',
      goal({ plan: 'km-2019-20', pathway: 'health' }),
      'input.pathway',
      /does not take up this pathway/,
    ],
    ['impossible date', 'createGoal', goal({ due: '2015-02-30' }), 'input.due', /"2015-02-30".*ISO 8601 date/],
    [
      'refresh of another plan',
      'createGoal',
      goal({ plan: 'havering-2016-2020', proposedAt: 'km-2013-stock-take' }),
      'input.proposedAt',
      /refresh of plan "km-2012-2015", not of plan "havering-2016-2020"/,
    ],
    ['empty text', 'createGoal', goal({ text: '  ' }), 'input.text', /must not be empty/],
    ['unknown goal', 'amendGoalWording', { ...VALID[2][1], goalId: 'km-nope' }, 'goalId', /Unknown goal "km-nope" for argument "goalId"/],
    [
      'not a period',
      'setGoalStatus',
      { ...VALID[3][1], period: '2013-14 Q5' },
      'period',
      /Invalid value for argument "period": "2013-14 Q5".*Accepted forms/,
    ],
    ['a snapshot is not a quarter or year', 'setGoalStatus', { ...VALID[3][1], period: '2013-07-01' }, 'period', /quarter .* or a year/],
    [
      'an outcome is for a year',
      'recordGoalOutcome',
      { ...VALID[10][1], period: '2012-13 Q4' },
      'period',
      /end-of-year outcome is for a year/,
    ],
    ['an outcome needs a comment', 'recordGoalOutcome', { ...VALID[10][1], comment: ' ' }, 'comment', /must not be empty/],
    ['unknown goal for a status', 'setGoalStatus', { ...VALID[3][1], goalId: 'x' }, 'goalId', /Unknown goal "x"/],
    ['empty comment', 'setGoalStatus', { ...VALID[3][1], comment: '' }, 'comment', /must not be empty/],
    [
      'AMENDED without wording',
      'setGoalDisposition',
      { ...VALID[4][1], disposition: 'AMENDED' },
      'newWording',
      /AMENDED disposition needs the new wording/,
    ],
    ['wording without AMENDED', 'setGoalDisposition', { ...VALID[4][1], newWording: 'x' }, 'newWording', /Only an AMENDED disposition/],
    [
      'unknown refresh',
      'setGoalDisposition',
      { ...VALID[4][1], refreshId: 'km-2099-stock-take' },
      'refreshId',
      /Unknown refresh "km-2099-stock-take"/,
    ],
    ['no steps', 'createAction', action({ steps: [] }), 'input.steps', /at least one/],
    [
      'unknown priority group',
      'createAction',
      action({ pathway: null, priorityGroup: 'pensioners' }),
      'input.priorityGroup',
      /Unknown priority group "pensioners"/,
    ],
    ['unknown action', 'updateActionProgress', { ...VALID[6][1], actionId: 'nope' }, 'actionId', /Unknown action "nope"/],
    ['refresh date', 'createRefresh', { input: { ...(VALID[0][1].input as object), date: 'July 2014' } }, 'input.date', /"July 2014"/],
    [
      'pathway already in the plan',
      'addPathwayToPlan',
      pathway({ pathwayId: 'accommodation' }),
      'pathwayId',
      /already takes up this pathway/,
    ],
    [
      'unknown forum',
      'addPathwayToPlan',
      pathway({ forumIds: ['jppb', 'nope'] }),
      'forumIds',
      /Unknown forum "nope" for argument "forumIds"/,
    ],
    [
      "another partnership's forum",
      'addPathwayToPlan',
      pathway({ forumIds: ['havering-dip-panel'] }),
      'forumIds',
      /forum of partnership "havering"/,
    ],
    ['refresh of another plan', 'addPathwayToPlan', pathway({ refreshId: 'km-2013-stock-take' }), 'refreshId', /not of plan "km-2019-20"/],
    [
      'unknown agency',
      'linkMeasure',
      link({ agency: 'fire', measureId: 'fire.x' }),
      'input.agency',
      /Unknown agency "fire" for argument "input.agency".*dwp, health, housing, police, probation/,
    ],
    ['measure of another agency', 'linkMeasure', link({ measureId: 'police.x' }), 'input.measureId', /"police.x".*starting with "dwp."/],
    ['pathway and group', 'linkMeasure', link({ priorityGroup: 'iom' }), 'input.priorityGroup', /not both/],
    [
      'already linked',
      'linkMeasure',
      link({ measureId: 'dwp.iom-offenders-claiming-online', pathway: 'finance-benefit-debt' }),
      'input.measureId',
      /already linked there/,
    ],
    ['not linked', 'unlinkMeasure', link({}), 'input.measureId', /not linked there/],
  ];
  test.each(cases)('%s (%s)', async (_what, name, vars, argument, message) => {
    const before = await fingerprint();
    const res = await exec(SECRETARIAT, M[name], vars);
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors![0].extensions?.argument).toBe(argument);
    expect(res.errors![0].message).toMatch(message);
    expect(res.errors![0].message).toContain(argument);
    expect(await fingerprint()).toEqual(before);
  });

  test.each([
    ['setGoalStatus', { ...VALID[3][1], rag: 'PURPLE' }, /\$rag.*"PURPLE".*"Rag"/],
    ['setGoalDisposition', { ...VALID[4][1], disposition: 'POSTPONED' }, /\$disposition.*"POSTPONED".*"Disposition"/],
  ] as const)('an unknown enum value for %s is refused, naming the variable, the value and the enum', async (name, vars, message) => {
    const before = await fingerprint();
    const res = await exec(SECRETARIAT, M[name], vars);
    expect(res.errors?.[0].message).toMatch(message);
    expect(await fingerprint()).toEqual(before);
  });

  test('planAuditTrail limit out of range', async () => {
    const res = await exec(SECRETARIAT, AUDIT, { limit: 0 });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'limit', value: 0 });
  });
});

describe('as the secretariat', () => {
  test('every mutation works and appears in the audit trail, in order, with who, role and details', async () => {
    const started = (await ok(SECRETARIAT, AUDIT, { limit: 1 })).planAuditTrail[0]?.id ?? '0';
    const answers: Partial<Answers> = {};
    for (const [name, vars] of VALID) Object.assign(answers, { [name]: (await ok(SECRETARIAT, M[name], vars))[name] });
    const results = answers as Answers;

    expect(results.createRefresh).toMatchObject({
      id: 'km-2012-2015-refresh-2014-07-16',
      date: '2014-07-16',
      plan: { id: 'km-2012-2015' },
      provenance: { publisher: 'Board secretariat' },
    });
    expect(results.createGoal).toMatchObject({
      id: 'km-2012-2015-goal-1',
      due: '2015-03-31',
      pathway: { id: 'accommodation' },
      priorityGroup: null,
      proposedAt: null,
      currentWording: 'Reduce the number of offenders released with no fixed abode',
      statuses: [],
      dispositions: [],
      wordingHistory: [],
    });
    expect(results.amendGoalWording.currentWording).toBe('Promote a minimum standard for private landlords');
    const status = results.setGoalStatus.statuses.find((s) => s.period.code === '2013-14 Q1');
    expect(status).toMatchObject({
      period: { kind: 'FINANCIAL_QUARTER' },
      rag: 'AMBER',
      update: 'Protocol signed by two of three councils',
      setBy: 'secretariat-jo',
    });
    expect(Date.now() - Date.parse(status!.setAt!)).toBeLessThan(60_000);
    expect(results.setGoalDisposition.dispositions).toEqual([
      { disposition: 'CARRIED_FORWARD', newWording: null, note: null, refresh: { id: 'km-2013-stock-take' } },
    ]);
    expect(results.createAction).toMatchObject({
      id: 'havering-2016-2020-action-1',
      steps: ['Identify landlords', 'Agree a protocol'],
      due: '2018-03-31',
      progress: null,
      pathway: { id: 'accommodation' },
    });
    expect(results.updateActionProgress).toEqual({
      id: 'havering-information-sharing-agreement',
      progress: 'Agreement signed by all partners',
    });
    expect(results.addPathwayToPlan).toEqual({
      name: 'Substance misuse',
      priorityIntervention: true,
      need: null,
      pathway: { id: 'drugs-alcohol' },
      plan: { id: 'km-2019-20' },
      forums: [{ id: 'kent-daat-board' }, { id: 'se-employment-offender-learning-skills' }],
      addedBy: null,
    });
    expect(results.linkMeasure).toEqual({
      agency: { key: 'dwp' },
      plan: { id: 'km-2012-2015' },
      pathway: { id: 'accommodation' },
      priorityGroup: null,
      measure: { __typename: 'DwpMeasure', id: 'dwp.offenders-claiming-benefits-on-release-share' },
    });
    expect(results.unlinkMeasure).toMatchObject({
      agency: { key: 'housing' },
      measure: { id: 'housing.offenders-moved-on-via-kent-homechoice' },
    });

    const trail = (await ok(SECRETARIAT, AUDIT, { limit: 50 })).planAuditTrail.filter((e) => Number(e.id) > Number(started));
    expect(trail.map((e) => e.action).reverse()).toEqual(VALID.map(([name]) => name));
    for (const e of trail) {
      expect(e).toMatchObject({ actor: 'secretariat-jo', role: 'secretariat' });
      expect(Date.now() - Date.parse(e.at)).toBeLessThan(60_000);
      expect(typeof JSON.parse(e.details)).toBe('object');
    }
    const byAction = Object.fromEntries(trail.map((e) => [e.action, e]));
    expect(byAction.setGoalStatus).toMatchObject({ entity: 'goal_status', entityId: 'km-accommodation-3@2013-14 Q1' });
    expect(JSON.parse(byAction.amendGoalWording.details)).toMatchObject({
      wording: 'Promote a minimum standard for private landlords',
      reason: 'Board decision, June 2014',
    });
    expect(JSON.parse(byAction.updateActionProgress.details)).toEqual({ progress: 'Agreement signed by all partners', before: null });
    expect(byAction.unlinkMeasure.entityId).toBe('km-2012-2015/pathway:accommodation/housing.offenders-moved-on-via-kent-homechoice');
  });

  test('an admin may make changes too, audited with the admin role; the default limit is 100', async () => {
    const res = await ok(ADMIN, M.updateActionProgress, { actionId: 'havering-cohort-monitoring', progress: 'Quarterly reports started' });
    expect(res.updateActionProgress.progress).toBe('Quarterly reports started');
    const trail = (await ok(ADMIN, `{ planAuditTrail { actor role action } }`)).planAuditTrail;
    expect(trail[0]).toEqual({ actor: 'admin-sam', role: 'admin', action: 'updateActionProgress' });
    expect(trail.length).toBeLessThanOrEqual(100);
  });

  test('amending wording keeps every earlier wording; currentWording is the newest; the original text stays', async () => {
    await ok(SECRETARIAT, M.amendGoalWording, { goalId: 'km-accommodation-5', wording: 'Second wording', reason: 'First amendment' });
    const { amendGoalWording: g } = await ok(SECRETARIAT, M.amendGoalWording, {
      goalId: 'km-accommodation-5',
      wording: 'Third wording',
      reason: 'Second amendment',
    });
    expect(g.currentWording).toBe('Third wording');
    expect(g.text).not.toMatch(/wording/);
    expect(g.wordingHistory.map((w) => [w.previousWording, w.wording, w.reason, w.amendedBy, w.refresh])).toEqual([
      [g.text, 'Second wording', 'First amendment', 'secretariat-jo', null],
      ['Second wording', 'Third wording', 'Second amendment', 'secretariat-jo', null],
    ]);
    expect(g.wordingHistory[0].amendedAt <= g.wordingHistory[1].amendedAt).toBe(true);
    const again = await exec(SECRETARIAT, M.amendGoalWording, { goalId: 'km-accommodation-5', wording: 'Third wording', reason: 'again' });
    expect(again.errors?.[0].message).toMatch(/already the wording in force/);
  });

  test('a goal amended at the stock take has that wording in its history, and later amendments follow it', async () => {
    const q = `{ goal(id: "km-health-1") { text currentWording wordingHistory { wording previousWording refresh { id } amendedAt reason } } }`;
    const seeded = (await ok(BOARD, q)).goal;
    expect(seeded.wordingHistory).toHaveLength(1);
    expect(seeded.wordingHistory[0]).toMatchObject({
      previousWording: seeded.text,
      refresh: { id: 'km-2013-stock-take' },
      amendedAt: '2013-07-17T00:00:00.000Z',
    });
    expect(seeded.currentWording).toBe(seeded.wordingHistory[0].wording);
    await ok(SECRETARIAT, M.amendGoalWording, {
      goalId: 'km-health-1',
      wording: 'Increase GP registration of offenders to 90%',
      reason: 'Target agreed',
    });
    const amended = (await ok(BOARD, q)).goal;
    expect(amended.currentWording).toBe('Increase GP registration of offenders to 90%');
    expect(amended.wordingHistory[1].previousWording).toBe(seeded.currentWording);
  });

  test('an AMENDED disposition puts its wording in force; changing the decision away from AMENDED withdraws it', async () => {
    const { createRefresh: r } = await ok(SECRETARIAT, M.createRefresh, {
      input: { plan: 'km-2012-2015', date: '2015-07-15', title: 'Final review', summary: 'End of plan.' },
    });
    const vars = { goalId: 'km-health-2', refreshId: r.id };
    const amended = (await ok(SECRETARIAT, M.setGoalDisposition, { ...vars, disposition: 'AMENDED', newWording: 'Carry on, reworded' }))
      .setGoalDisposition;
    expect(amended.currentWording).toBe('Carry on, reworded');
    expect(amended.wordingHistory).toEqual([
      objectContaining({ wording: 'Carry on, reworded', refresh: { id: r.id }, reason: 'Amended at the refresh "Final review"' }),
    ]);
    expect(amended.dispositions).toContainEqual({
      disposition: 'AMENDED',
      newWording: 'Carry on, reworded',
      note: null,
      refresh: { id: r.id },
    });
    const discharged = (await ok(SECRETARIAT, M.setGoalDisposition, { ...vars, disposition: 'DISCHARGED' })).setGoalDisposition;
    expect(discharged.currentWording).toBe(discharged.text);
    expect(discharged.wordingHistory).toEqual([]);
    expect(discharged.dispositions).toContainEqual({ disposition: 'DISCHARGED', newWording: null, note: null, refresh: { id: r.id } });
  });

  test('statuses for quarters and the year sort by period (a quarter before the year it ends); the same period is replaced', async () => {
    const set = (period: string, rag: string, comment: string) =>
      ok(SECRETARIAT, M.setGoalStatus, { goalId: 'km-accommodation-1', period, rag, comment });
    await set('2013-14 Q4', 'GREEN', 'Q4 update');
    await set('FY2013-14', 'GREEN', 'Year end: achieved'); // the year, in a printed form
    await set('2013-14 Q1', 'RED', 'Q1 update');
    const { setGoalStatus: g } = await set('Q1 2013-14', 'AMBER', 'Q1 update, corrected');
    expect(g.statuses.map((s) => [s.period.code, s.rag, s.update])).toEqual([
      ['2012-13', null, anyOf(String)],
      ['2013-14 Q1', 'AMBER', 'Q1 update, corrected'],
      ['2013-14 Q4', 'GREEN', 'Q4 update'],
      ['2013-14', 'GREEN', 'Year end: achieved'],
    ]);
    expect(g.statuses[0]).toMatchObject({ setBy: null, setAt: null });
    expect(g.statuses[3]).toMatchObject({ basis: 'Recorded by the board secretariat through the hub', setBy: 'secretariat-jo' });
  });

  test('re-setting a seeded status keeps its basis unless a new one is given, and records who set it', async () => {
    const { setGoalStatus: g } = await ok(SECRETARIAT, M.setGoalStatus, {
      goalId: 'km-accommodation-2',
      period: '2012-13',
      rag: 'GREEN',
      comment: 'Colour confirmed',
    });
    expect(g.statuses[0]).toMatchObject({
      rag: 'GREEN',
      update: 'Colour confirmed',
      basis: stringMatching(/End-of-year review 2012-13/),
      setBy: 'secretariat-jo',
    });
  });

  test('createGoal for a priority group, proposed at a refresh, and createAction for a priority group', async () => {
    const { createGoal: g } = await ok(SECRETARIAT, M.createGoal, {
      input: {
        plan: 'km-2012-2015',
        priorityGroup: 'iom',
        text: 'Every IOM nominal has a housing plan',
        leadAgency: 'IOM Strategic Board',
        proposedAt: 'km-2013-stock-take',
      },
    });
    expect(g).toMatchObject({ priorityGroup: { id: 'iom' }, pathway: null, due: null, proposedAt: { id: 'km-2013-stock-take' } });
    const refresh = (
      await ok(
        BOARD,
        `{ plan(id: "km-2012-2015") { refreshes { id proposedGoals { id } } priorityGroups { priorityGroup { id } goals { id } } } }`,
      )
    ).plan;
    expect(refresh.refreshes.find((r) => r.id === 'km-2013-stock-take')!.proposedGoals).toContainEqual({ id: g.id });
    expect(refresh.priorityGroups.find((p) => p.priorityGroup.id === 'iom')!.goals).toContainEqual({ id: g.id });
    const { createAction: a } = await ok(SECRETARIAT, M.createAction, {
      input: {
        plan: 'havering-2016-2020',
        objective: 'Reduce serious group violence',
        priorityGroup: 'sgv',
        title: 'Mentoring',
        steps: ['Recruit mentors'],
        outcomes: [],
        timescale: '2019',
        responsible: ['Youth service'],
        progress: 'Started',
      },
    });
    expect(a).toMatchObject({
      id: 'havering-2016-2020-action-2',
      priorityGroup: { id: 'sgv' },
      pathway: null,
      due: null,
      progress: 'Started',
      outcomes: [],
    });
  });

  test('addPathwayToPlan at a refresh shows in the plan and as added by the refresh', async () => {
    const { createRefresh: r } = await ok(SECRETARIAT, M.createRefresh, {
      input: { plan: 'km-2019-20', date: '2020-01-15', title: 'Mid-year review', summary: 'Adds health.' },
    });
    await ok(SECRETARIAT, M.addPathwayToPlan, {
      planId: 'km-2019-20',
      pathwayId: 'health',
      localName: 'Health',
      priorityIntervention: false,
      forumIds: [],
      refreshId: r.id,
      need: 'Poor access to GPs',
    });
    const plan = (
      await ok(
        BOARD,
        `{ plan(id: "km-2019-20") { pathways { pathway { id } need addedBy { id } } refreshes { id addedPathways { pathway { id } } } } }`,
      )
    ).plan;
    expect(plan.pathways.map((p) => p.pathway.id)).toEqual(['accommodation', 'drugs-alcohol', 'health']);
    expect(plan.pathways[2]).toEqual({ pathway: { id: 'health' }, need: 'Poor access to GPs', addedBy: { id: r.id } });
    expect(plan.refreshes).toEqual([{ id: r.id, addedPathways: [{ pathway: { id: 'health' } }] }]);
  });

  test('linkMeasure makes a measure appear under the plan pathway, the pathway and the agency; unlinkMeasure removes it', async () => {
    const input = { measureId: 'police.iom-test-measure', agency: 'police', plan: 'km-2012-2015', pathway: 'health' };
    const read = async () =>
      await ok(
        ANALYST,
        `{
        plan(id: "km-2012-2015") { pathways { pathway { id } headlineMeasures { __typename id } } }
        pathway(id: "health") { headlineMeasures(plan: "km-2012-2015") { id } }
        headlineMeasures(agency: "police") { id }
      }`,
      );
    const ids = (d: Answers) => ({
      planPathway: d.plan.pathways.find((p) => p.pathway.id === 'health')!.headlineMeasures.map((m) => m.id),
      pathway: d.pathway.headlineMeasures.map((m) => m.id),
      agency: d.headlineMeasures.map((m) => m.id),
    });
    const before = ids(await read());
    expect(before.planPathway).not.toContain(input.measureId);
    await ok(SECRETARIAT, M.linkMeasure, { input });
    const linked = await read();
    expect(linked.plan.pathways.find((p) => p.pathway.id === 'health')!.headlineMeasures).toContainEqual({
      __typename: 'PoliceMeasure',
      id: input.measureId,
    });
    expect(ids(linked).pathway).toContain(input.measureId);
    expect(ids(linked).agency).toContain(input.measureId);
    await ok(SECRETARIAT, M.unlinkMeasure, { input });
    expect(ids(await read())).toEqual(before);

    const basket = { measureId: 'health.test-basket-measure', agency: 'health', plan: 'havering-2016-2020' };
    await ok(SECRETARIAT, M.linkMeasure, { input: basket });
    const plan = (await ok(BOARD, `{ plan(id: "havering-2016-2020") { headlineMeasures(basketOnly: true) { id } } }`)).plan;
    expect(plan.headlineMeasures).toContainEqual({ id: basket.measureId });
  });

  test('within one request, what was read before a mutation is read again after it (no stale DataLoader rows)', async () => {
    const ctx = await factory(SECRETARIAT);
    const same = () => Promise.resolve(ctx);
    const read = `{ goal(id: "km-health-3") { currentWording statuses { rag } } plan(id: "km-2012-2015") { pathways { pathway { id } headlineMeasures { id } } } }`;
    const first = await run<Answers>(schema, same, read);
    expect(first.errors).toBeUndefined();
    const changed = await run<{ amend: Goal; status: Goal; link: Answers['linkMeasure'] }>(
      schema,
      same,
      `mutation {
      amend: amendGoalWording(goalId: "km-health-3", wording: "Fresh wording", reason: "cache test") { currentWording }
      status: setGoalStatus(goalId: "km-health-3", period: "2014-15", rag: GREEN, comment: "done") { statuses { rag } }
      link: linkMeasure(input: { measureId: "probation.cache-test", agency: "probation", plan: "km-2012-2015", pathway: "drugs-alcohol" }) {
        plan { pathways { pathway { id } headlineMeasures { id } } } }
    }`,
    );
    expect(changed.errors).toBeUndefined();
    expect(changed.data!.amend.currentWording).toBe('Fresh wording');
    expect(changed.data!.status.statuses.map((s) => s.rag)).toContain('GREEN');
    const drugs = (d: PlanPathways) => d.pathways.find((p) => p.pathway.id === 'drugs-alcohol')!.headlineMeasures.map((m) => m.id);
    expect(drugs(changed.data!.link.plan)).toContain('probation.cache-test');
    const after = await run<Answers>(schema, same, read);
    expect(after.data!.goal.currentWording).toBe('Fresh wording');
    expect(drugs(after.data!.plan)).toContain('probation.cache-test');
    expect(drugs(first.data!.plan)).not.toContain('probation.cache-test');
  });
});

test('wording history and statuses cost the same number of SQL statements for one plan as for all', async () => {
  // (dispositions { refresh } is counted in plan-subgraph.test.ts; asking for refreshes through two parents can take two batches.)
  const tree = `{ goals { currentWording wordingHistory { previousWording refresh { id } } statuses { setBy period { code } } dispositions { disposition } } }`;
  const ctx = () => factory(BOARD);
  logger.reset();
  const one = await run(schema, ctx, `{ plan(id: "km-2012-2015") ${tree} }`);
  expect(one.errors).toBeUndefined();
  const forOne = logger.statements.length;
  logger.reset();
  const all = await run(schema, ctx, `{ plans ${tree} }`);
  expect(all.errors).toBeUndefined();
  expect(logger.statements.length).toBe(forOne);
  expect(forOne).toBeLessThanOrEqual(6);
});

test('the migration: down() removes what it added; up() copies wordings amended at refreshes into the history; re-seeding adds nothing', async () => {
  const other = await createTestDatabase('plan_writes_migration');
  const { dataSource } = planDataSource({ DATABASE_URL: other.url });
  try {
    await migrateAndSeedPlan({ DATABASE_URL: other.url });
    await dataSource.initialize();
    const wordings = () => dataSource.query<unknown[]>(`SELECT goal_id, refresh_id, amended_by FROM plan.goal_wording ORDER BY goal_id`);
    const seeded = await wordings();
    expect(seeded).toEqual([
      { goal_id: 'km-education-employment-5', refresh_id: 'km-2013-stock-take', amended_by: 'Kent Community Safety Partnership' },
      { goal_id: 'km-health-1', refresh_id: 'km-2013-stock-take', amended_by: 'Kent Community Safety Partnership' },
    ]);
    const triggers = () =>
      dataSource.query<Array<{ n: number }>>(
        `SELECT count(*)::int AS n FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'plan' AND t.tgname = 'hub_data_changed'`,
      );
    expect(await triggers()).toEqual([{ n: 0 }]); // the dead cache triggers are dropped (migration 1764600000000)
    await dataSource.undoLastMigration({ transaction: 'all' }); // PlanDropDataChanged
    expect((await triggers())[0].n).toBeGreaterThanOrEqual(10); // back on every plan table
    await dataSource.undoLastMigration({ transaction: 'all' }); // PlanProgressReport
    expect(await dataSource.query(`SELECT to_regclass('plan.progress_report') IS NULL AS gone`)).toEqual([{ gone: true }]);
    await dataSource.undoLastMigration({ transaction: 'all' }); // GoalOutcomes
    const outcomeColumns = await dataSource.query<unknown[]>(
      `SELECT column_name FROM information_schema.columns WHERE table_schema = 'plan' AND column_name IN ('outcome', 'comment', 'note')`,
    );
    expect(outcomeColumns).toEqual([]);
    await dataSource.undoLastMigration({ transaction: 'all' }); // PlanDataChanged
    expect(await triggers()).toEqual([{ n: 0 }]);
    await dataSource.undoLastMigration({ transaction: 'all' }); // PlanWrites
    const tables = await dataSource.query<unknown[]>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'plan' AND table_name IN ('goal_wording', 'audit_event')`,
    );
    expect(tables).toEqual([]);
    const columns = await dataSource.query<unknown[]>(
      `SELECT column_name FROM information_schema.columns WHERE table_schema = 'plan' AND table_name = 'goal_status' AND column_name LIKE 'set_%'`,
    );
    expect(columns).toEqual([]);
    await migrate(dataSource);
    expect(await triggers()).toEqual([{ n: 0 }]);
    expect(await wordings()).toEqual(seeded);
    expect((await seedPlan(dataSource)).goal_wording ?? 0).toBe(0);
    expect(await wordings()).toEqual(seeded);
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await other.drop();
  }
});

describe('goal outcomes', () => {
  test("the secretariat records a goal's end-of-year outcome, RAG and comment; the lead agency's update stays; audited", async () => {
    const before = (
      await ok(SECRETARIAT, `{ goal(id: "km-health-1") { statuses { period { code } rag outcome comment basis update setBy } } }`)
    ).goal.statuses;
    expect(before).toEqual([
      {
        period: { code: '2012-13' },
        rag: null,
        outcome: null,
        comment: null,
        setBy: null,
        update: stringMatching(/^Work at early stage/),
        basis: stringMatching(/no outcome recorded in the hub yet/),
      },
    ]);
    const data = await ok(SECRETARIAT, M.recordGoalOutcome, {
      goalId: 'km-health-1',
      period: '2012-13',
      outcome: 'CARRIED_FORWARD',
      rag: 'RED',
      comment: 'Not achieved in 2012-13; amended and carried into the refreshed plan',
    });
    expect(data.recordGoalOutcome.statuses).toEqual([
      objectContaining({
        period: { code: '2012-13', kind: 'FINANCIAL_YEAR' },
        rag: 'RED',
        outcome: 'CARRIED_FORWARD',
        comment: 'Not achieved in 2012-13; amended and carried into the refreshed plan',
        update: stringMatching(/^Work at early stage/),
        setBy: 'secretariat-jo',
      }),
    ]);
    const [event] = (await ok(SECRETARIAT, AUDIT, { limit: 1 })).planAuditTrail;
    expect(event).toMatchObject({
      actor: 'secretariat-jo',
      action: 'recordGoalOutcome',
      entity: 'goal_status',
      entityId: 'km-health-1@2012-13',
    });
    expect(JSON.parse(event.details)).toMatchObject({
      outcome: 'CARRIED_FORWARD',
      rag: 'RED',
      before: { outcome: null, rag: null, comment: null },
    });
  });

  test('editorial text is a note of its own, never inside the wording the source prints; nothing mentions legibility', async () => {
    const goal = (await ok(BOARD, `{ goal(id: "km-health-1") { dispositions { disposition newWording note } } }`)).goal;
    expect(goal.dispositions).toEqual([
      {
        disposition: 'AMENDED',
        newWording: notStringMatching(/Lead agency|refresh table/),
        note: 'The refresh table names the lead agency for the amended goal as Public Health / Kent Probation.',
      },
    ]);
    const [{ n }] = await ds.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM plan.goal_status WHERE basis ~* 'legib|extract' OR update ~* 'legib|extract'`,
    );
    expect(n).toBe(0);
    const [{ m }] = await ds.query<Array<{ m: number }>>(
      `SELECT count(*)::int AS m FROM plan.goal_disposition WHERE new_wording ~ 'Lead agency in the refresh table'`,
    );
    expect(m).toBe(0);
  });

  test("the 2012-15 plan's publication date is not invented", async () => {
    const plan = (await ok(BOARD, `{ plan(id: "km-2012-2015") { provenance { published publishedNote } } }`)).plan;
    expect(plan.provenance).toEqual({ published: null, publishedNote: stringMatching(/carries no publication date/) });
  });
});
