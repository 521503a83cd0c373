import type { Viewer } from '../auth';
import type { AreaIndex } from '../reference/area-index';
import type { AgencyLoaders } from './loaders';
import type { AgencyWriteService } from './writes';

/** What every resolver of an agency subgraph sees for one request. */
export interface AgencyContext {
  /** The verified person or system making the request. */
  viewer: Viewer;
  /** Key of this agency subgraph ('probation', ...). */
  agency: string;
  /** Per-request loaders; what they return depends on the viewer (drafts and raw values for the agency's own editors). */
  loaders: AgencyLoaders;
  areas: AreaIndex;
  /** Record, import, publish, define and retire; each call checks the viewer. */
  writes: AgencyWriteService;
}
