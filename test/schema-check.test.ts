/**
 * The breaking-change check (npm run schema:check / schema:diff): new subgraph SDL and the new supergraph's
 * API schema are compared with a base version; breaking changes fail with the subgraph, type, field and kind
 * unless acknowledged; additive changes pass.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { compose } from '../tools/src/compose';
import { ROOT, SCHEMA_DIR } from '../tools/src/paths';
import { ACK_PATH, checkBreakingChanges, readAcknowledgements, readAtRef, SUPERGRAPH, type Acknowledgement } from '../tools/src/schema-diff';

const NAMES = ['dwp', 'health', 'housing', 'plan', 'police', 'probation'];
const committed = new Map(NAMES.map((n) => [n, readFileSync(join(SCHEMA_DIR, `${n}.graphql`), 'utf8')]));
const committedSupergraph = readFileSync(join(SCHEMA_DIR, 'supergraph.graphql'), 'utf8');

/** Runs the check as schema:check does: every subgraph, plus the recomposed supergraph, against the committed files. */
function check(changed: Record<string, string>, acknowledged: Acknowledgement[] = [], withSupergraph = true) {
  const next = new Map(committed);
  for (const [n, sdl] of Object.entries(changed)) next.set(n, sdl);
  const all = new Map<string, string>(next);
  const base = new Map<string, string | undefined>(committed);
  if (withSupergraph) {
    all.set(SUPERGRAPH, compose(next).supergraphSdl);
    base.set(SUPERGRAPH, committedSupergraph);
  }
  return checkBreakingChanges({ base, next: all, acknowledged });
}

function replaced(name: string, from: string | RegExp, to: string): string {
  const sdl = committed.get(name)!;
  const out = sdl.replace(from, to);
  expect(out).not.toBe(sdl);
  return out;
}

test('the committed schema compared with itself has no change', () => {
  const r = check({});
  expect(r.ok).toBe(true);
  expect(r.breaking).toEqual([]);
  expect(r.report).toContain('No unacknowledged breaking changes.');
});

test('a removed field fails, naming the subgraph, type, field and kind, in the subgraph and in the supergraph API', () => {
  const dwp = replaced('dwp', /\s*"""\n\s*dwp's unpublished drafts[^"]*"""\n\s*dwpDrafts: \[ObservationDraft!\]!/, '');
  const r = check({ dwp });
  expect(r.ok).toBe(false);
  expect(r.breaking).toEqual(
    expect.arrayContaining([
      { subgraph: 'dwp', kind: 'FIELD_REMOVED', description: 'Query.dwpDrafts was removed.' },
      { subgraph: 'supergraph', kind: 'FIELD_REMOVED', description: 'Query.dwpDrafts was removed.' },
    ]),
  );
  expect(r.report).toContain('Breaking changes (2) not acknowledged:');
  expect(r.report).toContain('- dwp: FIELD_REMOVED: Query.dwpDrafts was removed.');
  expect(r.report).toContain('schema/breaking-changes-acknowledged.json');
});

