import type { DiscoveredSubgraph } from '@hub/common/platform';

/**
 * The development identity provider's accounts: one per role, and one agency editor per agency of
 * subgraphs/*\/subgraph.json. Their claims look like an organisation's directory, not like the hub's roles: a
 * `groups` claim and, for agency data officers, a `hub_agency` claim. DEV_PROVIDER_CLAIMS maps them to the hub's
 * roles the way an operator maps Entra ID or Keycloak groups (docs/OPERATORS.md).
 */
export interface DevAccount {
  /** The subject (sub) of the account's tokens. */
  id: string;
  /** What the login page shows. */
  name: string;
  /** What the account is for. */
  description: string;
  groups: string[];
  agency?: string;
}

export const DEV_GROUPS = {
  board: 'partnership-board',
  analyst: 'partnership-analysts',
  secretariat: 'partnership-secretariat',
  admin: 'hub-administrators',
  'agency-editor': 'agency-data-officers',
} as const;

/** The claim mapping of the development provider's tokens (the OIDC_* variables the launcher and the tests set). */
export const DEV_PROVIDER_CLAIMS: Record<string, string> = {
  OIDC_ROLE_CLAIM: 'groups',
  OIDC_AGENCY_CLAIM: 'hub_agency',
  OIDC_ROLE_MAP: Object.entries(DEV_GROUPS)
    .map(([role, group]) => `${group}=${role}`)
    .join(','),
};

export function devAccounts(subgraphs: readonly Pick<DiscoveredSubgraph, 'name' | 'kind' | 'title'>[]): DevAccount[] {
  const people: DevAccount[] = [
    { id: 'dev-board', name: 'Board member', description: 'Reads the dashboard and the stock take report', groups: [DEV_GROUPS.board] },
    { id: 'dev-analyst', name: 'Analyst', description: 'Reads figures, runs queries in GraphiQL', groups: [DEV_GROUPS.analyst] },
    {
      id: 'dev-secretariat',
      name: 'Secretariat officer',
      description: 'Keeps the plan: goals, RAG, actions, measure links',
      groups: [DEV_GROUPS.secretariat],
    },
    { id: 'dev-admin', name: 'Administrator', description: 'Everything', groups: [DEV_GROUPS.admin] },
  ];
  for (const s of subgraphs) {
    if (s.kind !== 'agency') continue;
    people.push({
      id: `dev-${s.name}-editor`,
      name: `${s.name[0].toUpperCase()}${s.name.slice(1)} data officer`,
      description: `Agency editor of ${s.title}`,
      groups: [DEV_GROUPS['agency-editor']],
      agency: s.name,
    });
  }
  return people;
}
