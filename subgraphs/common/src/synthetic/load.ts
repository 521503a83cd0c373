import type { DataSource } from 'typeorm';
import type { Viewer } from '../auth';
import { AgencyRepository } from '../agency/repository';
import { AgencyWriteService } from '../agency/writes';
import { AreaIndex } from '../reference/area-index';
import { importAreas } from '../reference/area-import';
import {
  localAuthorityCount,
  measureCsv,
  nationalAggregates,
  nationalAreas,
  nationalMeasures,
  nationalPeers,
  nationalQuarters,
  NATIONAL_AGENCIES,
  type NationalAgency,
  type NationalMeasure,
  type NationalOptions,
} from './national';

/** The plan whose pathways and basket the national measures are linked to (the plan catalogue). */
export const NATIONAL_PLAN = 'km-2012-2015';

export interface NationalTargets {
  /** Each agency subgraph's data source (initialised, migrated and seeded), by agency key. */
  agencies: ReadonlyMap<NationalAgency, { dataSource: DataSource; measureType: string }>;
  /** The plan subgraph's data source (for its areas). */
  plan: DataSource;
  /** Links a measure to the plan (the plan subgraph's linkMeasure: same checks and audit as the mutation). */
  linkMeasure(input: { measureId: string; agency: string; plan: string; pathway: string | null }): Promise<void>;
}

export interface NationalLoadReport {
  scale: number;
  seed: number;
  areas: number;
  localAuthorities: number;
  measures: number;
  quarters: number;
  observations: number;
  /** Wall-clock seconds of each step. */
  seconds: { areas: number; measures: number; importDrafts: number; publish: number; catalogue: number; total: number };
  /** Observations per second through import (CSV parse, validation, drafts) and publish, wall clock. */
  rate: number;
}

const schemaOf = (ds: DataSource) => (ds.options as { schema: string }).schema;
const seconds = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e9;

/**
 * Loads the synthetic national dataset through the same paths as real data:
 * 1. areas: the reference-data import (importAreas) into every agency schema and the plan schema;
 * 2. measures: each agency's defineMeasure, as one of its editors;
 * 3. figures: each agency's CSV import (importCsv: CSV parsing, every validation rule, all-or-nothing, drafts,
 *    audit), one file per measure, then publish (drafts -> published figures, audit) for that measure;
 *    the five agencies run side by side (each its own connection and transactions), as five agencies would;
 * 4. catalogue: the plan subgraph's linkMeasure (the first five measures of each agency to a pathway of
 *    NATIONAL_PLAN, the rest to its basket).
 * Idempotent: a second load replaces drafts and publishes corrections (REVISED) of the same figures; the benchmark
 * loads a database once and detects it.
 */
export async function loadNational(
  targets: NationalTargets,
  opts: NationalOptions,
  log: (line: string) => void = () => {},
): Promise<NationalLoadReport> {
  const seed = opts.seed ?? 1;
  const start = process.hrtime.bigint();
  const areas = nationalAreas(opts.scale);
  const las = areas.filter((a) => a.kind === 'LOCAL_AUTHORITY').map((a) => a.code);
  const quarters = nationalQuarters(opts.quarters);
  const measures = nationalMeasures({ seed, measuresPerAgency: opts.measuresPerAgency });

  let t = process.hrtime.bigint();
  for (const ds of [targets.plan, ...[...targets.agencies.values()].map((a) => a.dataSource)]) {
    await ds.transaction((m) => importAreas(m, schemaOf(ds), areas));
  }
  const peers = nationalPeers(opts.scale);
  for (const { dataSource } of targets.agencies.values()) {
    await dataSource.query(
      `INSERT INTO "${schemaOf(dataSource)}".area_peer (area_code, peer_code) SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT DO NOTHING`,
      [peers.map((p) => p.area), peers.map((p) => p.peer)],
    );
  }
  const aggregates = nationalAggregates(opts.scale);
  const areasSeconds = seconds(t);
  log(`areas: ${areas.length} (${las.length} local authorities) into ${targets.agencies.size + 1} schemas in ${areasSeconds.toFixed(1)} s`);

  const services = new Map<NationalAgency, { writes: AgencyWriteService; editor: Viewer }>();
  for (const [agency, { dataSource, measureType }] of targets.agencies) {
    const repo = new AgencyRepository(dataSource, agency, measureType);
    services.set(agency, {
      writes: new AgencyWriteService(dataSource, agency, repo, new AreaIndex(await repo.areas())),
      editor: { subject: `national-generator-${agency}`, role: 'agency-editor', agency },
    });
  }

  t = process.hrtime.bigint();
  for (const m of measures) {
    const s = services.get(m.agency)!;
    const { agency: _a, pathway: _p, shape: _s, ...fields } = m;
    await s.writes.defineMeasure(s.editor, fields);
  }
  const measuresSeconds = seconds(t);
  log(`measures: ${measures.length} defined in ${measuresSeconds.toFixed(1)} s`);

  let importSeconds = 0;
  let publishSeconds = 0;
  let observations = 0;
  const t0 = process.hrtime.bigint();
  await Promise.all(
    NATIONAL_AGENCIES.filter((a) => services.has(a)).map(async (agency) => {
      const s = services.get(agency)!;
      for (const m of measures.filter((x) => x.agency === agency)) {
        const csv = measureCsv(m, las, quarters, seed, aggregates);
        const ti = process.hrtime.bigint();
        const outcome = await s.writes.importCsv(s.editor, csv, 'Synthetic national dataset (npm run national)', 'national-generator');
        importSeconds += seconds(ti);
        if (!outcome.ok)
          throw new Error(
            `import of ${m.id} refused: ${outcome.errors
              .slice(0, 5)
              .map((e) => `row ${e.row} ${e.column}: ${e.message}`)
              .join('; ')}`,
          );
        const tp = process.hrtime.bigint();
        await s.writes.publish(s.editor, [m.id]);
        publishSeconds += seconds(tp);
        observations += outcome.rows;
        if (observations % 100_000 < outcome.rows)
          log(`  ${observations.toLocaleString('en-GB')} observations (${(observations / seconds(t0)).toFixed(0)}/s)`);
      }
    }),
  );
  const loadSeconds = seconds(t0);
  log(
    `figures: ${observations} imported and published in ${loadSeconds.toFixed(1)} s = ${(observations / loadSeconds).toFixed(0)} observations/s`,
  );

  t = process.hrtime.bigint();
  for (const m of measures) {
    try {
      await targets.linkMeasure({ measureId: m.id, agency: m.agency, plan: NATIONAL_PLAN, pathway: m.pathway });
    } catch (e) {
      if (!/already linked/.test((e as Error).message)) throw e;
    }
  }
  const catalogueSeconds = seconds(t);
  return {
    scale: opts.scale,
    seed,
    areas: areas.length,
    localAuthorities: localAuthorityCount(opts.scale),
    measures: measures.length,
    quarters: quarters.length,
    observations,
    // import and publish run in five agencies side by side: their sums are CPU-ish time, not wall clock
    seconds: {
      areas: areasSeconds,
      measures: measuresSeconds,
      importDrafts: importSeconds,
      publish: publishSeconds,
      catalogue: catalogueSeconds,
      total: seconds(start),
    },
    rate: observations / loadSeconds,
  };
}

export type { NationalMeasure };
