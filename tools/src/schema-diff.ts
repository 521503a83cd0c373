import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Supergraph } from '@apollo/federation-internals';
import { buildASTSchema, findBreakingChanges, findDangerousChanges, parse, type GraphQLSchema } from 'graphql';
import { ROOT, SCHEMA_DIR } from './paths';

/**
 * Breaking-change check, like a schema registry's subgraph check: each subgraph's new SDL and the new
 * supergraph's API schema are compared with a base version (the committed files at a git ref) with
 * graphql-js `findBreakingChanges`. A breaking change fails unless it is acknowledged in
 * schema/breaking-changes-acknowledged.json.
 */

/** The name used for the supergraph's API schema (what clients of the gateway see). */
export const SUPERGRAPH = 'supergraph';
export const ACK_PATH = join(SCHEMA_DIR, 'breaking-changes-acknowledged.json');

export interface SchemaChange {
  /** A subgraph name, or 'supergraph' for the composed API schema. */
  subgraph: string;
  /** graphql-js's change kind, e.g. FIELD_REMOVED, ARG_CHANGED_KIND, REQUIRED_ARG_ADDED, VALUE_REMOVED_FROM_ENUM. */
  kind: string;
  /** graphql-js's description, e.g. "Query.plan arg id has changed type from ID to ID!.". */
  description: string;
}

export interface Acknowledgement {
  subgraph: string;
  /** Exactly the description printed by the check. */
  description: string;
  /** Why the change is acceptable (who agreed it, which clients were told). */
  reason: string;
}

/** A subgraph's SDL as a graphql-js schema: federation directives are left as unresolved applications. */
export function subgraphSchema(sdl: string): GraphQLSchema {
  return buildASTSchema(parse(sdl), { assumeValidSDL: true });
}

/** The API schema of a supergraph (join/link/inaccessible removed): what the gateway exposes. */
export function apiSchema(supergraphSdl: string): GraphQLSchema {
  return Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema();
}

/** Breaking changes from `base` to `next` for one subgraph (or the supergraph's API schema). */
export function diffSchemas(subgraph: string, base: GraphQLSchema, next: GraphQLSchema): { breaking: SchemaChange[]; dangerous: SchemaChange[] } {
  const map = (c: { type: string; description: string }) => ({ subgraph, kind: c.type, description: c.description });
  return { breaking: findBreakingChanges(base, next).map(map), dangerous: findDangerousChanges(base, next).map(map) };
}

export function readAcknowledgements(path = ACK_PATH): Acknowledgement[] {
  if (!existsSync(path)) return [];
  const data = JSON.parse(readFileSync(path, 'utf8'));
  if (!Array.isArray(data)) throw new Error(`${path} must be a JSON array of { subgraph, description, reason }`);
  data.forEach((a, i) => {
    if (!a || typeof a.subgraph !== 'string' || typeof a.description !== 'string' || typeof a.reason !== 'string' || !a.reason.trim()) {
      throw new Error(`${path}[${i}] must be { "subgraph": string, "description": string, "reason": non-empty string }`);
    }
  });
  return data;
}

export interface CheckInput {
  /** name -> base SDL (undefined when there is no base for it: a new subgraph, or no base ref) */
  base: Map<string, string | undefined>;
  /** name -> new SDL; the supergraph under the name 'supergraph' */
  next: Map<string, string>;
  acknowledged: Acknowledgement[];
}

export interface CheckResult {
  ok: boolean;
  breaking: SchemaChange[];
  acknowledged: SchemaChange[];
  dangerous: SchemaChange[];
  skipped: string[];
  /** Human-readable report: unacknowledged breaking changes first. */
  report: string;
}

/** Compares every new SDL with its base; the supergraph is compared through its API schema. */
export function checkBreakingChanges({ base, next, acknowledged }: CheckInput): CheckResult {
  const breaking: SchemaChange[] = [];
  const acked: SchemaChange[] = [];
  const dangerous: SchemaChange[] = [];
  const skipped: string[] = [];
  for (const [name, sdl] of next) {
    const old = base.get(name);
    if (old === undefined) {
      skipped.push(name);
      continue;
    }
    const build = name === SUPERGRAPH ? apiSchema : subgraphSchema;
    const diff = diffSchemas(name, build(old), build(sdl));
    dangerous.push(...diff.dangerous);
    for (const c of diff.breaking) {
      if (acknowledged.some((a) => a.subgraph === c.subgraph && a.description === c.description)) acked.push(c);
      else breaking.push(c);
    }
  }
  const line = (c: SchemaChange) => `- ${c.subgraph}: ${c.kind}: ${c.description}`;
  const report = [
    breaking.length
      ? `Breaking changes (${breaking.length}) not acknowledged:\n${breaking.map(line).join('\n')}\n` +
        `Restore them, or, if every client has been told, acknowledge each one in schema/breaking-changes-acknowledged.json as\n` +
        `{ "subgraph": "<subgraph>", "description": "<the text after the kind>", "reason": "<why, who agreed>" }.`
      : 'No unacknowledged breaking changes.',
    acked.length ? `Acknowledged breaking changes (${acked.length}):\n${acked.map(line).join('\n')}` : '',
    dangerous.length ? `Dangerous changes (warnings, ${dangerous.length}):\n${dangerous.map(line).join('\n')}` : '',
    skipped.length ? `No base version to compare (new, or base ref missing): ${skipped.join(', ')}` : '',
  ]
    .filter(Boolean)
    .join('\n');
  return { ok: breaking.length === 0, breaking, acknowledged: acked, dangerous, skipped, report };
}

/**
 * The committed file schema/<name>.graphql at a git ref, or undefined (with the reason in `why`) when
 * git, the ref or the file is missing.
 */
export function readAtRef(ref: string, name: string, root = ROOT): { sdl?: string; why?: string } {
  try {
    execFileSync('git', ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { cwd: root, stdio: 'pipe' });
  } catch {
    return { why: `git ref ${ref} does not exist (or this is not a git checkout)` };
  }
  try {
    return { sdl: execFileSync('git', ['show', `${ref}:schema/${name}.graphql`], { cwd: root, stdio: 'pipe', maxBuffer: 20 * 1024 * 1024 }).toString('utf8') };
  } catch {
    return { why: `schema/${name}.graphql does not exist at ${ref}` };
  }
}
