import { describe, expect, it } from 'vitest';
import type { Block, OfficialDocument, TableBlock } from '../../../shared/official/model';
import { buildReportDocument } from '../../../shared/official/report';
import { fitColumns, gridRows } from '../../../shared/official/table-layout';
import type { ProgressReport, ReportRow } from '../../../shared/tracking/report';
import { emptyCounts } from '../../../shared/tracking/rollup';

const counts = (c: Partial<ProgressReport['counts']>) => ({ ...emptyCounts(), ...c });

const row = (r: Partial<ReportRow>): ReportRow => ({
  itemUid: 'item-1',
  itemLabel: '1.',
  itemLead: '建立50个首课教育基地，培养200名首课教学名师。',
  indicator: '首课教育基地',
  target: '≥50个',
  latest: '30个',
  period: '2025-Q3',
  latestPeriod: '2025年第三季度',
  status: '滞后',
  note: '',
  ...r,
});

const REPORT: ProgressReport = {
  title: '2025年第三季度工作要点落实情况',
  planYear: 2025,
  organ: '泰安市教育局',
  planTitle: '泰安市教育局2025年工作要点',
  asOf: '2025-09-30',
  asOfLabel: '截至2025年9月30日',
  summary: '共4项指标，已完成1项（25%），滞后2项，逾期1项。',
  counts: counts({ 已完成: 1, 滞后: 2, 逾期: 1 }),
  total: 4,
  sections: [
    {
      label: '一、',
      title: '坚持立德树人，加强思想政治教育',
      status: '滞后',
      counts: counts({ 滞后: 2 }),
      rows: [row({}), row({ indicator: '首课教学名师', target: '≥200名', latest: '', period: '', latestPeriod: '' })],
    },
    {
      label: '二、',
      title: '优化资源配置，办好人民满意的教育',
      status: '逾期',
      counts: counts({ 已完成: 1, 逾期: 1 }),
      rows: [
        row({ itemUid: 'item-3', itemLabel: '3.', itemLead: '新建改扩建中小学11所。', indicator: '新建改扩建中小学', target: '≥11所', latest: '9所', status: '逾期', note: '2所因征地延期' }),
        row({ itemUid: '', itemLabel: '', itemLead: '', indicator: '市域产教联合体', target: '2—3个', latest: '2个', status: '已完成' }),
      ],
    },
  ],
};

const build = (report = REPORT): OfficialDocument => buildReportDocument({ report, fonts: 'gb2312', date: '2025-10-08' });
const blocks = (doc: OfficialDocument): Block[] => doc.sections[0]!.blocks;
const texts = (doc: OfficialDocument) =>
  blocks(doc).map((b) => (b.type === 'paragraph' ? b.runs.map((r) => r.text).join('') : b.type === 'title' ? b.lines.join('') : `[${b.type}]`));
const tables = (doc: OfficialDocument) => blocks(doc).filter((b): b is TableBlock => b.type === 'table');

