import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openServices } from '../../../electron/services/index';
import { seedTrackedPlan, type TrackedPlan } from '../helpers/targets';
import { tmpDbPath, tmpDir } from '../helpers/tmp';

const root = path.resolve(__dirname, '../../..');
const bin = path.join(root, 'bin', 'plandesk.mjs');

function plandesk(args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function seeded(): { db: string; plan: TrackedPlan } {
  const db = tmpDbPath();
  const s = openServices({ dbPath: db, mode: 'cli' });
  const plan = seedTrackedPlan(s);
  s.close();
  return { db, plan };
}

describe('plandesk progress and status', () => {
  it('values added from the command line show in the status as of the end of Q3', () => {
    const { db, plan } = seeded();
    const t = plan.targets;
    const add = (id: number, period: string, value: string, ...more: string[]) => plandesk(['--db', db, 'progress', 'add', String(id), '--period', period, '--value', value, ...more, '--json']);
    const first = add(t.netService, '2025-Q3', '88%', '--note', '秋季学期统计');
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({ targetId: t.netService, period: '2025-Q3', value: 88, note: '秋季学期统计' });
    expect(add(t.bases, '2025-Q3', '30').code).toBe(0);
    const history = JSON.parse(plandesk(['--db', db, 'progress', 'history', String(t.netService), '--period', '2025-Q3', '--json']).stdout);
    expect(history).toMatchObject([{ action: 'add', value: 88, note: '秋季学期统计', via: '命令行' }]);
    expect(add(t.schools, '2025-Q3', '9').code).toBe(0);
    expect(add(t.myopia, '2025年第三季度', '51.2').code).toBe(0);
    expect(add(t.alliances, '2025-09', '2').code).toBe(0);

    const r = plandesk(['--db', db, 'status', plan.planId, '--date', '2025-09-30', '--json']);
    expect(r.code).toBe(0);
    const st = JSON.parse(r.stdout);
    expect(Object.keys(st)).toEqual(['date', 'counts', 'sections', 'units', 'targets']);
    expect(st.date).toBe('2025-09-30');
    expect(st.counts).toEqual({ 已完成: 1, 正常推进: 2, 滞后: 1, 逾期: 1, 未开始: 0, 无数据: 0 });
    expect(st.sections.map((s: { label: string; status: string }) => [s.label, s.status])).toEqual([
      ['一、', '滞后'],
      ['二、', '逾期'],
    ]);
    expect(st.units.find((u: { name: string }) => u.name === '各区县教育局').counts['正常推进']).toBe(2);
    expect(st.targets[0]).toEqual({
      id: t.bases,
      name: '首课教育基地',
      status: '滞后',
      latest: { period: '2025-Q3', value: 30 },
      target: { comparator: '≥', value: 50, valueMax: null, text: '≥50个' },
    });
    expect(st.targets.find((x: { id: number }) => x.id === t.alliances).latest).toEqual({ period: '2025-09', value: 2 });

    const report = JSON.parse(plandesk(['--db', db, 'progress', 'report', plan.planId, '--date', '2025-09-30', '--json']).stdout);
    expect(report.title).toBe('2025年第三季度工作要点落实情况');
    expect(report.sections[0].rows[1]).toMatchObject({ itemLabel: '2.', indicator: '幼儿园招生“一网通办”覆盖率', latest: '88%', status: '正常推进', note: '秋季学期统计' });

    const text = plandesk(['--db', db, 'status', plan.planId, '--date', '2025-09-30']);
    expect(text.stdout).toContain('截至2025年9月30日：共 5 项指标（已完成 1，正常推进 2，滞后 1，逾期 1）');
    expect(text.stdout).toContain('一、坚持立德树人，加强思想政治教育  滞后');
  });

  it('refuses a bad period, a non-number, an unknown target and a bad date in Chinese with exit code 1', () => {
    const { db, plan } = seeded();
    const id = String(plan.targets.bases);
    const bad = plandesk(['--db', db, 'progress', 'add', id, '--period', '2025-Q5', '--value', '3', '--json']);
    expect([bad.code, bad.stdout]).toEqual([1, '']);
    expect(bad.stderr).toContain('期间“2025-Q5”无效');
    const nan = plandesk(['--db', db, 'progress', 'add', id, '--period', '2025-Q1', '--value', '约九成']);
    expect(nan.code).toBe(1);
    expect(nan.stderr).toContain('错误：填报值“约九成”不是数字。');
    const unknown = plandesk(['--db', db, 'progress', 'add', '424242', '--period', '2025-Q1', '--value', '3']);
    expect(unknown.stderr).toContain('找不到编号为 424242 的指标');
    const date = plandesk(['--db', db, 'status', plan.planId, '--date', '2025-13-01', '--json']);
    expect(date.code).toBe(1);
    expect(date.stderr).toContain('统计日期“2025-13-01”无效');
    const st = JSON.parse(plandesk(['--db', db, 'status', plan.planId, '--date', '2025-09-30', '--json']).stdout);
    expect(st.counts['无数据']).toBe(4); // nothing was written
  });

  it('exports a unit’s 填报表 to a file and imports it back', () => {
    const { db, plan } = seeded();
    const out = path.join(tmpDir(), 'sheet.xlsx');
    const exp = plandesk(['--db', db, 'progress', 'export', plan.planId, '--unit', '各区县教育局', '--period', '2025-Q3', '--out', out, '--json']);
    expect(exp.code).toBe(0);
    expect(JSON.parse(exp.stdout).suggestedName).toBe('各区县教育局-2025年第三季度填报表.xlsx');
    expect(fs.statSync(out).size).toBeGreaterThan(1000);
    const imp = plandesk(['--db', db, 'progress', 'import', plan.planId, out, '--json']);
    expect(imp.code).toBe(0);
    expect(JSON.parse(imp.stdout)).toEqual({ applied: [], notesApplied: 0, unchanged: 0, problems: [] });
  });
});
