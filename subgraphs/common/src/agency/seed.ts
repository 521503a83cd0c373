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
  const allIds = new Set(measures.map((m) => m.id));
  for (const m of measures) {
    if ((m.figureKind === 'RATE_NUMERATOR') !== (m.rateMeasure !== undefined))
      problems.push(`measure ${m.id}: a RATE_NUMERATOR measure, and only one, names its rateMeasure`);
    if (m.rateMeasure !== undefined && !allIds.has(m.rateMeasure))
      problems.push(`measure ${m.id}: rateMeasure "${m.rateMeasure}" is not a measure of this seed`);
    for (const a of m.appliesTo ?? []) if (!areaCodes.has(a)) problems.push(`measure ${m.id}: appliesTo names unknown area "${a}"`);
    const versions = new Set(['original', ...(m.laterSeriesVersions ?? []).map((v) => v.code)]);
    if (!m.id.startsWith(`${agency}.`)) problems.push(`measure ${m.id}: id must start with "${agency}."`);
    if (ids.has(m.id)) problems.push(`measure ${m.id}: duplicate id`);
    ids.add(m.id);
    if (
      m.disclosureThreshold !== undefined &&
      m.disclosureThreshold !== null &&
      (!Number.isInteger(m.disclosureThreshold) || m.disclosureThreshold < 2)
    ) {
      problems.push(`measure ${m.id}: disclosureThreshold must be a whole number of 2 or more, or null`);
    }
    const keys = new Set<string>();
    for (const o of m.observations) {
      const where = `measure ${m.id}, ${o.area} ${o.period}`;
      if (!areaCodes.has(o.area)) problems.push(`${where}: unknown area "${o.area}"`);
      try {
        if (parsePeriod(o.period).code !== o.period)
          problems.push(`${where}: period is not in canonical form (${parsePeriod(o.period).code})`);
      } catch (e) {
        problems.push(`${where}: ${(e as Error).message}`);
      }
      const key = `${o.area}|${o.period}`;
      if (keys.has(key)) problems.push(`${where}: duplicate observation`);
      keys.add(key);
      if (o.notAvailable && o.value !== null) problems.push(`${where}: not-available figures must have value null`);
      if (m.unit === 'PERCENTAGE' && o.value !== null && (o.value < 0 || o.value > 100))
        problems.push(`${where}: percentage ${o.value} is outside 0-100`);
      if (o.numerator !== undefined && o.denominator !== undefined && o.numerator > o.denominator) {
        problems.push(`${where}: numerator ${o.numerator} is greater than denominator ${o.denominator}`);
      }
      if (o.seriesVersion !== undefined && !versions.has(o.seriesVersion))
        problems.push(`${where}: unknown series version "${o.seriesVersion}"`);
      for (const c of o.comparators ?? []) {
        if (c.value === undefined && c.relativeDifference === undefined)
          problems.push(`${where}: comparator ${c.kind} needs a value or a relative difference`);
        if ((c.relativeDifference === undefined) !== (c.signKnown === undefined))
          problems.push(`${where}: comparator ${c.kind}: give signKnown with a relative difference, and only then`);
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
  // a rate measure before the counts that are its numerators (rate_measure_id references it)
  const ordered = [...measures.filter((x) => !x.rateMeasure), ...measures.filter((x) => x.rateMeasure)];
  await ds.transaction(async (m) => {
    await upsertAreas(m, schema);
    for (const s of ordered) {
      const res = await m.query<unknown[]>(
        `INSERT INTO "${schema}".measure (id, name, definition, unit, polarity, lead_agency, source, target_value, target_due, target_text, disclosure_threshold,
           figure_kind, rate_measure_id, denominator_summed_snapshots, applies_to, publication_lag_months, cited_year, rag_rule)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18) ON CONFLICT (id) DO NOTHING RETURNING id`,
        [
          s.id,
          s.name,
          s.definition,
          s.unit,
          s.polarity,
          s.leadAgency,
          s.source,
          s.target?.value ?? null,
          s.target?.due ?? null,
          s.target?.text ?? null,
          s.disclosureThreshold === undefined ? defaultDisclosureThreshold(s.unit) : s.disclosureThreshold,
          s.figureKind ?? null,
          s.rateMeasure ?? null,
          s.denominatorSummedSnapshots ?? false,
          s.appliesTo ?? null,
          s.publicationLagMonths ?? null,
          s.citedYear ?? null,
          s.ragRule ?? null,
        ],
      );
      inserted.measures += res.length;
      if (res.length) {
        // the trigger gave the measure its 'original' series version; the seed may describe it and add later ones
        if (s.series) {
          await m.query(
            `UPDATE "${schema}".series_version SET name = $2, methodology = $3, closed_note = $4 WHERE measure_id = $1 AND code = 'original'`,
            [s.id, s.series.name, s.series.methodology, s.series.closedNote ?? null],
          );
        }
        for (const [i, v] of (s.laterSeriesVersions ?? []).entries()) {
          await m.query(
            `INSERT INTO "${schema}".series_version (measure_id, code, position, name, methodology, closed_note) VALUES ($1, $2, $3, $4, $5, $6)`,
            [s.id, v.code, i + 2, v.name, v.methodology, v.closedNote ?? null],
          );
        }
      }
      for (const o of s.observations) {
        const p = parsePeriod(o.period);
        const v = o.provenance;
        const r = await m.query<unknown[]>(
          `INSERT INTO "${schema}".observation (measure_id, area_code, period_code, period_kind, period_label, period_start, period_end,
             value, numerator, denominator, lower_bound, upper_bound, printed, approximate, not_available, status, note,
             publication, publisher, published, document, location, cited_source, series_version, public_source)
           VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20,$21,$22,$23,$24,$25)
           ON CONFLICT (measure_id, area_code, period_code) DO NOTHING RETURNING id`,
          [
            s.id,
            o.area,
            p.code,
            p.kind,
            p.label,
            p.start,
            p.end,
            o.value,
            o.numerator ?? null,
            o.denominator ?? null,
            o.lowerBound ?? null,
            o.upperBound ?? null,
            o.printed,
            o.approximate ?? false,
            o.notAvailable ?? false,
            o.status ?? 'FINAL',
            o.note ?? null,
            v.publication,
            v.publisher,
            v.published,
            v.document,
            v.location,
            v.citedSource ?? null,
            o.seriesVersion ?? null,
            o.publicSource ?? null,
          ],
        );
        inserted.observations += r.length;
        for (const c of r.length ? (o.comparators ?? []) : []) {
          await m.query(
            `INSERT INTO "${schema}".figure_comparator (measure_id, area_code, period_code, kind, value, numerator, denominator, relative_difference, sign_known, printed, note)
             VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11) ON CONFLICT DO NOTHING`,
            [
              s.id,
              o.area,
              p.code,
              c.kind,
              c.value ?? null,
              c.numerator ?? null,
              c.denominator ?? null,
              c.relativeDifference ?? null,
              c.signKnown ?? null,
              c.printed,
              c.note ?? null,
            ],
          );
        }
      }
    }
    // The agency's own tables, in the same transaction: a failure leaves nothing half-seeded.
    if (own) inserted.own = await own({ manager: m, agency, schema });
    const ownRows = Object.values(inserted.own ?? {}).reduce((a, b) => a + b, 0);
    // The seed is audited like any other change (only when it wrote something, so a re-seed leaves no trace).
    if (inserted.measures || inserted.observations || ownRows) {
      await m.query(
        `INSERT INTO "${schema}".audit_event (actor, role, action, entity, entity_id, details) VALUES ('seed', 'system', 'seed', 'observation', NULL, $1::jsonb)`,
        [JSON.stringify({ ...inserted, source: "published documents in ../shared/seeds (each agency's src/data/)" })],
      );
    }
  });
  return inserted;
}
