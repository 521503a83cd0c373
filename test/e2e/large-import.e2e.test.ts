/**
 * A large CSV import (50,000 rows, about 4 MB: far over the gateway's 256 kB MAX_BODY_SIZE) through the web front
 * door, as the agency workspace sends it: one bad row writes nothing, the fixed file imports every row. The larger
 * limit is the import's alone, for importers alone (gateway/src/large-import.ts): the same size from a board token, or
 * from an editor for anything but an import, is refused with 413 before any subgraph is called.
 */
import { Client } from 'pg';
import { startTestHub, type TestHub } from '../support/hub';
import type { GraphQLResponse } from '../support/graphql';

let hub: TestHub;
let editor: string;

beforeAll(async () => {
  // Two 50,000-row imports took 130 s on the shared 2-core machine under load: room past the default 120 s.
  hub = await startTestHub('large-import', { gatewayEnv: { IMPORT_TIMEOUT_MS: '300000' }, webEnv: { IMPORT_TIMEOUT_MS: '300000' } });
  editor = await hub.token('agency-editor', 'police');
}, 300_000);
afterAll(async () => {
  await hub?.stop();
}, 60_000);

const OLD_LIMIT = 256 * 1024;
const ROWS = 50_000;
const HEADER = 'measure_id,area,period,value,numerator,denominator,printed,approximate,not_available,status,note';
const BAD_ROW = 40_000;

/** One daily snapshot of the IOM cohort per row, from 1 January 1880 on (no two rows give the same figure). */
function csv(bad: boolean): string {
  const lines = [HEADER];
  const day0 = Date.UTC(1880, 0, 1);
  for (let i = 1; i <= ROWS; i++) {
    const date = new Date(day0 + (i - 1) * 86_400_000).toISOString().slice(0, 10);
    const value = bad && i === BAD_ROW ? 'two hundred' : String(100 + (i % 200));
    lines.push(`police.iom-cohort-size,kent-and-medway,${date},${value},,,,false,false,FINAL,Large import test`);
  }
  return lines.join('\n') + '\n';
}

// The workspace's own operation for the police agency (clients/web/workspaces/agency.graphql).
const IMPORT = `mutation PoliceImport($csv: String!, $reason: String!) {
  result: policeImportObservations(csv: $csv, reason: $reason) { ok rows newFigures corrections replacedDrafts errors { row line column message } }
}`;

type ImportAnswer = GraphQLResponse<{
  result: { ok: boolean; rows: number; newFigures: number; errors: Array<{ row: number; column: string; message: string }> };
}>;

async function post(token: string, body: unknown): Promise<{ status: number; body: ImportAnswer }> {
  const res = await fetch(`${hub.webUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as ImportAnswer };
}

async function policeDrafts(): Promise<number> {
  const db = new Client({ connectionString: hub.databaseUrl });
  await db.connect();
  try {
    const { rows } = await db.query(`SELECT count(*)::int AS n FROM police.observation_draft WHERE measure_id = 'police.iom-cohort-size'`);
    return (rows[0] as { n: number }).n;
  } finally {
    await db.end();
  }
}

describe('a 50,000-row import through the front door', () => {
  test('one bad row writes nothing; the fixed file imports every row', async () => {
    const bad = csv(true);
    expect(Buffer.byteLength(bad)).toBeGreaterThan(10 * OLD_LIMIT);
    const before = await policeDrafts();

    const refused = await post(editor, { query: IMPORT, operationName: 'PoliceImport', variables: { csv: bad, reason: 'Annual return' } });
    expect(refused.status).toBe(200);
    expect(refused.body.errors).toBeUndefined();
    expect(refused.body.data!.result).toMatchObject({ ok: false, rows: ROWS, newFigures: 0 });
    expect(refused.body.data!.result.errors).toEqual([expect.objectContaining({ row: BAD_ROW, column: 'value' })]);
    expect(await policeDrafts()).toBe(before);

    const good = await post(editor, {
      query: IMPORT,
      operationName: 'PoliceImport',
      variables: { csv: csv(false), reason: 'Annual return' },
    });
    expect(good.status).toBe(200);
    expect(good.body.errors).toBeUndefined();
    expect(good.body.data!.result).toMatchObject({ ok: true, rows: ROWS, newFigures: ROWS, errors: [] });
    expect(await policeDrafts()).toBe(before + ROWS);
  }, 600_000);

  test('the larger limit is for an importer’s import only', async () => {
    const big = csv(false);
    // A board member cannot send it (the token is checked before the body is read).
    const board = await post(hub.boardToken, { query: IMPORT, variables: { csv: big, reason: 'x' } });
    expect(board.status).toBe(413);
    expect(board.body.errors![0].extensions!.code).toBe('PAYLOAD_TOO_LARGE');
    // Nor anyone without a token.
    const anonymous = await fetch(`${hub.webUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: IMPORT, variables: { csv: big, reason: 'x' } }),
    });
    expect(anonymous.status).toBe(413);
    // An editor's large body that is not an import alone: a query, an import beside another field, a large query text.
    const notImports = [
      { query: 'query Big($csv: String!) { plans { id } }', variables: { csv: big } },
      {
        query:
          'mutation Two($csv: String!) { policeImportObservations(csv: $csv, reason: "x") { ok } policePublishObservations { published } }',
        variables: { csv: big },
      },
      {
        query: `mutation M($csv: String!) { policeImportObservations(csv: $csv, reason: "x") { ok } } ${'#'.repeat(OLD_LIMIT + 1)}`,
        variables: { csv: 'x' },
      },
    ];
    for (const body of notImports) {
      const r = await post(editor, body);
      expect(r.status).toBe(413);
      expect(r.body.errors![0].message).toContain(`${OLD_LIMIT} bytes`);
    }
    // Small requests are unchanged for everyone.
    expect((await post(hub.boardToken, { query: '{ plans { id } }' })).status).toBe(200);
  }, 120_000);
});
