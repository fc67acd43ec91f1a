// The import path as the dialog drives it: import.preview (nothing written), restoring dropped lines,
// import.commit, and carry-forward.run, all through the one dispatcher.
import fs from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDispatcher, type Dispatcher } from '../../../electron/api/dispatcher';
import { openServices, type Services } from '../../../electron/services/index';
import type { ImportPreviewNodeOut, ImportPreviewOut, MethodName, Plan } from '../../../shared/api/contract';
import { FILE_TOO_LARGE_MESSAGE } from '../../../shared/import/limits';
import { tmpDbPath } from '../helpers/tmp';
import { buildDocx, documentXml } from './helpers/docx';
import { seed, seedPath } from './helpers/seeds';

let s: Services;
let api: Dispatcher;
beforeEach(() => {
  s = openServices({ dbPath: tmpDbPath(), mode: 'cli', clock: () => new Date('2025-06-01T08:00:00Z') });
  api = createDispatcher(s);
});
afterEach(() => s.close());

const fileSource = (name: string, bytes: Uint8Array) => ({ kind: 'file' as const, fileName: name, base64: Buffer.from(bytes).toString('base64') });
const seedSource = (name: string) => fileSource(name, fs.readFileSync(seedPath(name)));

async function ok<T>(method: MethodName, input: unknown): Promise<T> {
  const r = await api.dispatch(method, input);
  if (!r.ok) throw new Error(`${method} refused: ${r.error.message}`);
  return r.result as T;
}
const preview = (input: unknown) => ok<ImportPreviewOut>('import.preview', input);

async function refusal(method: MethodName, input: unknown) {
  const r = await api.dispatch(method, input);
  if (r.ok) throw new Error(`expected ${method} to be refused`);
  return r.error;
}

/** Nothing at all in the database: no plan, no outline row, no unit. */
function expectNothingWritten() {
  const count = (table: string) => s.db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get();
  expect([count('plans'), count('outline_nodes'), count('units')]).toEqual([0, 0, 0]);
}

/** Every node of the tree, depth first, with its depth. */
function walk(nodes: ImportPreviewNodeOut[], depth = 0): (ImportPreviewNodeOut & { depth: number })[] {
  return nodes.flatMap((n) => [{ ...n, depth }, ...walk(n.children, depth + 1)]);
}

