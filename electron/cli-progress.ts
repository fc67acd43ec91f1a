// `plandesk progress …` and `plandesk status`: 填报 and the plan's status from the command line,
// through the same API methods the app calls.
import fs from 'node:fs';
import path from 'node:path';
import type { Dispatcher } from './api/dispatcher';
import { ArgsError, type ParsedArgs } from './cli-args';
import { call } from './cli-call';
import type { CliIO } from './cli';
import { formatValue, parseMeasuredValue } from '../shared/tracking/format';
import { dateLabel, parsePeriod, periodLabel } from '../shared/tracking/period';
import { TARGET_STATUSES } from '../shared/tracking/status';

export const TRACKING_HELP = `  progress add <指标编号> --period 2025-Q1|2025-03 --value N [--note "…"] [--source "…"] [--json]
                                              填报一个指标某季度或某月的实际值（已有则修改）
  progress clear <指标编号> --period 2025-Q1 [--json]   清除这一期的填报值
  progress history <指标编号> --period 2025-Q1 [--json] 这一期填报值的修改记录（谁、何时）
  progress export <planId> --unit "基础教育科" --period 2025-Q3 --out 文件.xlsx
                                              导出这个单位负责的指标的填报表
  progress import <planId> <文件.xlsx> [--json]  导入填回的填报表，逐行报告问题
  progress report <planId> [--date 2025-09-30] [--json]
                                              落实情况报告的内容（标题、各部分的条目、指标、最新值、状态、备注）
  progress report <planId> [--date 2025-09-30] --format docx|pdf --out 文件 [--json]
                                              按公文格式导出落实情况报告（Word 或 PDF）
  status <planId> [--date 2025-09-30] [--json] 截至某日各指标的进展状态（默认今天）`;

function targetIdArg(args: ParsedArgs): number {
  const raw = args.positionals[2];
  if (!raw) throw new ArgsError(`请给出指标编号：plandesk progress ${args.positionals[1]} <指标编号> --period 2025-Q1。`);
  if (!/^\d+$/.test(raw)) throw new ArgsError(`指标编号“${raw}”无效，应为数字。`);
  return Number(raw);
}

function periodArg(args: ParsedArgs): string {
  const period = args.options.get('period');
  if (!period) throw new ArgsError('请用 --period 给出期间，如 --period 2025-Q1 或 --period 2025-03。');
  return period; // the contract explains a bad one
}

function periodText(period: string): string {
  const p = parsePeriod(period);
  return p ? periodLabel(p) : period;
}

export async function progressCommand(d: Dispatcher, args: ParsedArgs, io: CliIO): Promise<number> {
  const sub = args.positionals[1];
  const json = args.flags.has('json');
  if (sub === 'add' || sub === 'clear') {
    const targetId = targetIdArg(args);
    const period = periodArg(args);
    let value: number | null = null;
    if (sub === 'add') {
      const raw = args.options.get('value');
      if (raw === undefined) throw new ArgsError('请用 --value 给出实际值，如 --value 92.5。');
      const parsed = parseMeasuredValue(raw);
      if (!parsed.ok) throw new ArgsError(`填报值${parsed.message}`);
      value = parsed.value;
    }
    const input: Record<string, unknown> = { targetId, period, value, via: '命令行' };
    if (args.options.has('note')) input.note = args.options.get('note');
    if (args.options.has('source')) input.source = args.options.get('source');
    const cell = await call(d, 'progress.set', input);
    if (json) io.out(JSON.stringify(cell));
    else io.out(value === null ? `已清除：指标 ${targetId} ${periodText(cell.period)}` : `已填报：指标 ${targetId} ${periodText(cell.period)} = ${cell.value}（当前状态：${cell.status}）`);
    return 0;
  }
  if (sub === 'history') {
    const entries = await call(d, 'progress.history', { targetId: targetIdArg(args), period: periodArg(args) });
    if (json) io.out(JSON.stringify(entries));
    else {
      const action = { add: '填报', edit: '修改', clear: '清除' } as const;
      io.out(entries.length ? entries.map((e) => `${e.changedAt}  ${e.changedBy}  ${action[e.action]}  ${e.value ?? ''}  ${e.note}  （${e.via}）`).join('\n') : '这一期还没有填报记录。');
    }
    return 0;
  }
  if (sub === 'export') {
    const id = args.positionals[2];
    const out = args.options.get('out');
    if (!id || !out) throw new ArgsError('用法：plandesk progress export <planId> --unit "单位" --period 2025-Q3 --out 文件.xlsx。');
    const file = await call(d, 'progress.exportSheet', { id, unit: args.options.get('unit') ?? '', period: periodArg(args) });
    fs.writeFileSync(out, Buffer.from(file.data, 'base64'));
    if (json) io.out(JSON.stringify({ file: path.resolve(out), suggestedName: file.fileName }));
    else io.out(`已导出填报表：${path.resolve(out)}`);
    return 0;
  }
  if (sub === 'import') {
    const id = args.positionals[2];
    const file = args.positionals[3];
    if (!id || !file) throw new ArgsError('用法：plandesk progress import <planId> <文件.xlsx>。');
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(file);
    } catch {
      throw new ArgsError(`找不到文件：${file}。`);
    }
    const r = await call(d, 'progress.importSheet', { id, fileName: path.basename(file), data: bytes.toString('base64') });
    if (json) io.out(JSON.stringify(r));
    else {
      io.out(`已导入 ${r.applied.length} 个数值${r.notesApplied ? `、${r.notesApplied} 条备注` : ''}，${r.unchanged} 个未变化。`);
      for (const a of r.applied) io.out(`第${a.row}行 ${a.name} ${periodText(a.period)}：${a.from ?? '（空）'} → ${a.to ?? '（空）'}`);
      for (const p of r.problems) io.out(`问题：${p.message}`);
    }
    return 0;
  }
  if (sub === 'report') {
    const id = args.positionals[2];
    if (!id) throw new ArgsError('用法：plandesk progress report <planId> [--date 2025-09-30] [--format docx|pdf --out 文件]。');
    const input: Record<string, unknown> = { id };
    if (args.options.has('date')) input.date = args.options.get('date');
    if (args.options.has('out') || args.options.has('format')) return reportFile(d, args, input, io);
    const r = await call(d, 'progress.report', input);
    if (json) io.out(JSON.stringify(r));
    else {
      io.out(`${r.title}（${r.asOfLabel}）`);
      io.out(r.summary);
      for (const s of r.sections) {
        io.out(`${s.label}${s.title}`);
        for (const row of s.rows) io.out(`  ${row.itemLabel} ${row.indicator}  目标 ${row.target}  最新 ${row.latest || '未填报'}  ${row.status}${row.note ? `  （${row.note}）` : ''}`);
      }
    }
    return 0;
  }
  throw new ArgsError(`未知的命令：progress ${sub ?? ''}。可用：progress add、clear、history、export、import、report。`);
}

