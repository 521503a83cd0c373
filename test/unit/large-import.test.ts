/** Which request bodies may use the import's larger limit (gateway/src/large-import.ts); the e2e test sends them. */
import { isImportOnly } from '../../gateway/src/large-import';

const TOKENS = 1000;
const IMPORT =
  'mutation PoliceImport($csv: String!, $reason: String!) { result: policeImportObservations(csv: $csv, reason: $reason) { ok } }';

test('one mutation of agency imports only', () => {
  expect(isImportOnly({ query: IMPORT, operationName: 'PoliceImport', variables: {} }, TOKENS)).toBe(true);
  expect(isImportOnly({ query: IMPORT }, TOKENS)).toBe(true);
  expect(
    isImportOnly(
      {
        query:
          'mutation Two($a: String!, $b: String!) { policeImportObservations(csv: $a, reason: "x") { ok } dwpImportObservations(csv: $b, reason: "x") { ok } }',
      },
      TOKENS,
    ),
  ).toBe(true);
});

test.each([
  ['a query', { query: 'query Q($csv: String!) { plans { id } }' }],
  [
    'an import beside another mutation',
    { query: 'mutation M($c: String!) { policeImportObservations(csv: $c, reason: "x") { ok } policePublishObservations { published } }' },
  ],
  [
    'an import in a fragment',
    { query: 'mutation M($c: String!) { ...F } fragment F on Mutation { policeImportObservations(csv: $c, reason: "x") { ok } }' },
  ],
  [
    'a directive on the import',
    { query: 'mutation M($c: String!) { policeImportObservations(csv: $c, reason: "x") @include(if: true) { ok } }' },
  ],
  ['another operation named', { query: IMPORT, operationName: 'Other' }],
  ['two operations', { query: `${IMPORT} query Q { plans { id } }`, operationName: 'PoliceImport' }],
  ['a query text over 10,000 characters', { query: `${IMPORT} ${'#'.repeat(10_000)}` }],
  ['a persisted document id alone', { documentId: 'sha256:abc' }],
  ['not an object', 'mutation { x }'],
  ['a syntax error', { query: 'mutation { policeImportObservations(' }],
])('refused: %s', (_what, body) => {
  expect(isImportOnly(body, TOKENS)).toBe(false);
});
