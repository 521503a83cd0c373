import { readManifest, runAgency, type AgencyDefinition } from '@hub/common';
import { measures } from './data/figures';

/** The health subgraph: its measures and figures, in its own database schema. */
export const definition: AgencyDefinition = { manifest: readManifest(__dirname), measures };

runAgency(definition, module);
