import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { composeServices } from '@apollo/composition';
import { Supergraph } from '@apollo/federation-internals';
import { CriticalityLevel, diff, type Change, type TypeOfChangeType } from '@graphql-inspector/core';
import { buildASTSchema, parse, type GraphQLSchema } from 'graphql';
import { ROOT, SCHEMA_DIR } from './paths';

/**
 * One agency's schema check, as a schema registry's subgraph check does: its new SDL is composed with the other
 * subgraphs' committed SDLs (composition errors fail), and compared with its base version for breaking changes,
 * both as its own SDL and as the API the gateway would serve (the supergraph composed with the base SDL against
 * the one composed with the new SDL, the others unchanged: only this subgraph's effect is seen). The differ is
 * GraphQL Inspector (@graphql-inspector/core): each change has a kind, a path and a criticality (breaking,
 * dangerous, safe). A breaking change fails unless acknowledged in schema/breaking-changes-acknowledged.json.
 * Whatever fails is named by this subgraph only.
 */
export const ACK_PATH = join(SCHEMA_DIR, 'breaking-changes-acknowledged.json');

export interface SchemaChange {
  subgraph: string;
  /** GraphQL Inspector's change type, e.g. FIELD_REMOVED, FIELD_ARGUMENT_ADDED, ENUM_VALUE_REMOVED. */
  kind: string;
  /** GraphQL Inspector's message, e.g. "Field 'dwpDrafts' was removed from object type 'Query'". */
  description: string;
  /** Schema coordinate, e.g. Query.dwpDrafts. */
  path?: string;
}

export interface Acknowledgement {
  subgraph: string;
  /** Exactly the description printed by the check. */
  description: string;
  /** Why the change is acceptable (who agreed it, which clients were told). */
  reason: string;
}

export interface SubgraphCheckInput {
  name: string;
  /** The subgraph's new SDL. */
  next: string;
  /** Every other subgraph's committed SDL (this one's entry, if present, is ignored). */
  others: Map<string, string>;
  /** The subgraph's SDL at the base (undefined: a new subgraph, or no base): nothing to compare. */
  base: string | undefined;
  acknowledged: Acknowledgement[];
}

export interface SubgraphCheck {
  subgraph: string;
  ok: boolean;
  compositionErrors: string[];
  breaking: SchemaChange[];
  acknowledged: SchemaChange[];
  dangerous: SchemaChange[];
  safe: SchemaChange[];
  /** No base version: only composition was checked. */
  skipped: boolean;
  report: string;
}

/** A subgraph's SDL as a graphql-js schema: federation directives are left as unresolved applications. */
export function subgraphSchema(sdl: string): GraphQLSchema {
  return buildASTSchema(parse(sdl), { assumeValidSDL: true });
}

/** The API schema of a supergraph (join/link/inaccessible removed): what the gateway exposes. */
export function apiSchema(supergraphSdl: string): GraphQLSchema {
  return Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema();
}

/** Composes SDLs; errors are returned, never thrown. */
export function composeSdls(sdls: Map<string, string>): { supergraphSdl?: string; errors: string[]; hints: string[] } {
  try {
    const result = composeServices([...sdls].map(([name, sdl]) => ({ name, typeDefs: parse(sdl), url: `http://${name}.invalid/graphql` })));
    if (result.errors) return { errors: result.errors.map((e) => `${e.extensions?.code ?? 'ERROR'}: ${e.message}`), hints: [] };
    return {
      supergraphSdl: result.supergraphSdl,
      errors: [],
      hints: (result.hints ?? []).map((h) => `${h.definition.code}: ${h.message}`),
    };
  } catch (e) {
    return { errors: [(e as Error).message], hints: [] };
  }
}

