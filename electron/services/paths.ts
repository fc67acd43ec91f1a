// Where PlanDesk keeps its SQLite file when nobody says otherwise.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The product name; Electron names its user-data folder after it. */
export const APP_DIR_NAME = '工作要点编制台';
export const DB_FILE_NAME = 'plandesk.db';

/**
 * The folder Electron's app.getPath('userData') gives for our product name, computed without
 * Electron, so the desktop window, browser mode and the CLI share one file by default.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  const home = os.homedir();
  if (platform === 'win32') {
    return path.join(env.APPDATA || path.join(home, 'AppData', 'Roaming'), APP_DIR_NAME);
  }
  if (platform === 'darwin') {
    return path.join(home, 'Library', 'Application Support', APP_DIR_NAME);
  }
  return path.join(env.XDG_CONFIG_HOME || path.join(home, '.config'), APP_DIR_NAME);
}

/** `--db FILE`, else PLANDESK_DB, else the default data folder. */
export function resolveDbPath(opts: { flag?: string; env?: NodeJS.ProcessEnv } = {}): string {
  const env = opts.env ?? process.env;
  const chosen = opts.flag || env.PLANDESK_DB;
  if (chosen) return path.resolve(chosen);
  return path.join(defaultDataDir(env), DB_FILE_NAME);
}

/**
 * resources/fonts (the PDF's stand-in fonts): PLANDESK_FONTS_DIR, else beside the running program
 * (the packaged app's resources, the `plandesk` launcher's checkout), else under the working folder.
 */
export function defaultFontsDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.PLANDESK_FONTS_DIR) return path.resolve(env.PLANDESK_FONTS_DIR);
  const resources = (process as { resourcesPath?: string }).resourcesPath;
  const candidates = [
    resources ? path.join(resources, 'fonts') : '',
    process.argv[1] ? path.resolve(path.dirname(process.argv[1]), '..', 'resources', 'fonts') : '',
    path.resolve('resources', 'fonts'),
  ].filter(Boolean);
  return candidates.find((dir) => fs.existsSync(path.join(dir, 'manifest.json'))) ?? candidates[candidates.length - 1]!;
}
