import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tmpDbPath } from '../helpers/tmp';

const root = path.resolve(__dirname, '../../..');
const bin = path.join(root, 'bin', 'plandesk.mjs');

function plandesk(args: string[], env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the plandesk command line', () => {
  it('creates a plan and lists it as JSON', () => {
    const db = tmpDbPath();
    const created = plandesk(['--db', db, 'plans', 'create', '--year', '2025', '--title', '泰安市教育局2025年工作要点', '--organ', '泰安市教育局', '--json']);
    expect(created.code).toBe(0);
    const plan = JSON.parse(created.stdout);
    expect(plan).toMatchObject({ year: 2025, title: '泰安市教育局2025年工作要点', organ: '泰安市教育局', kind: '工作要点', status: '草稿' });
    const listed = plandesk(['--db', db, 'plans', 'list', '--json']);
    expect(listed.code).toBe(0);
    const list = JSON.parse(listed.stdout);
    expect(list).toHaveLength(1);
    expect(Object.keys(list[0]).sort()).toEqual(['id', 'kind', 'organ', 'status', 'title', 'updatedAt', 'year']);
    expect(list[0].id).toBe(plan.id);
  });

  it('uses PLANDESK_DB when --db is not given', () => {
    const db = tmpDbPath();
    expect(plandesk(['plans', 'create', '--year', '2026', '--title', '2026年工作思路', '--kind', '工作思路'], { PLANDESK_DB: db }).code).toBe(0);
    const list = JSON.parse(plandesk(['--db', db, 'plans', 'list', '--json']).stdout);
    expect(list[0]).toMatchObject({ kind: '工作思路', year: 2026 });
  });

  it('reports bad input on stderr in Chinese with exit code 1, writing nothing', () => {
    const db = tmpDbPath();
    const r = plandesk(['--db', db, 'plans', 'create', '--year', '二〇二五', '--title', 'x', '--json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('年度必须是数字');
    expect(JSON.parse(plandesk(['--db', db, 'plans', 'list', '--json']).stdout)).toEqual([]);
    const unknown = plandesk(['--db', db, 'frobnicate']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('未知的命令');
  });

  it('plans update changes the year, organ and status given and keeps the rest; a bad status is refused in Chinese', () => {
    const db = tmpDbPath();
    const plan = JSON.parse(plandesk(['--db', db, 'plans', 'create', '--year', '2026', '--title', '杏花岭区“十四五”教育事业发展规划', '--kind', '规划', '--json']).stdout);
    const r = plandesk(['--db', db, 'plans', 'update', plan.id, '--year', '2021', '--organ', '太原市杏花岭区人民政府', '--status', '已印发', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ id: plan.id, year: 2021, organ: '太原市杏花岭区人民政府', status: '已印发', kind: '规划', title: '杏花岭区“十四五”教育事业发展规划', numberingMode: 'restart' });

    const bad = plandesk(['--db', db, 'plans', 'update', plan.id, '--status', '作废', '--json']);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain('状态只能是 草稿、征求意见稿、送审稿、定稿、已印发。');
    const nothing = plandesk(['--db', db, 'plans', 'update', plan.id]);
    expect(nothing.code).toBe(1);
    expect(nothing.stderr).toContain('没有要修改的内容');
    expect(JSON.parse(plandesk(['--db', db, 'plans', 'list', '--json']).stdout)[0]).toMatchObject({ year: 2021, status: '已印发' });
  });

  it('refuses a file that is not a PlanDesk database', () => {
    const r = plandesk(['--db', path.join(root, 'package.json'), 'plans', 'list', '--json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('不是 PlanDesk 的数据文件');
  });

  it('serve prints the URL with its token first and answers the API with that token', async () => {
    const db = tmpDbPath();
    const child = spawn(process.execPath, [bin, '--db', db, 'serve', '--port', '0', '--no-open'], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const firstLine = await new Promise<string>((resolve, reject) => {
        let buf = '';
        child.stdout.on('data', (d: Buffer) => {
          buf += d.toString();
          const nl = buf.indexOf('\n');
          if (nl !== -1) resolve(buf.slice(0, nl));
        });
        child.on('exit', (code) => reject(new Error(`serve exited with ${code}`)));
      });
      const url = new URL(firstLine);
      expect(url.hostname).toBe('127.0.0.1');
      const token = url.searchParams.get('token')!;
      expect(token).toMatch(/^[0-9a-f]{48}$/);
      const res = await fetch(`${url.origin}/api/plans.list`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-plandesk-token': token },
        body: '{}',
      });
      expect(await res.json()).toEqual({ ok: true, result: [] });
      const info = await fetch(`${url.origin}/api/app.info`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-plandesk-token': token },
        body: '{}',
      });
      expect((await info.json()).result).toMatchObject({ mode: 'browser', dbPath: db });
    } finally {
      child.kill('SIGTERM');
    }
  });
});
