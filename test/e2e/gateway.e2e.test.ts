/**
 * End to end over HTTP: a fresh database, the six subgraph processes, the gateway and the web process on free
 * ports. Figures are checked against the documents as printed. The same tests run through the Apollo gateway,
 * through the web front door's /graphql (passed to that gateway), and through Hive Gateway serving the same
 * committed supergraph (proof that the subgraphs and the supergraph follow the federation spec, not one implementation).
 */
import { startHiveGateway, type HiveGateway } from '../support/hive';
import { startTestHub, type TestHub } from '../support/hub';
import type { GraphQLAnswer, GraphQLResponseError } from '../support/graphql';

let hub: TestHub;
let hive: HiveGateway;
beforeAll(async () => {
  hub = await startTestHub('e2e');
  hive = await startHiveGateway(hub.subgraphUrls);
}, 300_000);
afterAll(async () => {
  await hive?.stop();
  await hub?.stop();
});

const GATEWAYS: Array<[string, () => string]> = [
  ['Apollo gateway', () => hub.gatewayUrl],
  ['web front door', () => `${hub.webUrl}/graphql`],
  ['Hive Gateway', () => hive.url],
];

interface Observation {
  period: { code: string; kind?: string };
  printed: string;
  value: number | null;
  approximate?: boolean;
  notAvailable?: boolean;
  suppressed?: boolean;
  area?: { code: string; name?: string };
}
interface Measure {
  id: string;
  agency: string;
  observations: Observation[];
  latest?: { period: { code: string }; printed: string };
}

