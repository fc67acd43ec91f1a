// Builds .docx files for tests by writing the XML parts and zipping them (fflate), the way Word
// and WPS lay them out: [Content_Types].xml, _rels/.rels, word/document.xml, numbering, styles.
import { strToU8, zipSync, type Zippable } from 'fflate';

export interface DocxParagraph {
  text: string;
  /** Word automatic numbering: list and level. */
  numId?: number;
  ilvl?: number;
  style?: string;
}

export interface DocxTable {
  rows: string[][];
}

export type DocxBlock = DocxParagraph | DocxTable;

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const run = (text: string) => `<w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="仿宋_GB2312" w:hint="eastAsia"/><w:sz w:val="32"/></w:rPr><w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;

function paragraph(p: DocxParagraph): string {
  const props = [
    p.style ? `<w:pStyle w:val="${p.style}"/>` : '',
    p.numId !== undefined ? `<w:numPr><w:ilvl w:val="${p.ilvl ?? 0}"/><w:numId w:val="${p.numId}"/></w:numPr>` : '',
  ].join('');
  // Split the text over two runs, as Word does after editing, to check runs are joined.
  const cut = Math.min(4, p.text.length);
  return `<w:p><w:pPr>${props}<w:ind w:firstLine="640"/></w:pPr>${run(p.text.slice(0, cut))}${p.text.length > cut ? run(p.text.slice(cut)) : ''}</w:p>`;
}

function table(t: DocxTable): string {
  const width = Math.max(...t.rows.map((r) => r.length));
  const grid = `<w:tblGrid>${'<w:gridCol w:w="2000"/>'.repeat(width)}</w:tblGrid>`;
  const rows = t.rows
    .map((r) => {
      const span = r.length === 1 && width > 1 ? `<w:tcPr><w:gridSpan w:val="${width}"/></w:tcPr>` : '';
      return `<w:tr>${r.map((c) => `<w:tc>${span}<w:p>${c ? run(c) : ''}</w:p></w:tc>`).join('')}</w:tr>`;
    })
    .join('');
  return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>${grid}${rows}</w:tbl>`;
}

export function documentXml(blocks: readonly DocxBlock[]): string {
  const body = blocks.map((b) => ('rows' in b ? table(b) : paragraph(b))).join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>${body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>`;
}

interface LevelSpec {
  format: string;
  text: string;
  restart?: number;
}

function abstractNum(id: number, levels: LevelSpec[]): string {
  const lvls = levels
    .map((l, i) => `<w:lvl w:ilvl="${i}"><w:start w:val="1"/><w:numFmt w:val="${l.format}"/>${l.restart !== undefined ? `<w:lvlRestart w:val="${l.restart}"/>` : ''}<w:lvlText w:val="${l.text}"/><w:lvlJc w:val="left"/></w:lvl>`)
    .join('');
  return `<w:abstractNum w:abstractNumId="${id}"><w:multiLevelType w:val="multilevel"/>${lvls}</w:abstractNum>`;
}

/**
 * Word-style lists: numId 1 = headings (一、 then （一）), numId 2 = items (1. then （1）), a list of
 * its own so items count on through the document; numId 3 = one list for all four levels, where
 * items restart under each heading.
 */
export function numberingXml(): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="${W}">${abstractNum(0, [
    { format: 'chineseCounting', text: '%1、' },
    { format: 'chineseCounting', text: '（%2）' },
  ])}${abstractNum(1, [
    { format: 'decimal', text: '%1.' },
    { format: 'decimal', text: '（%2）' },
  ])}${abstractNum(2, [
    { format: 'chineseCounting', text: '%1、' },
    { format: 'chineseCounting', text: '（%2）' },
    { format: 'decimal', text: '%3.' },
    { format: 'decimal', text: '（%4）' },
  ])}<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num></w:numbering>`;
}

/** Styles as WPS writes them for numbered headings: the numbering sits on the paragraph style. */
export function stylesXml(): string {
  const style = (id: string, name: string, numId: number, ilvl: number, outline: number) =>
    `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="a"/><w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr><w:outlineLvl w:val="${outline}"/></w:pPr><w:rPr><w:rFonts w:eastAsia="黑体"/></w:rPr></w:style>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="${W}"><w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>${style('2', 'heading 1', 1, 0, 0)}${style('3', 'heading 2', 1, 1, 1)}</w:styles>`;
}

export interface DocxParts {
  document: string;
  numbering?: string;
  styles?: string;
  /** Extra entries, e.g. images. */
  extra?: Record<string, Uint8Array>;
}

export function buildDocx(parts: DocxParts, level = 6): Uint8Array {
  const files: Zippable = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/_rels/document.xml.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>',
    ),
    'word/document.xml': strToU8(parts.document),
    ...(parts.numbering ? { 'word/numbering.xml': strToU8(parts.numbering) } : {}),
    ...(parts.styles ? { 'word/styles.xml': strToU8(parts.styles) } : {}),
    ...(parts.extra ?? {}),
  };
  return zipSync(files, { level: level as 6 });
}
