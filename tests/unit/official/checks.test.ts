import { describe, expect, it } from 'vitest';
import type { Notice } from '../../../shared/api/contract';
import type { PlanForExport } from '../../../shared/official/build';
import { checkPlan, docNumberProblems } from '../../../shared/official/checks';
import { DEFAULT_EXPORT_SETTINGS } from '../../../shared/official/settings';
import { doc } from '../helpers/doc';

const notice: Notice = {
  docNumber: '泰教发〔2024〕1号',
  title: '关于印发2024年工作要点的通知',
  recipients: '各县市区教育和体育局',
  signers: ['泰安市教育局'],
  date: '2024-03-26',
  note: '',
  cc: '',
  printer: '',
  printDate: '',
};

const plan = (over: Partial<PlanForExport> = {}): PlanForExport => ({
  title: '泰安市教育局2024年工作要点',
  organ: '泰安市教育局',
  numberingMode: 'continuous',
  document: doc([{ level: 1, text: '党建引领' }, { level: 3, text: '巩固主题教育成果。加强引领。', units: { lead: ['组干科'], responsible: [] } }]),
  notice,
  ...over,
});

describe('发文字号 form', () => {
  it('a well-formed number has no problems', () => {
    expect(docNumberProblems('泰教发〔2024〕1号')).toEqual([]);
  });
  it('brackets, a short year, 第, zero padding and a missing 号 are each named', () => {
    expect(docNumberProblems('泰教发[2024]1号')[0]).toContain('六角括号');
    expect(docNumberProblems('泰教发〔24〕1号')).toContain('年份应写全四位，如 2024');
    expect(docNumberProblems('泰教发〔2024〕第1号')).toContain('序号前不加“第”');
    expect(docNumberProblems('泰教发〔2024〕01号')).toContain('序号不编虚位（不写 01、001）');
    expect(docNumberProblems('泰教发〔2024〕1')).toContain('应以“号”结尾');
  });
  it('the finding suggests the corrected form and points at the field', () => {
    const f = checkPlan(plan({ notice: { ...notice, docNumber: '泰教发【2024】第01号' } }), DEFAULT_EXPORT_SETTINGS).find((x) => x.code === 'docNumber')!;
    expect(f.message).toContain('应写作“泰教发〔2024〕1号”');
    expect(f.location).toEqual({ kind: 'field', field: 'notice.docNumber' });
  });
});

describe('format check of a plan', () => {
  it('a clean plan has no findings', () => {
    expect(checkPlan(plan(), { ...DEFAULT_EXPORT_SETTINGS, printUnits: true })).toEqual([]);
  });

  it('half-width punctuation is found per item, with its uid and the one-click fix', () => {
    const p = plan({ document: doc([{ level: 3, uid: 'u-1', text: '巩固主题教育成果,加强引领.' }]) });
    const f = checkPlan(p, DEFAULT_EXPORT_SETTINGS).find((x) => x.code === 'punctuation')!;
    expect(f.location).toEqual({ kind: 'item', uid: 'u-1' });
    expect(f.fix).toBe('punctuation');
    expect(f.message).toContain('2 处半角标点');
  });

  it('empty headings, items without units (when printed) and typed numbers are found', () => {
    const p = plan({
      document: doc([
        { level: 1, uid: 'h', text: '' },
        { level: 3, uid: 'i', text: '推进工作。' },
        { level: 0, text: '5.这一段是手工编号的条目。' },
      ]),
    });
    const f = checkPlan(p, { ...DEFAULT_EXPORT_SETTINGS, printUnits: true });
    expect(f.find((x) => x.code === 'emptyHeading')!.location).toEqual({ kind: 'item', uid: 'h' });
    expect(f.find((x) => x.code === 'missingUnits')!.message).toContain('1.推进工作。：没有填写责任单位');
    const typed = f.find((x) => x.code === 'numbering')!;
    expect(typed.location).toEqual({ kind: 'block', index: 2 });
    expect(typed.message).toContain('“5.”');
  });

  it('dates with zero padding or Chinese numerals in the text, and unreadable stored dates, are found', () => {
    const p = plan({ notice: { ...notice, date: '2024年3月26日' }, document: doc([{ level: 0, text: '2024年03月05日召开会议，二〇二四年三月底前完成。' }]) });
    const f = checkPlan(p, DEFAULT_EXPORT_SETTINGS).filter((x) => x.code === 'date');
    expect(f.map((x) => x.location)).toEqual([{ kind: 'field', field: 'notice.date' }, { kind: 'block', index: 0 }]);
    expect(f[1]!.message).toContain('不应补零');
  });

  it('a title needing more than three lines of 2号 is found', () => {
    const f = checkPlan(plan({ title: '关于'.repeat(35) }), { ...DEFAULT_EXPORT_SETTINGS, layout: 'plain' });
    expect(f.find((x) => x.code === 'titleLines')!.location).toEqual({ kind: 'field', field: 'title' });
  });

  it('the notice layout asks for its fields', () => {
    const f = checkPlan(plan({ notice: { ...notice, docNumber: '', recipients: '', date: '' } }), DEFAULT_EXPORT_SETTINGS);
    expect(f.filter((x) => x.code === 'missingField').map((x) => x.location)).toEqual([
      { kind: 'field', field: 'notice.docNumber' },
      { kind: 'field', field: 'notice.recipients' },
      { kind: 'field', field: 'notice.date' },
    ]);
  });
});
