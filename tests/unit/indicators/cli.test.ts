import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { openServices } from '../../../electron/services/index';
import { seedPath } from '../import/helpers/seeds';
import { tmpDbPath, tmpDir } from '../helpers/tmp';

const bin = path.resolve(__dirname, '../../../bin/plandesk.mjs');
function plandesk(args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('plandesk indicators', () => {
  it('suggests the targets of the 泰安 plan as JSON, accepts them, and lists them with their items', () => {
    const db = tmpDbPath();
    const planId = JSON.parse(plandesk(['--db', db, 'import', seedPath('002_eb413db6c3da201b.txt'), '--json']).stdout).planId;
    const r = plandesk(['--db', db, 'indicators', 'suggest', planId, '--accept', '--json']);
    expect(r.stderr).toBe('');
    const found = JSON.parse(r.stdout);
    expect(found).toHaveLength(22);
    expect(Object.keys(found[0]).sort()).toEqual(['comparator', 'deadline', 'itemLabel', 'itemUid', 'name', 'placeholder', 'sentence', 'unit', 'value', 'valueMax'].sort());
    expect(found.find((x: { unit: string }) => x.unit === '亿元')).toMatchObject({ itemLabel: '20.', name: '投资', value: 3.03, comparator: '≥', deadline: '2024-12-31', placeholder: false });

    const listed = JSON.parse(plandesk(['--db', db, 'indicators', 'list', planId, '--json']).stdout);
    expect(listed).toHaveLength(22);
    expect(Object.keys(listed[0]).sort()).toEqual(['attribute', 'baseline', 'baselineYear', 'comparator', 'deadline', 'id', 'indicatorId', 'items', 'name', 'target', 'targetMax', 'unit'].sort());
    expect(listed.find((t: { name: string }) => t.name === '市域产教联合体和行业产教融合共同体')).toMatchObject({ target: 2, targetMax: 3, comparator: '区间', items: ['18.'] });
    // Accepted suggestions are not suggested again.
    expect(JSON.parse(plandesk(['--db', db, 'indicators', 'suggest', planId, '--json']).stdout)).toEqual([]);
  });

  it('lists the suggestions marked 不采纳 with --rejected, and --restore proposes them again', () => {
    const db = tmpDbPath();
    const planId = JSON.parse(plandesk(['--db', db, 'import', seedPath('002_eb413db6c3da201b.txt'), '--json']).stdout).planId;
    const s = openServices({ dbPath: db, mode: 'cli' });
    const one = s.suggestions.suggest(planId).find((x) => x.name === '首课教学名师')!;
    s.suggestions.reject(planId, one.itemUid, one.key);
    s.close();

    const listed = plandesk(['--db', db, 'indicators', 'suggest', planId, '--rejected']);
    expect(listed.stdout).toContain('4.  首课教学名师  ≥ 200 名');
    expect(listed.stdout).toContain('共 1 条不采纳的建议。');
    const restored = plandesk(['--db', db, 'indicators', 'suggest', planId, '--rejected', '--restore']);
    expect(restored.stdout).toContain('共 1 条不采纳的建议，已全部重新提出。');
    expect(JSON.parse(plandesk(['--db', db, 'indicators', 'suggest', planId, '--rejected', '--json']).stdout)).toEqual([]);
    expect(JSON.parse(plandesk(['--db', db, 'indicators', 'suggest', planId, '--json']).stdout)).toHaveLength(22);
  });

  it('exports to .xlsx and imports an edited file; a bad row is reported on stderr and nothing is written', async () => {
    const db = tmpDbPath();
    const planId = JSON.parse(plandesk(['--db', db, 'import', seedPath('003_3bf94dc3a89a6442.txt'), '--json']).stdout).planId;
    const file = path.join(tmpDir(), '指标.xlsx');
    const exported = plandesk(['--db', db, 'indicators', 'export', planId, '--out', file, '--json']);
    expect(JSON.parse(exported.stdout)).toEqual({ file, targets: 8 });

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    wb.getWorksheet('指标')!.getRow(4).getCell(8).value = 'abc';
    await wb.xlsx.writeFile(file);
    const bad = plandesk(['--db', db, 'indicators', 'import', planId, file, '--json']);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain('第4行：目标值不是数字。');
    expect(bad.stderr).toContain('未作任何改动');

    wb.getWorksheet('指标')!.getRow(4).getCell(8).value = 100;
    wb.getWorksheet('指标')!.getRow(2).getCell(8).value = 99.2;
    await wb.xlsx.writeFile(file);
    const good = plandesk(['--db', db, 'indicators', 'import', planId, file, '--json']);
    expect(JSON.parse(good.stdout)).toEqual({ applied: true, updated: 1, added: 0, unchanged: 7, errors: [] });
    const listed = JSON.parse(plandesk(['--db', db, 'indicators', 'list', planId, '--json']).stdout);
    expect(listed[0]).toMatchObject({ name: '学前教育毛入园率', target: 99.2, baseline: 98.91, baselineYear: 2020, attribute: '预期性', items: [] });
  });

  it('explains a missing plan id and an unknown subcommand in Chinese', () => {
    const db = tmpDbPath();
    const missing = plandesk(['--db', db, 'indicators', 'list']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('请给出工作要点的编号');
    const unknown = plandesk(['--db', db, 'indicators', 'frob']);
    expect(unknown.stderr).toContain('未知的命令：indicators frob');
    const badId = plandesk(['--db', db, 'indicators', 'list', 'nope', '--json']);
    expect(badId.stderr).toContain('工作要点编号格式不正确');
    expect(fs.existsSync(db)).toBe(true);
  });
});
