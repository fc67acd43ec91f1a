#!/usr/bin/env node
// `npm start`: opens PlanDesk in its Electron window when the Electron program is on this
// machine (or can be fetched now); otherwise says so in one sentence and starts browser mode.
// Extra arguments (--db FILE, --port N, …) are passed on to whichever mode starts.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const electronPkg = path.join(root, 'node_modules', 'electron');
const args = process.argv.slice(2);
const DOWNLOAD_TIMEOUT_MS = 60_000;

/** The Electron executable if it is installed, found the way electron/index.js finds it, without downloading. */
export function installedElectron() {
  const pathFile = path.join(electronPkg, 'path.txt');
  if (!fs.existsSync(pathFile)) return null;
  const rel = fs.readFileSync(pathFile, 'utf8').trim();
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH || path.join(electronPkg, 'dist');
  const exe = path.join(distDir, rel);
  return rel && fs.existsSync(exe) ? exe : null;
}

/** Runs electron's own install.js (a download) in a child process, quietly, with a time limit. */
function tryDownloadElectron() {
  const installer = path.join(electronPkg, 'install.js');
  if (!fs.existsSync(installer)) return Promise.resolve(false);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [installer], { cwd: electronPkg, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    // Offline the download fails at once; only a slow real download makes the user wait.
    const notice = setTimeout(() => console.log('正在下载 Electron 程序（只在第一次需要）…'), 3000);
    const timer = setTimeout(() => child.kill(), DOWNLOAD_TIMEOUT_MS);
    child.on('error', () => finish(false));
    child.on('exit', (code) => finish(code === 0));
    function finish(ok) {
      clearTimeout(notice);
      clearTimeout(timer);
      if (!ok && process.env.PLANDESK_DEBUG) console.error(output.trim());
      resolve(ok);
    }
  });
}

/** Runs a Node script to completion with this same Node; exits the launcher if it fails. */
function runNode(script, scriptArgs, what) {
  const result = spawnSync(process.execPath, [path.join(root, script), ...scriptArgs], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`${what}失败，程序没有启动。请查看上面的错误信息。`);
    process.exit(result.status || 1);
  }
}

function buildRenderer() {
  runNode('node_modules/vite/bin/vite.js', ['build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn'], '界面构建');
}

/** Starts a long-running child, forwards Ctrl+C and friends, and exits with its code. */
function handOver(command, commandArgs, env = process.env) {
  const child = spawn(command, commandArgs, { cwd: root, stdio: 'inherit', env });
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => child.kill(sig));
  child.on('error', (e) => {
    console.error(`无法启动：${e.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

async function main() {
  let electron = installedElectron();
  if (!electron && (await tryDownloadElectron())) electron = installedElectron();

  if (electron) {
    buildRenderer();
    runNode('scripts/build-electron.mjs', [], '桌面程序构建');
    const env = { ...process.env };
    delete env.ELECTRON_RUN_AS_NODE; // would make the binary behave as plain Node
    handOver(electron, [root, ...args], env);
    return;
  }

  console.log('无法获取 Electron 程序（本机无法下载），改为浏览器模式启动。');
  console.log('(Electron is not available on this machine, so PlanDesk starts in browser mode.)');
  buildRenderer();
  handOver(process.execPath, [path.join(root, 'bin', 'plandesk.mjs'), 'serve', ...args]);
}

main();
