import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openServices, type Services } from '../../../electron/services/index';
import { parseStructuredText } from '../../../shared/outline/markers';
import { leadSentence } from '../../../shared/outline/lead';
import { removeInsertedPinyin } from '../../../shared/import/pinyin';
import { formatMarker, numberBlocks } from '../../../shared/outline/numbering';
import { tmpDbPath } from '../helpers/tmp';
import { fixturePath, SEEDS, seed, seedPath } from './helpers/seeds';

let s: Services;
beforeEach(() => {
  s = openServices({ dbPath: tmpDbPath(), mode: 'cli', clock: () => new Date('2025-06-01T08:00:00Z') });
});
afterEach(() => s.close());

const importFile = (file: string, opts: { simplified?: boolean; year?: number } = {}) => {
  const { preview } = s.importer.preview(fs.readFileSync(file), file, { simplified: opts.simplified });
  return { preview, plan: s.importer.commit(preview, { year: opts.year }) };
};

describe('saving an imported plan', () => {
  it('a 泰安 2024 import becomes a plan with its notice fields, 7 sections and 23 items', () => {
    const { plan } = importFile(seedPath('002_eb413db6c3da201b.txt'));
    expect(plan).toMatchObject({
      year: 2024,
      title: '中共泰安市委教育工委 泰安市教育局2024年工作要点',
      organ: '中共泰安市委教育工委 泰安市教育局',
      kind: '工作要点',
      numberingMode: 'continuous',
      notice: {
        docNumber: '泰教发〔2024〕1号',
        title: '关于印发2024年工作要点的通知',
        recipients: '各县市区教育和体育局,各功能区教育部门,市属各高校,市直各学校,局(委)机关各科室',
        signers: ['中共泰安市委教育工委', '泰安市教育局'],
        date: '2024-03-26',
      },
    });
    const outline = s.outline.list(plan.id);
    expect(outline.filter((o) => o.level === 1)).toHaveLength(7);
    expect(outline.filter((o) => o.level === 3).map((o) => o.label)).toEqual(Array.from({ length: 23 }, (_, i) => `${i + 1}.`));
  });

  it('a five-year plan keeps its restarting item numbers; without a year in the title the notice year is used', () => {
    const { plan } = importFile(seedPath('003_3bf94dc3a89a6442.txt'));
    expect(plan).toMatchObject({ year: 2022, kind: '规划', numberingMode: 'restart' });
    expect(plan.notice.note).toBe('（此件公开发布）');
  });

  it('a plan with a 202x year and no title is saved under the given year with a made-up title', () => {
    const { plan } = importFile(seedPath('004_040c62a2e4fea6de.txt'), { year: 2026 });
    expect(plan).toMatchObject({ year: 2026, title: '2026年工作要点' });
    expect(s.outline.list(plan.id).filter((o) => o.level === 2)).toHaveLength(12);
  });

  it('puts the responsible units into the units catalogue', () => {
    const preview = s.importer.previewText('一、加强党的建设\n1.深化理论学习。（责任科室：组干科、机关党委）\n2.推进清廉学校建设。\n责任单位：纪检组');
    const plan = s.importer.commit(preview, { year: 2025, title: '单位测试' });
    expect(s.outline.unitNames()).toEqual(['组干科', '机关党委', '纪检组'].sort());
    expect(s.outline.list(plan.id).map((o) => o.units.responsible)).toEqual([[], ['组干科', '机关党委'], ['纪检组']]);
  });
});

describe('round trip: the outline of an imported plan reads like the source', () => {
  for (const name of SEEDS) {
    it(`${name}: labels and lead sentences equal the source's`, () => {
      const { plan, preview } = importFile(seedPath(name), { year: 2025 });
      const outline = s.outline.list(plan.id);
      // The source's own numbers and lead sentences, read straight from its marked lines (pinyin out).
      const source = parseStructuredText(removeInsertedPinyin(seed(name)).text).filter((l) => l.level !== 0);
      expect(preview.blocks.filter((b) => b.level !== 0)).toHaveLength(outline.length);
      expect(source).toHaveLength(outline.length);
      expect(outline.map((o) => o.label)).toEqual(source.map((l) => formatMarker(l.level as 1 | 2 | 3 | 4, l.ordinal)));
      expect(outline.map((o) => o.lead)).toEqual(source.map((l) => leadSentence(l.text)));
      expect(outline.map((o) => o.label)).toEqual(numberBlocks(outline.map((o) => o.level), plan.numberingMode).map((n) => n.marker));
    });
  }
});

describe('text encodings are detected, not asked', () => {
  const utf8 = fs.readFileSync(seedPath('002_eb413db6c3da201b.txt'));
  const text = utf8.toString('utf8');
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  const be = Buffer.from(text, 'utf16le').swap16();
  const variants: [string, Uint8Array, string][] = [
    ['UTF-8', utf8, 'utf-8'],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]), 'utf-8'],
    ['UTF-16LE with BOM', le, 'utf-16le'],
    ['UTF-16LE without BOM', Buffer.from(text, 'utf16le'), 'utf-16le'],
    ['UTF-16BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), be]), 'utf-16be'],
    ['UTF-16BE without BOM', be, 'utf-16be'],
    ['GB18030', fs.readFileSync(fixturePath('encodings', '002_eb413db6c3da201b.gb18030.txt')), 'gb18030'],
    ['GBK', fs.readFileSync(fixturePath('encodings', '002_eb413db6c3da201b.gbk.txt')), 'gb18030'],
  ];
  for (const [label, bytes, encoding] of variants) {
    it(`a ${label} file imports with its notice fields`, () => {
      const r = s.importer.preview(bytes, '002.txt');
      expect(r.encoding).toBe(encoding);
      expect(r.preview.notice).toMatchObject({ docNumber: '泰教发〔2024〕1号', date: '2024-03-26', signers: ['中共泰安市委教育工委', '泰安市教育局'] });
      expect(r.preview.blocks.filter((b) => b.level === 3)).toHaveLength(23);
    });
  }
});
