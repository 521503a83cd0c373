// Bundles the workspaces (clients/web/workspaces) with esbuild into clients/dist/web/workspaces: one script, one
// stylesheet and the page, all from npm packages at build time (no CDN: the pages work on a closed network).
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const src = join(here, 'workspaces');
const out = join(here, '..', 'dist', 'web', 'workspaces');
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
console.log(`workspaces bundled into ${out}`);
