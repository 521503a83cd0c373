/**
 * The seed files against the source documents: every printed figure occurs in the document it cites,
 * references resolve, and every measure is in the plan's catalogue.
 */
import { validateAgencySeed, type MeasureSeed } from '@hub/common/platform';
import { catalogue } from '../../subgraphs/plan/src/seed/catalogue';
import { goals } from '../../subgraphs/plan/src/seed/goals';
import { actions } from '../../subgraphs/plan/src/seed/actions';
import { validatePlanSeed } from '../../subgraphs/plan/src/seed';
import { measures as probation } from '../../subgraphs/probation/src/data/figures';
import { measures as police } from '../../subgraphs/police/src/data/figures';
import { measures as housing } from '../../subgraphs/housing/src/data/figures';
import { measures as health } from '../../subgraphs/health/src/data/figures';
import { measures as dwp } from '../../subgraphs/dwp/src/data/figures';
import { seedDocument, testWithSeeds } from '../support/seeds';

const normalise = (s: string) =>
  s
    .replace(/<[^>]+>/g, ' ')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
const documents = new Map<string, string>();
const doc = (name: string) => {
  if (!documents.has(name)) documents.set(name, normalise(seedDocument(name)));
  return documents.get(name)!;
};

const AGENCY_SEEDS: Record<string, MeasureSeed[]> = { probation, police, housing, health, dwp };

describe.each(Object.entries(AGENCY_SEEDS))('%s figures', (agency, measures) => {
  test('pass validation (ids, areas, canonical periods, flags, ranges)', () => {
    expect(validateAgencySeed(agency, measures)).toEqual([]);
  });

  testWithSeeds('every printed figure occurs in the document it cites', () => {
    const missing = measures.flatMap((m) =>
      m.observations
        .filter((o) => !doc(o.provenance.document).includes(normalise(o.printed)))
        .map((o) => `${m.id} ${o.period}: ${o.printed}`),
    );
    expect(missing).toEqual([]);
  });

  test('percentages with a numerator and denominator agree with them to the printed precision', () => {
    const wrong = measures
      .filter((m) => m.unit === 'PERCENTAGE')
      .flatMap((m) =>
        m.observations
          .filter((o) => o.numerator !== undefined && o.denominator !== undefined && o.value !== null)
          .filter(
            (o) =>
              Math.abs((o.numerator! / o.denominator!) * 100 - o.value!) >
              0.051 * Math.max(1, 10 ** (1 - (String(o.value).split('.')[1]?.length ?? 0))),
          )
          .map((o) => `${m.id} ${o.area} ${o.period}: ${o.numerator}/${o.denominator} vs ${o.value}`),
      );
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

test("the documents' anchor figures are all loaded", () => {
  const all = Object.values(AGENCY_SEEDS)
    .flat()
    .flatMap((m) => m.observations.map((o) => `${o.area}|${o.period}|${o.printed}`));
  expect(all).toEqual(
    expect.arrayContaining([
      'kent|2008|22.41%',
      'kent|2008|13,912',
      'kent|2008|3,118',
      'kent|2010-07..2011-06|22.7%',
      'kent|2008|31.5%',
      'kent-and-medway|2012|9.05%',
      'kent-and-medway|2012|4.75%',
      'medway|2011-12|Approx. 97%',
      'kent|2012-13|81.8%',
      'kent-and-medway|2019-07-26|245',
    ]),
  );
});

describe('the statistical description of the seeded measures', () => {
  const all = Object.values(AGENCY_SEEDS).flat();
  const byId = new Map(all.map((m) => [m.id, m]));

  test("no date is invented: the 2012-15 plan (seed 000) has no publication date, and '2012-04-01' is no one's", () => {
    const dates = all.flatMap((m) =>
      m.observations.filter((o) => o.provenance.document === '000_a1682bea56ce2b50.txt').map((o) => o.provenance.published),
    );
    expect(dates.length).toBeGreaterThan(5);
    expect(new Set(dates)).toEqual(new Set([null]));
    expect(all.flatMap((m) => m.observations).filter((o) => o.provenance.published === '2012-04-01')).toEqual([]);
  });

  test('every count that is the numerator of a rate names a rate measure of the same agency and unit family', () => {
    const numerators = all.filter((m) => m.figureKind === 'RATE_NUMERATOR');
    expect(numerators.map((m) => m.id)).toEqual(
      expect.arrayContaining([
        'probation.juvenile-proven-reoffending-reoffenders',
        'probation.adult-proven-reoffending-reoffenders',
        'probation.ni18-reoffenders',
      ]),
    );
    for (const m of numerators) {
      expect(m.unit).toBe('COUNT');
      expect(['PERCENTAGE', 'RATE', 'RATIO']).toContain(byId.get(m.rateMeasure!)?.unit);
    }
  });

  test("the printed counts of a rate's figures are its numerators", () => {
    for (const m of all.filter((x) => x.figureKind === 'RATE_NUMERATOR')) {
      const rate = byId.get(m.rateMeasure!)!;
      for (const o of m.observations) {
        const r = rate.observations.find((x) => x.area === o.area && x.period === o.period);
        if (r?.numerator !== undefined) expect(`${m.id} ${o.period} ${r.numerator}`).toBe(`${m.id} ${o.period} ${o.value}`);
      }
    }
  });

  test('approximate figures are on measures that get no Poisson interval, or carry an exact numerator and denominator', () => {
    const poisson = all.filter((m) => m.unit === 'COUNT' && (m.figureKind ?? 'EVENT_COUNT') === 'EVENT_COUNT');
    expect(poisson.flatMap((m) => m.observations.filter((o) => o.approximate).map((o) => `${m.id} ${o.printed}`))).toEqual([]);
  });

  test('research findings are national context, not series: no latest, a cited year only where the source gives one', () => {
    const research = all.filter((m) => m.figureKind === 'RESEARCH_FINDING');
    expect(research.map((m) => m.id)).toEqual(
      expect.arrayContaining([
        'housing.prisoners-without-settled-accommodation-share',
        'dwp.offenders-no-educational-qualifications-share',
      ]),
    );
    for (const m of research) expect(m.observations.every((o) => o.area === 'england-and-wales')).toBe(true);
    expect(byId.get('housing.prisoners-without-settled-accommodation-share')!.citedYear).toBeUndefined();
  });
});
