import type { MigrationInterface, QueryRunner } from 'typeorm';

const KINDS = `'RATE','EVENT_COUNT','RATE_NUMERATOR','SNAPSHOT_COUNT','CAPACITY','APPROXIMATE','MONEY_ESTIMATE','RELATIVE_DIFFERENCE','RESEARCH_FINDING'`;
const RULES_BEFORE = `'AGAINST_TARGET','AGAINST_PREVIOUS_PERIOD','SET_BY_HAND'`;
const RULES = `${RULES_BEFORE},'AGAINST_ENGLAND_AND_WALES','AGAINST_REGION','AGAINST_PEER_GROUP','AGAINST_PREDICTED'`;
const ACTIONS_BEFORE = `'seed','record-observation','import-observations','publish','define-measure','retire-measure','set-rag-rule','set-figure-rag'`;
const ACTIONS = `${ACTIONS_BEFORE},'add-series-version','close-series-version','mark-figure-public'`;

/**
 * Statistics that fit the kind of figure (docs/STATISTICS.md):
 * - `measure.figure_kind`: what kind of figure the measure publishes (a rate, a count of events, the numerator of a
 *   rate, a snapshot count, a capacity, an approximate figure, a money estimate, a relative difference, a research
 *   finding). Existing measures get the default of their unit (COUNT -> EVENT_COUNT, CURRENCY_GBP -> MONEY_ESTIMATE,
 *   others RATE), and a trigger gives every new measure the same default, as for the RAG rule.
 * - `measure.rate_measure_id` (the rate a RATE_NUMERATOR count feeds), `denominator_summed_snapshots` (NI18: people
 *   counted more than once), `applies_to` (the areas a measure is defined for; null = any), `publication_lag_months`
 *   (how long after a period ends its figure is due), `cited_year` (the year a research finding cites, or none).
 * - `series_version`: the versions (methodologies) of each measure's series, in order; every measure starts with
 *   'original' (trigger), a later version is added when the methodology changes, and a version can be closed.
 *   `observation.series_version` names the version of each published figure: by default the measure's current
 *   (latest) version when the figure is published (trigger), so the write path needs no new column.
 * - `observation.public_source`: where an already public figure was published (disclosure control leaves it visible).
 * - `figure_comparator`: comparator figures stored per figure (the predicted rate, or NI18's printed relative
 *   difference); England and Wales, region and peer group comparators are the figures of those areas.
 * - `area_peer`: each area's peer group of similar areas.
 * - `observation.published` and friends become nullable: a publication date the source does not give is not invented.
 */
export class FigureKinds1763900000011 implements MigrationInterface {
  name = 'FigureKinds1763900000011';

