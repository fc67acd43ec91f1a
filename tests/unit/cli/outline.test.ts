// `plandesk outline <planId> --json`: the sections and items in document order, numbered when read.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openServices } from '../../../electron/services/index';
import { doc } from '../helpers/doc';
import { tmpDbPath } from '../helpers/tmp';

const bin = path.resolve(__dirname, '../../../bin/plandesk.mjs');
const plandesk = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });

function planWithUnits(db: string): string {
  const s = openServices({ dbPath: db, mode: 'cli' });
  try {
    const plan = s.plans.create({ year: 2024, title: '泰安市教育局2024年工作要点' });
    s.outline.save(
      plan.id,
      doc([
        { level: 0, text: '总体要求：深入学习贯彻党的二十大精神。' },
        { level: 1, text: '擎旗定向', uid: 's1' },
        { level: 3, text: '巩固提升主题教育成果。持续深化理论武装。', uid: 'i1', units: { lead: ['组织人事科'], responsible: ['机关党委', '组织人事科'] }, deadline: '2024年底前' },
        { level: 4, text: '开展专题培训', uid: 'i1a' },
        { level: 1, text: '育人为本', uid: 's2' },
        { level: 3, text: '深化首课思政负责制。', uid: 'i2' },
      ]),
    );
    return plan.id;
  } finally {
    s.close();
  }
}

describe('plandesk outline', () => {
  it('lists uid, level, label, lead, units and deadline in document order as JSON', () => {
    const db = tmpDbPath();
    const id = planWithUnits(db);
    const r = plandesk(['--db', db, 'outline', id, '--json']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([
      { uid: 's1', level: 1, label: '一、', lead: '擎旗定向', units: [], deadline: '', leadUnits: [], responsibleUnits: [] },
      {
        uid: 'i1',
        level: 3,
        label: '1.',
        lead: '巩固提升主题教育成果。',
        units: ['组织人事科', '机关党委'],
        deadline: '2024年底前',
        leadUnits: ['组织人事科'],
        responsibleUnits: ['机关党委', '组织人事科'],
      },
      { uid: 'i1a', level: 4, label: '（1）', lead: '开展专题培训', units: [], deadline: '', leadUnits: [], responsibleUnits: [] },
      { uid: 's2', level: 1, label: '二、', lead: '育人为本', units: [], deadline: '', leadUnits: [], responsibleUnits: [] },
      { uid: 'i2', level: 3, label: '2.', lead: '深化首课思政负责制。', units: [], deadline: '', leadUnits: [], responsibleUnits: [] },
    ]);
  });

  it('prints an indented outline without --json', () => {
    const db = tmpDbPath();
    const id = planWithUnits(db);
    const r = plandesk(['--db', db, 'outline', id]);
    expect(r.stdout.split('\n').slice(0, 3)).toEqual(['一、擎旗定向', '    1.巩固提升主题教育成果。（组织人事科、机关党委）［2024年底前］', '      （1）开展专题培训']);
  });

  it('says in Chinese on stderr when the plan does not exist, with exit code 1', () => {
    const r = plandesk(['--db', tmpDbPath(), 'outline', '00000000-0000-4000-8000-000000000000', '--json']);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('找不到这份工作要点');
  });
});
