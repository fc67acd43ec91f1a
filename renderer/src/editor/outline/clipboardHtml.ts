// HTML from the clipboard (Word, WPS, web pages) -> source lines for the shared import pipeline:
// one line a paragraph, heading, list item or table row; heading tags and Word's outline levels
// become level hints. Only the text is kept: fonts, colours and sizes of the source are dropped.
import type { SourceLine } from '../../../../shared/import/types';

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CAPTION', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE',
  'TBODY', 'THEAD', 'TFOOT', 'UL',
]);
const SKIPPED_TAGS = new Set(['HEAD', 'SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'TITLE', 'META', 'LINK', 'IMG', 'SVG', 'OBJECT']);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** A line break in the HTML source between two Chinese characters is not a space (Word wraps its HTML anywhere). */
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;

function normalise(text: string): string {
  const joined = text.replace(/[ \t]*[\r\n]+[ \t]*/g, (m, offset: number, whole: string) =>
    CJK.test(whole[offset - 1] ?? '') || CJK.test(whole[offset + m.length] ?? '') ? '' : ' ',
  );
  return joined.replace(/\u00a0/g, ' ').replace(/[ \t\f\v]+/g, ' ').trim();
}

/** A numbered list's entries (<ol><li>, as WPS and web pages write them) are items, a list inside one subitems: the numbers are not in their text. */
function listLevel(el: Element): 3 | 4 | undefined {
  if (el.tagName !== 'LI' || el.parentElement?.tagName !== 'OL') return undefined;
  return el.parentElement.parentElement?.closest('ol') ? 4 : 3;
}

function headingLevel(el: Element): 1 | 2 | 3 | 4 | undefined {
  const list = listLevel(el);
  if (list) return list;
  const h = /^H([1-4])$/.exec(el.tagName);
  if (h) return Number(h[1]) as 1 | 2 | 3 | 4;
  // Word writes its outline level into the style: mso-outline-level:2
  const m = /mso-outline-level\s*:\s*([1-4])/.exec(el.getAttribute('style') ?? '');
  return m ? (Number(m[1]) as 1 | 2 | 3 | 4) : undefined;
}

function hidden(el: Element): boolean {
  const style = el.getAttribute('style') ?? '';
  return /display\s*:\s*none|mso-hide\s*:\s*all/i.test(style);
}

export function htmlToLines(html: string): SourceLine[] {
  const doc = new window.DOMParser().parseFromString(html, 'text/html');
  const lines: SourceLine[] = [];
  let buffer = '';
  let hint: 1 | 2 | 3 | 4 | undefined;
  const flush = () => {
    const text = normalise(buffer);
    // A blank line after each: HTML paragraphs are real paragraphs, never lines cut by a wrap.
    if (text) lines.push({ no: lines.length + 1, text, ...(hint ? { hintLevel: hint } : {}) }, { no: lines.length + 2, text: '' });
    buffer = '';
    hint = undefined;
  };

  /** `outer`: the level of the heading or list entry the node is inside (its text before a nested block is that entry's). */
  const walk = (node: Node, outer?: 1 | 2 | 3 | 4): void => {
    if (node.nodeType === TEXT_NODE) {
      buffer += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const el = node as Element;
    if (SKIPPED_TAGS.has(el.tagName) || hidden(el)) return;
    if (el.tagName === 'BR') {
      hint = outer;
      flush();
      return;
    }
    if (el.tagName === 'TR') {
      // One line a row, cells apart: the way the importer keeps a table it cannot read as indicators.
      flush();
      buffer = [...el.children].map((cell) => normalise(cell.textContent ?? '')).filter(Boolean).join('　');
      flush();
      return;
    }
    const own = headingLevel(el);
    const block = BLOCK_TAGS.has(el.tagName) || own !== undefined;
    if (block) {
      hint = outer;
      flush();
    }
    const level = own ?? outer;
    for (const child of el.childNodes) walk(child, level);
    if (block) {
      hint = level;
      flush();
    }
  };
  walk(doc.body);
  flush();
  return lines;
}
