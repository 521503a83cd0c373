/**
 * Loaded by the Hive runtime just before @graphql-hive/router-runtime: gives that package a `getDirective` that
 * remembers its answer for each schema element.
 *
 * The Rust planner's JavaScript executor asks, for every enum value of every answer, whether the value is
 * `@inaccessible` (`getDirective(supergraph, enumValue, 'inaccessible')`). @graphql-tools/utils answers by reading
 * every directive of that value again, `@join__enumValue` arguments included, with a new cache made for each call:
 * in the uncached scorecard's CPU profile that was 9% of the gateway's busy time, for 168 enum values a request.
 * A schema element's directives are fixed once the schema is built (the runtime serves one committed supergraph),
 * so the answer for a (schema, element, directive) is kept, and elements that go away take their entries with them.
 * Only that package's own copy of @graphql-tools/utils is changed; the default `pathToDirectivesInExtensions` is the
 * only one remembered.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

type GetDirective = (schema: object, node: object, directiveName: string, pathToDirectivesInExtensions?: string[]) => unknown;

const utilsPath = require.resolve('@graphql-tools/utils', { paths: [dirname(require.resolve('@graphql-hive/router-runtime'))] });
/*
 * The package's index re-exports `getDirective` through a getter that reads this file's exports, a plain property: set
 * here, it is what every `utils.getDirective(...)` of that copy calls from then on, whenever the caller was loaded.
 */
const file = join(dirname(utilsPath), 'get-directives.js');
// After an upgrade that moves the file, the runtime runs as the package ships (slower); the unit test fails.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const directives = (existsSync(file) ? require(file) : {}) as { getDirective?: GetDirective };
const original = directives.getDirective;
const known = new WeakMap<object, WeakMap<object, Map<string, unknown>>>();

if (original) {
  directives.getDirective = (schema, node, directiveName, path) => {
    if (path !== undefined || schema == null || node == null) return original(schema, node, directiveName, path);
    let bySchema = known.get(schema);
    if (!bySchema) known.set(schema, (bySchema = new WeakMap<object, Map<string, unknown>>()));
    let byNode = bySchema.get(node);
    if (!byNode) bySchema.set(node, (byNode = new Map<string, unknown>()));
    if (byNode.has(directiveName)) return byNode.get(directiveName);
    const answer = original(schema, node, directiveName);
    byNode.set(directiveName, answer);
    return answer;
  };
}
