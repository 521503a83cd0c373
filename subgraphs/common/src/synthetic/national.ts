/**
 * A synthetic national dataset ("National scale"): every local authority of England and Wales (synthetic
 * codes and names), each under a police force area, each under a probation region, under England and Wales; at
 * least 100 measures over the five agencies; 15 years of financial quarters. Deterministic: the same options give
 * the same areas, measures and figures, byte for byte (a seeded PRNG, no clock, no Math.random).
 *
 * Geography (a single-parent chain; real police force areas and probation regions do not nest exactly, the
 * synthetic ones do):
 *   england-and-wales (COUNTRY) > pr-01..pr-12 (PROBATION_REGION) > pfa-01..pfa-42 (POLICE_FORCE_AREA)
 *     > la-001..la-330 (LOCAL_AUTHORITY)
 * Local authority i (1-based) is in police force area ((i - 1) mod 42) + 1; police force area j is in probation
 * region ((j - 1) mod 12) + 1.
 *
 * Scale: the percentage of the 330 local authorities included, round(330 * scale / 100), at least 1 (scale 100 =
 * all 330, 10 = 33, 1 = 3), with only the police force areas and probation regions those authorities are in.
 * Every scale has the same measures (30 per agency = 150) and periods (60 quarters, 2010-11 Q1 .. 2024-25 Q4), so
 * observations = local authorities x 150 x 60: 2,970,000 at scale 100, 297,000 at 10, 27,000 at 1, plus the
 * comparators: England and Wales and each probation region get the aggregate of their local authorities (numerators
 * and denominators summed, counts summed; RATIO measures have none), as an England value is the sum of its areas.
 * Each local authority's peer group (similar areas, in the manner of CIPFA's nearest neighbours) is the local
 * authorities up to two places either side of it in code order (nationalPeers).
 *
 * The figures are realistic in shape: PERCENTAGE measures (60%) are numerator / denominator with the value to two
 * decimals; RATE measures (per 1,000) also have both; COUNT measures are whole numbers, RATIO measures (actual
 * against predicted) have neither. Authorities differ in size, so small authorities give small counts, which
 * disclosure control suppresses for readers outside the agency. About 1% of figures are 'tbc' (not available, no
 * value), 2% approximate ('Approx. 43.1%'), and the last two quarters are PROVISIONAL.
 */
import type { AreaSeed } from '../reference/areas';
import type { MeasureFields } from '../agency/writes';

export const NATIONAL = {
  localAuthorities: 330,
  policeForceAreas: 42,
  probationRegions: 12,
  measuresPerAgency: 30,
  quarters: 60,
  firstYear: 2010,
} as const;
export const NATIONAL_AGENCIES = ['probation', 'police', 'housing', 'health', 'dwp'] as const;
export type NationalAgency = (typeof NATIONAL_AGENCIES)[number];
export const ROOT_AREA = 'england-and-wales';

export interface NationalOptions {
  /** Percentage of the 330 local authorities (100 = all); see the module comment. */
  scale: number;
  /** PRNG seed (default 1). */
  seed?: number;
  /** For tests: fewer measures per agency (default 30) or quarters (default 60, the latest ones are dropped). */
  measuresPerAgency?: number;
  quarters?: number;
}

const pad = (n: number, w: number) => String(n).padStart(w, '0');

/** mulberry32: a small, fast, well-distributed 32-bit PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a hash of a string, mixed with the seed: an independent PRNG stream per measure and area. */
function hash(seed: number, s: string): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0;
  return h;
}

export function localAuthorityCount(scale: number): number {
  if (!Number.isFinite(scale) || scale <= 0 || scale > 100)
    throw new Error(`--scale must be a number above 0 and at most 100 (percent of the 330 local authorities), got ${scale}`);
  return Math.max(1, Math.round((NATIONAL.localAuthorities * scale) / 100));
}

const laCode = (i: number) => `la-${pad(i, 3)}`;
const pfaOf = (la: number) => ((la - 1) % NATIONAL.policeForceAreas) + 1;
const regionOf = (pfa: number) => ((pfa - 1) % NATIONAL.probationRegions) + 1;

/** The areas at this scale, parents before children (the root, England and Wales, first). */
export function nationalAreas(scale: number): AreaSeed[] {
  const n = localAuthorityCount(scale);
  const las = Array.from({ length: n }, (_, k) => k + 1);
  const pfas = [...new Set(las.map(pfaOf))].sort((a, b) => a - b);
  const regions = [...new Set(pfas.map(regionOf))].sort((a, b) => a - b);
  return [
    { code: ROOT_AREA, name: 'England and Wales', kind: 'COUNTRY', parent: null },
    ...regions.map((r): AreaSeed => ({
      code: `pr-${pad(r, 2)}`,
      name: `Probation Region ${pad(r, 2)} (synthetic)`,
      kind: 'PROBATION_REGION',
      parent: ROOT_AREA,
    })),
    ...pfas.map((p): AreaSeed => ({
      code: `pfa-${pad(p, 2)}`,
      name: `Police Force Area ${pad(p, 2)} (synthetic)`,
      kind: 'POLICE_FORCE_AREA',
      parent: `pr-${pad(regionOf(p), 2)}`,
    })),
    ...las.map((i): AreaSeed => ({
      code: laCode(i),
      name: `Local Authority ${pad(i, 3)} (synthetic)`,
      kind: 'LOCAL_AUTHORITY',
      parent: `pfa-${pad(pfaOf(i), 2)}`,
    })),
  ];
}

