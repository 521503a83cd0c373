/**
 * Loaded before @apollo/gateway (first import of server.ts): replaces the module object of
 * @apollo/federation-internals with a plain copy of its exports.
 *
 * That package re-exports its parts through TypeScript's `__exportStar`, which defines every export as a getter.
 * The gateway's result shaping (`updateOutputValue`, `applySelectionSet`) calls those exports for every value
 * of every answer, and V8 does not inline getters on a module object reached from many call sites: in the
 * uncached scorecard's CPU profile the getter alone was 7.7% of the gateway's busy time. Data properties cost
 * nothing to read. The package assigns its exports once, at load time (none is reassigned later), so the copy
 * holds the same functions, classes and constants as the original. @apollo/gateway pins the same version as
 * gateway/package.json, so both resolve to this one copy.
 */
import * as federationInternals from '@apollo/federation-internals';

const loaded = require.cache[require.resolve('@apollo/federation-internals')];
if (loaded) loaded.exports = Object.defineProperty({ ...federationInternals }, '__esModule', { value: true });
