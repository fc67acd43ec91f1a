// `plandesk`: the command line over the same services and API contract the app uses.
// JSON on stdout with --json; errors on stderr in Chinese with exit code 1.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MethodName, MethodOutput } from '../shared/api/contract';
import { PlanDeskError } from '../shared/api/errors';
import { createDispatcher, type Dispatcher } from './api/dispatcher';
import { ArgsError, parseArgs, type ParsedArgs } from './cli-args';
import { importSummary } from './services/import/summary';
import { FILE_TOO_LARGE_MESSAGE, MAX_IMPORT_BYTES } from '../shared/import/limits';
import { openServices, type Services } from './services/index';
import { resolveDbPath } from './services/paths';
import { APP_VERSION } from './services/version';
import { startWebHost } from './web-host';

export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  env: NodeJS.ProcessEnv;
}

const defaultIO: CliIO = {
  out: (t) => process.stdout.write(t + '\n'),
  err: (t) => process.stderr.write(t + '\n'),
  env: process.env,
};

const HELP = `plandesk ${APP_VERSION} — 工作要点编制台 命令行

用法：plandesk [--db 文件] <命令> [选项]

命令：
  plans list [--json]                         列出全部工作要点
  plans create --year 2025 --title "…" [--organ "…"] [--kind 工作要点|工作思路|规划] [--json]
                                              新建一份工作要点
  outline <planId> [--json]                   按文档顺序列出各级标题和条目（编号、引导句、责任单位、完成时限）
  import <文件> [--year N] [--title "…"] [--simplified] [--keep 3,5] [--json]
                                              导入 .txt 或 .docx，识别结构后保存为新的工作要点
                                              （--simplified 繁体转简体；--keep 保留被删去的第 3、5 行）
  carry-forward <planId> [--json]             由这份工作要点生成下一年度草稿
  serve [--port N] [--no-open]                以浏览器模式启动（仅本机 127.0.0.1 可访问）

数据文件：--db 指定；否则使用环境变量 PLANDESK_DB；否则使用用户目录下的默认位置。`;

/** Calls one API method; a refusal becomes a PlanDeskError for main() to report. */
async function call<M extends MethodName>(d: Dispatcher, method: M, input: unknown): Promise<MethodOutput<M>> {
  const r = await d.dispatch(method, input);
  if (!r.ok) throw new PlanDeskError(r.error.code, r.error.message);
  return r.result as MethodOutput<M>;
}

function yearArg(args: ParsedArgs): number | string | undefined {
  const raw = args.options.get('year');
  if (raw === undefined) return undefined;
  return /^\d+$/.test(raw) ? Number(raw) : raw; // the contract explains a bad year
}

function formatPlanLine(p: MethodOutput<'plans.list'>[number]): string {
  return `${p.id}  ${p.year}  ${p.kind}  ${p.status}  ${p.title}${p.organ ? `（${p.organ}）` : ''}`;
}

async function plansCommand(d: Dispatcher, args: ParsedArgs, io: CliIO): Promise<number> {
  const sub = args.positionals[1];
  const json = args.flags.has('json');
  if (sub === 'list') {
    const plans = await call(d, 'plans.list', {});
    if (json) io.out(JSON.stringify(plans));
    else io.out(plans.length ? plans.map(formatPlanLine).join('\n') : '还没有工作要点。');
    return 0;
  }
  if (sub === 'create') {
    const input: Record<string, unknown> = { year: yearArg(args), title: args.options.get('title') };
    if (args.options.has('organ')) input.organ = args.options.get('organ');
    if (args.options.has('kind')) input.kind = args.options.get('kind');
    const plan = await call(d, 'plans.create', input);
    if (json) io.out(JSON.stringify(plan));
    else io.out(`已新建：${formatPlanLine(plan)}`);
    return 0;
  }
  throw new ArgsError(`未知的命令：plans ${sub ?? ''}。可用：plans list、plans create。`);
}

function openInBrowser(url: string): void {
  const [cmd, args] =
    process.platform === 'win32'
      ? ['cmd', ['/c', 'start', '""', url]]
      : process.platform === 'darwin'
        ? ['open', [url]]
        : ['xdg-open', [url]];
  try {
    const child = spawn(cmd, args as string[], { detached: true, stdio: 'ignore' });
    child.on('error', () => {}); // no browser on this machine: the printed URL is enough
    child.unref();
  } catch {
    // same as above
  }
}

async function outlineCommand(d: Dispatcher, args: ParsedArgs, io: CliIO): Promise<number> {
  const id = args.positionals[1];
  if (!id) throw new ArgsError('请给出工作要点的编号：plandesk outline <planId>。');
  const outline = await call(d, 'outline.list', { id });
  if (args.flags.has('json')) {
    io.out(JSON.stringify(outline.map((o) => ({ uid: o.uid, level: o.level, label: o.label, lead: o.lead, units: [...o.units.lead, ...o.units.responsible], deadline: o.deadline }))));
  } else {
    io.out(outline.length ? outline.map((o) => `${'  '.repeat(o.level - 1)}${o.label}${o.lead}`).join('\n') : '这份工作要点还没有标题或条目。');
  }
  return 0;
}

