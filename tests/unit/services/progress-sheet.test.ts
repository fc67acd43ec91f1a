import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openServices, type Services } from '../../../electron/services/index';
import { seedTrackedPlan, type TrackedPlan } from '../helpers/targets';
import { tmpDbPath, tmpDir } from '../helpers/tmp';

let s: Services;
let plan: TrackedPlan;
beforeEach(() => {
  s = openServices({ dbPath: tmpDbPath(), mode: 'cli', clock: () => new Date('2025-10-08T02:00:00.000Z'), userName: () => '办公室王五' });
  plan = seedTrackedPlan(s);
  const t = plan.targets;
  s.progress.setValue({ targetId: t.netService, period: '2025-Q1', value: 83 });
  s.progress.setValue({ targetId: t.netService, period: '2025-Q2', value: 86 });
  s.progress.setValue({ targetId: t.myopia, period: '2025-Q2', value: 52 });
  s.progress.setValue({ targetId: t.bases, period: '2025-Q2', value: 20 });
});
afterEach(() => s.close());

async function exported(unit: string, period = '2025-Q3'): Promise<{ file: string; wb: ExcelJS.Workbook; name: string }> {
  const { fileName, data } = await s.progressSheets.exportSheet(plan.planId, unit, period);
  const file = path.join(tmpDir(), fileName);
  fs.writeFileSync(file, Buffer.from(data, 'base64'));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return { file, wb, name: fileName };
}

const rowValues = (ws: ExcelJS.Worksheet, r: number) => Array.from((ws.getRow(r).values as unknown[]).slice(1), (v) => v ?? null);

const value = (targetId: number, period: string) =>
  s.db.prepare('SELECT value FROM measurements WHERE target_id = ? AND period = ?').pluck().get(targetId, period) ?? null;