export async function checkSubgraph(input: SubgraphCheckInput): Promise<SubgraphCheck> {
  const { name } = input;
  const withSdl = (sdl: string) =>
    new Map<string, string>(
      [...[...input.others].filter(([n]) => n !== name), [name, sdl] as [string, string]].sort(([a], [b]) => a.localeCompare(b)),
    );
  const composed = composeSdls(withSdl(input.next));
  const changes: Change<TypeOfChangeType>[] = [];
  const skipped = input.base === undefined;
  if (input.base !== undefined) {
    changes.push(...(await diff(subgraphSchema(input.base), subgraphSchema(input.next))));
    const before = composeSdls(withSdl(input.base));
    // The base may not compose with today's others (they moved on): then only the subgraph's own SDL is compared.
    if (composed.supergraphSdl && before.supergraphSdl)
      changes.push(...(await diff(apiSchema(before.supergraphSdl), apiSchema(composed.supergraphSdl))));
  }
  const seen = new Set<string>();
  const breaking: SchemaChange[] = [];
  const acked: SchemaChange[] = [];
  const dangerous: SchemaChange[] = [];
  const safe: SchemaChange[] = [];
  for (const c of changes) {
    const change: SchemaChange = { subgraph: name, kind: c.type, description: c.message, path: c.path };
    const id = `${change.kind}\n${change.description}`;
    if (seen.has(id)) continue; // the same change in the SDL and in the API
    seen.add(id);
    if (c.criticality.level === CriticalityLevel.Breaking) {
      if (input.acknowledged.some((a) => a.subgraph === name && a.description === change.description)) acked.push(change);
      else breaking.push(change);
    } else if (c.criticality.level === CriticalityLevel.Dangerous) dangerous.push(change);
    else safe.push(change);
  }
  const ok = composed.errors.length === 0 && breaking.length === 0;
  const line = (c: SchemaChange) => `  - ${c.subgraph}: ${c.kind}: ${c.description}`;
  const report = [
    `${name}: ${ok ? 'passes' : 'FAILS'}`,
    composed.errors.length
      ? `  Does not compose with the other subgraphs' committed schemas (${composed.errors.length} error(s)):\n${composed.errors.map((e) => `  - ${name}: ${e}`).join('\n')}`
      : "  Composes with the other subgraphs' committed schemas.",
    breaking.length
      ? `  Breaking changes (${breaking.length}) not acknowledged:\n${breaking.map(line).join('\n')}\n` +
        `  Restore them, or, if every client has been told, acknowledge each one in schema/breaking-changes-acknowledged.json as\n` +
        `  { "subgraph": "${name}", "description": "<the text after the kind>", "reason": "<why, who agreed>" }.`
      : skipped
        ? ''
        : '  No unacknowledged breaking changes.',
    acked.length ? `  Acknowledged breaking changes (${acked.length}):\n${acked.map(line).join('\n')}` : '',
    dangerous.length ? `  Dangerous changes (warnings, ${dangerous.length}):\n${dangerous.map(line).join('\n')}` : '',
    safe.length ? `  Safe changes: ${safe.length}` : '',
    skipped ? '  No base version to compare (a new subgraph, or the base ref lacks it): composition only.' : '',
  ]
    .filter(Boolean)
    .join('\n');
  return { subgraph: name, ok, compositionErrors: composed.errors, breaking, acknowledged: acked, dangerous, safe, skipped, report };
}

export function readAcknowledgements(path = ACK_PATH): Acknowledgement[] {
  if (!existsSync(path)) return [];
  const data: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (!Array.isArray(data)) throw new Error(`${path} must be a JSON array of { subgraph, description, reason }`);
  return data.map((a: unknown, i) => {
    if (!isAcknowledgement(a)) {
      throw new Error(`${path}[${i}] must be { "subgraph": string, "description": string, "reason": non-empty string }`);
    }
    return a;
  });
}

function isAcknowledgement(a: unknown): a is Acknowledgement {
  if (!a || typeof a !== 'object') return false;
  const { subgraph, description, reason } = a as Record<string, unknown>;
  return typeof subgraph === 'string' && typeof description === 'string' && typeof reason === 'string' && reason.trim() !== '';
}

/**
 * The committed file schema/<name>.graphql at a git ref, or undefined (with the reason in `why`) when git, the
 * ref or the file is missing.
 */
export function readAtRef(ref: string, name: string, root = ROOT): { sdl?: string; why?: string } {
  try {
    execFileSync('git', ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { cwd: root, stdio: 'pipe' });
  } catch {
    return { why: `git ref ${ref} does not exist (or this is not a git checkout)` };
  }
  try {
    return {
      sdl: execFileSync('git', ['show', `${ref}:schema/${name}.graphql`], {
        cwd: root,
        stdio: 'pipe',
        maxBuffer: 20 * 1024 * 1024,
      }).toString('utf8'),
    };
  } catch {
    return { why: `schema/${name}.graphql does not exist at ${ref}` };
  }
}
