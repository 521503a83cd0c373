import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The observation_current_series trigger (migration 1763900000011) runs only for a figure inserted without its series
 * version. A publish now gives every new figure its measure's current version, found once per measure, and a
 * PL/pgSQL call per figure that then had nothing to do cost about as much as the lookup it replaced. Any other insert
 * without a version (a seed, a hand-written INSERT) still gets the current one.
 */
export class CurrentSeriesWhenMissing1764700000000 implements MigrationInterface {
  name = 'CurrentSeriesWhenMissing1764700000000';

  async up(q: QueryRunner): Promise<void> {
    const s = `"${(q.connection.options as { schema: string }).schema}"`;
    await q.query(`DROP TRIGGER observation_current_series ON ${s}.observation`);
    await q.query(
      `CREATE TRIGGER observation_current_series BEFORE INSERT ON ${s}.observation FOR EACH ROW
       WHEN (NEW.series_version IS NULL) EXECUTE FUNCTION ${s}.observation_current_series()`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    const s = `"${(q.connection.options as { schema: string }).schema}"`;
    await q.query(`DROP TRIGGER observation_current_series ON ${s}.observation`);
    await q.query(
      `CREATE TRIGGER observation_current_series BEFORE INSERT ON ${s}.observation FOR EACH ROW EXECUTE FUNCTION ${s}.observation_current_series()`,
    );
  }
}
