// 字体检查 and the fonts of the PDF: per role, the official font where this PC has it (or, for the
// _GB2312 names, its Windows relative), else the shipped stand-in; Latin in Times New Roman.
import type { FontCheck, FontRoleCheck } from '../../../../shared/official/font-check';
import { FONT_ROLE_LABELS, FONT_ROLE_LIST } from '../../../../shared/official/font-check';
import { FONT_NAMES, type FontRole, type FontSet } from '../../../../shared/official/fonts';
import type { HtmlFonts } from '../../../../shared/official/html/index';
import type { Block, OfficialDocument } from '../../../../shared/official/model';
import { FONT_ALIASES, isInstalled } from './installed-fonts';
import { LATIN_FAMILY, type StandIns } from './stand-ins';

export interface PdfFonts {
  html: HtmlFonts;
  check: FontCheck;
}

/** The names to try for a role, best first: the set's own font, then (for _GB2312) the Windows one. */
function candidates(set: FontSet, role: FontRole): string[] {
  const own = FONT_NAMES[set][role];
  const windows = FONT_NAMES.windows[role];
  return set === 'gb2312' && windows !== own ? [own, windows] : [own];
}

export function resolvePdfFonts(set: FontSet, installed: ReadonlySet<string>, standIns: StandIns, text = ''): PdfFonts {
  const stacks = {} as Record<FontRole, string[]>;
  const roles: FontRoleCheck[] = [];
  for (const role of FONT_ROLE_LIST) {
    const official = FONT_NAMES[set][role];
    const present = candidates(set, role).filter((name) => isInstalled(name, installed));
    // Only fonts found on this PC go into the stack, so the check says what the PDF really uses;
    // the stand-in stays last for characters the official font lacks.
    stacks[role] = [LATIN_FAMILY, ...present.flatMap((n) => FONT_ALIASES[n] ?? [n]), ...standIns.cssFamilies(role)];
    const using = present[0] ?? standIns.displayName(role);
    roles.push({ role, label: FONT_ROLE_LABELS[role], official, installed: present[0] === official, using, shipped: !present.length });
  }
  const used = [...new Set(roles.map((r) => r.using))];
  const substituted: FontCheck['substituted'] = [];
  for (const r of roles) {
    if (!r.installed && !substituted.some((s) => s.official === r.official)) substituted.push({ official: r.official, standIn: r.using });
  }
  const missingChars = [...new Set([...text])].filter((ch) => /[^\s\u0000-\u007f]/u.test(ch) && !standIns.covers(ch));
  return { html: { faces: standIns.faces(), stacks }, check: { fontSet: set, roles, used, substituted, missingChars } };
}

function blockText(b: Block): string[] {
  switch (b.type) {
    case 'mark':
      return [...b.lines, b.suffix];
    case 'docNumber':
    case 'recipients':
    case 'note':
    case 'attachmentLabel':
      return [b.text];
    case 'title':
      return b.lines;
    case 'paragraph':
      return b.runs.map((r) => r.text);
    case 'attachmentNote':
      return ['附件：', ...b.names];
    case 'signature':
      return [...b.signers.map((s) => s.text), b.date.text];
    case 'table':
      return [...b.table.columns.map((c) => c.header), ...b.table.rows.flatMap((r) => r.map((c) => c.text)), b.emptyText ?? ''];
    case 'blank':
      return [];
  }
}

/** Every character the document prints (for the missing-glyph check). */
export function documentText(doc: OfficialDocument): string {
  const parts = doc.sections.flatMap((s) => s.blocks.flatMap(blockText));
  if (doc.colophon) parts.push('抄送：', doc.colophon.cc, doc.colophon.printer, doc.colophon.printDate);
  parts.push('—0123456789');
  return parts.join('');
}
