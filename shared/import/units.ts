// Responsible units written into the text: （责任单位：A、B） or （牵头单位：A；责任单位：B） at an item's
// end, or a line of their own 责任单位：A、B. They become the item's units and leave its text.
import type { ResponsibleUnits } from '../outline/document';
import { clean } from './lines';

const LABEL = '(?:牵头|责任|主责|配合|协办|参与|承办)(?:单位|科室|部门|处室|股室)';
const LABEL_AT = new RegExp(`(牵头|责任|主责|配合|协办|参与|承办)(?:单位|科室|部门|处室|股室)\\s*[:：]`, 'g');
/** The parenthesis at the end of a text, allowing one level of parentheses inside (各县（市、区）). */
const TRAILING = new RegExp(`[（(]\\s*(${LABEL}\\s*[:：](?:[^（）()]|[（(][^（）()]*[）)])*)[）)]\\s*([。.；;]?)\\s*$`);
const OWN_LINE = new RegExp(`^[（(]?\\s*(${LABEL}\\s*[:：].*?)[）)]?[。.]?$`);

export function noUnits(): ResponsibleUnits {
  return { lead: [], responsible: [] };
}

/** Names split on 、，, ; and spaces, but not inside parentheses. */
function splitNames(list: string): string[] {
  const names: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of list) {
    if (ch === '（' || ch === '(') depth++;
    if (ch === '）' || ch === ')') depth = Math.max(0, depth - 1);
    if (depth === 0 && /[、，,；;\s\u3000]/.test(ch)) {
      names.push(current);
      current = '';
    } else current += ch;
  }
  names.push(current);
  return names.map((n) => n.trim().replace(/[。.]$/, '')).filter(Boolean);
}

/** 牵头单位：A；责任单位：B、C -> { lead: [A], responsible: [B, C] } */
export function parseUnitList(inner: string): ResponsibleUnits {
  const units = noUnits();
  const marks = [...inner.matchAll(LABEL_AT)];
  marks.forEach((m, i) => {
    const from = m.index! + m[0].length;
    const to = i + 1 < marks.length ? marks[i + 1]!.index! : inner.length;
    const role = m[1] === '牵头' || m[1] === '主责' ? 'lead' : 'responsible';
    for (const name of splitNames(inner.slice(from, to))) if (!units[role].includes(name)) units[role].push(name);
  });
  return units;
}

/** The text without its trailing units parenthesis, and the units; null when it has none. */
export function takeTrailingUnits(text: string): { text: string; units: ResponsibleUnits } | null {
  const m = TRAILING.exec(text);
  if (!m) return null;
  let rest = text.slice(0, m.index).replace(/[\s\u3000]+$/, '');
  if (m[2] && !/[。；.;]$/.test(rest)) rest += m[2];
  return { text: rest, units: parseUnitList(m[1]!) };
}

/** A line of its own such as 责任单位：组干科、机关党委; null if the line is not one. */
export function unitsLine(text: string): ResponsibleUnits | null {
  const m = OWN_LINE.exec(clean(text));
  return m ? parseUnitList(m[1]!) : null;
}

export function mergeUnits(into: ResponsibleUnits, more: ResponsibleUnits): void {
  for (const n of more.lead) if (!into.lead.includes(n)) into.lead.push(n);
  for (const n of more.responsible) if (!into.responsible.includes(n)) into.responsible.push(n);
}
