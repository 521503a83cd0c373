// Bundles the pages (clients/web/dashboard and clients/web/workspaces) with esbuild into clients/dist/web/<page>: one
// script, one stylesheet and the page each, all from npm packages at build time (no CDN: the pages work on a closed
// network). `node clients/web/build-pages.mjs [page ...]` (default: every page).
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PAGES = ['dashboard', 'workspaces'];
const here = dirname(fileURLToPath(import.meta.url));
const asked = process.argv.slice(2);
for (const page of asked.length ? asked : PAGES) {
  if (!PAGES.includes(page)) throw new Error(`Unknown page "${page}": one of ${PAGES.join(', ')}`);
  const src = join(here, page);
  const out = join(here, '..', 'dist', 'web', page);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  await build({
    entryPoints: { main: join(src, 'src', 'main.tsx'), styles: join(src, 'styles.css') },
    outdir: out,
    bundle: true,
    format: 'esm',
    target: ['es2020'],
    minify: true,
    sourcemap: true,
    jsx: 'automatic',
    jsxImportSource: 'preact',
    legalComments: 'linked',
    logLevel: 'warning',
  });
  copyFileSync(join(src, 'index.html'), join(out, 'index.html'));
  console.log(`${page} bundled into ${out}`);
}
