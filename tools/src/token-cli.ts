import { parseArgs } from 'node:util';
import { installationEnvironment, issueDevToken, readAuthConfig, ROLES, type Role } from '@hub/common/platform';
import { ROOT } from './paths';

/**
 * npm run token -- --role agency-editor --agency police [--sub alice] [--ttl 8h]
 * Prints a development token signed with the local key (not available when JWT_JWKS_URL is set).
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { role: { type: 'string' }, agency: { type: 'string' }, sub: { type: 'string' }, ttl: { type: 'string', default: '8h' } },
  });
  const role = values.role as Role | undefined;
  if (!role || !ROLES.includes(role)) throw new Error(`--role must be one of: ${ROLES.join(', ')}`);
  if (role === 'agency-editor' && !values.agency) throw new Error('--agency is required with --role agency-editor (e.g. --agency police)');
  if (role !== 'agency-editor' && values.agency) throw new Error('--agency goes only with --role agency-editor');
  const token = await issueDevToken(
    readAuthConfig(installationEnvironment(ROOT)),
    { subject: values.sub ?? `dev-${role}${values.agency ? `-${values.agency}` : ''}`, role, agency: values.agency },
    values.ttl,
  );
  process.stdout.write(`${token}\n`);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
