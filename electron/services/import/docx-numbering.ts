// Word's automatic numbering (numbering.xml) and the paragraph styles that carry it (styles.xml):
// a paragraph's numId/ilvl -> the number Word draws before it ("1." "（一）" "一、"), counted the way
// Word counts (per abstract list; a deeper level restarts when a shallower one advances).
import { SaxesParser } from 'saxes';
import { chineseNumeral } from '../../../shared/outline/numbering';

interface Level {
  start: number;
  format: string;
  text: string;
  /** The level whose advance restarts this one (Word's lvlRestart, 1-based; 0 = never). */
  restart?: number;
  legal: boolean;
}

export interface NumberingDefinitions {
  abstracts: Map<string, Map<number, Level>>;
  /** numId -> abstractNumId and per-level start overrides. */
  nums: Map<string, { abstractId: string; startOverride: Map<number, number> }>;
}

export interface StyleInfo {
  basedOn?: string;
  numId?: string;
  ilvl?: number;
  outlineLevel?: number;
}

const local = (name: string) => name.slice(name.indexOf(':') + 1);
const attr = (attrs: Record<string, string>, name: string) => attrs[`w:${name}`] ?? attrs[name];

export function parseNumbering(xml: string): NumberingDefinitions {
  const defs: NumberingDefinitions = { abstracts: new Map(), nums: new Map() };
  const p = new SaxesParser({ position: false });
  let abstract: Map<number, Level> | undefined;
  let level: Level | undefined;
  let num: { abstractId: string; startOverride: Map<number, number> } | undefined;
  let overrideLevel = -1;
  p.on('opentag', (t) => {
    const a = t.attributes as Record<string, string>;
    const v = attr(a, 'val') ?? '';
    switch (local(t.name)) {
      case 'abstractNum':
        abstract = new Map();
        defs.abstracts.set(attr(a, 'abstractNumId') ?? '', abstract);
        break;
      case 'lvl':
        if (abstract && !num) {
          level = { start: 1, format: 'decimal', text: '', legal: false };
          abstract.set(Number(attr(a, 'ilvl') ?? 0), level);
        }
        break;
      case 'start':
        if (level) level.start = Number(v) || 0;
        break;
      case 'numFmt':
        if (level) level.format = v;
        break;
      case 'lvlText':
        if (level) level.text = v;
        break;
      case 'lvlRestart':
        if (level) level.restart = Number(v);
        break;
      case 'isLgl':
        if (level) level.legal = v !== '0' && v !== 'false';
        break;
      case 'num':
        num = { abstractId: '', startOverride: new Map() };
        defs.nums.set(attr(a, 'numId') ?? '', num);
        break;
      case 'abstractNumId':
        if (num) num.abstractId = v;
        break;
      case 'lvlOverride':
        overrideLevel = Number(attr(a, 'ilvl') ?? 0);
        break;
      case 'startOverride':
        if (num && overrideLevel >= 0) num.startOverride.set(overrideLevel, Number(v) || 0);
        break;
    }
  });
  p.on('closetag', (t) => {
    const n = local(t.name);
    if (n === 'lvl') level = undefined;
    else if (n === 'abstractNum') abstract = undefined;
    else if (n === 'num') num = undefined;
    else if (n === 'lvlOverride') overrideLevel = -1;
  });
  p.write(xml).close();
  return defs;
}

export function parseStyles(xml: string): Map<string, StyleInfo> {
  const styles = new Map<string, StyleInfo>();
  const p = new SaxesParser({ position: false });
  let style: StyleInfo | undefined;
  let depth = 0; // inside w:style, ignore run properties and tracked changes
  let skip = 0;
  p.on('opentag', (t) => {
    const n = local(t.name);
    const a = t.attributes as Record<string, string>;
    if (n === 'style') {
      style = {};
      styles.set(attr(a, 'styleId') ?? '', style);
      depth = 0;
      return;
    }
    if (!style) return;
    depth++;
    if (n === 'pPrChange' || n === 'rPr') skip++;
    if (skip) return;
    const v = attr(a, 'val') ?? '';
    if (n === 'basedOn') style.basedOn = v;
    else if (n === 'numId') style.numId = v;
    else if (n === 'ilvl') style.ilvl = Number(v) || 0;
    else if (n === 'outlineLvl') style.outlineLevel = Number(v);
  });
  p.on('closetag', (t) => {
    const n = local(t.name);
    if (n === 'style') style = undefined;
    else if (style) {
      depth--;
      if ((n === 'pPrChange' || n === 'rPr') && skip) skip--;
    }
  });
  p.write(xml).close();
  return styles;
}

/** A style's property, looked up through its basedOn chain. */
export function styleProp<K extends keyof StyleInfo>(styles: Map<string, StyleInfo>, id: string | undefined, key: K): StyleInfo[K] | undefined {
  for (let i = 0, s = id ? styles.get(id) : undefined; s && i < 20; i++, s = s.basedOn ? styles.get(s.basedOn) : undefined) {
    if (s[key] !== undefined) return s[key];
  }
  return undefined;
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const TIANGAN = '甲乙丙丁戊己庚辛壬癸';

function roman(n: number): string {
  const table: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [v, s] of table) while (n >= v) (out += s), (n -= v);
  return out;
}

function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'taiwaneseCounting':
    case 'japaneseCounting':
      return chineseNumeral(n);
    case 'ideographTraditional':
      return TIANGAN[n - 1] ?? String(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return CIRCLED[n - 1] ?? String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case 'upperLetter':
      return String.fromCharCode(64 + (((n - 1) % 26) + 1)).repeat(Math.floor((n - 1) / 26) + 1);
    case 'lowerLetter':
      return String.fromCharCode(96 + (((n - 1) % 26) + 1)).repeat(Math.floor((n - 1) / 26) + 1);
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'decimalEnclosedParen':
      return `(${n})`;
    default:
      return String(n);
  }
}

/** Counts list paragraphs as Word does and renders each one's number. */
export class ListCounter {
  private readonly counters = new Map<string, number[]>();
  private readonly startedNums = new Set<string>();

  constructor(private readonly defs: NumberingDefinitions) {}

  /** The number Word draws for the next paragraph of list numId at level ilvl ('' for bullets and none). */
  next(numId: string, ilvl: number): string {
    const num = this.defs.nums.get(numId);
    const levels = num && this.defs.abstracts.get(num.abstractId);
    const lvl = levels?.get(ilvl);
    if (!num || !levels || !lvl) return '';
    let counts = this.counters.get(num.abstractId);
    if (!counts) this.counters.set(num.abstractId, (counts = []));
    if (!this.startedNums.has(numId)) {
      // A list instance with a start override begins again there.
      this.startedNums.add(numId);
      for (const [level, start] of num.startOverride) counts[level] = start - 1;
    }
    const start = (l: number) => levels.get(l)?.start ?? 1;
    counts[ilvl] = (counts[ilvl] ?? start(ilvl) - 1) + 1;
    for (let deeper = ilvl + 1; deeper < 9; deeper++) {
      const restart = levels.get(deeper)?.restart;
      if (restart === 0 || (restart !== undefined && restart - 1 < ilvl)) continue;
      counts[deeper] = start(deeper) - 1;
    }
    if (lvl.format === 'bullet' || lvl.format === 'none') return '';
    return lvl.text.replace(/%([1-9])/g, (_, d: string) => {
      const l = Number(d) - 1;
      const value = counts![l] ?? start(l);
      return formatNumber(value, lvl.legal ? 'decimal' : (levels.get(l)?.format ?? 'decimal'));
    });
  }
}
