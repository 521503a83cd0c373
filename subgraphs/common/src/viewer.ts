import { GraphQLError } from 'graphql';

/** The hub's roles, who is calling, and the error when that cannot be told: shared by the hub's own tokens (auth.ts) and the provider's (provider-tokens.ts). */
export const ROLES = ['board', 'analyst', 'agency-editor', 'secretariat', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface Viewer {
  /** The token's subject (a person or a system account). */
  subject: string;
  role: Role;
  /** For agency-editor: the agency whose subgraph they maintain. */
  agency: string | null;
}

/** 401: the request's token is missing or not accepted, saying why. */
export const unauthenticated = (reason: string) =>
  new GraphQLError(`Not authenticated: ${reason}. Send "Authorization: Bearer <token>" (see the README: npm run token).`, {
    extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
  });
