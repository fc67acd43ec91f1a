// The plan's own title (…2024年工作要点), its year and kind, found in the lines before the first heading.
import type { PlanKind } from '../domain/plan';
import { recogniseLine } from '../outline/markers';
import { hasSentencePunctuation, squeeze } from './lines';
import { isOrganLine, type LiveLine } from './notice';

const KIND_WORDS = /工作要[点點]|要[点點]|工作思路|思路|[规規][划劃]|[计計][划劃]|工作安排|[实實]施方案|行[动動]方案/;
/** What template sites append to a title. */
const SITE_SUFFIX = /(范文|范本|模板|（?[精完][选整]版?）?)$/;

export interface TitleResult {
  title: string;
  /** Line numbers the title was read from. */
  lines: number[];
  /** An organ line above the title, when there is one. */
  organ: string;
}

function isTitleLine(text: string): boolean {
  return text.length <= 60 && !hasSentencePunctuation(text) && KIND_WORDS.test(text) && recogniseLine(text).level === 0;
}

/** The title among `lines` (non-empty, in order) not yet `used`, preferring the one the notice quotes. */
export function findTitle(lines: readonly LiveLine[], used: ReadonlySet<number>, quoted: string): TitleResult {
  let head = lines.findIndex((l) => !used.has(l.no) && recogniseLine(l.text).level !== 0);
  if (head === -1) head = lines.length;
  const candidates = lines
    .slice(0, head)
    .map((l, i) => ({ l, i }))
    .filter(({ l }) => !used.has(l.no) && isTitleLine(l.text));
  const q = squeeze(quoted);
  const pick = (q && candidates.find(({ l }) => q.endsWith(squeeze(l.text)))) || candidates[0];
  if (!pick) return { title: '', lines: [], organ: '' };
  const text = pick.l.text.replace(SITE_SUFFIX, '');
  const above = lines[pick.i - 1];
  if (above && !used.has(above.no) && isOrganLine(above.text) && !KIND_WORDS.test(above.text)) {
    const organ = above.text.split(/[\s\u3000]+/).filter(Boolean).join(' ');
    const joined = squeeze(organ + text) === q ? quoted : `${organ}${text}`;
    return { title: joined, lines: [above.no, pick.l.no], organ };
  }
  return { title: text.replace(/[\s\u3000]+/g, ' ').trim(), lines: [pick.l.no], organ: '' };
}

/** A year placeholder such as 202x年 or xxxx年. */
export const YEAR_PLACEHOLDER = /(?:20[0-9]?[xX×＊*]{1,2}|[xX×]{4})\s*年/;

export function yearOf(text: string): number | null {
  const m = /((?:19|20)\d{2})\s*年/.exec(text);
  return m ? Number(m[1]) : null;
}

export function kindOf(title: string): PlanKind {
  if (/要[点點]/.test(title)) return '工作要点';
  if (/思路/.test(title)) return '工作思路';
  if (/[规規][划劃]/.test(title)) return '规划';
  return '工作要点';
}
