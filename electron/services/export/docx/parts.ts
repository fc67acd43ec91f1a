// The package parts around document.xml: content types, relationships, styles, settings, fonts,
// footers (page numbers) and document properties.
import { FONT_ALT_NAMES, FONT_NAMES, LATIN_FONT, type FontSet } from '../../../../shared/official/fonts';
import { GRID, PAGE_NUMBER, SIZE_PT, cellPt, ptToTwips } from '../../../../shared/official/layout';
import { R_NS, W_NS, XML_HEAD, esc, pPr, rPr } from './xml';

const CT = 'application/vnd.openxmlformats-officedocument.wordprocessingml';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface FooterPart {
  /** word/footerN.xml */
  name: string;
  xml: string;
}

export function contentTypes(footers: readonly FooterPart[]): string {
  return (
    XML_HEAD +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    `<Override PartName="/word/document.xml" ContentType="${CT}.document.main+xml"/>` +
    `<Override PartName="/word/styles.xml" ContentType="${CT}.styles+xml"/>` +
    `<Override PartName="/word/settings.xml" ContentType="${CT}.settings+xml"/>` +
    `<Override PartName="/word/fontTable.xml" ContentType="${CT}.fontTable+xml"/>` +
    footers.map((f) => `<Override PartName="/${f.name}" ContentType="${CT}.footer+xml"/>`).join('') +
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
    '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>' +
    '</Types>'
  );
}

