// Where the desktop app keeps its SQLite file: --db or PLANDESK_DB when given,
// otherwise plandesk.db in Electron's userData folder.
import { app } from 'electron';
import path from 'node:path';
import { DB_FILE_NAME, resolveDbPath } from '../services/paths';

/** The value of `--db <file>` or `--db=<file>`, if present. */
export function dbFlag(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--db') return argv[i + 1];
    if (arg.startsWith('--db=')) return arg.slice('--db='.length);
  }
  return undefined;
}

export function desktopDbPath(argv: readonly string[], env: NodeJS.ProcessEnv): string {
  const flag = dbFlag(argv);
  if (flag || env.PLANDESK_DB) return resolveDbPath({ flag, env });
  return path.join(app.getPath('userData'), DB_FILE_NAME);
}
