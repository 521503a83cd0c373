/**
 * The per-subgraph schema check (npm run schema:check [-- --subgraph <name>]): one subgraph's new SDL composed
 * with the others' committed SDLs and compared with its base by GraphQL Inspector, both as its own SDL and as the
 * API the gateway serves. Breaking changes fail naming that subgraph only, with the type, field and kind, unless
 * acknowledged; additive changes pass; composition errors fail.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ROOT, SCHEMA_DIR } from '../../tools/src/paths';
import { ACK_PATH, checkSubgraph, readAcknowledgements, readAtRef, type Acknowledgement } from '../../tools/src/schema-check';

const NAMES = ['dwp', 'health', 'housing', 'plan', 'police', 'probation'];
const committed = new Map(NAMES.map((n) => [n, readFileSync(join(SCHEMA_DIR, `${n}.graphql`), 'utf8')]));

/** Checks `name` as schema:check --subgraph does: its new SDL against its committed one, the others as committed. */
function check(name: string, next: string, acknowledged: Acknowledgement[] = []) {
  return checkSubgraph({ name, next, others: committed, base: committed.get(name), acknowledged });
}

function replaced(name: string, from: string | RegExp, to: string): string {
  const sdl = committed.get(name)!;
  const out = sdl.replace(from, to);
  expect(out).not.toBe(sdl);
  return out;
}

const withoutDrafts = (agency: string) =>
  replaced(agency, new RegExp(`\\s*"""\\n\\s*${agency}'s unpublished drafts[^"]*"""\\n\\s*${agency}Drafts: \\[ObservationDraft!\\]!`), '');

test('every committed subgraph compared with itself has no change and composes', async () => {
  for (const name of NAMES) {
    const r = await check(name, committed.get(name)!);
    expect(r.ok).toBe(true);
    expect(r.breaking).toEqual([]);
    expect(r.compositionErrors).toEqual([]);
    expect(r.report).toContain(`${name}: passes`);
    expect(r.report).toContain('No unacknowledged breaking changes.');
  }
});

test('a removed field fails, naming the subgraph, type, field and kind (once, though both its SDL and the API lose it)', async () => {
  const r = await check('dwp', withoutDrafts('dwp'));
  expect(r.ok).toBe(false);
  expect(r.breaking).toEqual([
    {
      subgraph: 'dwp',
      kind: 'FIELD_REMOVED',
      description: "Field 'dwpDrafts' was removed from object type 'Query'",
      path: 'Query.dwpDrafts',
    },
  ]);
  expect(r.report).toContain('dwp: FAILS');
  expect(r.report).toContain("- dwp: FIELD_REMOVED: Field 'dwpDrafts' was removed from object type 'Query'");
  expect(r.report).toContain('schema/breaking-changes-acknowledged.json');
});

test('a breaking change in police fails naming only police; every other agency still passes', async () => {
  const police = withoutDrafts('police');
  const others = new Map(committed);
  others.set('police', police);
  const results = await Promise.all(
    NAMES.map((name) =>
      checkSubgraph({
        name,
        next: name === 'police' ? police : committed.get(name)!,
        others: name === 'police' ? committed : others,
        base: committed.get(name),
        acknowledged: [],
      }),
    ),
  );
  expect(results.filter((r) => !r.ok).map((r) => r.subgraph)).toEqual(['police']);
  const failed = results.find((r) => r.subgraph === 'police')!;
  expect(new Set(failed.breaking.map((c) => c.subgraph))).toEqual(new Set(['police']));
  for (const other of NAMES.filter((n) => n !== 'police')) expect(failed.report).not.toContain(`- ${other}:`);
});