export function packageRels(): string {
  return (
    XML_HEAD +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/>` +
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
    `<Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/>` +
    '</Relationships>'
  );
}

/** Footers get rIdF1…; the fixed parts rId1-3. Returns the rels XML. */
export function documentRels(footers: readonly FooterPart[]): string {
  return (
    XML_HEAD +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    `<Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/>` +
    `<Relationship Id="rId2" Type="${REL}/settings" Target="settings.xml"/>` +
    `<Relationship Id="rId3" Type="${REL}/fontTable" Target="fontTable.xml"/>` +
    footers.map((f, i) => `<Relationship Id="${footerRelId(i)}" Type="${REL}/footer" Target="${f.name.replace(/^word\//, '')}"/>`).join('') +
    '</Relationships>'
  );
}

export const footerRelId = (index: number): string => `rIdF${index + 1}`;

/** Odd and even pages get their own footers: settings.xml turns that on. */
export function settingsXml(): string {
  return (
    XML_HEAD +
    `<w:settings xmlns:w="${W_NS}">` +
    '<w:zoom w:percent="100"/>' +
    '<w:defaultTabStop w:val="420"/>' +
    '<w:evenAndOddHeaders/>' +
    // Full-width punctuation keeps its full cell, so 28 characters fill the line exactly.
    '<w:characterSpacingControl w:val="doNotCompress"/>' +
    '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>' +
    '<w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/>' +
    '</w:settings>'
  );
}

export function stylesXml(fonts: FontSet): string {
  const body = rPr(fonts, { font: 'fang', sizePt: SIZE_PT.san });
  const para = (id: string, name: string, lvl: number | null, font: 'fang' | 'kai' | 'hei' | 'title', extra = '') =>
    `<w:style w:type="paragraph" w:customStyle="1" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="Normal"/><w:qFormat/>` +
    pPr({ firstLine: ptToTwips(2 * cellPt(SIZE_PT.san)), outlineLvl: lvl ?? undefined, ...(extra === 'center' ? { jc: 'center', firstLine: 0 } : {}) }) +
    rPr(fonts, { font, sizePt: font === 'title' ? SIZE_PT.er : SIZE_PT.san }) +
    '</w:style>';
  return (
    XML_HEAD +
    `<w:styles xmlns:w="${W_NS}">` +
    `<w:docDefaults><w:rPrDefault>${body}</w:rPrDefault><w:pPrDefault>${pPr({})}</w:pPrDefault></w:docDefaults>` +
    `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>${pPr({})}${body}</w:style>` +
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>' +
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>' +
    '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>' +
    para('PDTitle', '公文标题', null, 'title', 'center') +
    para('PDLevel1', '一级标题（一、）', 0, 'hei') +
    para('PDLevel2', '二级标题（（一））', 1, 'kai') +
    para('PDLevel3', '三级（1.）', 2, 'fang') +
    para('PDLevel4', '四级（（1））', 3, 'fang') +
    para('PDBody', '公文正文', null, 'fang') +
    `<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/>${pPr({ snapToGrid: false, line: 'auto', firstLine: 0 })}</w:style>` +
    '</w:styles>'
  );
}

/** The fonts the document names, each with its Windows fallback and the GB2312 charset. */
export function fontTableXml(fonts: FontSet): string {
  const names = [...new Set(Object.values(FONT_NAMES[fonts]))];
  const font = (name: string, cjk: boolean) =>
    `<w:font w:name="${esc(name)}">` +
    (FONT_ALT_NAMES[name] ? `<w:altName w:val="${esc(FONT_ALT_NAMES[name]!)}"/>` : '') +
    `<w:charset w:val="${cjk ? '86' : '00'}"/><w:family w:val="${cjk ? 'modern' : 'roman'}"/><w:pitch w:val="${cjk ? 'fixed' : 'variable'}"/></w:font>`;
  return XML_HEAD + `<w:fonts xmlns:w="${W_NS}">` + names.map((n) => font(n, true)).join('') + font(LATIN_FONT, false) + '</w:fonts>';
}

/**
 * "— N —" in 4号 宋体 (half-width Arabic digits, em dashes): odd pages at the right one character
 * in, even pages at the left one character in. A PAGE field, never typed numbers.
 */
export function pageNumberFooter(fonts: FontSet, side: 'odd' | 'even'): string {
  const s = { font: 'song' as const, sizePt: PAGE_NUMBER.sizePt };
  const r = (inner: string) => `<w:r>${rPr(fonts, s)}${inner}</w:r>`;
  const oneChar = ptToTwips(PAGE_NUMBER.sizePt);
  const props = pPr({
    style: 'Footer',
    snapToGrid: false,
    line: ptToTwips(PAGE_NUMBER.sizePt),
    jc: side === 'odd' ? 'right' : 'left',
    ...(side === 'odd' ? { indRight: oneChar } : { indLeft: oneChar }),
  });
  const dash = PAGE_NUMBER.dash;
  return (
    XML_HEAD +
    `<w:ftr xmlns:w="${W_NS}" xmlns:r="${R_NS}"><w:p>${props}` +
    r(`<w:t xml:space="preserve">${dash} </w:t>`) +
    r('<w:fldChar w:fldCharType="begin"/>') +
    r('<w:instrText xml:space="preserve"> PAGE </w:instrText>') +
    r('<w:fldChar w:fldCharType="separate"/>') +
    r('<w:t>1</w:t>') +
    r('<w:fldChar w:fldCharType="end"/>') +
    r(`<w:t xml:space="preserve"> ${dash}</w:t>`) +
    '</w:p></w:ftr>'
  );
}

/** The 版记 page carries no page number. */
export function emptyFooter(): string {
  return XML_HEAD + `<w:ftr xmlns:w="${W_NS}" xmlns:r="${R_NS}"><w:p>${pPr({ style: 'Footer', snapToGrid: false, line: 'auto' })}</w:p></w:ftr>`;
}

export function corePropsXml(title: string, created: Date): string {
  const when = created.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return (
    XML_HEAD +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" ' +
    'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${esc(title)}</dc:title><dc:creator>工作要点编制台</dc:creator><cp:lastModifiedBy>工作要点编制台</cp:lastModifiedBy>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

export function appPropsXml(): string {
  return (
    XML_HEAD +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    '<Application>PlanDesk</Application><DocSecurity>0</DocSecurity></Properties>'
  );
}

/** The grid in a section: 22 lines a page at 28.95 pt. */
export const DOC_GRID = `<w:docGrid w:type="lines" w:linePitch="${GRID.linePitchTwips}"/>`;
