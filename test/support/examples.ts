import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The saved queries (clients/queries/*.graphql): title = first `#` line, as clients/web/build-graphiql.mjs reads them. */
export function readExamplesForTest(dir = join(__dirname, '..', '..', 'clients', 'queries')) {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((file) => {
      const query = readFileSync(join(dir, file), 'utf8');
      return { name: file.replace(/\.graphql$/, ''), title: query.split('\n')[0].replace(/^#\s?/, ''), query };
    });
}