describe('import.preview', () => {
  it('shows the 泰安 file as 7 sections and 23 items labelled 1.-23. with its notice and six dropped lines, and saves nothing', async () => {
    const p = await preview({ source: seedSource('002_eb413db6c3da201b.txt') });
    expect(p.source).toEqual({ kind: 'file', fileName: '002_eb413db6c3da201b.txt', format: 'text', encoding: 'utf-8' });
    expect(p).toMatchObject({ title: '中共泰安市委教育工委 泰安市教育局2024年工作要点', year: 2024, yearFrom: 'title', kind: '工作要点', numberingMode: 'continuous', traditional: false });
    expect(p.counts).toEqual({ sections: 7, subsections: 0, items: 23, subitems: 0, paragraphs: 1, tables: 0, indicators: 0 });
    expect(p.notice).toMatchObject({ docNumber: '泰教发〔2024〕1号', signers: ['中共泰安市委教育工委', '泰安市教育局'], date: '2024-03-26' });
    expect(p.notice!.body[0]).toMatch(/^现将《/);
    const nodes = walk(p.structure);
    expect(nodes.filter((n) => n.kind === 'section').map((n) => n.label)).toEqual(['一、', '二、', '三、', '四、', '五、', '六、', '七、']);
    expect(nodes.filter((n) => n.kind === 'item').map((n) => n.label)).toEqual(Array.from({ length: 23 }, (_, i) => `${i + 1}.`));
    expect(nodes.filter((n) => n.kind === 'item').every((n) => n.depth === 1)).toBe(true);
    expect(p.dropped.map((d) => [d.id, d.reason])).toEqual([
      [1, '网页标题（与通知标题重复）'],
      [2, '网页导航或页眉（位置、来源、时间、浏览次数、字体大小）'],
      [89, '网页页脚'],
      [90, '网页页脚'],
      [91, '网页页脚'],
      [92, '网页页脚'],
    ]);
    expect(p.numberingWarnings).toEqual([]);
    expectNothingWritten();
  });

  it('nests the 杏花岭 plan three deep, restarts item labels under each subsection and carries the 专栏一 table', async () => {
    const p = await preview({ source: seedSource('003_3bf94dc3a89a6442.txt') });
    expect(p.counts).toMatchObject({ sections: 4, subsections: 23, items: 50, tables: 1, indicators: 8 });
    expect(p).toMatchObject({ numberingMode: 'restart', year: 2022, yearFrom: 'notice', kind: '规划' });
    const nodes = walk(p.structure);
    const subs = nodes.filter((n) => n.kind === 'subsection' && n.children.some((c) => c.kind === 'item'));
    expect(subs.length).toBeGreaterThan(5);
    for (const sub of subs) expect(sub.children.filter((c) => c.kind === 'item').map((c) => c.label)[0]).toBe('1.');
    expect(nodes.filter((n) => n.kind === 'item').every((n) => n.depth === 2)).toBe(true);
    // (一) written with half-width parentheses is the same number: not flagged as renumbered.
    expect(nodes.filter((n) => n.renumbered)).toEqual([]);
    const table = nodes.find((n) => n.kind === 'table')!;
    expect(table).toMatchObject({ text: '专栏一 “十四五”教育事业发展主要目标', table: 0 });
    expect(p.indicatorTables[0]!.rows[0]).toMatchObject({ group: '基础教育', name: '学前教育毛入园率', unit: '%', baseline: 98.91, target: 99, attribute: '预期性' });
  });

  it('labels by structure where the source skips a number, shows the source marker and warns', async () => {
    const p = await preview({ source: { kind: 'text', text: '2025年工作要点\n一、总体要求\n1.加强党建。\n2.深化改革。\n4.提高质量。\n二、保障措施\n5.强化督导。' } });
    const items = walk(p.structure).filter((n) => n.kind === 'item');
    expect(items.map((n) => [n.label, n.sourceMarker, n.renumbered])).toEqual([
      ['1.', '1.', false],
      ['2.', '2.', false],
      ['3.', '4.', true],
      ['4.', '5.', true],
    ]);
    expect(p.numberingWarnings).toEqual(['第5行：编号“4.”缺少“3.”（前一个是“2.”）。导入后按结构重新编号。']);
    expect(p.warnings.join()).not.toContain('编号');
    expect(p.source).toEqual({ kind: 'text', fileName: '', format: 'paste', encoding: '' });
  });

  it('flags a Traditional text so the dialog can offer 繁体转简体, and converts it on request', async () => {
    const p = await preview({ source: seedSource('000_ec4a56ec879bd467.txt') });
    expect(p).toMatchObject({ traditional: true, simplified: false, title: 'xx市教育局2025年工作要點' });
    const s2 = await preview({ source: seedSource('000_ec4a56ec879bd467.txt'), simplified: true });
    expect(s2).toMatchObject({ traditional: true, simplified: true, title: 'xx市教育局2025年工作要点' });
    expect(s2.counts).toMatchObject({ sections: 3, subsections: 2, items: 14 });
  });

  it('takes the year the user gives, and says where a year came from', async () => {
    const p = await preview({ source: seedSource('004_040c62a2e4fea6de.txt') });
    expect(p).toMatchObject({ year: 2025, yearFrom: 'today', title: '' });
    expect(p.warnings.some((w) => w.includes('202x'))).toBe(true);
    expect(await preview({ source: seedSource('004_040c62a2e4fea6de.txt'), year: 2026 })).toMatchObject({ year: 2026, yearFrom: 'given' });
  });

  it('opens a plan whose title year is out of range, with the year to fix named in a warning', async () => {
    const p = await preview({ source: { kind: 'text', text: '某县教育局1998年工作要点\n一、总体要求\n1.加强党建。' } });
    expect(p).toMatchObject({ year: 2025, yearFrom: 'today' });
    expect(p.warnings.some((w) => w.includes('1998'))).toBe(true);
  });
});

