/**
 * The schema is an artifact: schema/<subgraph>.graphql and schema/supergraph.graphql must be exactly what
 * the code produces, and composition must report no error and no hint.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSchema, isEnumType, isInterfaceType, isObjectType } from 'graphql';
import { discoverSubgraphs } from '@hub/common/platform';
import { compose, generateSubgraphSdls } from '../../tools/src/compose';
import { SCHEMA_DIR, SUBGRAPHS_DIR, SUPERGRAPH_PATH } from '../../tools/src/paths';
import { AGENCIES } from '../../subgraphs/plan/src/catalogue/agencies';

let sdls: Map<string, string>;
beforeAll(async () => {
  sdls = await generateSubgraphSdls();
});

test('every subgraph folder is discovered, the plan first', () => {
  const names = discoverSubgraphs(SUBGRAPHS_DIR).map((s) => s.name);
  expect(names[0]).toBe('plan');
  expect(names.slice(1).sort()).toEqual(['dwp', 'health', 'housing', 'police', 'probation']);
});

test("the plan's agencies are the registry's: key, name and measure type from each subgraph.json, in port order", () => {
  const agencies = discoverSubgraphs(SUBGRAPHS_DIR).filter((s) => s.kind === 'agency');
  expect(AGENCIES).toEqual(
    agencies.map((s) => ({ key: s.name, name: (s as { displayName?: string }).displayName, measureType: s.measureType })),
  );
});

test('the registry reader refuses an entry the plan cannot use, naming the file and the field', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS build script without type declarations: an import would not type-check
  const { readAgencies } = require('../../subgraphs/plan/scripts/generate-agencies.js') as { readAgencies(dir: string): unknown[] };
  const dir = mkdtempSync(join(tmpdir(), 'registry-'));
  try {
    mkdirSync(join(dir, 'youth-justice'));
    writeFileSync(
      join(dir, 'youth-justice', 'subgraph.json'),
      JSON.stringify({ name: 'youth-justice', title: 't', port: 4106, kind: 'agency', measureType: 'youthJustice' }),
    );
    expect(() => readAgencies(dir)).toThrow(
      /youth-justice\/subgraph\.json: "displayName" \(the agency's name as the plan shows it\) is missing; "measureType" must be a GraphQL type name ending in Measure/,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('committed subgraph SDL files are what the code produces', () => {
  for (const [name, sdl] of sdls) {
    expect({ name, sdl: readFileSync(join(SCHEMA_DIR, `${name}.graphql`), 'utf8') }).toEqual({ name, sdl });
  }
});

test('the committed supergraph is the composition of the subgraphs, with no errors or hints', () => {
  const { supergraphSdl, hints } = compose(sdls);
  expect(hints).toEqual([]);
  expect(readFileSync(SUPERGRAPH_PATH, 'utf8')).toBe(supergraphSdl);
});

test('composition catches an agency missing from the plan (stub) and an agency drifting from the contract', () => {
  const withoutStub = new Map(sdls);
  withoutStub.set('plan', sdls.get('plan')!.replace(/"""[^"]*"""\s*type DwpMeasure implements HeadlineMeasure[^}]*}/, ''));
  expect(() => compose(withoutStub)).toThrow(/INTERFACE_KEY_MISSING_IMPLEMENTATION_TYPE/);
  const drifted = new Map(sdls);
  drifted.set('police', sdls.get('police')!.replace(/(type PoliceMeasure implements HeadlineMeasure[^}]*?)\n\s*polarity: Polarity!/, '$1'));
  expect(() => compose(drifted)).toThrow(/Composition failed/);
});

test('every type and field of the supergraph API has a description', () => {
  const missing: string[] = [];
  for (const [name, sdl] of sdls) {
    const schema = buildSchema(sdl.replace(/^extend schema @link[^\n]*\n/, '').replace(/@(key|shareable)\([^)]*\)|@shareable/g, ''), {
      assumeValidSDL: true,
    });
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['Query', 'Mutation', 'String', 'Boolean', 'ID', 'Int', 'Float'].includes(type.name)) continue;
      if (!type.description) missing.push(`${name}: type ${type.name}`);
      if (isObjectType(type) || isInterfaceType(type)) {
        for (const f of Object.values(type.getFields())) if (!f.description) missing.push(`${name}: ${type.name}.${f.name}`);
      }
      if (isEnumType(type)) for (const v of type.getValues()) if (!v.description) missing.push(`${name}: ${type.name}.${v.name}`);
    }
    for (const root of [schema.getQueryType(), schema.getMutationType()]) {
      for (const f of Object.values(root?.getFields() ?? {})) if (!f.description) missing.push(`${name}: ${root!.name}.${f.name}`);
    }
  }
  expect(missing).toEqual([]);
});
