// Which fonts this PC has, by family name: fontconfig (`fc-list`) on Linux and macOS, the font
// registry and the Fonts folders on Windows. Chromium finds system fonts by the same names.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** Runs a command and returns its stdout, or null when it cannot run. */
export type RunCommand = (cmd: string, args: string[]) => Buffer | null;

const runCommand: RunCommand = (cmd, args) => {
  try {
    return execFileSync(cmd, args, { stdio: ['ignore', 'pipe', 'ignore'], timeout: 15_000, maxBuffer: 32 * 1024 * 1024, windowsHide: true });
  } catch {
    return null;
  }
};

/** Names an official font goes by (its Chinese and English family names). */
export const FONT_ALIASES: Record<string, string[]> = {
  方正小标宋简体: ['方正小标宋简体', 'FZXiaoBiaoSong-B05S', '方正小标宋_GBK', 'FZXiaoBiaoSong-B05'],
  仿宋_GB2312: ['仿宋_GB2312', 'FangSong_GB2312'],
  楷体_GB2312: ['楷体_GB2312', 'KaiTi_GB2312'],
  黑体: ['黑体', 'SimHei'],
  宋体: ['宋体', 'SimSun'],
  华文中宋: ['华文中宋', 'STZhongsong'],
  仿宋: ['仿宋', 'FangSong'],
  楷体: ['楷体', 'KaiTi'],
};

/** Font files of the official fonts as Windows installs them, lower case -> family. */
const FONT_FILES: Record<string, string> = {
  'simhei.ttf': 'SimHei',
  'simsun.ttc': 'SimSun',
  'simfang.ttf': 'FangSong',
  'simkai.ttf': 'KaiTi',
  'stzhongs.ttf': 'STZhongsong',
  'fzxbsjw.ttf': 'FZXiaoBiaoSong-B05S',
  'fzxbsk.ttf': 'FZXiaoBiaoSong-B05S',
  '方正小标宋简体.ttf': '方正小标宋简体',
  'fs_gb2312.ttf': 'FangSong_GB2312',
  'simfang_gb2312.ttf': 'FangSong_GB2312',
  '仿宋_gb2312.ttf': '仿宋_GB2312',
  'kaiti_gb2312.ttf': 'KaiTi_GB2312',
  'simkai_gb2312.ttf': 'KaiTi_GB2312',
  '楷体_gb2312.ttf': '楷体_GB2312',
};

/** `fc-list : family` -> family names (a line may hold several: "LXGW WenKai,霞鹜文楷"). */
export function parseFcList(out: string): string[] {
  return out
    .split('\n')
    .flatMap((line) => line.split(','))
    .map((n) => n.replace(/\\-/g, '-').trim())
    .filter(Boolean);
}

/** `reg query …\Fonts` -> family names from the value names ("SimHei (TrueType)") and the files. */
export function parseRegFonts(out: string): { names: string[]; files: string[] } {
  const names: string[] = [];
  const files: string[] = [];
  for (const line of out.split(/\r?\n/)) {
    const m = /^\s+(.+?)\s{2,}REG_(?:EXPAND_)?SZ\s{2,}(.+?)\s*$/.exec(line);
    if (!m) continue;
    for (const n of m[1]!.replace(/\s*\((TrueType|OpenType|All res)\)\s*$/i, '').split(/\s+&\s+/)) names.push(n.trim());
    files.push(path.win32.basename(m[2]!));
  }
  return { names, files };
}

export function familiesFromFiles(files: readonly string[]): string[] {
  return files.map((f) => FONT_FILES[f.toLowerCase()]).filter((n): n is string => !!n);
}

export interface DetectOptions {
  platform?: NodeJS.Platform;
  run?: RunCommand;
  env?: NodeJS.ProcessEnv;
  listDir?: (dir: string) => string[];
}

const listDir = (dir: string): string[] => {
  try {
    return fs.readdirSync(dir);
  } catch {
    return [];
  }
};

/** Family names of the fonts installed on this PC, lower case. Empty when nothing can be asked. */
export function detectInstalledFamilies(opts: DetectOptions = {}): Set<string> {
  const platform = opts.platform ?? process.platform;
  const run = opts.run ?? runCommand;
  const env = opts.env ?? process.env;
  const names: string[] = [];
  if (platform === 'win32') {
    // Value names of Chinese fonts may come back in the console code page; the file names are ASCII.
    for (const hive of ['HKLM', 'HKCU']) {
      const out = run('reg', ['query', `${hive}\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Fonts`]);
      if (!out) continue;
      const reg = parseRegFonts(out.toString('latin1'));
      names.push(...reg.names, ...familiesFromFiles(reg.files));
    }
    const dirs = [path.join(env.WINDIR ?? 'C:\\Windows', 'Fonts'), env.LOCALAPPDATA ? path.join(env.LOCALAPPDATA, 'Microsoft', 'Windows', 'Fonts') : ''];
    for (const dir of dirs.filter(Boolean)) names.push(...familiesFromFiles((opts.listDir ?? listDir)(dir)));
  } else {
    const out = run('fc-list', [':', 'family']);
    if (out) names.push(...parseFcList(out.toString('utf8')));
  }
  return new Set(names.map((n) => n.toLowerCase()));
}

/** Is `official` (any of its names) among the installed families? */
export function isInstalled(official: string, installed: ReadonlySet<string>): boolean {
  return (FONT_ALIASES[official] ?? [official]).some((n) => installed.has(n.toLowerCase()));
}
