import { agencyCommands, readManifest, runSubgraphCli, type AgencyDefinition } from '@hub/common';
import { measures } from './seed/figures';

/** The health subgraph: its measures and figures, in its own database schema. */
export const definition: AgencyDefinition = { manifest: readManifest(__dirname), measures };

if (require.main === module) runSubgraphCli(agencyCommands(definition));
