// 专栏一 of 003 in the exported .docx: its title centred above the table at its place in the body,
// the two group rows and the eight indicators with 2020 and 2025 values, read back from the file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openServices, type Services } from '../../../electron/services/index';
import { tmpDbPath } from '../helpers/tmp';
import { SEED_003, attr, importSeed, paragraphs, unzipDocx } from './helpers';

let s: Services;
let planId: string;
let doc: string;

const tables = (xml: string) => [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => ({ xml: m[0], at: m.index! }));
const rowsOf = (table: string) => [...table.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((r) => paragraphs(r[0]).map((p) => p.text));

beforeAll(() => {
  s = openServices({ dbPath: tmpDbPath(), mode: 'cli' });
  planId = importSeed(s, SEED_003).id;
  doc = unzipDocx(s.exporter.docx(planId, { ...s.exporter.settings(planId), attachIndicators: false }).bytes)['word/document.xml']!;
});
afterAll(() => s.close());

describe('专栏一 of 003 in the .docx', () => {
  it('prints 专栏一 with its title, centred in 黑体, right above its table', () => {
    const ps = paragraphs(doc);
    const caption = ps.find((p) => p.text.startsWith('专栏一'))!;
    expect(caption.text).toBe('专栏一\u3000“十四五”教育事业发展主要目标');
    expect(attr(caption.pPr, 'w:jc', 'w:val')).toBe('center');
    expect(caption.pPr).toContain('<w:keepNext/>');
    expect(caption.runs[0]!.rPr).toContain('w:eastAsia="黑体"');
    const table = tables(doc).find((t) => t.xml.includes('学前教育毛入园率'))!;
    expect(doc.indexOf(caption.xml) + caption.xml.length).toBe(table.at);
  });

  it('has the header with both years, the two group rows and the eight indicators', () => {
    const rows = rowsOf(tables(doc).find((t) => t.xml.includes('学前教育毛入园率'))!.xml);
    expect(rows[0]).toEqual(['指标名称', '2020年', '2025年', '属性']);
    expect(rows.slice(1)).toEqual([
      ['基础教育'],
      ['学前教育毛入园率（%）', '98.91', '99', '预期性'],
      ['学前教育普惠率（%）', '92.1', '95', '预期性'],
      ['小学净入学率（%）', '100', '100', '预期性'],
      ['初中毛入学率（%）', '100', '100', '预期性'],
      ['九年义务教育巩固率（%）', '99.64', '100', '预期性'],
      ['学前教育专任教师接受专业教育的比例（%）', '65', '80', '约束性'],
      ['职业教育'],
      ['中等职业教育在校生', '371', '400', '预期性'],
      ['双师型教师占专业课教师比例（%）', '54', '60', '预期性'],
    ]);
    expect(rows.slice(1).filter((r) => r.length === 4)).toHaveLength(8);
  });

  it('stands in the body where the table stood, between the paragraphs around it in the source', () => {
    const ps = paragraphs(doc);
    const caption = ps.findIndex((p) => p.text.startsWith('专栏一'));
    const before = ps[caption - 1]!.text;
    expect(before.length).toBeGreaterThan(10);
    expect(doc.indexOf(before)).toBeLessThan(doc.indexOf('专栏一'));
  });

  it('prints a value edited in the 指标总表 at once, and a deleted target no more', () => {
    const [first, second] = s.indicators.list(planId);
    s.indicators.update(first!.id, { target: 99.5 });
    s.indicators.delete(second!.id);
    const again = unzipDocx(s.exporter.docx(planId).bytes)['word/document.xml']!;
    const rows = rowsOf(tables(again).find((t) => t.xml.includes('学前教育毛入园率'))!.xml);
    expect(rows[2]).toEqual(['学前教育毛入园率（%）', '98.91', '99.5', '预期性']);
    expect(rows.some((r) => r[0] === '学前教育普惠率（%）')).toBe(false);
    expect(rows.slice(1).filter((r) => r.length === 4)).toHaveLength(7);
  });
});
