import { discoverSubgraphs } from '@hub/common/platform';
import { z } from 'zod';
import { SUBGRAPHS_DIR } from '../paths';
import { provisionSubgraphRoles, roleName } from './roles';

/**
 * `node <this>` (docker-compose's one-shot `db-roles` service): creates or updates every subgraph's database role
 * and schema, as the administrator in DATABASE_URL, with each role's password from DB_PASSWORD_<SUBGRAPH>.
 */
const passwordVariable = (subgraph: string) => `DB_PASSWORD_${subgraph.toUpperCase().replace(/-/g, '_')}`;

async function main(): Promise<void> {
  const { DATABASE_URL } = z
    .object({ DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\/.+/, "DATABASE_URL must be the administrator's postgres:// URL") })
    .parse(process.env);
  const subgraphs = discoverSubgraphs(SUBGRAPHS_DIR);
  const missing = subgraphs.map((s) => passwordVariable(s.name)).filter((v) => !process.env[v]);
  if (missing.length) throw new Error(`Set ${missing.join(', ')}: each subgraph's database role needs its password`);
  const byRole = new Map(subgraphs.map((s) => [roleName(s.name), process.env[passwordVariable(s.name)]!]));
  await provisionSubgraphRoles(DATABASE_URL, subgraphs, { get: (role) => byRole.get(role)! });
  console.log(`[db-roles] ${subgraphs.map((s) => `${roleName(s.name)} owns schema ${s.name}`).join('; ')}`);
}

main().catch((e) => {
  console.error(`[db-roles] failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
