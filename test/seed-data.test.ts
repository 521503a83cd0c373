/**
 * The seed files against the source documents: every printed figure occurs in the document it cites,
 * references resolve, and every measure is in the plan's catalogue.
 */
import { validateAgencySeed, type MeasureSeed } from '@hub/common';
import { catalogue } from '../subgraphs/plan/src/seed/catalogue';
import { goals } from '../subgraphs/plan/src/seed/goals';
import { actions } from '../subgraphs/plan/src/seed/actions';
import { validatePlanSeed } from '../subgraphs/plan/src/seed';
import { measures as probation } from '../subgraphs/probation/src/seed/figures';
import { measures as police } from '../subgraphs/police/src/seed/figures';
import { measures as housing } from '../subgraphs/housing/src/seed/figures';
import { measures as health } from '../subgraphs/health/src/seed/figures';
import { measures as dwp } from '../subgraphs/dwp/src/seed/figures';
import { readSeed, testWithSeeds } from './support/seeds';

const normalise = (s: string) => s.replace(/<[^>]+>/g, ' ').replace(/[\u2013\u2014]/g, '-').replace(/\s+/g, ' ').trim();
const documents = new Map<string, string>();
const doc = (name: string) => {
  if (!documents.has(name)) documents.set(name, normalise(readSeed(name)));
  return documents.get(name)!;
};

const AGENCY_SEEDS: Record<string, MeasureSeed[]> = { probation, police, housing, health, dwp };

describe.each(Object.entries(AGENCY_SEEDS))('%s figures', (agency, measures) => {
  test('pass validation (ids, areas, canonical periods, flags, ranges)', () => {
    expect(validateAgencySeed(agency, measures)).toEqual([]);
  });

  testWithSeeds('every printed figure occurs in the document it cites', () => {
    const missing = measures.flatMap((m) =>
      m.observations.filter((o) => !doc(o.provenance.document).includes(normalise(o.printed))).map((o) => `${m.id} ${o.period}: ${o.printed}`),
    );
    expect(missing).toEqual([]);
  });

  test('percentages with a numerator and denominator agree with them to the printed precision', () => {
    const wrong = measures
      .filter((m) => m.unit === 'PERCENTAGE')
      .flatMap((m) => m.observations.filter((o) => o.numerator !== undefined && o.denominator !== undefined && o.value !== null)
        .filter((o) => Math.abs((o.numerator! / o.denominator!) * 100 - o.value!) > 0.051 * Math.max(1, 10 ** (1 - (String(o.value).split('.')[1]?.length ?? 0))))
        .map((o) => `${m.id} ${o.area} ${o.period}: ${o.numerator}/${o.denominator} vs ${o.value}`));
    expect(wrong).toEqual([]);
  });

  test('every measure is in the plan catalogue, and the catalogue names no unknown measure', () => {
    const ids = new Set(measures.map((m) => m.id));
    const catalogued = new Set(catalogue.filter((c) => c.agency === agency).map((c) => c.measure));
    expect([...ids].filter((id) => !catalogued.has(id))).toEqual([]);
    expect([...catalogued].filter((id) => !ids.has(id))).toEqual([]);
  });
});

test('the plan seed references resolve', () => {
  expect(validatePlanSeed()).toEqual([]);
});

testWithSeeds('goal and action texts are as printed in their documents', () => {
  const words = (s: string) => normalise(s).split(' ').slice(0, 8).join(' ');
  const missing = [
    ...goals.filter((g) => !doc(g.provenance.document).includes(words(g.text))).map((g) => `goal ${g.id}`),
    ...actions.filter((a) => !doc(a.provenance.document).includes(words(a.steps[0] ?? a.title))).map((a) => `action ${a.id}`),
  ];
  expect(missing).toEqual([]);
});

test('the documents\' anchor figures are all loaded', () => {
  const all = Object.values(AGENCY_SEEDS).flat().flatMap((m) => m.observations.map((o) => `${o.area}|${o.period}|${o.printed}`));
  expect(all).toEqual(expect.arrayContaining([
    'kent|2008|22.41%', 'kent|2008|13,912', 'kent|2008|3,118', 'kent|2010-07..2011-06|22.7%',
    'kent|2008|31.5%', 'kent-and-medway|2012|9.05%', 'kent-and-medway|2012|4.75%',
    'medway|2011-12|Approx. 97%', 'kent|2012-13|81.8%', 'kent-and-medway|2019-07-26|245',
  ]));
});
