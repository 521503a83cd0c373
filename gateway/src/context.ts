import type { Viewer } from '@hub/common/platform';
import type { FanOutCounter } from './fan-out';

/** What every resolver and plugin of the gateway sees for one request. */
export interface GatewayContext {
  viewer: Viewer;
  authorization: string;
  /** x-request-id: the client's, or one made by the gateway; sent back and forwarded to every subgraph call. */
  requestId: string;
  /** Entity representations sent to subgraphs so far for this operation (fan-out.ts). */
  fanOut: FanOutCounter;
  /** The operation is one of the first-party clients' trusted documents (trusted-documents.ts). */
  trusted: boolean;
  /** The request is an agency import over MAX_BODY_SIZE (large-import.ts): its subgraph call gets IMPORT_TIMEOUT_MS. */
  largeImport: boolean;
}
