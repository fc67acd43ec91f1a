// `plandesk`: the command line over the same services and API contract the app uses.
// JSON on stdout with --json; errors on stderr in Chinese with exit code 1.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MethodOutput } from '../shared/api/contract';
import { PlanDeskError } from '../shared/api/errors';
import { createDispatcher, type Dispatcher } from './api/dispatcher';
import { ArgsError, parseArgs, type ParsedArgs } from './cli-args';
import { FONT_SETS } from '../shared/official/fonts';
import type { FontCheck } from '../shared/official/font-check';
import { EXPORT_LAYOUTS, ExportSettingsSchema, type ExportSettings } from '../shared/official/settings';
import { indicatorsCommand } from './cli-indicators';
import { call } from './cli-call';
import { progressCommand, statusCommand, TRACKING_HELP } from './cli-progress';
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
  plans update <planId> [--title "…"] [--year N] [--organ "…"] [--kind …] [--status 草稿|征求意见稿|送审稿|定稿|已印发] [--json]
                                              修改工作要点的基本信息（未给出的保持不变）
  outline <planId> [--json]                   按文档顺序列出各级标题和条目（编号、引导句、责任单位、完成时限）
  import <文件> [--year N] [--title "…"] [--simplified] [--keep 3,5] [--json]
                                              导入 .txt 或 .docx，识别结构后保存为新的工作要点
                                              （--simplified 繁体转简体；--keep 保留被删去的第 3、5 行）
  carry-forward <planId> [--json]             由这份工作要点生成下一年度草稿
  export <planId> --format docx|pdf --out 文件 [--layout notice|plain] [--no-red-header] [--fonts gb2312|windows] [--json]
                                              按公文格式（GB/T 9704-2012）导出 Word 或 PDF，并给出格式检查结果
                                              （未给出的选项使用这份工作要点上次导出时的设置；PDF 另报页数和字体）
  fonts <planId> [--fonts gb2312|windows] [--json]
                                              字体检查：本机有哪些公文字体，缺少的由哪种随程序提供的字体代替
  indicators suggest <planId> [--accept] [--json]
                                              从条目文字中找出可量化的指标建议（--accept 全部接受并关联到条目）
  indicators suggest <planId> --rejected [--restore] [--json]
                                              列出不采纳的建议（--restore 全部重新提出）
  indicators list <planId> [--json]           列出这份工作要点的全部指标（所属条目、基期、目标、属性、完成时限）
  indicators history <指标编号> [--json]      同一指标在各年度工作要点中的目标和最新完成值
  indicators export <planId> --out 文件.xlsx  把指标导出为 Excel 表格
  indicators import <planId> 文件.xlsx [--json]
                                              导入修改后的表格：按编号修改、无编号的行新增；有错误时逐行说明且不作改动
${TRACKING_HELP}
  serve [--port N] [--no-open]                以浏览器模式启动（仅本机 127.0.0.1 可访问）