describe('restoring dropped lines', () => {
  it('puts a restored line back where it stood in the text; the other dropped lines keep their ids', async () => {
    const source = seedSource('002_eb413db6c3da201b.txt');
    const p = await preview({ source, restore: [2] });
    expect(p.dropped.map((d) => d.id)).toEqual([1, 89, 90, 91, 92]);
    expect(p.restored).toEqual([2]);
    // Line 2 stood above the plan's opening paragraph: it is now the first paragraph, marked.
    expect(p.structure[0]).toMatchObject({ kind: 'paragraph', line: 2, restored: true, text: '发布日期:2024-03-26 09:28 浏览次数:' });
    expect(p.structure[1]).toMatchObject({ kind: 'paragraph', restored: false });
    expect(p.counts.paragraphs).toBe(2);
    // The notice and title are read as before.
    expect(p.notice!.docNumber).toBe('泰教发〔2024〕1号');
    expect(p.title).toBe('中共泰安市委教育工委 泰安市教育局2024年工作要点');
  });

  it('for every seed, each dropped line restored alone comes back as content at its place', async () => {
    for (const name of ['000_ec4a56ec879bd467.txt', '001_f04b9f986299fbce.txt', '002_eb413db6c3da201b.txt', '003_3bf94dc3a89a6442.txt', '004_040c62a2e4fea6de.txt']) {
      const source = seedSource(name);
      const first = await preview({ source });
      for (const d of first.dropped) {
        const again = await preview({ source, restore: [d.id] });
        expect(again.dropped.map((x) => x.id), `${name} line ${d.id}`).toEqual(first.dropped.filter((x) => x.id !== d.id).map((x) => x.id));
        const marked = walk(again.structure).filter((n) => n.restored);
        expect(marked, `${name} line ${d.id}`).toHaveLength(1);
        expect(marked[0]!.text, `${name} line ${d.id}`).toContain(d.text.trim().replace(/^[•·]\s*/, '').slice(0, 8));
      }
    }
  });

  it('a restored cut-short copy of the opening paragraph stays a paragraph of its own, not joined to the full one', async () => {
    const first = await preview({ source: seedSource('000_ec4a56ec879bd467.txt') });
    const cut = first.dropped.find((d) => d.id === 2)!;
    const p = await preview({ source: seedSource('000_ec4a56ec879bd467.txt'), restore: [2] });
    expect(p.structure.slice(0, 2).map((n) => [n.kind, n.line, n.restored])).toEqual([
      ['paragraph', 2, true],
      ['paragraph', 4, false],
    ]);
    expect(p.structure[0]!.text).toBe(cut.text);
  });

  it('restoring the cut-short first copy of the 000 title keeps the full title as the plan title', async () => {
    const p = await preview({ source: seedSource('000_ec4a56ec879bd467.txt'), simplified: true, restore: [1] });
    expect(p.title).toBe('xx市教育局2025年工作要点');
    expect(p.structure[0]).toMatchObject({ kind: 'paragraph', line: 1, restored: true });
  });
});

describe('reading a file once per import', () => {
  it('reads the file once for its preview, its restores and its commit, and afresh for another file', async () => {
    const read = vi.spyOn(s.importer, 'readSource');
    const source = seedSource('002_eb413db6c3da201b.txt');
    const first = await preview({ source });
    const again = await preview({ source, restore: [89] });
    expect(again.dropped).toHaveLength(first.dropped.length - 1);
    await ok('import.commit', { source, restore: [89] });
    expect(read).toHaveBeenCalledTimes(1);
    await preview({ source: seedSource('003_3bf94dc3a89a6442.txt') });
    await preview({ source });
    expect(read).toHaveBeenCalledTimes(3);
    // The same name with other bytes is another file.
    await preview({ source: { ...source, base64: Buffer.from(seed('004_040c62a2e4fea6de.txt')).toString('base64') } });
    expect(read).toHaveBeenCalledTimes(4);
  });
});

describe('import.commit', () => {
  it('saves the plan with the title, year, kind and organ the user set, and the restored line in its document', async () => {
    const source = seedSource('002_eb413db6c3da201b.txt');
    const made = await ok<{ planId: string; title: string; year: number }>('import.commit', {
      source,
      restore: [89],
      title: '泰安市教育局2024年工作要点（导入稿）',
      year: 2024,
      kind: '工作要点',
      organ: '泰安市教育局',
    });
    expect(made).toMatchObject({ title: '泰安市教育局2024年工作要点（导入稿）', year: 2024 });
    const plan = await ok<Plan>('plans.get', { id: made.planId });
    expect(plan).toMatchObject({ organ: '泰安市教育局', kind: '工作要点', numberingMode: 'continuous', notice: { docNumber: '泰教发〔2024〕1号', date: '2024-03-26' } });
    const texts = JSON.stringify(plan.document);
    expect(texts).toContain('信息来源:泰安市教育局');
    expect(texts).not.toContain('Produced By');
    const outline = await ok<{ label: string; level: number }[]>('outline.list', { id: made.planId });
    expect(outline.filter((o) => o.level === 3).map((o) => o.label)).toEqual(Array.from({ length: 23 }, (_, i) => `${i + 1}.`));
  });

  it('saves pasted text with the recognised title when the user changes nothing', async () => {
    const made = await ok<{ planId: string; title: string; year: number }>('import.commit', { source: { kind: 'text', text: seed('002_eb413db6c3da201b.txt') } });
    expect(made).toMatchObject({ title: '中共泰安市委教育工委 泰安市教育局2024年工作要点', year: 2024 });
    expect(s.plans.list()).toHaveLength(1);
  });

  it('refuses an empty title or a year out of range in Chinese before anything is read or written', async () => {
    const source = seedSource('002_eb413db6c3da201b.txt');
    expect((await refusal('import.commit', { source, title: '   ' })).message).toContain('标题不能为空');
    expect((await refusal('import.commit', { source, year: 1999 })).message).toContain('年度不能早于 2000 年');
    expect((await refusal('import.commit', { source, kind: '通知' })).message).toContain('类型只能是');
    expectNothingWritten();
  });
});

