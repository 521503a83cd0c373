import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { Kind, type OperationDefinitionNode } from 'graphql';
import type { Role, Viewer } from './auth';
import type { Logger } from './logging';
import type { PublishAnnouncer } from './publish-events';

/** Roles that read only published, disclosure-controlled figures: their answers may be kept by a gateway. */
export const PUBLISHED_READER_ROLES: ReadonlySet<Role> = new Set<Role>(['board', 'analyst', 'secretariat']);

/**
 * The subgraph's side of the gateways' response cache (docs/RELEASING.md, "The response cache").
 *
 * Cache hints: a query answered for a published-figure reader gets the request-level hint
 * `maxAge = CACHE_MAX_AGE_SECONDS, PUBLIC`, sent as the `Cache-Control` header the gateway honours; anything else
 * (agency editors and admins, who see drafts and raw values; mutations) gets `no-store`, which the gateway never
 * keeps. The hint is decided per request, so no policy is computed per field. The max-age is the documented bound for
 * a change the subgraph did not announce (SQL run by hand, a Redis outage during a publish).
 *
 * Announcements: after a mutation that changes what readers see (every mutation but those listed in
 * `draftMutations`, which only write drafts), the subgraph bumps its generation in Redis before it answers.
 */
export function cacheHintsPlugin<C extends BaseContext & { viewer: Viewer }>(opts: {
  maxAgeSeconds: number;
  announcer: PublishAnnouncer;
  /** Root mutation fields that write drafts only: readers see nothing new, so nothing is announced. */
  draftMutations: ReadonlySet<string>;
  logger: Logger;
}): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      let announce = false;
      return {
        async didResolveOperation({ operation, contextValue, overallCachePolicy }) {
          if (!operation) return;
          if (operation.operation === 'query' && PUBLISHED_READER_ROLES.has(contextValue.viewer.role) && opts.maxAgeSeconds > 0) {
            overallCachePolicy.replace({ maxAge: opts.maxAgeSeconds, scope: 'PUBLIC' });
          } else {
            overallCachePolicy.replace({ maxAge: 0 });
          }
          if (operation.operation === 'mutation') announce = rootFields(operation).some((f) => !opts.draftMutations.has(f));
        },
        async willSendResponse({ response, overallCachePolicy }) {
          // The header the gateways read, as Apollo's cache-control plugin writes it; an answer with errors is never kept.
          const cacheable = overallCachePolicy.policyIfCacheable();
          const clean = response.body.kind === 'single' && !response.body.singleResult.errors;
          response.http.headers.set(
            'cache-control',
            cacheable && clean ? `max-age=${cacheable.maxAge}, ${cacheable.scope.toLowerCase()}` : 'no-store',
          );
          // Announced whether or not a field failed: a spurious bump only costs a few cache misses.
          if (announce) await opts.announcer.announce();
        },
      };
    },
  };
}

function rootFields(operation: OperationDefinitionNode): string[] {
  return operation.selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD ? [s.name.value] : ['(fragment)']));
}