/** The expected parent chain of a local authority code: [pfa, region, root]. */
export function expectedChain(code: string): string[] {
  const i = Number(code.slice(3));
  const p = pfaOf(i);
  return [`pfa-${pad(p, 2)}`, `pr-${pad(regionOf(p), 2)}`, ROOT_AREA];
}

/** Financial quarters, oldest first: 2010-11 Q1 .. 2024-25 Q4 for 60. */
export function nationalQuarters(count: number = NATIONAL.quarters): string[] {
  return Array.from({ length: count }, (_, k) => {
    const y = NATIONAL.firstYear + Math.floor(k / 4);
    return `${y}-${pad((y + 1) % 100, 2)} Q${(k % 4) + 1}`;
  });
}

export interface NationalMeasure extends MeasureFields {
  agency: NationalAgency;
  /** Pathway it is a headline measure of (plan catalogue), for the first five of each agency; others are in the plan's basket. */
  pathway: string | null;
  /** Shape parameters of its figures. */
  shape: { base: number; trend: number; size: number };
}

const UNITS = [
  'PERCENTAGE',
  'PERCENTAGE',
  'PERCENTAGE',
  'COUNT',
  'PERCENTAGE',
  'RATE',
  'PERCENTAGE',
  'COUNT',
  'PERCENTAGE',
  'RATIO',
] as const;
const TOPICS: Record<NationalAgency, string[]> = {
  probation: ['proven-reoffending', 'accommodation-at-termination', 'employment-at-termination', 'order-completions', 'caseload'],
  police: ['iom-cohort-reduction', 'recorded-crime', 'drug-tests-positive', 'knife-offences', 'resolutions'],
  housing: ['suitable-accommodation', 'supported-bed-spaces', 'homechoice-moves', 'rent-deposits', 'homelessness-on-release'],
  health: ['gp-registration', 'treatment-completions', 'mental-health-need', 'alcohol-treatment', 'opiate-recovery'],
  dwp: ['into-work', 'jobmatch-registration', 'bank-accounts', 'online-claims', 'benefit-on-release'],
};
/** Pathway ids of the plan subgraph's seed (the first five measures of each agency are linked to these). */
export const NATIONAL_PATHWAYS: Record<NationalAgency, string> = {
  probation: 'attitudes-thinking-behaviour',
  police: 'drugs-alcohol',
  housing: 'accommodation',
  health: 'health',
  dwp: 'education-training-employment',
};
export const HEADLINE_PER_AGENCY = 5;

/** The measures, defined through each agency's defineMeasure (the same path as an agency's own). */
export function nationalMeasures(opts: Pick<NationalOptions, 'seed' | 'measuresPerAgency'> = {}): NationalMeasure[] {
  const perAgency = opts.measuresPerAgency ?? NATIONAL.measuresPerAgency;
  const out: NationalMeasure[] = [];
  for (const agency of NATIONAL_AGENCIES) {
    for (let k = 0; k < perAgency; k++) {
      const unit = UNITS[k % UNITS.length];
      const topic = TOPICS[agency][k % 5];
      const id = `${agency}.national-${pad(k + 1, 2)}-${topic}`;
      const r = prng(hash(opts.seed ?? 1, id));
      const polarity = r() < 0.5 ? 'HIGHER_IS_BETTER' : 'LOWER_IS_BETTER';
      out.push({
        id,
        agency,
        name: `${topic.replace(/-/g, ' ')} ${k + 1} (synthetic, ${unit.toLowerCase()})`,
        definition: `Synthetic national measure ${k + 1} of ${agency}: ${unit === 'PERCENTAGE' ? 'numerator as a percentage of denominator' : unit === 'RATE' ? 'events per 1,000 of the population' : unit === 'RATIO' ? 'actual against predicted' : 'a count'} per local authority per quarter.`,
        unit,
        polarity,
        leadAgency: agency,
        source: 'Synthetic national dataset (subgraphs/common/src/synthetic/national.ts)',
        target: k % 4 === 0 ? { value: unit === 'PERCENTAGE' ? 50 : null, due: '2025-03-31', text: 'Synthetic target' } : null,
        pathway: k < HEADLINE_PER_AGENCY ? NATIONAL_PATHWAYS[agency] : null,
        shape: { base: 0.1 + 0.6 * r(), trend: (r() - 0.5) * 0.004, size: 100 + Math.floor(3000 * r()) },
      });
    }
  }
  return out;
}

export const CSV_HEADER = 'measure_id,area,period,value,numerator,denominator,printed,approximate,not_available,status';

/** An area whose figures are the aggregate of some local authorities (England and Wales, a probation region). */
export interface NationalAggregate {
  code: string;
  members: readonly string[];
}

