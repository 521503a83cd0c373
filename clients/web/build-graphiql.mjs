/**
 * Bundles the analysts' query editor (web/graphiql/) with esbuild into dist/web/graphiql/: one JS file, one CSS
 * file (fonts inlined as data: URLs by GraphiQL's CSS) and index.html. Everything comes from local node_modules,
 * so the editor works on a closed network. The saved queries (queries/*.graphql, first line `# <title>`, further
 * leading `#` lines a description) are inlined as the editor's examples.
 */
import { build } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const pkg = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(pkg, 'dist', 'web', 'graphiql');
const require = createRequire(join(pkg, 'package.json'));

export function readExamples(dir = join(pkg, 'queries')) {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((file) => {
      const query = readFileSync(join(dir, file), 'utf8');
      const comments = query.split('\n').filter((l, i, all) => l.startsWith('#') && all.slice(0, i).every((p) => p.startsWith('#')));
      const [title = file, ...rest] = comments.map((l) => l.replace(/^#\s?/, ''));
      return { name: file.replace(/\.graphql$/, ''), title, description: rest.join(' ').trim(), query };
    });
}

/** Incremental, like `tsc -b`: skip when the bundle is newer than every input (sources, queries, this script). */
function upToDate() {
  const marker = join(out, 'graphiql.js');
  if (!existsSync(marker) || !existsSync(join(out, 'index.html'))) return false;
  const inputs = [
    fileURLToPath(import.meta.url),
    join(pkg, 'package.json'),
    ...['web/graphiql', 'queries'].flatMap((d) => readdirSync(join(pkg, d)).map((f) => join(pkg, d, f))),
  ];
  const built = statSync(marker).mtimeMs;
  return inputs.every((f) => statSync(f).mtimeMs <= built);
}

if (upToDate() && !process.argv.includes('--force')) {
  console.log(`graphiql bundle is up to date in ${out}`);
  process.exit(0);
}
mkdirSync(out, { recursive: true });
// One React for GraphiQL and every library it uses (the workspace root also holds a newer React).
const pkgDir = (name) => dirname(require.resolve(`${name}/package.json`));
await build({
  entryPoints: { graphiql: join(pkg, 'web', 'graphiql', 'index.jsx') },
  outdir: out,
  bundle: true,
  minify: true,
  format: 'iife',
  platform: 'browser',
  target: ['es2020'],
  jsx: 'automatic',
  loader: { '.js': 'jsx', '.woff': 'dataurl', '.woff2': 'dataurl', '.ttf': 'dataurl', '.svg': 'dataurl' },
  alias: { react: pkgDir('react'), 'react-dom': pkgDir('react-dom') },
  define: { 'process.env.NODE_ENV': '"production"', __HUB_EXAMPLES__: JSON.stringify(readExamples()) },
  legalComments: 'none',
  logLevel: 'warning',
});
copyFileSync(join(pkg, 'web', 'graphiql', 'index.html'), join(out, 'index.html'));
console.log(`graphiql bundled into ${out}`);
