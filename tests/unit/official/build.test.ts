import { describe, expect, it } from 'vitest';
import type { Notice } from '../../../shared/api/contract';
import { buildOfficialDocument, markBlock } from '../../../shared/official/build';
import { DEFAULT_EXPORT_SETTINGS } from '../../../shared/official/settings';
import { placeSignature } from '../../../shared/official/signature';
import type { ParagraphBlock, SignatureBlock } from '../../../shared/official/model';
import { doc } from '../helpers/doc';

const notice: Notice = { docNumber: '泰教发〔2024〕1号', title: '', recipients: '各县市区教育局', signers: ['泰安市教育局'], date: '2024-03-26', note: '此件公开发布', cc: '', printer: '', printDate: '' };

describe('signature placement (GB/T 9704 7.3.5)', () => {
  it('without a seal: the signature 2 characters in from the right, the date 2 characters right of its start', () => {
    const p = placeSignature(['中共泰安市委教育工委'], '2024年3月26日', false);
    expect(p.signers[0]!.indentCells).toBe(28 - 2 - 10);
    expect(p.date.indentCells).toBe(28 - 2 - 10 + 2);
  });
  it('a date longer than the signature stands 2 in from the right and the signature moves left', () => {
    const p = placeSignature(['某局'], '2024年12月26日', false);
    expect(p.date.indentCells + 7).toBe(26);
    expect(p.signers[0]!.indentCells).toBe(p.date.indentCells - 2);
  });
  it('with a seal: the date 4 characters in from the right and the signature centred over it', () => {
    const p = placeSignature(['泰安市教育局'], '2024年3月26日', true);
    expect(p.date.indentCells).toBe(28 - 4 - 6.5);
    expect(p.signers[0]!.indentCells + 3).toBeCloseTo(p.date.indentCells + 3.25);
  });
});

