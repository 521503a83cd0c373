/**
 * The Hive runtime's remembered `getDirective` (gateway/src/router-runtime-directives.ts): the Rust planner's
 * executor gets it, and it answers as @graphql-tools/utils does, once per schema element.
 */
import { dirname, join } from 'node:path';
import { buildSchema, type GraphQLEnumType } from 'graphql';
import '../../gateway/src/router-runtime-directives';

type GetDirective = (schema: object, node: object, name: string, path?: string[]) => Array<Record<string, unknown>> | undefined;

const utilsPath = require.resolve('@graphql-tools/utils', { paths: [dirname(require.resolve('@graphql-hive/router-runtime'))] });
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { getDirective } = require(utilsPath) as { getDirective: GetDirective };
// The function as it is on disk, loaded in a registry of its own: what the answers must equal.
let original!: GetDirective;
jest.isolateModules(() => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  original = (require(join(dirname(utilsPath), 'get-directives.js')) as { getDirective: GetDirective }).getDirective;
});

const SDL = `
  directive @inaccessible on ENUM_VALUE
  directive @tag(name: String!) repeatable on ENUM_VALUE
  enum Polarity { HIGHER_IS_BETTER @tag(name: "a") @tag(name: "b") LOWER_IS_BETTER HIDDEN @inaccessible }
  type Query { polarity: Polarity }
`;
const schema = buildSchema(SDL);
const polarity = schema.getType('Polarity') as GraphQLEnumType;

test("the package's index, which the Rust planner's executor calls, gives the remembered getDirective", () => {
  expect(getDirective).not.toBe(original);
  expect(getDirective.toString()).toContain('known.get(schema)');
});

// What the SDL above says of each value, as @graphql-tools/utils reads it.
const expected: Record<string, Record<string, unknown>> = {
  HIGHER_IS_BETTER: { inaccessible: undefined, tag: [{ name: 'a' }, { name: 'b' }], deprecated: undefined },
  LOWER_IS_BETTER: { inaccessible: undefined, tag: undefined, deprecated: undefined },
  HIDDEN: { inaccessible: [{}], tag: undefined, deprecated: undefined },
};

test.each(Object.keys(expected))('%s: the directives the schema gives it, read once', (name) => {
  const value = polarity.getValue(name)!;
  for (const [directive, answer] of Object.entries(expected[name])) {
    const first = getDirective(schema, value, directive);
    expect(first).toEqual(answer);
    expect(getDirective(schema, value, directive)).toBe(first);
  }
});

test('another schema with the same SDL gets its own answers', () => {
  const other = buildSchema(SDL);
  const hidden = (other.getType('Polarity') as GraphQLEnumType).getValue('HIDDEN')!;
  const answer = getDirective(other, hidden, 'inaccessible');
  expect(answer).toEqual([{}]);
  expect(answer).not.toBe(getDirective(schema, polarity.getValue('HIDDEN')!, 'inaccessible'));
});