test('an argument made required fails', async () => {
  const r = await check('dwp', replaced('dwp', /(dwpAuditTrail\(\s*"""[^"]*"""\s*)limit: Int = 100/, '$1limit: Int!'));
  expect(r.ok).toBe(false);
  expect(r.report).toContain(
    "- dwp: FIELD_ARGUMENT_TYPE_CHANGED: Type for argument 'limit' on field 'Query.dwpAuditTrail' changed from 'Int' to 'Int!'",
  );
});

test('a newly required argument fails', async () => {
  const r = await check('dwp', replaced('dwp', 'dwpDrafts: [ObservationDraft!]!', 'dwpDrafts(since: String!): [ObservationDraft!]!'));
  expect(r.breaking).toEqual([
    {
      subgraph: 'dwp',
      kind: 'FIELD_ARGUMENT_ADDED',
      description: "Argument 'since: String!' added to field 'Query.dwpDrafts'",
      path: 'Query.dwpDrafts.since',
    },
  ]);
});

test('a retyped field, a removed type and a removed enum value fail', async () => {
  let dwp = replaced('dwp', /(type AuditEvent @shareable \{[^}]*?actor: )String!/, '$1Int!');
  // AuditEvent is shared by every subgraph: dwp alone retyping it no longer composes, and that is reported too.
  const retyped = await check('dwp', dwp);
  expect(retyped.report).toContain("- dwp: FIELD_TYPE_CHANGED: Field 'AuditEvent.actor' changed type from 'String!' to 'Int!'");
  expect(retyped.compositionErrors.length).toBeGreaterThan(0);
  dwp = replaced('dwp', /\s*"""[^"]*"""\s*CURRENCY_GBP/, '');
  expect((await check('dwp', dwp)).report).toContain(
    "- dwp: ENUM_VALUE_REMOVED: Enum value 'CURRENCY_GBP' was removed from enum 'MeasureUnit'",
  );
  // a type (and the field returning it) removed: the base had them, the new SDL does not
  const withNote =
    committed.get('dwp')!.replace('dwpDrafts: [ObservationDraft!]!', 'dwpDrafts: [ObservationDraft!]!\n  dwpNote: DwpNote') +
    '\ntype DwpNote {\n  text: String!\n}\n';
  const r = await checkSubgraph({ name: 'dwp', next: committed.get('dwp')!, others: committed, base: withNote, acknowledged: [] });
  expect(r.report).toContain("- dwp: TYPE_REMOVED: Type 'DwpNote' was removed");
  expect(r.report).toContain("- dwp: FIELD_REMOVED: Field 'dwpNote' was removed from object type 'Query'");
});

test("a composition error fails naming the subgraph: a shared type's field made incompatible", async () => {
  const police = replaced('police', /(type AuditEvent @shareable \{[^}]*?actor: )String!/, '$1Int!');
  const r = await check('police', police);
  expect(r.ok).toBe(false);
  expect(r.compositionErrors.length).toBeGreaterThan(0);
  expect(r.report).toContain("Does not compose with the other subgraphs' committed schemas");
  expect(r.report).toMatch(/- police: [A-Z_]+: .*AuditEvent\.actor/);
});

test('an acknowledged breaking change passes and is still listed; an acknowledgement names its subgraph', async () => {
  const ack = {
    subgraph: 'dwp',
    description: "Field 'dwpDrafts' was removed from object type 'Query'",
    reason: 'DWP drafts move to the import screen; agreed at the March board',
  };
  const r = await check('dwp', withoutDrafts('dwp'), [ack]);
  expect(r.ok).toBe(true);
  expect(r.acknowledged).toHaveLength(1);
  expect(r.report).toContain('Acknowledged breaking changes (1):');
  // dwp's acknowledgement does not cover the same change made by another agency
  expect((await check('health', withoutDrafts('health'), [ack])).ok).toBe(false);
});

test('an additive change (new field, new optional argument, new type) passes', async () => {
  // The new type goes at the end, so whatever follows dwpDrafts in Query stays in Query.
  const dwp =
    replaced('dwp', 'dwpDrafts: [ObservationDraft!]!', 'dwpDrafts(measure: ID): [ObservationDraft!]!\n  """New."""\n  dwpNote: DwpNote') +
    '\n"""A note."""\ntype DwpNote {\n  """Text."""\n  text: String!\n}\n';
  const r = await check('dwp', dwp);
  expect(r.ok).toBe(true);
  expect(r.breaking).toEqual([]);
  expect(r.safe.map((c) => c.kind)).toEqual(expect.arrayContaining(['TYPE_ADDED', 'FIELD_ADDED']));
});

test('a subgraph with no base version is checked for composition only, and said so', async () => {
  const r = await checkSubgraph({ name: 'dwp', next: committed.get('dwp')!, others: committed, base: undefined, acknowledged: [] });
  expect(r.ok).toBe(true);
  expect(r.skipped).toBe(true);
  expect(r.report).toContain('No base version to compare');
});

test('the base at a git ref: a missing ref or file is reported, not fatal', () => {
  expect(readAtRef('no-such-ref-xyz', 'dwp').why).toMatch(/git ref no-such-ref-xyz does not exist/);
  const head = readAtRef('HEAD', 'no-such-subgraph');
  expect(head.sdl).toBeUndefined();
  expect(head.why).toMatch(/schema\/no-such-subgraph.graphql does not exist at HEAD|git ref HEAD does not exist/);
});

test('the acknowledgement file is committed and valid; a malformed one is refused with its format', () => {
  expect(Array.isArray(readAcknowledgements(ACK_PATH))).toBe(true);
  const dir = mkdtempSync(join(tmpdir(), 'acks-'));
  writeFileSync(join(dir, 'a.json'), JSON.stringify([{ subgraph: 'dwp', description: 'x' }]));
  expect(() => readAcknowledgements(join(dir, 'a.json'))).toThrow(
    /\[0\] must be \{ "subgraph": string, "description": string, "reason": non-empty string \}/,
  );
});

test('schema:check --subgraph dwp: only dwp, against a base ref that does not exist (skipped, said so), exit 0; an unknown subgraph is refused', async () => {
  const cli = join(ROOT, 'tools', 'dist', 'schema-cli.js');
  const { stdout } = await promisify(execFile)(process.execPath, [cli, 'check', '--subgraph', 'dwp'], {
    env: { ...process.env, SCHEMA_BASE_REF: 'no-such-ref-xyz' },
  });
  expect(stdout).toContain('dwp: breaking-change comparison skipped, git ref no-such-ref-xyz does not exist');
  expect(stdout).toContain('dwp: passes');
  expect(stdout).not.toMatch(/^(police|plan|housing|health|probation): /m);
  await expect(promisify(execFile)(process.execPath, [cli, 'check', '--subgraph', 'nowhere'])).rejects.toMatchObject({
    stderr: expect.stringContaining('No subgraph "nowhere"') as unknown,
  });
}, 240_000);