async function importCommand(services: Services, args: ParsedArgs, io: CliIO): Promise<number> {
  const file = args.positionals[1];
  if (!file) throw new ArgsError('请给出要导入的文件：plandesk import <文件>。');
  let size: number;
  try {
    size = fs.statSync(file).size;
  } catch {
    throw new ArgsError(`找不到文件：${file}。`);
  }
  if (size > MAX_IMPORT_BYTES) throw new PlanDeskError('NOT_A_DOCUMENT', FILE_TOO_LARGE_MESSAGE);
  const year = yearArg(args);
  if (typeof year === 'string') throw new ArgsError(`年度“${year}”无效，应为数字，如 2025。`);
  const keep = (args.options.get('keep') ?? '').split(/[,，\s]+/).filter(Boolean).map(Number);
  if (keep.some((n) => !Number.isInteger(n) || n < 1)) throw new ArgsError('--keep 应为行号，用逗号分隔，如 --keep 3,5。');
  const { preview } = services.importer.preview(fs.readFileSync(file), path.basename(file), { simplified: args.flags.has('simplified'), keep });
  const plan = services.importer.commit(preview, { year, title: args.options.get('title') });
  const summary = importSummary(plan, preview, services.outline.list(plan.id), { yearGiven: year !== undefined });
  if (args.flags.has('json')) io.out(JSON.stringify(summary));
  else {
    io.out(`已导入：${plan.id}  ${plan.year}  ${plan.kind}  ${plan.title}`);
    io.out(`结构：${summary.sections} 个一级标题，${summary.subsections} 个二级标题，${summary.items} 个条目，${summary.subitems} 个子条目（${summary.numbering === 'continuous' ? '条目连续编号' : '条目分节编号'}）`);
    if (summary.notice.docNumber || summary.notice.title) io.out(`印发通知：${summary.notice.docNumber} ${summary.notice.title}`);
    if (summary.indicators) io.out(`指标：${summary.indicators} 个`);
    for (const d of summary.droppedLines) io.out(`删去第 ${d.line} 行（${d.reason}）：${d.text}`);
    for (const w of summary.warnings) io.out(`提示：${w}`);
  }
  return 0;
}

async function carryForwardCommand(services: Services, args: ParsedArgs, io: CliIO): Promise<number> {
  const id = args.positionals[1];
  if (!id) throw new ArgsError('请给出工作要点的编号：plandesk carry-forward <planId>。');
  const plan = services.carryForward.carryForward(id);
  if (args.flags.has('json')) io.out(JSON.stringify({ planId: plan.id, year: plan.year, title: plan.title }));
  else io.out(`已生成下一年度草稿：${formatPlanLine(plan)}`);
  return 0;
}

const staticDir = () => path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'renderer');

async function serveCommand(services: Services, args: ParsedArgs, io: CliIO): Promise<number> {
  const rawPort = args.options.get('port');
  const port = rawPort === undefined ? 0 : Number(rawPort);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ArgsError(`端口“${rawPort}”无效，应为 0 到 65535 之间的整数。`);
  const host = await startWebHost({ dispatcher: createDispatcher(services), staticDir: staticDir(), port });
  io.out(host.url);
  io.out(`PlanDesk 浏览器模式已启动，请在浏览器中打开上面的地址。数据文件：${services.dbPath}`);
  io.out('按 Ctrl+C 停止。');
  if (!args.flags.has('no-open')) openInBrowser(host.url);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await host.close();
  return 0;
}

export async function main(argv: readonly string[], io: CliIO = defaultIO): Promise<number> {
  let services: Services | undefined;
  try {
    const args = parseArgs(argv);
    const command = args.positionals[0];
    if (args.flags.has('version')) {
      io.out(APP_VERSION);
      return 0;
    }
    if (!command || args.flags.has('help') || command === 'help') {
      io.out(HELP);
      return command || args.flags.has('help') ? 0 : 1;
    }
    if (command !== 'plans' && command !== 'serve' && command !== 'outline' && command !== 'import' && command !== 'carry-forward') throw new ArgsError(`未知的命令：${command}。运行 plandesk --help 查看用法。`);
    const dbPath = resolveDbPath({ flag: args.options.get('db'), env: io.env });
    services = openServices({ dbPath, mode: command === 'serve' ? 'browser' : 'cli' });
    if (command === 'serve') return await serveCommand(services, args, io);
    if (command === 'outline') return await outlineCommand(createDispatcher(services), args, io);
    if (command === 'import') return await importCommand(services, args, io);
    if (command === 'carry-forward') return await carryForwardCommand(services, args, io);
    return await plansCommand(createDispatcher(services), args, io);
  } catch (e) {
    if (e instanceof PlanDeskError || e instanceof ArgsError) io.err(`错误：${e.message}`);
    else io.err(`错误：程序内部出错（${e instanceof Error ? e.message : String(e)}）。`);
    return 1;
  } finally {
    services?.close();
  }
}
