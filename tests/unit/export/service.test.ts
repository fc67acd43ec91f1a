// Export through the API and the CLI: settings remembered per plan, notice fields saved with them,
// the one-click punctuation fix, the .docx download, and the `plandesk export` command.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../electron/api/dispatcher';
import { openServices, type Services } from '../../../electron/services/index';
import { tmpDbPath, tmpDir } from '../helpers/tmp';
import { SEED_002, importSeed, unzipDocx } from './helpers';

let s: Services;
beforeEach(() => {
  s = openServices({ dbPath: tmpDbPath(), mode: 'cli' });
});
afterEach(() => s.close());

const ok = async (method: string, input: unknown) => {
  const r = await createDispatcher(s).dispatch(method, input);
  if (!r.ok) throw new Error(r.error.message);
  return r.result as never;
};

describe('export settings', () => {
  it('an imported plan with a notice defaults to the notice layout; what the user sets is remembered for that plan only', async () => {
    const a = importSeed(s, SEED_002);
    const b = s.plans.create({ year: 2025, title: '另一份工作要点' });
    const setup = await ok('export.settings.get', { id: a.id });
    expect(setup).toMatchObject({ settings: { layout: 'notice', redHeader: true, fonts: 'gb2312' }, notice: { docNumber: '泰教发〔2024〕1号' } });
    await ok('export.settings.set', {
      id: a.id,
      settings: { ...(setup as { settings: object }).settings, fonts: 'windows', redHeader: false },
      notice: { ...(setup as { notice: object }).notice, cc: '市政府办公室', printer: '泰安市教育局办公室', printDate: '2024-03-26' },
    });
    expect(s.exporter.settings(a.id)).toMatchObject({ fonts: 'windows', redHeader: false });
    expect(s.plans.get(a.id).notice).toMatchObject({ cc: '市政府办公室', printDate: '2024-03-26' });
    expect(s.exporter.settings(b.id)).toMatchObject({ layout: 'plain', fonts: 'gb2312', redHeader: true });
  });

  it('an imported notice keeps its own paragraph, which the exported notice prints under 主送机关', async () => {
    const plan = importSeed(s, SEED_002);
    const setup = (await ok('export.settings.get', { id: plan.id })) as { settings: { noticeBody: string } };
    expect(setup.settings.noticeBody).toBe('现将《中共泰安市委教育工委 泰安市教育局2024年工作要点》印发你们,请结合工作实际,认真抓好贯彻落实。');
    const xml = unzipDocx(s.exporter.docx(plan.id).bytes)['word/document.xml']!;
    expect(xml).toContain('印发你们,请结合工作实际');
  });

  it('a bad date is refused in Chinese before anything is written', async () => {
    const a = importSeed(s, SEED_002);
    const setup = s.exporter.setup(a.id);
    const r = await createDispatcher(s).dispatch('export.settings.set', {
      id: a.id,
      settings: { ...setup.settings, fonts: 'windows' },
      notice: { ...setup.notice, date: '2024年3月26日' },
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(!r.ok && r.error.message).toContain('成文日期应为日期');
    expect(s.exporter.settings(a.id).fonts).toBe('gb2312');
    expect(s.plans.get(a.id).notice.date).toBe('2024-03-26');
  });
});

describe('export.docx and the format check', () => {
  it('returns a .docx named after the plan with the findings of the check', async () => {
    const a = importSeed(s, SEED_002);
    const out = (await ok('export.docx', { id: a.id })) as { fileName: string; base64: string; checks: { code: string }[] };
    expect(out.fileName).toBe('中共泰安市委教育工委 泰安市教育局2024年工作要点.docx');
    const parts = unzipDocx(Buffer.from(out.base64, 'base64'));
    expect(parts['docProps/core.xml']).toContain('中共泰安市委教育工委 泰安市教育局2024年工作要点');
    expect(out.checks.some((c) => c.code === 'punctuation')).toBe(true);
  });

  it('the one-click fix rewrites the document and the notice to full-width punctuation and keeps the outline', async () => {
    const a = importSeed(s, SEED_002);
    const before = s.outline.list(a.id);
    const r = (await ok('export.fixPunctuation', { id: a.id })) as { changedBlocks: number; changedFields: string[] };
    expect(r.changedBlocks).toBeGreaterThan(25);
    expect(r.changedFields).toContain('notice.recipients');
    const checks = (await ok('export.checks', { id: a.id })) as { code: string }[];
    expect(checks.filter((c) => c.code === 'punctuation')).toEqual([]);
    const after = s.outline.list(a.id);
    expect(after.map((o) => o.uid)).toEqual(before.map((o) => o.uid));
    expect(after[0]!.text).toBe('擎旗定向，坚持党对教育全面领导');
    expect(s.plans.get(a.id).notice.recipients).toBe('各县市区教育和体育局，各功能区教育部门，市属各高校，市直各学校，局（委）机关各科室');
  });
});

describe('plandesk export', () => {
  const bin = path.resolve(__dirname, '../../../bin/plandesk.mjs');
  const plandesk = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });

  it('writes the .docx and prints {out, checks} as JSON; options override the remembered settings', () => {
    const db = tmpDbPath();
    const imported = JSON.parse(plandesk(['--db', db, 'import', path.resolve(__dirname, '../../fixtures/seeds', SEED_002), '--json']).stdout);
    const out = path.join(tmpDir(), '导出', '工作要点.docx');
    const r = plandesk(['--db', db, 'export', imported.planId, '--format', 'docx', '--out', out, '--no-red-header', '--fonts', 'windows', '--json']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.out).toBe(out);
    expect(json.checks.length).toBeGreaterThan(0);
    expect(json.checks[0]).toHaveProperty('location');
    const doc = unzipDocx(fs.readFileSync(out))['word/document.xml']!;
    expect(doc).toContain('泰教发〔2024〕1号');
    expect(doc).not.toContain('FF0000');
    expect(doc).toContain('w:eastAsia="仿宋"');
  });

  it('explains a bad layout, an unknown format and a missing --out in Chinese with exit code 1', () => {
    const db = tmpDbPath();
    const id = JSON.parse(plandesk(['--db', db, 'plans', 'create', '--year', '2025', '--title', '测试', '--json']).stdout).id;
    const bad = plandesk(['--db', db, 'export', id, '--out', 'x.docx', '--layout', 'red']);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('--layout 只能是 notice');
    expect(plandesk(['--db', db, 'export', id, '--format', 'odt', '--out', 'x.odt']).stderr).toContain('不支持的导出格式“odt”');
    expect(plandesk(['--db', db, 'export', id]).stderr).toContain('--out');
    expect(plandesk(['--db', db, 'export', '00000000-0000-4000-8000-000000000000', '--out', 'x.docx']).stderr).toContain('找不到这份工作要点');
  });
});
