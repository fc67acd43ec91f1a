#!/usr/bin/env node
// Launcher for the `plandesk` command. PlanDesk needs Node >= 22 (better-sqlite3 13); where the
// machine's Node is older, re-run with the Node 24 the `node` devDependency installs.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const major = Number(process.versions.node.split('.')[0]);

if (major < 22) {
  const bundled = path.join(root, 'node_modules', 'node', 'bin', process.platform === 'win32' ? 'node.exe' : 'node');
  if (!fs.existsSync(bundled)) {
    process.stderr.write(`错误：PlanDesk 需要 Node.js 22 或更高版本（当前 ${process.version}）。请先在项目目录运行 npm install。\n`);
    process.exit(1);
  }
  const child = spawn(bundled, [fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' });
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => child.kill(sig));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  const { main } = await import(path.join(root, 'electron', 'cli.ts'));
  process.exitCode = await main(process.argv.slice(2));
}
