// The HTML writer: the official-document model (shared/official/model.ts) as one self-contained
// HTML page with print CSS. Chromium (Playwright or Electron) prints it to the PDF; the preview
// shows that PDF. Pure string building: no DOM, no Node.
import type { OfficialDocument } from '../model';
import { blockHtml, colophonHtml } from './blocks';
import { printCss } from './css';
import { escapeHtml } from './escape';
import type { HtmlFonts } from './fonts';

export { PAGE_NAMES, printCss } from './css';
export { escapeHtml, cssString } from './escape';
export { familyList, fontFaceCss, namedFonts, FONT_ROLES, type HtmlFontFace, type HtmlFonts } from './fonts';

export function renderOfficialHtml(doc: OfficialDocument, fonts: HtmlFonts): string {
  const sections = doc.sections
    .map((s) => `<section class="section ${s.kind}${s.orientation === 'landscape' ? ' landscape' : ''}">${s.blocks.map(blockHtml).join('')}</section>`)
    .join('\n');
  return (
    '<!doctype html>\n<html lang="zh-CN"><head><meta charset="utf-8">' +
    `<title>${escapeHtml(doc.title)}</title>` +
    `<style>\n${printCss(fonts)}\n</style></head>\n<body>\n${sections}\n${doc.colophon ? colophonHtml(doc.colophon) : ''}\n</body></html>\n`
  );
}
