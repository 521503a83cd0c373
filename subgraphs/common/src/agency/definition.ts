import type { AgencyManifest } from '../manifest';
import type { MeasureSeed } from '../reference/seed-types';
import type { AgencyContext, AgencyLoaderContext, AgencySeedContext } from './context';
import type { ClassType } from '../class-type';

/**
 * An entity type's `__resolveReference`. Declared as a method and read back as a function type so its parameters
 * are checked bivariantly: a definition whose `ctx` carries the agency's own loaders (AgencyDefinition<OwnLoaders>)
 * still fits where the kit takes a plain AgencyDefinition, and a resolver may name the key fields it reads.
 */
export type AgencyReferenceResolver<Own extends object> = {
  resolve(reference: Record<string, unknown>, ctx: AgencyContext<Own>): unknown;
}['resolve'];

/**
 * Everything an agency subgraph is: the kit builds its schema, data source, request context, seed and CLI from it.
 * Only `manifest` and `measures` are required; the rest are the agency's own extension points.
 */
export interface AgencyDefinition<Own extends object = object> {
  manifest: AgencyManifest;
  /** The headline measures and figures this agency publishes from the source documents. */
  measures: readonly MeasureSeed[];
  /**
   * The agency's measure type: a class that extends HeadlineMeasure, decorated with `@AgencyMeasureType(manifest)`,
   * with any fields of its own. Default: the contract alone.
   */
  measureType?: ClassType;
  /**
   * The agency's own Area class, when it adds fields to the plan's Area entity: extends AreaFields, decorated with
   * `@Directive('@key(fields: "code")') @ObjectType('Area', { description: SHARED_DESCRIPTIONS.area })`.
   * Default: AreaRef (a reference the agency does not resolve).
   */
  area?: ClassType;
  /** The agency's own type-graphql resolvers: queries, and field resolvers on its measure type or on entity stubs. */
  resolvers?: ClassType[];
  /** Types no resolver reaches but the schema must have (e.g. an entity stub only a field resolver returns). */
  orphanedTypes?: ClassType[];
  /** `__resolveReference` of the agency's own entity types, by type name. Types without one resolve to the reference. */
  references?: Record<string, AgencyReferenceResolver<Own>>;
  /** The agency's own TypeORM entities, in its own database schema beside the kit's. */
  entities?: ClassType[];
  /** The agency's own migrations (run after the kit's, in timestamp order; class names must be unique). */
  migrations?: ClassType[];
  /** Creates the agency's own DataLoaders for each request: `ctx.own` in its resolvers. */
  loaders?: (c: AgencyLoaderContext) => Own;
  /**
   * Loads the agency's own reference and seed data, in the transaction that seeds its measures. Must be idempotent
   * (a second seed adds nothing); returns what it inserted, by table, for the seed report and the audit trail.
   */
  seed?: (c: AgencySeedContext) => Promise<Record<string, number>>;
}