  async up(q: QueryRunner): Promise<void> {
    const s = `"${(q.connection.options as { schema: string }).schema}"`;
    await q.query(`ALTER TABLE ${s}.measure
      ADD COLUMN figure_kind text CHECK (figure_kind IN (${KINDS})),
      ADD COLUMN rate_measure_id text REFERENCES ${s}.measure(id),
      ADD COLUMN denominator_summed_snapshots boolean NOT NULL DEFAULT false,
      ADD COLUMN applies_to text[],
      ADD COLUMN publication_lag_months int CHECK (publication_lag_months IS NULL OR publication_lag_months >= 0),
      ADD COLUMN cited_year int,
      ADD CONSTRAINT measure_rate_numerator_has_rate CHECK ((figure_kind = 'RATE_NUMERATOR') = (rate_measure_id IS NOT NULL))`);
    await q.query(
      `UPDATE ${s}.measure SET figure_kind = CASE unit WHEN 'COUNT' THEN 'EVENT_COUNT' WHEN 'CURRENCY_GBP' THEN 'MONEY_ESTIMATE' ELSE 'RATE' END`,
    );
    await q.query(`ALTER TABLE ${s}.measure ALTER COLUMN figure_kind SET NOT NULL`);
    await q.query(`CREATE FUNCTION ${s}.measure_default_figure_kind() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.figure_kind IS NULL THEN
          NEW.figure_kind := CASE NEW.unit WHEN 'COUNT' THEN 'EVENT_COUNT' WHEN 'CURRENCY_GBP' THEN 'MONEY_ESTIMATE' ELSE 'RATE' END;
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(
      `CREATE TRIGGER measure_default_figure_kind BEFORE INSERT ON ${s}.measure FOR EACH ROW EXECUTE FUNCTION ${s}.measure_default_figure_kind()`,
    );

    await q.query(`ALTER TABLE ${s}.measure DROP CONSTRAINT measure_rag_rule_check`);
    await q.query(`ALTER TABLE ${s}.measure ADD CONSTRAINT measure_rag_rule_check CHECK (rag_rule IN (${RULES}))`);

    await q.query(`CREATE TABLE ${s}.series_version (
      measure_id text NOT NULL REFERENCES ${s}.measure(id),
      code text NOT NULL CHECK (code ~ '^[a-z0-9][a-z0-9-]*$'),
      position int NOT NULL,
      name text NOT NULL,
      methodology text NOT NULL,
      closed_note text,
      PRIMARY KEY (measure_id, code),
      UNIQUE (measure_id, position)
    )`);
    await q.query(`INSERT INTO ${s}.series_version (measure_id, code, position, name, methodology)
                   SELECT id, 'original', 1, 'As first defined', definition FROM ${s}.measure`);
    await q.query(`CREATE FUNCTION ${s}.measure_original_series() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO ${s}.series_version (measure_id, code, position, name, methodology) VALUES (NEW.id, 'original', 1, 'As first defined', NEW.definition);
        RETURN NEW;
      END $$`);
    await q.query(
      `CREATE TRIGGER measure_original_series AFTER INSERT ON ${s}.measure FOR EACH ROW EXECUTE FUNCTION ${s}.measure_original_series()`,
    );

    await q.query(
      `ALTER TABLE ${s}.observation ADD COLUMN series_version text, ADD COLUMN public_source text CHECK (public_source IS NULL OR btrim(public_source) <> '')`,
    );
    await q.query(`UPDATE ${s}.observation SET series_version = 'original'`);
    await q.query(`ALTER TABLE ${s}.observation ALTER COLUMN series_version SET NOT NULL,
                   ADD CONSTRAINT observation_series_version_fkey FOREIGN KEY (measure_id, series_version) REFERENCES ${s}.series_version(measure_id, code)`);
    // A figure joins the measure's current series version when it is published; a correction (an UPDATE) keeps the
    // version of the figure it corrects.
    await q.query(`CREATE FUNCTION ${s}.observation_current_series() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.series_version IS NULL THEN
          SELECT v.code INTO NEW.series_version FROM ${s}.series_version v WHERE v.measure_id = NEW.measure_id ORDER BY v.position DESC LIMIT 1;
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(
      `CREATE TRIGGER observation_current_series BEFORE INSERT ON ${s}.observation FOR EACH ROW EXECUTE FUNCTION ${s}.observation_current_series()`,
    );

    for (const table of ['observation', 'observation_draft', 'observation_revision']) {
      await q.query(`ALTER TABLE ${s}.${table} ALTER COLUMN published DROP NOT NULL`);
    }

    await q.query(`CREATE TABLE ${s}.figure_comparator (
      measure_id text NOT NULL REFERENCES ${s}.measure(id),
      area_code text NOT NULL REFERENCES ${s}.area(code),
      period_code text NOT NULL,
      kind text NOT NULL CHECK (kind IN ('ENGLAND_AND_WALES','REGION','PEER_GROUP','PREDICTED')),
      value numeric,
      numerator bigint CHECK (numerator >= 0),
      denominator bigint CHECK (denominator > 0),
      relative_difference numeric,
      sign_known boolean,
      printed text NOT NULL,
      note text,
      PRIMARY KEY (measure_id, area_code, period_code, kind),
      CHECK (value IS NOT NULL OR relative_difference IS NOT NULL),
      CHECK ((relative_difference IS NULL) = (sign_known IS NULL))
    )`);
    await q.query(`CREATE TABLE ${s}.area_peer (
      area_code text NOT NULL REFERENCES ${s}.area(code),
      peer_code text NOT NULL REFERENCES ${s}.area(code),
      PRIMARY KEY (area_code, peer_code),
      CHECK (area_code <> peer_code)
    )`);

    await q.query(`ALTER TABLE ${s}.audit_event DROP CONSTRAINT audit_event_action_check`);
    await q.query(`ALTER TABLE ${s}.audit_event ADD CONSTRAINT audit_event_action_check CHECK (action IN (${ACTIONS}))`);
  }

  async down(q: QueryRunner): Promise<void> {
    const s = `"${(q.connection.options as { schema: string }).schema}"`;
    await q.query(`ALTER TABLE ${s}.audit_event DROP CONSTRAINT audit_event_action_check`);
    await q.query(`ALTER TABLE ${s}.audit_event ADD CONSTRAINT audit_event_action_check CHECK (action IN (${ACTIONS_BEFORE})) NOT VALID`);
    await q.query(`DROP TABLE ${s}.area_peer`);
    await q.query(`DROP TABLE ${s}.figure_comparator`);
    // `published` stays nullable on the way down: NOT NULL would refuse the figures whose source gives no date
    await q.query(`DROP TRIGGER observation_current_series ON ${s}.observation`);
    await q.query(`DROP FUNCTION ${s}.observation_current_series()`);
    await q.query(`ALTER TABLE ${s}.observation DROP COLUMN public_source, DROP COLUMN series_version`);
    await q.query(`DROP TRIGGER measure_original_series ON ${s}.measure`);
    await q.query(`DROP FUNCTION ${s}.measure_original_series()`);
    await q.query(`DROP TABLE ${s}.series_version`);
    await q.query(`UPDATE ${s}.measure SET rag_rule = 'SET_BY_HAND' WHERE rag_rule NOT IN (${RULES_BEFORE})`);
    await q.query(`ALTER TABLE ${s}.measure DROP CONSTRAINT measure_rag_rule_check`);
    await q.query(`ALTER TABLE ${s}.measure ADD CONSTRAINT measure_rag_rule_check CHECK (rag_rule IN (${RULES_BEFORE}))`);
    await q.query(`DROP TRIGGER measure_default_figure_kind ON ${s}.measure`);
    await q.query(`DROP FUNCTION ${s}.measure_default_figure_kind()`);
    await q.query(`ALTER TABLE ${s}.measure DROP CONSTRAINT measure_rate_numerator_has_rate, DROP COLUMN cited_year, DROP COLUMN publication_lag_months,
                   DROP COLUMN applies_to, DROP COLUMN denominator_summed_snapshots, DROP COLUMN rate_measure_id, DROP COLUMN figure_kind`);
  }
}
