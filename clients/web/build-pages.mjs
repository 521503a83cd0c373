// Bundles the pages (clients/web/dashboard and clients/web/workspaces) with esbuild into clients/dist/web/<page>: one
// script, one stylesheet and the page each, all from npm packages at build time (no CDN: the pages work on a closed
// network). `node clients/web/build-pages.mjs [page ...]` (default: every page).
//
// The rules both pages share are in clients/web/base.css, which each page's styles.css imports first: esbuild inlines
// it, so each page still serves a single styles.css.
//
// Code not needed for the first screen is split into chunks loaded on demand (the dashboard's charts: Chart.js is
// most of its code). What each bundle holds is written to clients/dist/web-meta/<page>.json (esbuild's metafile; read
// it with esbuild's analyzer or https://esbuild.github.io/analyze/) and summed up on the console.
import { analyzeMetafile, build } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PAGES = ['dashboard', 'workspaces'];
const here = dirname(fileURLToPath(import.meta.url));
const asked = process.argv.slice(2);
const generated = join(here, '..', 'generated', 'graphql.ts');

/**
 * Replaces each `graphql(`query Name ...`)` of the pages' sources with an import of its typed document from
 * generated/graphql.ts, as the GraphQL Code Generator's babel and SWC plugins do. The generated `graphql()` looks
 * documents up in a map of every operation of every page, which cannot be tree-shaken: without this each page
 * carried all the others' documents.
 */
const typedDocuments = {
  name: 'typed-documents',
  setup(b) {
    b.onLoad({ filter: /[\\/]clients[\\/]web[\\/].*\.tsx?$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      if (!source.includes('graphql(`')) return undefined;
      const names = new Set();
      const contents = source.replace(/\bgraphql\(`\s*(?:query|mutation|subscription)\s+(\w+)[^`]*`\)/g, (_, name) => {
        names.add(name);
        return `__typed_${name}`;
      });
      if (contents.includes('graphql(`')) throw new Error(`${args.path}: a graphql() document without an operation name`);
      const imports = [...names].map((n) => `import { ${n}Document as __typed_${n} } from ${JSON.stringify(generated)};`).join('\n');
      return { contents: `${imports}\n${contents}`, loader: args.path.endsWith('x') ? 'tsx' : 'ts' };
    });
  },
};
for (const page of asked.length ? asked : PAGES) {
  if (!PAGES.includes(page)) throw new Error(`Unknown page "${page}": one of ${PAGES.join(', ')}`);
  const src = join(here, page);
  const out = join(here, '..', 'dist', 'web', page);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const result = await build({
    entryPoints: { main: join(src, 'src', 'main.tsx'), styles: join(src, 'styles.css') },
    outdir: out,
    bundle: true,
    format: 'esm',
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    metafile: true,
    plugins: [typedDocuments],
    // ES2022: class fields stay native, so no helper is shared between the first-screen code and the chart chunk (one request fewer)
    target: ['es2022'],
    minify: true,
    sourcemap: true,
    jsx: 'automatic',
    jsxImportSource: 'preact',
    legalComments: 'linked',
    logLevel: 'warning',
  });
  copyFileSync(join(src, 'index.html'), join(out, 'index.html'));
  const meta = join(here, '..', 'dist', 'web-meta');
  mkdirSync(meta, { recursive: true });
  writeFileSync(join(meta, `${page}.json`), JSON.stringify(result.metafile));
  const sizes = Object.entries(result.metafile.outputs)
    .filter(([file]) => !file.endsWith('.map'))
    .map(([file, o]) => `${file.slice(file.lastIndexOf(`${page}/`) + page.length + 1)} ${(o.bytes / 1024).toFixed(1)} kB`);
  console.log(`${page} bundled into ${out}: ${sizes.join(', ')}`);
  if (process.env.BUNDLE_ANALYSIS) console.log(await analyzeMetafile(result.metafile));
}