describe.each(GATEWAYS)('through the %s', (_name, gatewayUrl) => {
  const query = async <T>(q: string, variables?: Record<string, unknown>, token = hub.boardToken): Promise<GraphQLAnswer<T>> => {
    const res = await fetch(gatewayUrl(), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: q, variables }),
    });
    return (await res.json()) as GraphQLAnswer<T>;
  };

  const PATHWAY = `query ($plan: ID!, $from: String, $to: String) {
    plan(id: $plan) {
      pathways {
        pathway { id }
        headlineMeasures {
          id name agency unit leadAgency
          observations(from: $from, to: $to) { period { code } printed value approximate notAvailable area { code name } }
          latest { period { code } printed }
        }
      }
    }
  }`;

  test('the Accommodation pathway of the Kent and Medway plan: every agency that owns a measure, with 2011-12 and 2012-13 as printed', async () => {
    const res = await query<{ plan: { pathways: Array<{ pathway: { id: string }; headlineMeasures: Measure[] }> } }>(PATHWAY, {
      plan: 'km-2012-2015',
      from: '2011-12',
      to: '2012-13',
    });
    expect(res.errors).toBeUndefined();
    const accommodation = res.data.plan.pathways.find((p) => p.pathway.id === 'accommodation')!;
    const measures = accommodation.headlineMeasures;
    expect(new Set(measures.map((m) => m.agency))).toEqual(new Set(['probation', 'housing']));
    const printed = (period: string) =>
      measures.flatMap((m) => m.observations.filter((o) => o.period.code === period).map((o) => o.printed)).sort();
    expect(printed('2011-12')).toEqual(expect.arrayContaining(['81%', '81.4%', 'Approx. 97%']));
    expect(printed('2012-13')).toEqual(expect.arrayContaining(['83%', '81.8%', 'Approx. 98%']));
    const medway = measures.flatMap((m) => m.observations).find((o) => o.printed === 'Approx. 97%');
    expect(medway).toMatchObject({ value: 97, approximate: true, area: { code: 'medway', name: 'Medway' } });
    const termination = measures.find((m) => m.observations.some((o) => o.printed === '83%'))!;
    expect(termination.latest).toEqual({ period: { code: '2012-13' }, printed: '83%' });
  });

  test("'tbc' is not yet available, never zero", async () => {
    const res = await query<{ headlineMeasures: Measure[] }>(
      `{ headlineMeasures(agency: "health") { name observations { printed value notAvailable } } }`,
    );
    expect(res.errors).toBeUndefined();
    const tbc = res.data.headlineMeasures.flatMap((m) => m.observations).filter((o) => o.printed === 'tbc');
    expect(tbc.length).toBeGreaterThanOrEqual(4);
    expect(tbc.every((o) => o.value === null && o.notAvailable)).toBe(true);
  });

  test('Kent adult proven re-offending Jan-Dec 2008 through the gateway: 3,118 of 13,912 = 22.41%', async () => {
    const res = await query<{ headlineMeasures: Measure[] }>(
      `{ headlineMeasures(agency: "probation") { id observations(area: "kent", from: "2008", to: "2008") { printed value numerator denominator provenance { location citedSource } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const o = res.data.headlineMeasures.flatMap((m) => m.observations).find((x) => x.printed === '22.41%');
    expect(o).toMatchObject({ value: 22.41, numerator: 3118, denominator: 13912 });
  });

  test('the IOM cohort on 26 July 2019 (police) under the 2019/20 priorities; the counts of 1-4 people it shows are those already public', async () => {
    const res = await query<{ priorityGroup: { headlineMeasures: Measure[] } }>(
      `{ priorityGroup(id: "iom") { headlineMeasures(plan: "km-2019-20") { id agency observations { period { code kind } printed value suppressed area { code } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const obs = res.data.priorityGroup.headlineMeasures.flatMap((m) => m.observations);
    expect(res.data.priorityGroup.headlineMeasures.every((m) => m.agency === 'police')).toBe(true);
    const cohort = obs.find((o) => o.value === 245);
    expect(cohort).toMatchObject({ period: { code: '2019-07-26', kind: 'SNAPSHOT' }, area: { code: 'kent-and-medway' } });
    expect(obs.map((o) => o.value)).toEqual(expect.arrayContaining([245, 5.7, 38, 45.3, 40, 63]));
    const female = res.data.priorityGroup.headlineMeasures.find((m) => m.id === 'police.iom-cohort-female')!;
    // '2 of the cohort are female' is printed in the public KMROB paper: marked as already public, it is not suppressed
    expect(female.observations).toEqual([expect.objectContaining({ printed: '2', value: 2, suppressed: false })]);
  });

  test('a police editor reads the same IOM cohort raw (2 female members) through the gateway', async () => {
    const res = await query<{ headlineMeasure: Measure }>(
      `{ headlineMeasure(id: "police.iom-cohort-female") { observations { printed value suppressed draft } } }`,
      {},
      await hub.token('agency-editor', 'police'),
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.headlineMeasure.observations).toEqual([{ printed: '2', value: 2, suppressed: false, draft: false }]);
  });

  test('a measure by id, and all measures of an agency, without per-agency fragments', async () => {
    const list = await query<{ agencies: Array<{ key: string; measures: Array<{ id: string; agency: string }> }> }>(
      `{ agencies { key measures { id agency } } }`,
    );
    expect(list.errors).toBeUndefined();
    for (const a of list.data.agencies) {
      expect(a.measures.length).toBeGreaterThan(0);
      expect(a.measures.every((m) => m.agency === a.key)).toBe(true);
    }
    const id = list.data.agencies.find((a) => a.key === 'dwp')!.measures[0].id;
    const one = await query<{ headlineMeasure: { id: string; agency: string } }>(
      `query ($id: ID!) { headlineMeasure(id: $id) { id agency name usedIn { plan { id } } } }`,
      { id },
    );
    expect(one.errors).toBeUndefined();
    expect(one.data.headlineMeasure).toMatchObject({ id, agency: 'dwp' });
  });

  test.each([
    ['{ plan(id: "km-2099") { id } }', 'id', 'km-2099'],
    ['{ headlineMeasure(id: "probation.nope") { id } }', 'id', 'probation.nope'],
    ['{ headlineMeasures(agency: "probation") { observations(area: "Kentt") { value } } }', 'area', 'Kentt'],
    ['{ headlineMeasures(agency: "police") { observations(from: "2012-14") { value } } }', 'from', '2012-14'],
    ['{ pathway(id: "housing") { id } }', 'id', 'housing'],
  ])('bad input through the gateway: %s names "%s" and its value', async (query, argument, value) => {
    const res = await fetch(gatewayUrl(), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${hub.boardToken}` },
      body: JSON.stringify({ query }),
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { errors: GraphQLResponseError[] };
    expect(body.errors[0].message).toContain(`"${argument}"`);
    expect(body.errors[0].message).toContain(`"${value}"`);
    expect(body.errors[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  test("without a token, the Apollo gateway answers 401 and Hive Gateway passes the subgraphs' UNAUTHENTICATED refusal", async () => {
    const res = await fetch(gatewayUrl(), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ agencies { key } }' }),
    });
    const body = (await res.json()) as { data?: { agencies?: unknown } | null; errors?: GraphQLResponseError[] };
    expect(body.data?.agencies ?? null).toBeNull();
    expect(JSON.stringify(body.errors)).toMatch(/UNAUTHENTICATED|401/);
  });
});

test('the web process, the gateway and every subgraph answer /health and /ready', async () => {
  for (const url of [`${hub.webUrl}/graphql`, hub.gatewayUrl, ...hub.subgraphUrls.values()]) {
    expect((await fetch(url.replace(/\/graphql$/, '/health'))).status).toBe(200);
    expect((await fetch(url.replace(/\/graphql$/, '/ready'))).status).toBe(200);
  }
});

test('the web front door: / links to every page; /graphql passes the token and the request id to the gateway', async () => {
  const home = await fetch(`${hub.webUrl}/`);
  expect(home.status).toBe(200);
  expect(home.headers.get('content-type')).toMatch(/^text\/html/);
  const html = await home.text();
  expect(html).toMatch(/^<!doctype html>\n<html lang="en-GB">/);
  expect(html).toContain('<h1>');
  for (const href of ['/dashboard/', '/graphiql', '/reports/stock-take', '/health', '/ready']) expect(html).toContain(`href="${href}`);
  expect(html).not.toMatch(/<script|https?:\/\//i);

  const id = `web-${Date.now()}`;
  const res = await fetch(`${hub.webUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${hub.boardToken}`, 'x-request-id': id },
    body: JSON.stringify({ query: '{ agencies { key } }' }),
  });
  expect(res.status).toBe(200);
  expect(res.headers.get('x-request-id')).toBe(id);
  expect(((await res.json()) as GraphQLAnswer<{ agencies: unknown[] }>).data.agencies.length).toBeGreaterThan(0);
  const deadline = Date.now() + 5000;
  while (!hub.output('gateway').includes(`"requestId":"${id}"`) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  expect(hub.output('gateway')).toContain(`"requestId":"${id}"`);
});

test("the gateway serves only /graphql, /health, /ready and /metrics: the pages, the report and the export are the web process's", async () => {
  const gw = hub.gatewayUrl.replace(/\/graphql$/, '');
  for (const path of ['/', '/dashboard/', '/graphiql', '/reports/stock-take', '/export/figures.csv']) {
    expect({ path, status: (await fetch(`${gw}${path}`, { headers: { authorization: `Bearer ${hub.boardToken}` } })).status }).toEqual({
      path,
      status: 404,
    });
  }
});
