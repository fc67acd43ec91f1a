import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tmpDbPath } from '../helpers/tmp';
import { seedPath } from './helpers/seeds';

const bin = path.resolve(__dirname, '../../../bin/plandesk.mjs');
function plandesk(args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('plandesk import', () => {
  it('imports the 泰安 work points and prints what it made as JSON; the plan is saved', () => {
    const db = tmpDbPath();
    const r = plandesk(['--db', db, 'import', seedPath('002_eb413db6c3da201b.txt'), '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({
      title: '中共泰安市委教育工委 泰安市教育局2024年工作要点',
      year: 2024,
      numbering: 'continuous',
      sections: 7,
      subsections: 0,
      items: 23,
      subitems: 0,
      units: [],
      indicators: 0,
      notice: {
        docNumber: '泰教发〔2024〕1号',
        title: '关于印发2024年工作要点的通知',
        addressees: '各县市区教育和体育局,各功能区教育部门,市属各高校,市直各学校,局(委)机关各科室',
        signers: ['中共泰安市委教育工委', '泰安市教育局'],
        date: '2024-03-26',
      },
      warnings: [],
    });
    expect(out.dropped).toContain('Produced By 大汉网络 大汉版通发布系统');
    const outline = JSON.parse(plandesk(['--db', db, 'outline', out.planId, '--json']).stdout);
    expect(outline.filter((o: { level: number }) => o.level === 3)).toHaveLength(23);
  });

  it('converts Traditional to Simplified with --simplified, and takes the year from --year', () => {
    const db = tmpDbPath();
    const t = JSON.parse(plandesk(['--db', db, 'import', seedPath('000_ec4a56ec879bd467.txt'), '--simplified', '--json']).stdout);
    expect(t).toMatchObject({ title: 'xx市教育局2025年工作要点', year: 2025, sections: 3, subsections: 2, items: 14 });
    const y = JSON.parse(plandesk(['--db', db, 'import', seedPath('004_040c62a2e4fea6de.txt'), '--year', '2025', '--json']).stdout);
    expect(y).toMatchObject({ year: 2025, title: '2025年工作要点', sections: 4, subsections: 12 });
    expect(y.warnings.some((w: string) => w.includes('202x'))).toBe(true);
    const s = JSON.parse(plandesk(['--db', db, 'import', seedPath('003_3bf94dc3a89a6442.txt'), '--json']).stdout);
    expect(s).toMatchObject({ numbering: 'restart', indicators: 8, notice: { docNumber: '杏政发〔2022〕17号' } });
    expect(JSON.parse(plandesk(['--db', db, 'plans', 'list', '--json']).stdout)).toHaveLength(3);
  });

  it('explains a missing file', () => {
    const r = plandesk(['--db', tmpDbPath(), 'import', '/nonexistent/plan.txt', '--json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('找不到文件');
  });
});
