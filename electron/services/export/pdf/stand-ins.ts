// The open-licensed stand-in fonts shipped in resources/fonts/ (see scripts/vendor-fonts.mjs):
// TrueType-outline woff2 faces, split by unicode-range so Chromium loads only what a page uses.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PlanDeskError } from '../../../../shared/api/errors';
import type { FontRole } from '../../../../shared/official/fonts';
import type { HtmlFontFace } from '../../../../shared/official/html/index';

interface ManifestFace {
  weight: number;
  file: string;
  unicodeRange: string;
}
interface ManifestFamily {
  family: string;
  dir: string;
  package: string;
  license: string;
  faces: ManifestFace[];
}
interface Manifest {
  families: ManifestFamily[];
}

/** A role's stand-in: its CSS family, which shipped family and weights it draws on, its name for people. */
interface StandInSpec {
  css: string;
  family: string;
  /** [weight of the shipped file, weight it is declared as in CSS]. */
  weights: [number, number][];
  display: string;
}

// The title stand-in is the bold cut declared as regular: 小标宋 is a heavy face, and an installed
// official font must not be drawn bold.
const SPECS: Record<FontRole, StandInSpec> = {
  title: { css: 'PlanDesk Title', family: 'Noto Serif SC', weights: [[700, 400]], display: '思源宋体 粗体（Noto Serif SC Bold）' },
  fang: { css: 'PlanDesk Serif', family: 'Noto Serif SC', weights: [[400, 400], [700, 700]], display: '思源宋体（Noto Serif SC）' },
  song: { css: 'PlanDesk Serif', family: 'Noto Serif SC', weights: [[400, 400], [700, 700]], display: '思源宋体（Noto Serif SC）' },
  kai: { css: 'PlanDesk Kai', family: 'LXGW WenKai', weights: [[500, 400]], display: '霞鹜文楷（LXGW WenKai）' },
  hei: { css: 'PlanDesk Sans', family: 'Noto Sans SC', weights: [[400, 400]], display: '思源黑体（Noto Sans SC）' },
};

/**
 * Layout metrics of the Windows CJK fonts (宋体, 仿宋, 黑体: ascent 0.86 em, descent 0.14 em). Noto's
 * own (1.16 + 0.29 em) would sit text 2 mm higher in its line and push lines apart where fonts mix;
 * with these, a stand-in takes exactly the room of the official font and the grid holds.
 */
export const OFFICIAL_METRICS = { ascent: 86, descent: 14, lineGap: 0 };

/** Latin letters and digits in Times New Roman where the PC has it, as the docx writes them. */
export const LATIN_FAMILY = 'PlanDesk Latin';
const LATIN_FACES: HtmlFontFace[] = [
  { family: LATIN_FAMILY, src: 'Times New Roman', local: true, weight: 400, unicodeRange: 'U+20-7E', metrics: OFFICIAL_METRICS },
  { family: LATIN_FAMILY, src: 'Times New Roman Bold', local: true, weight: 700, unicodeRange: 'U+20-7E', metrics: OFFICIAL_METRICS },
];

export type Range = [number, number];

/** "U+4e00-9fff,U+ff0c" -> [[0x4e00,0x9fff],[0xff0c,0xff0c]] ("?" wildcards widen the range). */
export function parseUnicodeRange(value: string): Range[] {
  const ranges: Range[] = [];
  for (const part of value.split(',')) {
    const m = /^\s*U\+([0-9a-f?]+)(?:-([0-9a-f]+))?\s*$/i.exec(part);
    if (!m) continue;
    const lo = parseInt(m[1]!.replace(/\?/g, '0'), 16);
    const hi = m[2] ? parseInt(m[2], 16) : parseInt(m[1]!.replace(/\?/g, 'f'), 16);
    ranges.push([lo, hi]);
  }
  return ranges;
}

/** Ranges sorted and merged, for a binary search. */
function mergeRanges(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: Range[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1] + 1) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

export class StandIns {
  private readonly coverage: Range[];
  private faceList: HtmlFontFace[] | null = null;

  private constructor(
    readonly fontsDir: string,
    private readonly manifest: Manifest,
  ) {
    this.coverage = mergeRanges(manifest.families.flatMap((f) => f.faces.flatMap((face) => parseUnicodeRange(face.unicodeRange))));
  }

  /** Reads resources/fonts/manifest.json; a clear message when the app's fonts are gone. */
  static load(fontsDir: string): StandIns {
    let manifest: Manifest;
    try {
      manifest = JSON.parse(fs.readFileSync(path.join(fontsDir, 'manifest.json'), 'utf8')) as Manifest;
    } catch {
      throw new PlanDeskError('UNAVAILABLE', `找不到随程序提供的字体（${fontsDir}），无法生成 PDF。请重新安装工作要点编制台。`);
    }
    return new StandIns(fontsDir, manifest);
  }

  /** The role's stand-in, then the other shipped families for characters it lacks (LXGW WenKai
   * has every URO ideograph; the Noto slices leave rare ones out). */
  cssFamilies(role: FontRole): string[] {
    return [...new Set([SPECS[role].css, SPECS.fang.css, SPECS.kai.css])];
  }

  displayName(role: FontRole): string {
    return SPECS[role].display;
  }

  /** @font-face rules for every stand-in (each CSS family once) and the Latin face. */
  faces(): HtmlFontFace[] {
    this.faceList ??= this.buildFaces();
    return this.faceList;
  }

  private buildFaces(): HtmlFontFace[] {
    const faces: HtmlFontFace[] = [...LATIN_FACES];
    const done = new Set<string>();
    for (const spec of Object.values(SPECS)) {
      if (done.has(spec.css)) continue;
      done.add(spec.css);
      const family = this.manifest.families.find((f) => f.family === spec.family);
      if (!family) throw new PlanDeskError('UNAVAILABLE', `随程序提供的字体不完整（缺少 ${spec.family}），无法生成 PDF。请重新安装工作要点编制台。`);
      for (const [fileWeight, cssWeight] of spec.weights) {
        for (const face of family.faces.filter((f) => f.weight === fileWeight)) {
          const src = pathToFileURL(path.join(this.fontsDir, family.dir, face.file)).href;
          faces.push({ family: spec.css, src, weight: cssWeight, metrics: OFFICIAL_METRICS, ...(face.unicodeRange ? { unicodeRange: face.unicodeRange } : {}) });
        }
      }
    }
    return faces;
  }

  /** Some shipped font has this character. */
  covers(ch: string): boolean {
    const c = ch.codePointAt(0)!;
    let lo = 0;
    let hi = this.coverage.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const [a, b] = this.coverage[mid]!;
      if (c < a) hi = mid - 1;
      else if (c > b) lo = mid + 1;
      else return true;
    }
    return false;
  }
}