test('an argument made required fails', () => {
  const dwp = replaced('dwp', /(dwpAuditTrail\(\s*"""[^"]*"""\s*)limit: Int = 100/, '$1limit: Int!');
  const r = check({ dwp }, [], false);
  expect(r.ok).toBe(false);
  expect(r.report).toContain('- dwp: ARG_CHANGED_KIND: Query.dwpAuditTrail arg limit has changed type from Int to Int!.');
});

test('a newly required argument fails', () => {
  const dwp = replaced('dwp', 'dwpDrafts: [ObservationDraft!]!', 'dwpDrafts(since: String!): [ObservationDraft!]!');
  const r = check({ dwp }, [], false);
  expect(r.breaking).toEqual([{ subgraph: 'dwp', kind: 'REQUIRED_ARG_ADDED', description: 'A required arg since on Query.dwpDrafts was added.' }]);
});

test('a retyped field, a removed type and a removed enum value fail', () => {
  let dwp = replaced('dwp', /(type AuditEvent @shareable \{[^}]*?actor: )String!/, '$1Int!');
  expect(check({ dwp }, [], false).report).toContain('- dwp: FIELD_CHANGED_KIND: AuditEvent.actor changed type from String! to Int!.');
  dwp = replaced('dwp', /\s*"""[^"]*"""\s*CURRENCY_GBP/, '');
  expect(check({ dwp }, [], false).report).toContain('- dwp: VALUE_REMOVED_FROM_ENUM: CURRENCY_GBP was removed from enum type MeasureUnit.');
  // a type (and the field returning it) removed: the base had them, the new SDL does not
  const withNote = committed.get('dwp')!.replace('dwpDrafts: [ObservationDraft!]!', 'dwpDrafts: [ObservationDraft!]!\n  dwpNote: DwpNote\n}\n\ntype DwpNote {\n  text: String!');
  const r = checkBreakingChanges({ base: new Map([['dwp', withNote]]), next: new Map([['dwp', committed.get('dwp')!]]), acknowledged: [] });
  expect(r.report).toContain('- dwp: TYPE_REMOVED: DwpNote was removed.');
  expect(r.report).toContain('- dwp: FIELD_REMOVED: Query.dwpNote was removed.');
});

test('an acknowledged breaking change passes and is still listed', () => {
  const dwp = replaced('dwp', /\s*"""\n\s*dwp's unpublished drafts[^"]*"""\n\s*dwpDrafts: \[ObservationDraft!\]!/, '');
  const acks = [
    { subgraph: 'dwp', description: 'Query.dwpDrafts was removed.', reason: 'DWP drafts move to the import screen; agreed at the March board' },
    { subgraph: 'supergraph', description: 'Query.dwpDrafts was removed.', reason: 'same change, as the gateway shows it' },
  ];
  const r = check({ dwp }, acks);
  expect(r.ok).toBe(true);
  expect(r.acknowledged).toHaveLength(2);
  expect(r.report).toContain('Acknowledged breaking changes (2):');
  // acknowledging it for one subgraph only does not cover the supergraph
  expect(check({ dwp }, acks.slice(0, 1)).ok).toBe(false);
});

test('an additive change (new field, new optional argument, new type) passes', () => {
  const dwp = replaced(
    'dwp',
    'dwpDrafts: [ObservationDraft!]!',
    'dwpDrafts(measure: ID): [ObservationDraft!]!\n  """New."""\n  dwpNote: DwpNote\n}\n\n"""A note."""\ntype DwpNote {\n  """Text."""\n  text: String!',
  );
  const r = check({ dwp });
  expect(r.ok).toBe(true);
  expect(r.breaking).toEqual([]);
});

test('a subgraph with no base version is skipped and said so', () => {
  const r = checkBreakingChanges({ base: new Map([['dwp', undefined]]), next: new Map([['dwp', committed.get('dwp')!]]), acknowledged: [] });
  expect(r.ok).toBe(true);
  expect(r.report).toContain('No base version to compare (new, or base ref missing): dwp');
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
  expect(() => readAcknowledgements(join(dir, 'a.json'))).toThrow(/\[0\] must be \{ "subgraph": string, "description": string, "reason": non-empty string \}/);
});

test('schema-cli diff runs against a base ref that does not exist: skips with a message, exit 0', async () => {
  const { stdout } = await promisify(execFile)(process.execPath, [join(ROOT, 'tools', 'dist', 'schema-cli.js'), 'diff'], {
    env: { ...process.env, SCHEMA_BASE_REF: 'no-such-ref-xyz' },
  });
  expect(stdout).toContain('Breaking-change check: dwp: skipped, git ref no-such-ref-xyz does not exist');
  expect(stdout).toContain('No unacknowledged breaking changes.');
});
