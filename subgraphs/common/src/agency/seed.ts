import type { DataSource, EntityManager } from 'typeorm';
import type { AgencySeedContext } from './context';
import { AREAS } from '../reference/areas';
import { parsePeriod } from '../reference/periods';
import { defaultDisclosureThreshold, type MeasureSeed } from '../reference/seed-types';

/** Loads the shared area list into a subgraph's own schema (reference data: kept in step with the code). */
export async function upsertAreas(m: EntityManager, schema: string): Promise<void> {
  for (const a of AREAS) {
    await m.query(
      `INSERT INTO "${schema}".area (code, name, kind, parent_code) VALUES ($1, $2, $3, $4)
       ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, kind = EXCLUDED.kind, parent_code = EXCLUDED.parent_code`,
      [a.code, a.name, a.kind, a.parent],
    );
  }
}

/** Checks a seed before anything is written, so a bad seed fails with every problem named and writes nothing. */
export function validateAgencySeed(agency: string, measures: readonly MeasureSeed[]): string[] {
  const problems: string[] = [];
  const areaCodes = new Set(AREAS.map((a) => a.code));
  const ids = new Set<string>();
  for (const m of measures) {
    if (!m.id.startsWith(`${agency}.`)) problems.push(`measure ${m.id}: id must start with "${agency}."`);
    if (ids.has(m.id)) problems.push(`measure ${m.id}: duplicate id`);
    ids.add(m.id);
    if (m.disclosureThreshold !== undefined && m.disclosureThreshold !== null && (!Number.isInteger(m.disclosureThreshold) || m.disclosureThreshold < 2)) {
      problems.push(`measure ${m.id}: disclosureThreshold must be a whole number of 2 or more, or null`);
    }
    const keys = new Set<string>();
    for (const o of m.observations) {
      const where = `measure ${m.id}, ${o.area} ${o.period}`;
      if (!areaCodes.has(o.area)) problems.push(`${where}: unknown area "${o.area}"`);
      try {
        if (parsePeriod(o.period).code !== o.period) problems.push(`${where}: period is not in canonical form (${parsePeriod(o.period).code})`);
      } catch (e) {
        problems.push(`${where}: ${(e as Error).message}`);
      }
      const key = `${o.area}|${o.period}`;
      if (keys.has(key)) problems.push(`${where}: duplicate observation`);
      keys.add(key);
      if (o.notAvailable && o.value !== null) problems.push(`${where}: not-available figures must have value null`);
      if (m.unit === 'PERCENTAGE' && o.value !== null && (o.value < 0 || o.value > 100)) problems.push(`${where}: percentage ${o.value} is outside 0-100`);
      if (o.numerator !== undefined && o.denominator !== undefined && o.numerator > o.denominator) {
        problems.push(`${where}: numerator ${o.numerator} is greater than denominator ${o.denominator}`);
      }
    }
  }
  return problems;
}

/**
 * Loads an agency's published figures. Idempotent: measures and observations that already exist are
 * left as they are (an agency's later corrections are never overwritten by a re-seed). One transaction.
 */
export async function seedAgency(
  ds: DataSource,
  agency: string,
  measures: readonly MeasureSeed[],
  own?: (c: AgencySeedContext) => Promise<Record<string, number>>,
): Promise<{ measures: number; observations: number; own?: Record<string, number> }> {
  const problems = validateAgencySeed(agency, measures);
  if (problems.length) throw new Error(`Seed for ${agency} is invalid:\n- ${problems.join('\n- ')}`);
  const schema = (ds.options as { schema: string }).schema;
  const inserted: { measures: number; observations: number; own?: Record<string, number> } = { measures: 0, observations: 0 };
  await ds.transaction(async (m) => {
    await upsertAreas(m, schema);
    for (const s of measures) {
      const res = await m.query(
        `INSERT INTO "${schema}".measure (id, name, definition, unit, polarity, lead_agency, source, target_value, target_due, target_text, disclosure_threshold)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11) ON CONFLICT (id) DO NOTHING RETURNING id`,
        [s.id, s.name, s.definition, s.unit, s.polarity, s.leadAgency, s.source, s.target?.value ?? null, s.target?.due ?? null, s.target?.text ?? null,
          s.disclosureThreshold === undefined ? defaultDisclosureThreshold(s.unit) : s.disclosureThreshold],
      );
      inserted.measures += res.length;
      for (const o of s.observations) {
        const p = parsePeriod(o.period);
        const v = o.provenance;
        const r = await m.query(
          `INSERT INTO "${schema}".observation (measure_id, area_code, period_code, period_kind, period_label, period_start, period_end,
             value, numerator, denominator, lower_bound, upper_bound, printed, approximate, not_available, status, note,
             publication, publisher, published, document, location, cited_source)
           VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20,$21,$22,$23)
           ON CONFLICT (measure_id, area_code, period_code) DO NOTHING RETURNING id`,
          [s.id, o.area, p.code, p.kind, p.label, p.start, p.end, o.value, o.numerator ?? null, o.denominator ?? null,
            o.lowerBound ?? null, o.upperBound ?? null, o.printed, o.approximate ?? false, o.notAvailable ?? false,
            o.status ?? 'FINAL', o.note ?? null, v.publication, v.publisher, v.published, v.document, v.location, v.citedSource ?? null],
        );
        inserted.observations += r.length;
      }
    }
    // The agency's own tables, in the same transaction: a failure leaves nothing half-seeded.
    if (own) inserted.own = await own({ manager: m, agency, schema });
    const ownRows = Object.values(inserted.own ?? {}).reduce((a, b) => a + b, 0);
    // The seed is audited like any other change (only when it wrote something, so a re-seed leaves no trace).
    if (inserted.measures || inserted.observations || ownRows) {
      await m.query(
        `INSERT INTO "${schema}".audit_event (actor, role, action, entity, entity_id, details) VALUES ('seed', 'system', 'seed', 'observation', NULL, $1::jsonb)`,
        [JSON.stringify({ ...inserted, source: 'published documents in ../shared/seeds (each agency\'s src/data/)' })],
      );
    }
  });
  return inserted;
}