数据文件：--db 指定；否则使用环境变量 PLANDESK_DB；否则使用用户目录下的默认位置。`;


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
  if (sub === 'update') {
    const id = args.positionals[2];
    if (!id) throw new ArgsError('请给出要修改的工作要点编号：plans update <planId> [--title …] [--year …] [--organ …] [--kind …] [--status …]。');
    const input: Record<string, unknown> = { id };
    if (args.options.has('year')) input.year = yearArg(args);
    for (const name of ['title', 'organ', 'kind', 'status']) if (args.options.has(name)) input[name] = args.options.get(name);
    if (Object.keys(input).length === 1) throw new ArgsError('没有要修改的内容：请给出 --title、--year、--organ、--kind 或 --status。');
    const plan = await call(d, 'plans.update', input);
    if (json) io.out(JSON.stringify(plan));
    else io.out(`已修改：${formatPlanLine(plan)}`);
    return 0;
  }
  throw new ArgsError(`未知的命令：plans ${sub ?? ''}。可用：plans list、plans create、plans update。`);
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
    // units: every unit of the item (牵头 first); leadUnits / responsibleUnits keep the two roles apart.
    const rows = outline.map((o) => ({
      uid: o.uid,
      level: o.level,
      label: o.label,
      lead: o.lead,
      units: [...new Set([...o.units.lead, ...o.units.responsible])],
      deadline: o.deadline,
      leadUnits: o.units.lead,
      responsibleUnits: o.units.responsible,
    }));
    io.out(JSON.stringify(rows));
  } else {
    const line = (o: (typeof outline)[number]) => {
      const units = [...new Set([...o.units.lead, ...o.units.responsible])];
      const extra = [units.length ? `（${units.join('、')}）` : '', o.deadline ? `［${o.deadline}］` : ''].join('');
      return `${'  '.repeat(o.level - 1)}${o.label}${o.lead}${extra}`;
    };
    io.out(outline.length ? outline.map(line).join('\n') : '这份工作要点还没有标题或条目。');
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

const EXPORT_FORMATS = ['docx', 'pdf'] as const;

/** The remembered settings with the command line's overrides (not saved). */
function exportSettings(services: Services, id: string, args: ParsedArgs): ExportSettings {
  const base = services.exporter.settings(id);
  const layout = args.options.get('layout');
  const fonts = args.options.get('fonts');
  const candidate = {
    ...base,
    ...(layout !== undefined ? { layout } : {}),
    ...(fonts !== undefined ? { fonts } : {}),
    ...(args.flags.has('no-red-header') ? { redHeader: false } : {}),
  };
  const parsed = ExportSettingsSchema.safeParse(candidate);
  if (!parsed.success) {
    if (layout !== undefined && !(EXPORT_LAYOUTS as readonly string[]).includes(layout)) throw new ArgsError(`--layout 只能是 notice（印发通知）或 plain（仅工作要点），不是“${layout}”。`);
    if (fonts !== undefined && !(FONT_SETS as readonly string[]).includes(fonts)) throw new ArgsError(`--fonts 只能是 gb2312 或 windows，不是“${fonts}”。`);
    throw new ArgsError(parsed.error.issues[0]?.message ?? '导出设置无效。');
  }
  return parsed.data;
}

async function exportCommand(services: Services, args: ParsedArgs, io: CliIO): Promise<number> {
  const id = args.positionals[1];
  if (!id) throw new ArgsError('请给出工作要点的编号：plandesk export <planId> --format docx --out 文件。');
  const format = args.options.get('format') ?? 'docx';
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) throw new ArgsError(`不支持的导出格式“${format}”。可用：docx、pdf。`);
  const out = args.options.get('out');
  if (!out) throw new ArgsError(`请用 --out 给出导出文件的路径，如 --out 工作要点.${format}。`);
  await call(createDispatcher(services), 'plans.get', { id }); // a bad or missing id is explained the API's way
  const settings = exportSettings(services, id, args);
  const pdf = format === 'pdf' ? await services.pdf.pdf(id, settings) : null;
  const result = pdf ?? services.exporter.docx(id, settings);
  const target = path.resolve(out);
  try {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, result.bytes);
  } catch (e) {
    throw new ArgsError(`无法写入文件 ${target}（${e instanceof Error && 'code' in e ? String((e as NodeJS.ErrnoException).code) : '未知原因'}）。`);
  }
  if (args.flags.has('json')) {
    const fonts = pdf ? { fonts: { used: pdf.fonts.used, substituted: pdf.fonts.substituted } } : {};
    io.out(JSON.stringify({ out: target, ...(pdf ? { pages: pdf.pages } : {}), ...fonts, checks: result.checks }));
  } else {
    io.out(`已导出：${target}${pdf ? `（${pdf.pages} 页）` : ''}`);
    if (pdf) for (const line of fontCheckLines(pdf.fonts)) io.out(line);
    if (!result.checks.length) io.out('格式检查：未发现问题。');
    else {
      io.out(`格式检查：${result.checks.length} 处需要注意。`);
      for (const f of result.checks.slice(0, 20)) io.out(`  ${f.severity === 'error' ? '错误' : '提示'}：${f.message}`);
      if (result.checks.length > 20) io.out(`  ……另有 ${result.checks.length - 20} 处，使用 --json 查看全部。`);
    }
  }
  return 0;
}

function fontCheckLines(check: FontCheck): string[] {
  const lines = check.roles.map((r) => `  ${r.label}：${r.official}${r.installed ? '（本机已安装）' : ` 未安装，使用 ${r.using}${r.shipped ? '（随程序提供）' : ''}`}`);
  if (check.missingChars.length) lines.push(`  注意：以下字符随程序提供的字体中没有，将使用本机字体显示：${check.missingChars.join('')}`);
  return ['字体检查：', ...lines];
}

/** `plandesk fonts <planId>`: 字体检查 without exporting. */
async function fontsCommand(services: Services, args: ParsedArgs, io: CliIO): Promise<number> {
  const id = args.positionals[1];
  if (!id) throw new ArgsError('请给出工作要点的编号：plandesk fonts <planId>。');
  await call(createDispatcher(services), 'plans.get', { id });
  const check = services.pdf.fontCheck(id, exportSettings(services, id, args));
  if (args.flags.has('json')) io.out(JSON.stringify(check));
  else for (const line of fontCheckLines(check)) io.out(line);
  return 0;
}

const repoDir = () => path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const staticDir = () => path.join(repoDir(), 'dist', 'renderer');

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
    if (!['plans', 'serve', 'outline', 'import', 'carry-forward', 'export', 'fonts', 'indicators', 'progress', 'status'].includes(command)) throw new ArgsError(`未知的命令：${command}。运行 plandesk --help 查看用法。`);
    const dbPath = resolveDbPath({ flag: args.options.get('db'), env: io.env });
    services = openServices({ dbPath, mode: command === 'serve' ? 'browser' : 'cli', fontsDir: path.join(repoDir(), 'resources', 'fonts') });
    if (command === 'serve') return await serveCommand(services, args, io);
    if (command === 'outline') return await outlineCommand(createDispatcher(services), args, io);
    if (command === 'import') return await importCommand(services, args, io);
    if (command === 'carry-forward') return await carryForwardCommand(services, args, io);
    if (command === 'export') return await exportCommand(services, args, io);
    if (command === 'fonts') return await fontsCommand(services, args, io);
    if (command === 'indicators') return await indicatorsCommand(createDispatcher(services), args, io);
    if (command === 'progress') return await progressCommand(createDispatcher(services), args, io);
    if (command === 'status') return await statusCommand(createDispatcher(services), args, io);
    return await plansCommand(createDispatcher(services), args, io);
  } catch (e) {
    if (e instanceof PlanDeskError || e instanceof ArgsError) io.err(`错误：${e.message}`);
    else io.err(`错误：程序内部出错（${e instanceof Error ? e.message : String(e)}）。`);
    return 1;
  } finally {
    services?.close();
  }
}