/** The aggregates at this scale: England and Wales over every local authority, each probation region over its own. */
export function nationalAggregates(scale: number): NationalAggregate[] {
  const areas = nationalAreas(scale);
  const las = areas.filter((a) => a.kind === 'LOCAL_AUTHORITY').map((a) => a.code);
  return [
    { code: ROOT_AREA, members: las },
    ...areas
      .filter((a) => a.kind === 'PROBATION_REGION')
      .map((r) => ({ code: r.code, members: las.filter((la) => expectedChain(la)[1] === r.code) })),
  ];
}

/** Each local authority's peer group: the local authorities up to two places either side of it in code order. */
export function nationalPeers(scale: number): Array<{ area: string; peer: string }> {
  const las = nationalAreas(scale)
    .filter((a) => a.kind === 'LOCAL_AUTHORITY')
    .map((a) => a.code);
  return las.flatMap((area, i) => las.filter((_, j) => j !== i && Math.abs(j - i) <= 2).map((peer) => ({ area, peer })));
}

/**
 * One measure's figures for the given local authorities and quarters, as the import CSV an agency would send
 * (csv-import.ts). Every row is one (area, quarter).
 */
export function measureCsv(
  m: NationalMeasure,
  areaCodes: readonly string[],
  quarters: readonly string[],
  seed = 1,
  aggregates: readonly NationalAggregate[] = [],
): string {
  const lines = [CSV_HEADER];
  const last = quarters.length - 1;
  // per area and quarter, what an aggregate sums: [numerator or count, denominator]; null when not available
  const parts = new Map<string, Array<[number, number] | null>>();
  for (const area of areaCodes) {
    const r = prng(hash(seed, `${m.id}|${area}`));
    // Authority size: log-uniform between 2% and 100% of the measure's typical size (small authorities give small counts).
    const size = Math.exp(Math.log(0.02) * r());
    const level = m.shape.base * (0.7 + 0.6 * r());
    const lateLast = r() < 0.1; // this authority has not yet sent the last quarter ('tbc')
    const mine: Array<[number, number] | null> = [];
    parts.set(area, mine);
    for (let q = 0; q < quarters.length; q++) {
      const u = r();
      const noise = (r() - 0.5) * 0.1;
      const status = q >= last - 1 ? 'PROVISIONAL' : 'FINAL';
      if (u < 0.01 || (lateLast && q === last)) {
        lines.push(`${m.id},${area},${quarters[q]},,,,tbc,false,true,${status}`);
        mine.push(null);
        continue;
      }
      const approximate = u > 0.98;
      const p = Math.min(0.98, Math.max(0.01, level + m.shape.trend * q + noise));
      let value: number;
      let num = '';
      let den = '';
      if (m.unit === 'PERCENTAGE') {
        const d = Math.max(1, Math.round(m.shape.size * size * (0.9 + 0.2 * r())));
        const n = Math.round(d * p);
        value = Math.round((10000 * n) / d) / 100;
        num = String(n);
        den = String(d);
      } else if (m.unit === 'RATE') {
        const d = Math.max(1000, Math.round(m.shape.size * 100 * size * (0.95 + 0.1 * r())));
        const n = Math.round(d * p * 0.05);
        value = Math.round((100000 * n) / d) / 100;
        num = String(n);
        den = String(d);
      } else if (m.unit === 'COUNT') {
        value = Math.round(m.shape.size * 0.2 * size * p * (0.8 + 0.4 * r()));
      } else {
        value = Math.round((0.8 + 0.4 * p + noise) * 1000) / 1000;
      }
      const printed = approximate ? `Approx. ${m.unit === 'PERCENTAGE' ? `${value}%` : value}` : '';
      lines.push(`${m.id},${area},${quarters[q]},${value},${num},${den},${printed},${approximate},false,${status}`);
      mine.push(m.unit === 'COUNT' ? [value, 1] : num ? [Number(num), Number(den)] : null);
    }
  }
  if (m.unit === 'RATIO') return lines.join('\n') + '\n';
  for (const agg of aggregates) {
    for (let q = 0; q < quarters.length; q++) {
      const status = q >= last - 1 ? 'PROVISIONAL' : 'FINAL';
      const got = agg.members.map((a) => parts.get(a)?.[q] ?? null);
      // an aggregate with a member missing is not yet available: summing the others would understate it
      if (got.length === 0 || got.some((g) => g === null)) {
        lines.push(`${m.id},${agg.code},${quarters[q]},,,,tbc,false,true,${status}`);
        continue;
      }
      const n = got.reduce((a, g) => a + g![0], 0);
      const d = got.reduce((a, g) => a + g![1], 0);
      if (m.unit === 'COUNT') lines.push(`${m.id},${agg.code},${quarters[q]},${n},,,,false,false,${status}`);
      else {
        const value = m.unit === 'PERCENTAGE' ? Math.round((10000 * n) / d) / 100 : Math.round((100000 * n) / d) / 100;
        lines.push(`${m.id},${agg.code},${quarters[q]},${value},${n},${d},,false,false,${status}`);
      }
    }
  }
  return lines.join('\n') + '\n';
}
