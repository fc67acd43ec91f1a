import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openServices, type Services } from '../../../electron/services/index';
import { seedPath } from '../import/helpers/seeds';
import { tmpDbPath, tmpDir } from '../helpers/tmp';

let s: Services;
beforeEach(() => {
  s = openServices({ dbPath: tmpDbPath(), mode: 'cli', clock: () => new Date('2024-04-01T08:00:00Z') });
});
afterEach(() => s.close());

function import003() {
  const { preview } = s.importer.preview(fs.readFileSync(seedPath('003_3bf94dc3a89a6442.txt')), '003.txt');
  return s.importer.commit(preview);
}

/** Exports the plan's targets to a real file and opens it with exceljs, as a user's Excel would. */
async function exportToFile(planId: string) {
  const { fileName, data } = await s.spreadsheets.exportTargets(planId);
  const file = path.join(tmpDir(), fileName);
  fs.writeFileSync(file, Buffer.from(data, 'base64'));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return { file, fileName, wb, ws: wb.getWorksheet('指标')! };
}

async function saveAndImport(wb: ExcelJS.Workbook, file: string, planId: string) {
  await wb.xlsx.writeFile(file);
  return s.spreadsheets.importTargets(planId, fs.readFileSync(file).toString('base64'));
}

describe('the targets of a plan as an Excel file', () => {
  it('exports one row a target under Chinese headers, with an 编号 column and a 属性 dropdown', async () => {
    const plan = import003();
    const { fileName, ws } = await exportToFile(plan.id);
    expect(fileName).toBe('杏花岭区“十四五”教育事业发展规划-指标.xlsx');
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(['编号', '所属条目', '分组', '指标名称', '计量单位', '基期值', '基期年份', '目标值', '目标上限', '比较方式', '属性', '完成时限', '牵头单位', '来源']);
    expect(ws.actualRowCount).toBe(9); // header + 8 targets (the spare rows below only carry dropdowns)
    const row = ws.getRow(2);
    expect([row.getCell(3).value, row.getCell(4).value, row.getCell(5).value, row.getCell(6).value, row.getCell(7).value, row.getCell(8).value, row.getCell(11).value]).toEqual(['基础教育', '学前教育毛入园率', '%', 98.91, 2020, 99, '预期性']);
    expect((row.getCell(12).value as Date).toISOString().slice(0, 10)).toBe('2025-12-31');
    expect(row.getCell(11).dataValidation).toMatchObject({ type: 'list', formulae: ['"预期性,约束性"'] });
    expect(ws.getColumn(4).width).toBeGreaterThanOrEqual(30);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('writes one dropdown range per column, none overlapping (Excel would "repair" the file)', async () => {
    const plan = import003();
    const { file } = await exportToFile(plan.id);
    const sheet = strFromU8(unzipSync(fs.readFileSync(file))['xl/worksheets/sheet1.xml']!);
    expect([...sheet.matchAll(/<dataValidation [^>]*sqref="([^"]+)"/g)].map((m) => m[1])).toEqual(['J2:J209', 'K2:K209']);
  });

  it('imports edits and new rows back, and leaves every other target as it was', async () => {
    const plan = import003();
    const before = s.indicators.list(plan.id);
    const { file, ws, wb } = await exportToFile(plan.id);
    ws.getRow(2).getCell(8).value = 99.5; // 学前教育毛入园率 目标值
    ws.getRow(7).getCell(11).value = '预期性'; // 学前教育专任教师… was 约束性
    // The next free row, as a user types it (the rows below carry the dropdowns already).
    ws.getRow(10).values = [null, null, '职业教育', '中职毕业生就业率', '%', 95, 2020, 98, null, '≥', '约束性', '2025-12-31', '职成教科', ''];
    const r = await saveAndImport(wb, file, plan.id);
    expect(r).toEqual({ applied: true, updated: 2, added: 1, unchanged: 6, errors: [] });
    const after = s.indicators.list(plan.id);
    expect(after).toHaveLength(9);
    expect(after.find((t) => t.name === '学前教育毛入园率')).toMatchObject({ target: 99.5, baseline: 98.91 });
    expect(after.find((t) => t.name === '学前教育专任教师接受专业教育的比例')!.attribute).toBe('预期性');
    expect(after.find((t) => t.name === '中职毕业生就业率')).toMatchObject({ group: '职业教育', baseline: 95, target: 98, attribute: '约束性', leadUnit: '职成教科', deadline: '2025-12-31', items: [] });
    const untouched = (id: number) => after.find((t) => t.id === id);
    for (const t of before.filter((x) => !['学前教育毛入园率', '学前教育专任教师接受专业教育的比例'].includes(x.name))) expect(untouched(t.id)).toEqual(t);
    // The same file again changes nothing.
    expect(await saveAndImport(wb, file, plan.id)).toMatchObject({ applied: true, updated: 0, added: 1, unchanged: 8 });
  });

  it('refuses a file with bad rows, saying which row and why, and writes nothing', async () => {
    const plan = import003();
    const before = s.indicators.list(plan.id);
    const { file, ws, wb } = await exportToFile(plan.id);
    ws.getRow(5).getCell(8).value = '九十';
    ws.getRow(6).getCell(11).value = '重要';
    ws.getRow(3).getCell(8).value = 96; // a good edit, not applied because of the bad rows
    ws.getRow(10).values = [999, null, '', '新指标', '个', null, null, 3];
    ws.getRow(11).values = [null, null, '', '', '个', null, null, 3];
    const r = await saveAndImport(wb, file, plan.id);
    expect(r.applied).toBe(false);
    expect(r.errors.map((e) => e.message)).toEqual([
      '第5行：目标值不是数字。',
      '第6行：属性“重要”无法识别，应为 预期性 或 约束性。',
      '第10行：编号 999 不是这份工作要点的指标（新增指标请把编号留空）。',
      '第11行：指标名称不能为空。',
    ]);
    expect(s.indicators.list(plan.id)).toEqual(before);
  });

  it('refuses a file that is not a spreadsheet', async () => {
    const plan = import003();
    await expect(s.spreadsheets.importTargets(plan.id, Buffer.from('这不是表格').toString('base64'))).rejects.toThrow('不是 Excel 表格');
  });
});
