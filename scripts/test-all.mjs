// `npm test`: every suite in turn — typecheck, unit tests (Vitest), the builds, e2e (Playwright) —
// and one closing line `N passed, N failed, N skipped` summing them all.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const out = path.join(root, '.test-output');
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });

const totals = { passed: 0, failed: 0, skipped: 0 };
const bin = (name) => path.join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);

function run(label, cmd, args, env = {}) {
  process.stdout.write(`\n=== ${label} ===\n`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status === 0;
}

/** A step that is one check: passes or fails as a whole. */
function step(label, cmd, args) {
  const ok = run(label, cmd, args);
  totals[ok ? 'passed' : 'failed'] += 1;
  return ok;
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

step('typecheck (tsc --noEmit)', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']);

const vitestJson = path.join(out, 'vitest.json');
const vitestOk = run('unit tests (vitest)', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`]);
const v = readJson(vitestJson);
if (v) {
  totals.passed += v.numPassedTests;
  totals.failed += v.numFailedTests + (vitestOk || v.numFailedTests ? 0 : 1);
  totals.skipped += (v.numPendingTests ?? 0) + (v.numTodoTests ?? 0);
} else totals.failed += 1;

const rendererBuilt = step('build renderer (vite)', bin('vite'), ['build', '--config', 'renderer/vite.config.ts']);
step('build electron shell (esbuild)', process.execPath, ['scripts/build-electron.mjs']);

if (rendererBuilt) {
  const pwJson = path.join(out, 'playwright.json');
  const pwOk = run('e2e tests (playwright)', bin('playwright'), ['test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: pwJson });
  const p = readJson(pwJson);
  if (p?.stats) {
    totals.passed += p.stats.expected + (p.stats.flaky ?? 0);
    totals.failed += p.stats.unexpected + (pwOk || p.stats.unexpected ? 0 : 1);
    totals.skipped += p.stats.skipped;
  } else totals.failed += 1;
} else {
  totals.failed += 1; // e2e could not run without the renderer
}

const summary = `${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`;
fs.writeFileSync(path.join(out, 'summary.txt'), summary + '\n');
process.stdout.write(`\n${summary}\n`);
process.exit(totals.failed === 0 ? 0 : 1);