describe('files that are not documents, through the API: a clear sentence and nothing written', () => {
  const docx = (xml: string) => buildDocx({ document: xml });

  it('an empty file, a binary file, bad base64', async () => {
    expect((await refusal('import.preview', { source: fileSource('空.txt', new Uint8Array(0)) })).message).toContain('文件是空的');
    const png = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    png.set([0x89, 0x50, 0x4e, 0x47]);
    expect(await refusal('import.preview', { source: fileSource('图片.txt', png) })).toMatchObject({ code: 'NOT_A_DOCUMENT', message: expect.stringContaining('不是文本文件') });
    expect((await refusal('import.preview', { source: { kind: 'file', fileName: 'x.txt', base64: '这不是base64' } })).message).toContain('base64');
    expect((await refusal('import.preview', { source: { kind: 'text', text: ' \n ' } })).message).toContain('没有可导入的内容');
    expect((await refusal('import.commit', { source: fileSource('空.txt', new Uint8Array(0)) })).message).toContain('文件是空的');
    expectNothingWritten();
  });

  it('a 100 MB file is refused with the file-size sentence before it is decoded', async () => {
    const base64 = 'A'.repeat(Math.ceil((100 * 1024 * 1024) / 3) * 4);
    const e = await refusal('import.preview', { source: { kind: 'file', fileName: '大文件.docx', base64 } });
    expect(e).toEqual({ code: 'INPUT_TOO_LARGE', message: FILE_TOO_LARGE_MESSAGE });
    expect((await refusal('import.commit', { source: { kind: 'file', fileName: '大文件.docx', base64 } })).message).toBe(FILE_TOO_LARGE_MESSAGE);
    expectNothingWritten();
  });

  it('a zip bomb, malformed XML and an encrypted .docx', async () => {
    const huge = `<w:document xmlns:w="w"><w:body><w:p><w:r><w:t>${' '.repeat(60 * 1024 * 1024)}</w:t></w:r></w:p></w:body></w:document>`;
    const bomb = zipSync({ 'word/document.xml': strToU8(huge) }, { level: 9 });
    expect((await refusal('import.preview', { source: fileSource('炸弹.docx', bomb) })).message).toContain('压缩炸弹');
    expect((await refusal('import.commit', { source: fileSource('炸弹.docx', bomb) })).message).toContain('压缩炸弹');
    expect((await refusal('import.preview', { source: fileSource('坏.docx', docx('<w:document xmlns:w="w"><w:body><w:p>')) })).message).toContain('已损坏');
    const ole = new Uint8Array(2048);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    ole.set(Buffer.from('EncryptedPackage', 'utf16le'), 1024);
    expect((await refusal('import.commit', { source: fileSource('加密.docx', ole) })).message).toContain('已加密');
    expectNothingWritten();
  });

  it('a 5 MB .docx fits through the API', async () => {
    const para = '推进教育优质均衡发展，扩大优质教育资源供给，提升学校办学水平。'.repeat(60);
    const blocks = [{ text: '某县教育局2025年工作要点' }, { text: '一、总体要求' }, ...Array.from({ length: 900 }, (_, i) => ({ text: `${i + 1}.第${i + 1}项工作。${para}` }))];
    const bytes = buildDocx({ document: documentXml(blocks) }, 0);
    expect(bytes.length).toBeGreaterThan(5 * 1024 * 1024);
    const p = await preview({ source: fileSource('大.docx', bytes) });
    expect(p.counts).toMatchObject({ sections: 1, items: 900 });
    expect(p.source.format).toBe('docx');
  });
});

describe('carry-forward.run', () => {
  it('makes the 2025 draft of an imported 2024 plan, with the year moved on', async () => {
    const made = await ok<{ planId: string }>('import.commit', { source: seedSource('002_eb413db6c3da201b.txt') });
    const draft = await ok<Plan>('carry-forward.run', { id: made.planId });
    expect(draft).toMatchObject({ year: 2025, title: '中共泰安市委教育工委 泰安市教育局2025年工作要点', status: '草稿', carriedFromPlanId: made.planId, notice: { docNumber: '泰教发〔2025〕1号' } });
    expect(s.plans.list().map((p) => p.year)).toEqual([2025, 2024]);
  });

  it('says in Chinese when the plan does not exist', async () => {
    expect(await refusal('carry-forward.run', { id: '00000000-0000-4000-8000-000000000000' })).toEqual({ code: 'NOT_FOUND', message: '找不到这份工作要点，它可能已被删除。' });
    expect((await refusal('carry-forward.run', { id: 'abc' })).message).toContain('编号');
  });
});
