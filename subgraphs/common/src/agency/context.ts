import type { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '../auth';
import type { AreaIndex } from '../reference/area-index';
import type { ReadMode } from './disclosure';
import type { AgencyLoaders } from './loaders';
import type { AgencyWriteService } from './writes';

/**
 * The request context of an agency subgraph. `Own` is what the agency's `loaders` factory returns (its own
 * DataLoaders), available to its resolvers as `ctx.own`.
 */
export interface AgencyContext<Own extends object = object> {
  /** The verified person or system making the request. */
  viewer: Viewer;
  /** Key of this agency subgraph ('probation', ...). */
  agency: string;
  /** The kit's per-request loaders; what they return depends on the viewer (drafts and raw values for the agency's own editors). */
  loaders: AgencyLoaders;
  areas: AreaIndex;
  /** Record, import, publish, define and retire; each call checks the viewer. */
  writes: AgencyWriteService;
  /** The key that signs figure cursors (an HMAC), so a client can neither forge nor edit one. */
  cursorKey: Buffer;
  /** The agency's own per-request loaders (AgencyDefinition.loaders); empty when it has none. */
  own: Own;
}

/** What an agency's `loaders` factory is given, once per request. */
export interface AgencyLoaderContext {
  /** The agency's data source (its own schema: the kit's tables and the agency's own entities). */
  dataSource: DataSource;
  viewer: Viewer;
  agency: string;
  /** What this viewer may see: `raw` for the agency's own editors and admins (no disclosure control), else not. */
  mode: ReadMode;
}

/** What an agency's `seed` is given: the transaction the kit seeds the measures in. */
export interface AgencySeedContext {
  manager: EntityManager;
  agency: string;
  /** The agency's database schema (quoted identifiers are the caller's job). */
  schema: string;
}