const REPORT_FORMATS = ['docx', 'pdf'] as const;

/** `progress report … --format docx|pdf --out FILE`: the report as a file in the official format. */
async function reportFile(d: Dispatcher, args: ParsedArgs, input: Record<string, unknown>, io: CliIO): Promise<number> {
  const out = args.options.get('out');
  const format = args.options.get('format') ?? (out && /\.pdf$/i.test(out) ? 'pdf' : 'docx');
  if (!(REPORT_FORMATS as readonly string[]).includes(format)) throw new ArgsError(`不支持的报告格式“${format}”。可用：docx、pdf。`);
  if (!out) throw new ArgsError(`请用 --out 给出报告文件的路径，如 --out 落实情况报告.${format}。`);
  const file = format === 'pdf' ? await call(d, 'progress.reportPdf', input) : await call(d, 'progress.reportDocx', input);
  const target = path.resolve(out);
  try {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, Buffer.from(file.base64, 'base64'));
  } catch (e) {
    throw new ArgsError(`无法写入文件 ${target}（${e instanceof Error && 'code' in e ? String((e as NodeJS.ErrnoException).code) : '未知原因'}）。`);
  }
  const pages = 'pages' in file ? { pages: file.pages } : {};
  if (args.flags.has('json')) io.out(JSON.stringify({ out: target, suggestedName: file.fileName, ...pages }));
  else io.out(`已导出落实情况报告：${target}${'pages' in file ? `（${file.pages} 页）` : ''}`);
  return 0;
}

export async function statusCommand(d: Dispatcher, args: ParsedArgs, io: CliIO): Promise<number> {
  const id = args.positionals[1];
  if (!id) throw new ArgsError('请给出工作要点的编号：plandesk status <planId> [--date 2025-09-30]。');
  const input: Record<string, unknown> = { id };
  if (args.options.has('date')) input.date = args.options.get('date');
  const st = await call(d, 'progress.status', input);
  if (args.flags.has('json')) {
    io.out(
      JSON.stringify({
        date: st.date,
        counts: st.counts,
        sections: st.sections.map((s) => ({ label: s.label, title: s.title, status: s.status, counts: s.counts })),
        units: st.units.map((u) => ({ name: u.name, status: u.status, counts: u.counts })),
        targets: st.targets.map((t) => ({ id: t.id, name: t.name, status: t.status, latest: t.latest, target: t.target })),
      }),
    );
    return 0;
  }
  const counts = (c: typeof st.counts) => TARGET_STATUSES.filter((s) => c[s]).map((s) => `${s} ${c[s]}`).join('，') || '没有指标';
  io.out(`截至${dateLabel(st.date)}：共 ${st.total} 项指标（${counts(st.counts)}）`);
  for (const s of st.sections) io.out(`${s.label}${s.title}  ${s.status ?? '无指标'}（${counts(s.counts)}）`);
  if (st.units.length) io.out('单位：');
  for (const u of st.units) io.out(`  ${u.name}  ${u.status}（${counts(u.counts)}）`);
  if (st.targets.length) io.out('指标：');
  for (const t of st.targets) {
    const latest = t.latest ? `${formatValue(t.latest.value, t.unit)}（${periodText(t.latest.period)}）` : '未填报';
    io.out(`  [${t.id}] ${t.items.map((i) => i.label).join('、') || '（未关联条目）'} ${t.name}  目标 ${t.target.text}  最新 ${latest}  ${t.status}`);
  }
  return 0;
}
