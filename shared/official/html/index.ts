// The HTML writer: the official-document model (shared/official/model.ts) as one self-contained
// HTML page with print CSS. Chromium (Playwright or Electron) prints it to the PDF; the preview
// shows that PDF. Pure string building: no DOM, no Node.
import type { Block, OfficialDocument } from '../model';
import { blockHtml, colophonHtml } from './blocks';
import { printCss } from './css';
import { escapeHtml } from './escape';
import type { HtmlFonts } from './fonts';

export { PAGE_NAMES, printCss } from './css';
export { escapeHtml, cssString } from './escape';
export { familyList, fontFaceCss, namedFonts, FONT_ROLES, type HtmlFontFace, type HtmlFonts } from './fonts';

const keepsWithNext = (b: Block) => (b.type === 'paragraph' || b.type === 'blank' || b.type === 'attachmentNote') && !!b.keepWithNext;

/**
 * A section's blocks, those kept with the next one wrapped together with it: Chromium does not move
 * the last lines of a paragraph over a page for `break-after: avoid`, so a signature or 附件说明 would
 * open a page alone (GB/T 9704 7.3.5.1). A chain ending in a table is left to break as it must.
 */
function blocksHtml(blocks: readonly Block[]): string {
  let html = '';
  let chain: Block[] = [];
  for (const b of blocks) {
    if (!chain.length && !keepsWithNext(b)) {
      html += blockHtml(b);
      continue;
    }
    chain.push(b);
    if (keepsWithNext(b)) continue;
    const inner = chain.map(blockHtml).join('');
    html += b.type === 'table' ? inner : `<div class="keep-together">${inner}</div>`;
    chain = [];
  }
  return html + chain.map(blockHtml).join('');
}

export function renderOfficialHtml(doc: OfficialDocument, fonts: HtmlFonts): string {
  const sections = doc.sections
    .map((s) => `<section class="section ${s.kind}${s.orientation === 'landscape' ? ' landscape' : ''}">${blocksHtml(s.blocks)}</section>`)
    .join('\n');
  return (
    '<!doctype html>\n<html lang="zh-CN"><head><meta charset="utf-8">' +
    `<title>${escapeHtml(doc.title)}</title>` +
    `<style>\n${printCss(fonts)}\n</style></head>\n<body>\n${sections}\n${doc.colophon ? colophonHtml(doc.colophon) : ''}\n</body></html>\n`
  );
}
