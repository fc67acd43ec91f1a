// 003 (杏花岭区 plan, items restarting under each heading) with 专栏一's eight indicators as targets:
// the 主要指标一览表 and the task table read back from the .docx.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openServices, type Services } from '../../../electron/services/index';
import { tmpDbPath } from '../helpers/tmp';
import { SEED_003, linkTableTargets, importSeed, para, paragraphs, sections, unzipDocx, type Para } from './helpers';

let s: Services;
let planId: string;
let ps: Para[];
let doc: string;

beforeAll(() => {
  s = openServices({ dbPath: tmpDbPath(), mode: 'cli' });
  planId = importSeed(s, SEED_003).id;
  expect(linkTableTargets(s, planId)).toBe(8);
  const settings = s.exporter.settings(planId);
  // A plan with targets offers the 主要指标一览表 by default.
  expect(settings.attachIndicators).toBe(true);
  doc = unzipDocx(s.exporter.docx(planId, { ...settings, attachTasks: true }).bytes)['word/document.xml']!;
  ps = paragraphs(doc);
});
afterAll(() => s.close());

describe('主要指标一览表 of 003', () => {
  it('lists the eight targets with unit, baseline and target values, on a portrait page after 附件1', () => {
    const label = para(ps, '附件1');
    expect(ps[ps.indexOf(label) + 2]!.text).toBe('主要指标一览表');
    const table = [...doc.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]).find((t) => t.includes('对应条目'))!;
    const rows = [...table.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((r) => paragraphs(r[0]).map((p) => p.text));
    expect(rows[0]).toEqual(['序号', '指标名称', '单位', '2020年', '基期值', '目标值', '属性', '牵头单位', '对应条目']);
    expect(rows).toHaveLength(9);
    const first = rows[1]!;
    expect(first.slice(0, 5)).toEqual(['1', '学前教育毛入园率', '%', '98.91', '≥99']);
    expect(first[5]).toMatch(/预期性|约束性/);
    // Items restart under each heading here, so an item is named with its parents' labels.
    expect(first[7]).toMatch(/^[一二三四]（[一二三四五六七八九十]+）\d+\.$/);
    const sectionOfTable = sections(doc)[2]!;
    expect(sectionOfTable).not.toContain('landscape');
  });
});

describe('重点任务分解表 of 003', () => {
  it('has one row per item with its label and lead sentence, under a row per section', () => {
    const table = [...doc.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]).find((t) => t.includes('工作任务'))!;
    const rows = [...table.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((r) => paragraphs(r[0]).map((p) => p.text));
    const sectionRows = rows.filter((r) => r.length === 1);
    expect(sectionRows.map((r) => r[0]!.slice(0, 2))).toEqual(['一、', '二、', '三、', '四、']);
    const itemRows = rows.filter((r) => r.length === 5).slice(1);
    const outline = s.outline.list(planId).filter((o) => o.level === 3);
    expect(itemRows).toHaveLength(outline.length);
    expect(itemRows[0]![0]).toBe('1');
    expect(itemRows[0]![1]).toBe(`一（二）1.${outline[0]!.lead}`);
  });
});
