import { SEEDS_DIR, seedsPresent } from './seeds';

/**
 * Jest's global set-up: when the source documents are absent, one line says so before any test runs, because
 * jest's summary reports skipped tests only as a count. Every project runs it, in jest's own process, so the
 * environment remembers that the line was written.
 */
export default function seedsNotice(): void {
  if (seedsPresent || process.env.HUB_SEEDS_NOTICE_SHOWN) return;
  process.env.HUB_SEEDS_NOTICE_SHOWN = '1';
  process.stdout.write(
    `\nThe source documents are not in ${SEEDS_DIR}: the tests that check figures against them are skipped.\n` +
      `Put the seeds folder there (../shared/seeds beside the clone), or set SEEDS_DIR.\n\n`,
  );
}
