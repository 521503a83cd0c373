/**
 * The schema is an artifact: schema/<subgraph>.graphql and schema/supergraph.graphql must be exactly what
 * the code produces, and composition must report no error and no hint.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { discoverSubgraphs } from '@hub/common';
import { compose, generateSubgraphSdls } from '../tools/src/compose';
import { SCHEMA_DIR, SUBGRAPHS_DIR, SUPERGRAPH_PATH } from '../tools/src/paths';
import { AGENCIES } from '../subgraphs/plan/src/catalogue/agencies';

let sdls: Map<string, string>;
beforeAll(async () => {
  sdls = await generateSubgraphSdls();
});

test('every subgraph folder is discovered, the plan first', () => {
  const names = discoverSubgraphs(SUBGRAPHS_DIR).map((s) => s.name);
  expect(names[0]).toBe('plan');
  expect(names.slice(1).sort()).toEqual(['dwp', 'health', 'housing', 'police', 'probation']);
});

test("the plan's agency catalogue matches the agency subgraphs' measure types", () => {
  const agencies = discoverSubgraphs(SUBGRAPHS_DIR).filter((s) => s.kind === 'agency');
  expect(AGENCIES.map((a) => [a.key, a.measureType]).sort()).toEqual(agencies.map((s) => [s.name, s.measureType]).sort());
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
  const { buildSchema, isObjectType, isInterfaceType, isEnumType } = require('graphql');
  const missing: string[] = [];
  for (const [name, sdl] of sdls) {
    const schema = buildSchema(sdl.replace(/^extend schema @link[^\n]*\n/, '').replace(/@(key|shareable)\([^)]*\)|@shareable/g, ''), { assumeValidSDL: true });
    for (const type of Object.values(schema.getTypeMap()) as any[]) {
      if (type.name.startsWith('__') || ['Query', 'Mutation', 'String', 'Boolean', 'ID', 'Int', 'Float'].includes(type.name)) continue;
      if (!type.description) missing.push(`${name}: type ${type.name}`);
      if (isObjectType(type) || isInterfaceType(type)) {
        for (const f of Object.values(type.getFields()) as any[]) if (!f.description) missing.push(`${name}: ${type.name}.${f.name}`);
      }
      if (isEnumType(type)) for (const v of type.getValues()) if (!v.description) missing.push(`${name}: ${type.name}.${v.name}`);
    }
    for (const root of [schema.getQueryType(), schema.getMutationType()]) {
      for (const f of Object.values(root?.getFields() ?? {}) as any[]) if (!f.description) missing.push(`${name}: ${root!.name}.${f.name}`);
    }
  }
  expect(missing).toEqual([]);
});