describe('the official-document model', () => {
  const plan = {
    title: '泰安市教育局2024年工作要点',
    organ: '泰安市教育局',
    numberingMode: 'continuous' as const,
    document: doc([
      { level: 0, text: '总体要求。' },
      { level: 1, text: '党建引领' },
      { level: 3, text: '巩固主题教育成果。加强引领。', units: { lead: ['组干科'], responsible: ['各学校'] }, deadline: '2024年12月' },
      { level: 2, text: '学前教育。普及普惠。' },
      { level: 3, text: '扩大普惠资源。新建幼儿园10所。' },
    ]),
    notice,
  };

  it('the notice layout: mark, number with red rule, title, 主送, paragraph, signature, 附注; then the plan on its own pages', () => {
    const m = buildOfficialDocument({ plan, targets: [], settings: DEFAULT_EXPORT_SETTINGS });
    expect(m.sections.map((s) => s.kind)).toEqual(['notice', 'plan']);
    const types = m.sections[0]!.blocks.map((b) => b.type);
    expect(types).toEqual(['mark', 'docNumber', 'blank', 'title', 'blank', 'recipients', 'paragraph', 'blank', 'signature', 'note']);
    expect((m.sections[0]!.blocks[3] as { lines: string[] }).lines.join('')).toBe('关于印发《泰安市教育局2024年工作要点》的通知');
    expect(m.sections[0]!.blocks[9]).toEqual({ type: 'note', text: '（此件公开发布）' });
    expect((m.sections[0]!.blocks[8] as SignatureBlock).date.text).toBe('2024年3月26日');
  });

  it('levels carry their labels, heading fonts, lead sentences and units', () => {
    const m = buildOfficialDocument({ plan, targets: [], settings: { ...DEFAULT_EXPORT_SETTINGS, layout: 'plain', printUnits: true, leadBold: true } });
    const paras = m.sections[0]!.blocks.filter((b): b is ParagraphBlock => b.type === 'paragraph');
    expect(paras.map((p) => p.runs.map((r) => r.text).join(''))).toEqual([
      '总体要求。',
      '一、党建引领',
      '1.巩固主题教育成果。加强引领。（牵头单位：组干科；责任单位：各学校）',
      '（一）学前教育。普及普惠。',
      '2.扩大普惠资源。新建幼儿园10所。',
    ]);
    expect(paras[1]!.runs[0]).toMatchObject({ font: 'hei', label: true });
    expect(paras[2]!.runs[1]).toMatchObject({ text: '巩固主题教育成果。', lead: true, bold: true });
    expect(paras[3]!.runs.map((r) => r.font)).toEqual(['kai', 'kai', 'fang']);
  });

  it('attachments: 附件说明 under the body, a portrait 一览表 and a landscape 分解表, 附件1 and 附件2', () => {
    const m = buildOfficialDocument({ plan, targets: [], settings: { ...DEFAULT_EXPORT_SETTINGS, attachIndicators: true, attachTasks: true } });
    expect(m.sections.map((s) => s.orientation)).toEqual(['portrait', 'portrait', 'portrait', 'landscape']);
    expect(m.sections[1]!.blocks.at(-1)).toEqual({ type: 'attachmentNote', names: ['主要指标一览表', '重点任务分解表'] });
    expect(m.sections[2]!.blocks[0]).toEqual({ type: 'attachmentLabel', text: '附件1' });
    expect(m.sections[2]!.blocks[4]).toMatchObject({ type: 'table', emptyText: '（本工作要点尚未设置指标。）' });
  });

  it('without the notice, the body’s last paragraph, the 附件说明 and the signature keep together on one page', () => {
    const m = buildOfficialDocument({ plan, targets: [], settings: { ...DEFAULT_EXPORT_SETTINGS, layout: 'plain', attachIndicators: true } });
    const tail = m.sections[0]!.blocks.slice(-6);
    expect(tail.map((b) => [b.type, 'keepWithNext' in b ? !!b.keepWithNext : false])).toEqual([
      ['paragraph', true],
      ['blank', true],
      ['attachmentNote', true],
      ['blank', true],
      ['signature', false],
      ['note', false],
    ]);
  });

  it('the 主要指标一览表 prints a target’s own 牵头单位, else its item’s (a subitem without units takes its item’s)', () => {
    const withUnits = {
      ...plan,
      document: doc([
        { level: 1, text: '党建引领' },
        { level: 3, text: '巩固主题教育成果。', uid: 'a', units: { lead: ['组干科'], responsible: ['各学校'] } },
        { level: 4, text: '开展专题培训。', uid: 'b' },
        { level: 3, text: '新建幼儿园10所。', uid: 'c' },
      ]),
    };
    const target = (id: number, indicator: string, leadUnit: string, itemUids: string[]) => ({
      id, indicator, unit: '个', baseline: null, baselineYear: null, target: 10, targetMax: null, comparator: '≥', attribute: '预期性', leadUnit, itemUids, group: '', deadline: '',
    });
    const m = buildOfficialDocument({
      plan: withUnits,
      targets: [target(1, '示范校', '', ['a']), target(2, '培训人次', '', ['b']), target(3, '新建幼儿园', '基础教育科', ['a']), target(4, '普惠园', '', ['c'])],
      settings: { ...DEFAULT_EXPORT_SETTINGS, attachIndicators: true },
    });
    const table = m.sections.flatMap((s) => s.blocks).find((b) => b.type === 'table');
    expect(table && table.type === 'table' ? table.table.rows.map((r) => [r[1]!.text, r[6]!.text]) : []).toEqual([
      ['示范校', '组干科'],
      ['培训人次', '组干科'],
      ['新建幼儿园', '基础教育科'],
      ['普惠园', '—'],
    ]);
  });

  it('the red mark shrinks to fit two organs and 文件 on the type-area width', () => {
    const two = markBlock(['中共泰安市委教育工委', '泰安市教育局'], '文件');
    expect(two).toMatchObject({ type: 'mark', suffix: '文件' });
    expect((two as { sizePt: number }).sizePt).toBeLessThanOrEqual(36);
    expect((two as { sizePt: number }).sizePt * 12.5).toBeLessThanOrEqual(442.3);
  });
});
