/**
 * Each agency's own part of the graph, through the gateway in one query: police's IOM cohort profile and DWP's
 * Jobcentre Plus targets on the plan's PriorityGroup, probation's community order needs and housing's young
 * offenders' accommodation on Area, health's treatment completions on Pathway; each joined back to the plan.
 */
import { Client } from 'pg';
import { startTestHub, type TestHub } from '../support/hub';

let hub: TestHub;

beforeAll(async () => {
  hub = await startTestHub('agency_parts');
}, 240_000);

afterAll(async () => {
  await hub?.stop();
});

const QUERY = `query AgencyParts {
  priorityGroup(id: "iom") {
    name
    iomCohortProfiles { snapshot area { code name } size { printed } female { printed suppressed publicDocument } inCustodyShare { printed } source { document } }
    jobcentreTargets { intervention target { printed } due leadAgency }
  }
  kentAndMedway: area(code: "kent-and-medway") {
    name
    communityOrderNeeds { need period { code } share { printed } offenders { printed } pathway { id name } }
  }
  medway: area(code: "medway") {
    name
    youngOffenderAccommodation { cohort period { code } inSuitableAccommodation { printed approximate } }
  }
  pathway(id: "drugs-alcohol") {
    name
    treatmentCompletions { cohort area { name } period { code } completions { printed notAvailable } }
  }
}`;

test("one query through the gateway returns all five agencies' own parts, joined to the plan's entities", async () => {
  const res = await hub.query(QUERY);
  expect(res.errors).toBeUndefined();
  const { priorityGroup, kentAndMedway, medway, pathway } = res.data;

  // police, on PriorityGroup; the area's name comes from the plan
  expect(priorityGroup.name).toBe('Integrated Offender Management cohort');
  expect(priorityGroup.iomCohortProfiles).toEqual([
    {
      snapshot: '2019-07-26',
      area: { code: 'kent-and-medway', name: 'Kent and Medway' },
      size: { printed: '245' },
      female: { printed: '2', suppressed: false, publicDocument: true },
      inCustodyShare: { printed: '45.3%' },
      source: { document: '002_f0014465c04b6cba.txt' },
    },
  ]);
  // DWP, on the same PriorityGroup
  expect(priorityGroup.jobcentreTargets.map((t: any) => [t.intervention, t.target.printed, t.due, t.leadAgency])).toEqual([
    ['Finance, Benefits and Debt', '95%', 'by March 2014', 'Jobcentre Plus'],
    ['Finance, Benefits and Debt', '80%', 'by March 2014', 'Jobcentre Plus'],
    ['Education and Employment', '80%', 'by March 2014', 'Jobcentre Plus'],
  ]);
  // probation, on Area; each need's pathway named by the plan
  expect(kentAndMedway.name).toBe('Kent and Medway');
  expect(
    kentAndMedway.communityOrderNeeds.map((n: any) => [
      n.need,
      n.period.code,
      n.share.printed,
      n.offenders.printed,
      n.pathway.id,
      typeof n.pathway.name,
    ]),
  ).toEqual([
    ['an accommodation need', '2010-11', '36%', '1,247', 'accommodation', 'string'],
    ['an employment or training need', '2010-11', '48%', '1,697', 'education-training-employment', 'string'],
    ['either a drug or alcohol need', '2010-11', '59%', '2,073', 'drugs-alcohol', 'string'],
  ]);
  expect(kentAndMedway.communityOrderNeeds[0].pathway.name.length).toBeGreaterThan(0);
  // housing, on Area
  expect(medway).toEqual({
    name: 'Medway',
    youngOffenderAccommodation: [
      {
        cohort: 'Medway Young Offenders',
        period: { code: '2011-12' },
        inSuitableAccommodation: { printed: 'Approx. 97%', approximate: true },
      },
      {
        cohort: 'Medway Young Offenders',
        period: { code: '2012-13' },
        inSuitableAccommodation: { printed: 'Approx. 98%', approximate: true },
      },
    ],
  });
  // health, on Pathway; each cohort's area named by the plan
  expect(pathway.treatmentCompletions.filter((t: any) => !t.completions.notAvailable)).toEqual([
    {
      cohort: 'statutory offenders',
      area: { name: 'Kent and Medway' },
      period: { code: '2011-12' },
      completions: { printed: '522', notAvailable: false },
    },
    {
      cohort: 'statutory offenders',
      area: { name: 'Kent and Medway' },
      period: { code: '2012-13' },
      completions: { printed: '574', notAvailable: false },
    },
  ]);
  expect(pathway.treatmentCompletions.filter((t: any) => t.completions.printed === 'tbc')).toHaveLength(4);
});

test('the test hub runs each subgraph as its own database role, as npm start does: each role owns its schema and its tables', async () => {
  const db = new Client({ connectionString: hub.databaseUrl });
  await db.connect();
  try {
    const { rows } = await db.query<{ schema: string; owners: string[] }>(
      `SELECT n.nspname AS schema, array_agg(DISTINCT t.tableowner::text) AS owners
       FROM pg_namespace n LEFT JOIN pg_tables t ON t.schemaname = n.nspname
       WHERE n.nspname IN ('plan', 'police', 'probation', 'housing', 'health', 'dwp') GROUP BY n.nspname, n.nspowner ORDER BY 1`,
    );
    expect(rows).toEqual(
      ['dwp', 'health', 'housing', 'plan', 'police', 'probation'].map((schema) => ({ schema, owners: [`hub_${schema}`] })),
    );
  } finally {
    await db.end();
  }
});