describe('the 落实情况报告 as an official document', () => {
  it('reads title, opening paragraph, a heading and a sentence and a table per section, then organ and date', () => {
    const doc = build();
    expect(doc.title).toBe('2025年第三季度工作要点落实情况');
    expect(doc.sections).toHaveLength(1);
    expect(doc.sections[0]!.kind).toBe('report');
    expect(texts(doc)).toEqual([
      '2025年第三季度工作要点落实情况',
      '[blank]',
      '截至2025年9月30日，《泰安市教育局2025年工作要点》共4项指标，已完成1项（25%），滞后2项，逾期1项。各部分落实情况如下。',
      '一、坚持立德树人，加强思想政治教育',
      '本部分共2项指标，尚无已完成的指标，滞后2项。',
      '[table]',
      '二、优化资源配置，办好人民满意的教育',
      '本部分共2项指标，已完成1项（50%），逾期1项。',
      '[table]',
      '[blank]',
      '[signature]',
    ]);
    const heading = blocks(doc)[3]!;
    expect(heading).toMatchObject({ type: 'paragraph', role: 'level1', keepWithNext: true, runs: [{ text: '一、', font: 'hei', label: true }, { font: 'hei' }] });
    const signature = blocks(doc).at(-1)!;
    expect(signature).toMatchObject({ type: 'signature', signers: [{ text: '泰安市教育局' }], date: { text: '2025年10月8日' } });
  });

  it('lists each target with its item, target, latest value over its period, status and note; an item with two targets is one merged cell', () => {
    const [first, second] = tables(build());
    expect(first!.table.columns.map((c) => c.header)).toEqual(['序号', '条目', '指标', '目标', '最新值', '状态', '备注']);
    expect(first!.table.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['1', '1.建立50个首课教育基地，培养200名首课教学名师。', '首课教育基地', '≥50个', '30个\n（第三季度）', '滞后', ''],
      ['2', '首课教学名师', '≥200名', '未填报', '滞后', ''],
    ]);
    expect(first!.table.rows[0]![1]).toMatchObject({ rowSpan: 2, source: { uid: 'item-1' } });
    // 滞后 and 逾期 stand out in the table.
    expect(first!.table.rows[0]![5]!.bold).toBe(true);
    expect(second!.table.rows.map((r) => [r[1]!.text, r[5]!.text, r[5]!.bold ?? false, r[6]!.text])).toEqual([
      ['3.新建改扩建中小学11所。', '逾期', true, '2所因征地延期'],
      ['—', '已完成', false, ''],
    ]);
    expect(second!.table.rows[0]![1]!.rowSpan).toBeUndefined();
  });

  it('goes on landscape pages, its columns in proportion to their text, the signature on the wider line', () => {
    const doc = build();
    expect(doc.sections[0]!.orientation).toBe('landscape');
    const widths = tables(doc)[0]!.table.columns.map((c) => c.widthPermille);
    expect(widths.reduce((a, b) => a + b, 0)).toBe(1000);
    const [serial, item, , , latest, status] = widths;
    expect(item!).toBeGreaterThan(latest!);
    expect(latest!).toBeGreaterThan(status!);
    expect(status!).toBeGreaterThanOrEqual(serial!);
    const signature = blocks(doc).at(-1)! as Extract<Block, { type: 'signature' }>;
    // A landscape line holds 40 body characters: the date (6.5 cells) ends 2 in from its right end,
    // the signature starts 2 characters left of the date.
    expect(signature.date.indentCells).toBe(40 - 2 - 6.5);
    expect(signature.signers[0]!.indentCells).toBe(signature.date.indentCells - 2);
  });

  it('says so when the plan has no targets, and signs without a date when none is given', () => {
    const empty = buildReportDocument({ report: { ...REPORT, sections: [], total: 0, counts: counts({}) }, fonts: 'windows', date: '' });
    expect(texts(empty)).toEqual(['2025年第三季度工作要点落实情况', '[blank]', '截至2025年9月30日，《泰安市教育局2025年工作要点》还没有设置指标。', '[blank]', '[signature]']);
    expect(empty.fonts).toBe('windows');
    expect(empty.sections[0]!.orientation).toBe('portrait');
  });
});

describe('table layout', () => {
  it('places cells merged down: the rows below leave that column out', () => {
    const slots = gridRows([[{ text: 'a' }, { text: 'item', rowSpan: 3 }, { text: 'x' }], [{ text: 'b' }, { text: 'y' }], [{ text: 'c' }]], 3);
    expect(slots.map((r) => r.map((s) => (s.kind === 'cell' ? s.cell.text : s.last ? '^end' : '^')))).toEqual([
      ['a', 'item', 'x'],
      ['b', '^', 'y'],
      ['c', '^end', ''],
    ]);
  });

  it('keeps a narrow table portrait and widens a wide one to landscape, shrinking only the columns that wrap', () => {
    const narrow = fitColumns([{ header: '序号', align: 'center', maxCells: 2 }, { header: '名称', align: 'left', maxCells: 10 }], [[{ text: '1' }, { text: '首课教育基地' }]]);
    expect(narrow.orientation).toBe('portrait');
    const long = '很长的条目文字'.repeat(6);
    const wide = fitColumns(
      [
        { header: '条目', align: 'left', maxCells: 40, minCells: 8 },
        { header: '状态', align: 'center', maxCells: 4, minCells: 4 },
        { header: '备注', align: 'left', maxCells: 40, minCells: 4 },
      ],
      [[{ text: long }, { text: '正常推进' }, { text: long }]],
    );
    expect(wide.orientation).toBe('landscape');
    const [item, status, note] = wide.columns.map((c) => c.widthPermille);
    // Both wrap; 条目 keeps more of its width (its minimum is 8 characters, 备注's 4).
    expect(item).toBeGreaterThan(note!);
    // 正常推进 keeps its four characters (plus padding) of the 225 mm width: about 10%.
    expect(status! / 1000).toBeGreaterThan((4 * 14) / 637.8);
  });
});
