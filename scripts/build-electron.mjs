#!/usr/bin/env node
// Bundles the Electron main process and preload into dist/electron/*.cjs.
// The renderer is built separately: vite build --config renderer/vite.config.ts -> dist/renderer.
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'dist', 'electron');

// Only these may import 'electron'; services, api and shared must run under plain Node.
const MAY_IMPORT_ELECTRON = [/^electron\/main\.ts$/, /^electron\/preload\.ts$/, /^electron\/shell\//];

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  // playwright-core prints PDFs for the CLI and web host; the Electron app prints through its own window.
  external: ['electron', 'better-sqlite3', 'playwright-core'],
  absWorkingDir: root,
  metafile: true,
  logLevel: 'warning',
  legalComments: 'none',
};

function checkElectronImports(metafile, entry) {
  const offenders = Object.entries(metafile.inputs)
    .filter(([file, info]) => info.imports.some((i) => i.path === 'electron'))
    .map(([file]) => file)
    .filter((file) => !MAY_IMPORT_ELECTRON.some((re) => re.test(file)));
  if (offenders.length > 0) {
    throw new Error(`${entry}: only electron/main.ts, preload.ts and shell/ may import 'electron'; found in ${offenders.join(', ')}`);
  }
}

/** A sandboxed preload can require nothing but 'electron', so it must be one self-contained file. */
function checkPreloadIsSelfContained(metafile) {
  for (const [file, out] of Object.entries(metafile.outputs)) {
    const extra = out.imports.filter((i) => i.path !== 'electron');
    if (extra.length > 0) {
      throw new Error(`${file}: the sandboxed preload may only require 'electron', but requires ${extra.map((i) => i.path).join(', ')}`);
    }
  }
}

async function main() {
  fs.rmSync(outDir, { recursive: true, force: true });
  const started = Date.now();

  const mainResult = await build({
    ...common,
    entryPoints: ['electron/main.ts'],
    outfile: path.join(outDir, 'main.cjs'),
    sourcemap: 'linked',
  });
  checkElectronImports(mainResult.metafile, 'main');

  const preloadResult = await build({
    ...common,
    entryPoints: ['electron/preload.ts'],
    outfile: path.join(outDir, 'preload.cjs'),
    external: ['electron'],
  });
  checkElectronImports(preloadResult.metafile, 'preload');
  checkPreloadIsSelfContained(preloadResult.metafile);

  const size = (f) => `${(fs.statSync(path.join(outDir, f)).size / 1024).toFixed(1)} KB`;
  console.log(`dist/electron/main.cjs (${size('main.cjs')}), dist/electron/preload.cjs (${size('preload.cjs')}) built in ${Date.now() - started} ms`);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
