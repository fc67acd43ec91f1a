import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openServices, type Services } from '../../../electron/services/index';
import { analyseText } from '../../../shared/import/index';
import type { ImportPreview } from '../../../shared/import/types';
import { formatMarker } from '../../../shared/outline/numbering';
import { tmpDbPath } from '../helpers/tmp';
import { buildDocx, documentXml, numberingXml, stylesXml, type DocxBlock, type DocxParagraph } from './helpers/docx';
import { seed } from './helpers/seeds';

let s: Services;
beforeEach(() => {
  s = openServices({ dbPath: tmpDbPath(), mode: 'cli' });
});
afterEach(() => s.close());

type Numbering = (level: 1 | 2 | 3 | 4, ordinal: number, text: string) => DocxParagraph;

/** The text import's result written back as a .docx: notice, title, preamble, then the blocks. */
function docxFrom(p: ImportPreview, number: Numbering): Uint8Array {
  const blocks: DocxBlock[] = [];
  if (p.notice) {
    const n = p.notice;
    blocks.push({ text: p.organ }, { text: n.docNumber }, { text: n.title }, { text: `${n.recipients}：` }, ...n.body.map((text) => ({ text })));
    blocks.push({ text: n.signers.join('　　') }, { text: n.date.replace(/^(\d+)-0?(\d+)-0?(\d+)$/, '$1年$2月$3日') });
    if (n.note) blocks.push({ text: n.note });
  }
  blocks.push({ text: p.title }, ...p.preamble.map((text) => ({ text })));
  for (const b of p.blocks) {
    if (b.table !== undefined) {
      const t = p.indicatorTables[b.table]!;
      const rows: string[][] = [[t.title], t.header];
      let group = '';
      for (const r of t.rows) {
        if (r.group !== group) rows.push([(group = r.group), '', '', '']);
        rows.push([r.unit ? `${r.name}(${r.unit})` : r.name, r.baselineText, r.targetText, r.attribute]);
      }
      blocks.push({ rows });
    } else if (b.level === 0) blocks.push({ text: b.text });
    else blocks.push(number(b.level, b.ordinal, b.text));
  }
  return buildDocx({ document: documentXml(blocks), numbering: numberingXml(), styles: stylesXml() });
}

const shape = (p: ImportPreview) => ({
  title: p.title,
  notice: p.notice,
  numberingMode: p.numberingMode,
  preamble: p.preamble,
  blocks: p.blocks.map((b) => [b.level, b.ordinal, b.text]),
  indicators: p.indicatorTables.map((t) => [t.title, t.rows]),
});

describe('importing .docx files', () => {
  it('Word automatic numbering (一、 list and a separate 1. list) gives the 泰安 structure, items 1-23 continuous', () => {
    const text = analyseText(seed('002_eb413db6c3da201b.txt'));
    const bytes = docxFrom(text, (level, _ordinal, t) => (level === 1 ? { text: t, numId: 1, ilvl: 0 } : { text: t, numId: 2, ilvl: 0 }));
    const { preview, format } = s.importer.preview(bytes, '002.docx');
    expect(format).toBe('docx');
    expect(shape(preview)).toEqual(shape(text));
    expect(preview.blocks.filter((b) => b.level === 3).map((b) => b.marker)).toEqual(Array.from({ length: 23 }, (_, i) => `${i + 1}.`));
  });

  it('one multi-level list restarts items under each heading, and a table becomes the 专栏一 indicators', () => {
    const text = analyseText(seed('003_3bf94dc3a89a6442.txt'));
    const bytes = docxFrom(text, (level, _ordinal, t) => ({ text: t, numId: 3, ilvl: level - 1 }));
    const { preview } = s.importer.preview(bytes, '003.docx');
    expect(shape(preview)).toEqual(shape(text));
    expect(preview.numberingMode).toBe('restart');
    expect(preview.indicatorTables[0]!.rows).toHaveLength(8);
    expect(preview.indicatorTables[0]!.rows[6]).toMatchObject({ group: '职业教育', name: '中等职业教育在校生', baseline: 371, target: 400, attribute: '预期性' });
  });

  it('literal numbers typed into paragraphs give the same structure as the text', () => {
    const text = analyseText(seed('000_ec4a56ec879bd467.txt'), { simplified: true });
    const bytes = docxFrom(text, (level, ordinal, t) => ({ text: formatMarker(level, ordinal) + t }));
    const { preview } = s.importer.preview(bytes, '000.docx', { simplified: true });
    expect(shape(preview)).toEqual(shape(text));
  });

  it('numbering carried by WPS-style heading styles is read like typed markers', () => {
    const text = analyseText(seed('001_f04b9f986299fbce.txt'));
    const bytes = docxFrom(text, (level, _ordinal, t) => ({ text: t, style: level === 1 ? '2' : '3' }));
    const { preview } = s.importer.preview(bytes, '001.docx');
    expect(shape(preview)).toEqual(shape(text));
    expect(preview.blocks.filter((b) => b.level === 2)).toHaveLength(16);
  });

  it('saves a .docx import as a plan whose outline matches the text import', () => {
    const text = analyseText(seed('002_eb413db6c3da201b.txt'));
    const bytes = docxFrom(text, (level, ordinal, t) => ({ text: formatMarker(level, ordinal) + t }));
    const plan = s.importer.commit(s.importer.preview(bytes, '002.docx').preview);
    expect(plan.notice.docNumber).toBe('泰教发〔2024〕1号');
    const outline = s.outline.list(plan.id);
    expect(outline.map((o) => o.label)).toEqual(text.blocks.filter((b) => b.level).map((b) => formatMarker(b.level as 1 | 3, b.ordinal)));
  });

  it('skips tracked deletions and the fallback copy of alternate content', () => {
    const xml = documentXml([{ text: '一、总体要求' }, { text: '1.保留的条目。' }]).replace(
      '<w:sectPr>',
      '<w:p><w:del><w:r><w:delText>删掉的字</w:delText></w:r></w:del><w:r><w:t>2.新增的条目。</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:t>图</w:t></mc:Choice><mc:Fallback><w:t>重复</w:t></mc:Fallback></mc:AlternateContent></w:r></w:p><w:sectPr>',
    );
    const { preview } = s.importer.preview(buildDocx({ document: xml }), 'x.docx');
    expect(preview.blocks.map((b) => b.text)).toEqual(['总体要求', '保留的条目。', '新增的条目。图']);
  });
});
