import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A figure's measure is checked once, through its series version. `observation (measure_id, series_version)`
 * references `series_version (measure_id, code)`, both columns are NOT NULL, and `series_version.measure_id`
 * references `measure`: a figure of a measure that does not exist is refused by that key already. The figure's own
 * key to `measure` was a second index probe for every figure published, about a third of the foreign-key work of
 * an import (docs/BENCHMARKS.md).
 */
export class MeasureKeyThroughSeries1764800000000 implements MigrationInterface {
  name = 'MeasureKeyThroughSeries1764800000000';

  async up(q: QueryRunner): Promise<void> {
    const s = `"${(q.connection.options as { schema: string }).schema}"`;
    await q.query(`ALTER TABLE ${s}.observation DROP CONSTRAINT observation_measure_id_fkey`);
  }

  async down(q: QueryRunner): Promise<void> {
    const s = `"${(q.connection.options as { schema: string }).schema}"`;
    await q.query(
      `ALTER TABLE ${s}.observation ADD CONSTRAINT observation_measure_id_fkey FOREIGN KEY (measure_id) REFERENCES ${s}.measure(id)`,
    );
  }
}
