import type { Viewer } from '@hub/common';

/** What every resolver and plugin of the gateway sees for one request. */
export interface GatewayContext {
  viewer: Viewer;
  authorization: string;
  /** x-request-id: the client's, or one made by the gateway; sent back and forwarded to every subgraph call. */
  requestId: string;
}
