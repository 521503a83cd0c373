// Bundles the board dashboard (clients/web/dashboard) with esbuild into clients/dist/web/dashboard: one script,
// one stylesheet and the page, all from npm packages at build time (no CDN: the page works on a closed network).
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const src = join(here, 'dashboard');
const out = join(here, '..', 'dist', 'web', 'dashboard');
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
console.log(`dashboard bundled into ${out}`);
