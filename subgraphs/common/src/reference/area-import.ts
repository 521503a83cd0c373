import type { AreaSeed } from './areas';

/** Anything that runs SQL: a data source, an entity manager, or a pg client. */
interface Queryable {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

const AREA_CODE = /^[a-z0-9][a-z0-9-]*$/;

/**
 * Checks a list of areas before any is written: codes are lower-case kebab case and unique, names are given, and
 * every parent is in the list (before its children) or already in the table (`existing`). Returns every problem.
 */
export function validateAreas(areas: readonly AreaSeed[], existing: ReadonlySet<string> = new Set()): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const a of areas) {
    if (!AREA_CODE.test(a.code)) problems.push(`area "${a.code}": a code is lower-case letters, digits and hyphens`);
    if (seen.has(a.code)) problems.push(`area "${a.code}": listed twice`);
    if (!a.name?.trim()) problems.push(`area "${a.code}": a name is required`);
    if (!a.kind?.trim()) problems.push(`area "${a.code}": a kind is required`);
    if (a.parent !== null && !seen.has(a.parent) && !existing.has(a.parent)) {
      problems.push(`area "${a.code}": parent "${a.parent}" is neither listed before it nor already known`);
    }
    if (a.parent === a.code) problems.push(`area "${a.code}": an area cannot be its own parent`);
    seen.add(a.code);
  }
  return problems;
}

/**
 * Reference-data import of areas into a subgraph's own `area` table (every agency schema and the plan schema have
 * one): the same list for every subgraph, as the seed does with the documents' areas, but for any number of areas
 * (one statement per call, whatever the size of the list). Validated first: one problem and nothing is written.
 * Existing areas of the same code are updated (name, kind, parent). Run it inside the caller's transaction.
 */
export async function importAreas(q: Queryable, schema: string, areas: readonly AreaSeed[]): Promise<{ areas: number }> {
  const s = `"${schema}"`;
  const existing = new Set(((await q.query(`SELECT code FROM ${s}.area`)) as Array<{ code: string }>).map((r) => r.code));
  const problems = validateAreas(areas, existing);
  if (problems.length)
    throw new Error(
      `The areas are invalid (nothing was written):\n- ${problems.slice(0, 20).join('\n- ')}${problems.length > 20 ? `\n- ... and ${problems.length - 20} more` : ''}`,
    );
  // Parents first (the list is in that order), so the foreign key holds row by row; WITH ORDINALITY keeps the order.
  await q.query(
    `INSERT INTO ${s}.area (code, name, kind, parent_code)
     SELECT code, name, kind, parent FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) WITH ORDINALITY AS a(code, name, kind, parent, n)
     ORDER BY n
     ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, kind = EXCLUDED.kind, parent_code = EXCLUDED.parent_code`,
    [areas.map((a) => a.code), areas.map((a) => a.name), areas.map((a) => a.kind), areas.map((a) => a.parent)],
  );
  return { areas: areas.length };
}