describe('a unit’s 填报表 (.xlsx)', () => {
  it('holds only the unit’s targets, with the year’s quarters up to the reporting one filled in', async () => {
    const { wb, name } = await exported('各区县教育局');
    expect(name).toBe('各区县教育局-2025年第三季度填报表.xlsx');
    const ws = wb.getWorksheet('填报表')!;
    expect(ws.getCell('A1').value).toBe('泰安市教育局2025年工作要点 指标填报表');
    expect(String(ws.getCell('A2').value)).toContain('填报单位：各区县教育局　　填报期间：2025年第三季度');
    expect(rowValues(ws, 4)).toEqual(['编号', '所属条目', '指标', '计量单位', '基线值', '目标', '完成时限', '2025年第一季度', '2025年第二季度', '2025年第三季度', '备注（2025年第三季度）', '数据来源（2025年第三季度）']);
    expect(rowValues(ws, 5)).toEqual([plan.targets.netService, '2.确保全市幼儿园招生报名“一网通办”覆盖率达到90%以上。', '幼儿园招生“一网通办”覆盖率', '%', 80, '≥90%', '2025-12-31', 83, 86, null, '', '']);
    expect(rowValues(ws, 6).slice(0, 10)).toEqual([plan.targets.myopia, '4.儿童青少年近视率控制在50%以内。', '儿童青少年近视率', '%', 54, '≤50%', '2025-12-31', null, 52, null]);
    expect(ws.rowCount).toBe(6);
    // Value cells only take numbers in Excel itself.
    expect(ws.getCell('J5').dataValidation).toMatchObject({ type: 'decimal', showErrorMessage: true });
  });

  it('a returned file applies its values and notes, reports unknown rows and bad values by row, and touches nothing else', async () => {
    const { file, wb, name } = await exported('各区县教育局');
    const ws = wb.getWorksheet('填报表')!;
    const t = plan.targets;
    ws.getCell('H5').value = null; // an emptied cell is "not reported": Q1 stays 83
    ws.getCell('I5').value = '约九成'; // a bad value: reported, Q2 stays 86
    ws.getCell('J5').value = 88;
    ws.getCell('K5').value = '秋季学期统计';
    ws.getCell('L5').value = '招生平台';
    ws.getCell('I6').value = '52.5%'; // a correction of Q2, written as text
    ws.getCell('J6').value = { formula: 'I6-1.3', result: 51.2 };
    ws.getRow(7).values = [9999, '', '不存在的指标', '', '', '', '', 1, 2, 3];
    ws.getRow(8).values = [null, '', '漏填编号', '', '', '', '', 1];
    await wb.xlsx.writeFile(file);

    const r = await s.progressSheets.importSheet(plan.planId, name, fs.readFileSync(file).toString('base64'));
    expect(r.applied).toEqual([
      { row: 5, targetId: t.netService, name: '幼儿园招生“一网通办”覆盖率', period: '2025-Q3', from: null, to: 88 },
      { row: 6, targetId: t.myopia, name: '儿童青少年近视率', period: '2025-Q2', from: 52, to: 52.5 },
      { row: 6, targetId: t.myopia, name: '儿童青少年近视率', period: '2025-Q3', from: null, to: 51.2 },
    ]);
    expect(r.problems).toEqual([
      { row: 5, message: '第5行“2025年第二季度”：“约九成”不是数字。该值未导入。' },
      { row: 7, message: '第7行：编号“9999”不是这份工作要点的指标，已跳过。' },
      { row: 8, message: '第8行：没有编号，无法对应到指标，已跳过。' },
    ]);
    expect(r.unchanged).toBe(0);
    expect([value(t.netService, '2025-Q1'), value(t.netService, '2025-Q2'), value(t.netService, '2025-Q3')]).toEqual([83, 86, 88]);
    expect(value(t.bases, '2025-Q2')).toBe(20);
    expect(s.db.prepare('SELECT count(*) FROM measurements').pluck().get()).toBe(6);
    const cell = s.progress.grid(plan.planId, '2025-Q3').rows.find((x) => x.targetId === t.netService)!.cell;
    expect(cell).toMatchObject({ value: 88, note: '秋季学期统计', source: '招生平台', enteredBy: '办公室王五' });
    expect(s.progress.history(t.myopia, '2025-Q2')[0]).toMatchObject({ action: 'edit', value: 52.5, via: `填报表 ${name}` });

    // The same file again changes nothing.
    const again = await s.progressSheets.importSheet(plan.planId, name, fs.readFileSync(file).toString('base64'));
    expect(again.applied).toEqual([]);
    expect(again.unchanged).toBe(3);
  });

  it('a sheet copied into a new workbook without its hidden part still imports by its header', async () => {
    const { wb } = await exported('体卫艺科');
    const copy = new ExcelJS.Workbook();
    const ws = copy.addWorksheet('Sheet1');
    wb.getWorksheet('填报表')!.eachRow((row, r) => (ws.getRow(r).values = row.values));
    ws.getCell('J5').value = 51;
    const data = Buffer.from(await copy.xlsx.writeBuffer()).toString('base64');
    const r = await s.progressSheets.importSheet(plan.planId, '体卫艺科.xlsx', data);
    expect(r.applied.map((a) => [a.targetId, a.period, a.to])).toEqual([[plan.targets.myopia, '2025-Q3', 51]]);
  });

  it('refuses a sheet of another plan, a file that is not a spreadsheet, and a unit without targets, writing nothing', async () => {
    const other = seedTrackedPlan(s, '泰安市教育局2025年工作要点（修订）', 'b-');
    const { data } = await s.progressSheets.exportSheet(other.planId, '思政科', '2025-Q3');
    await expect(s.progressSheets.importSheet(plan.planId, 'x.xlsx', data)).rejects.toThrow(
      '这份填报表属于“泰安市教育局2025年工作要点（修订）”，不是“泰安市教育局2025年工作要点”的，没有导入任何数据。',
    );
    await expect(s.progressSheets.importSheet(plan.planId, '说明.docx', Buffer.from('not a zip').toString('base64'))).rejects.toThrow(
      '文件“说明.docx”不是可以读取的 Excel 填报表（.xlsx），没有导入任何数据。',
    );
    await expect(s.progressSheets.exportSheet(plan.planId, '财务科', '2025-Q3')).rejects.toThrow('“财务科”在这份工作要点中没有负责的指标，无法生成填报表。');
    expect(s.db.prepare('SELECT count(*) FROM measurements').pluck().get()).toBe(4);
  });

  it('a monthly sheet has a column for each month up to the reporting one', async () => {
    const { wb } = await exported('思政科', '2025-09');
    const header = rowValues(wb.getWorksheet('填报表')!, 4);
    expect(header.slice(7, 16)).toEqual(['2025年1月', '2025年2月', '2025年3月', '2025年4月', '2025年5月', '2025年6月', '2025年7月', '2025年8月', '2025年9月']);
  });
});
