// `plandesk indicators …`: suggest, list, history, and the Excel round trip, over the same API
// methods the app calls. JSON on stdout with --json; refusals become errors in Chinese (exit 1).
import fs from 'node:fs';
import path from 'node:path';
import type { MethodName, MethodOutput } from '../shared/api/contract';
import { PlanDeskError } from '../shared/api/errors';
import { acceptedAsIs } from '../shared/api/indicators';
import { formatTarget } from '../shared/domain/indicator';
import type { Dispatcher } from './api/dispatcher';
import { ArgsError, type ParsedArgs } from './cli-args';

export interface IndicatorCliIO {
  out(text: string): void;
  err(text: string): void;
}

async function call<M extends MethodName>(d: Dispatcher, method: M, input: unknown): Promise<MethodOutput<M>> {
  const r = await d.dispatch(method, input);
  if (!r.ok) throw new PlanDeskError(r.error.code, r.error.message);
  return r.result as MethodOutput<M>;
}

const USAGE = '可用：indicators suggest <planId> [--accept | --rejected [--restore]]、indicators list <planId>、indicators marks <planId>、indicators history <指标编号>、indicators export <planId> --out 文件.xlsx、indicators import <planId> 文件.xlsx。';

function planIdArg(args: ParsedArgs, sub: string): string {
  const id = args.positionals[2];
  if (!id) throw new ArgsError(`请给出工作要点的编号：plandesk indicators ${sub} <planId>。`);
  return id;
}

export async function indicatorsCommand(d: Dispatcher, args: ParsedArgs, io: IndicatorCliIO): Promise<number> {
  const sub = args.positionals[1];
  const json = args.flags.has('json');
  switch (sub) {
    case 'suggest': {
      const planId = planIdArg(args, sub);
      // --rejected: the suggestions marked 不采纳 instead; with --restore they are proposed again.
      const rejected = args.flags.has('rejected');
      const found = await call(d, rejected ? 'indicators.rejected' : 'indicators.suggest', { planId });
      if (!rejected && args.flags.has('accept') && found.length) {
        await call(d, 'indicators.accept', {
          planId,
          suggestions: found.map(acceptedAsIs),
        });
      }
      if (rejected && args.flags.has('restore')) {
        for (const s of found) await call(d, 'indicators.unreject', { planId, itemUid: s.itemUid, key: s.key });
      }
      if (json) {
        io.out(JSON.stringify(found.map((s) => ({ itemUid: s.itemUid, itemLabel: s.itemLabel, sentence: s.sentence, name: s.name, value: s.value, valueMax: s.valueMax, unit: s.unit, comparator: s.comparator, deadline: s.deadline, placeholder: s.placeholder }))));
      } else {
        for (const s of found) io.out(`${s.itemLabel || '（正文前）'}  ${s.name}  ${formatTarget({ value: s.value, valueMax: s.valueMax, unit: s.unit, comparator: s.comparator })}${s.deadline ? `  ${s.deadline}前` : ''}`);
        if (rejected) io.out(found.length ? `共 ${found.length} 条不采纳的建议${args.flags.has('restore') ? '，已全部重新提出' : ''}。` : '没有不采纳的建议。');
        else io.out(found.length ? `共 ${found.length} 条建议${args.flags.has('accept') ? '，已全部接受为指标' : ''}。` : '没有新的指标建议。');
      }
      return 0;
    }
    case 'list': {
      const targets = await call(d, 'targets.list', { planId: planIdArg(args, sub) });
      if (json) {
        io.out(JSON.stringify(targets.map((t) => ({ id: t.id, indicatorId: t.indicatorId, name: t.name, unit: t.unit, baseline: t.baseline, baselineYear: t.baselineYear, target: t.target, targetMax: t.targetMax, comparator: t.comparator, attribute: t.attribute, deadline: t.deadline, items: t.items.map((i) => i.label) }))));
      } else {
        for (const t of targets) io.out(`${t.id}  ${t.items.map((i) => i.label).join('、') || '（未关联条目）'}  ${t.name}  ${formatTarget({ value: t.target, valueMax: t.targetMax, unit: t.unit, comparator: t.comparator })}  ${t.attribute}`);
        if (!targets.length) io.out('这份工作要点还没有指标。');
      }
      return 0;
    }
    case 'marks': {
      // The 目录's marks for the command line: each entry's targets, and open suggestions in its text.
      const planId = planIdArg(args, sub);
      const [marks, outline] = await Promise.all([call(d, 'indicators.outlineMarks', { planId }), call(d, 'outline.list', { id: planId })]);
      const rows = outline.map((o) => ({ uid: o.uid, label: o.label, lead: o.lead, targets: marks.targets[o.uid] ?? 0, suggestions: marks.suggestions[o.uid] ?? 0 }));
      if (json) io.out(JSON.stringify(rows));
      else {
        for (const r of rows.filter((x) => x.targets || x.suggestions)) {
          const hint = r.suggestions && !r.targets ? `  有 ${r.suggestions} 处可量化的目标，尚未设指标` : r.suggestions ? `  另有 ${r.suggestions} 条建议` : '';
          io.out(`${r.label}${r.lead}  指标 ${r.targets}${hint}`);
        }
        const open = rows.filter((x) => x.suggestions && !x.targets).length;
        io.out(`${rows.filter((x) => x.targets).length} 个条目有指标；${open} 个条目的文字中有可量化的目标但还没有指标。`);
      }
      return 0;
    }
    case 'history': {
      const raw = args.positionals[2];
      if (!raw || !/^\d+$/.test(raw)) throw new ArgsError('请给出指标编号（数字）：plandesk indicators history <指标编号>。');
      const h = await call(d, 'indicators.history', { indicatorId: Number(raw) });
      if (json) io.out(JSON.stringify(h));
      else {
        io.out(`${h.indicator.name}${h.indicator.unit ? `（${h.indicator.unit}）` : ''}  ${h.indicator.attribute}`);
        for (const t of h.targets) io.out(`${t.year}  ${t.planTitle}  基期 ${t.baseline ?? '—'}  目标 ${formatTarget({ value: t.target, valueMax: t.targetMax, unit: h.indicator.unit, comparator: t.comparator })}  最新 ${t.latest ? `${t.latest.value}（${t.latest.period}）` : '—'}`);
      }
      return 0;
    }
    case 'export': {
      const planId = planIdArg(args, sub);
      const out = args.options.get('out');
      if (!out) throw new ArgsError('请用 --out 给出要保存的文件，如 --out 指标.xlsx。');
      const file = await call(d, 'indicators.exportXlsx', { planId });
      fs.writeFileSync(out, Buffer.from(file.data, 'base64'));
      const count = (await call(d, 'targets.list', { planId })).length;
      if (json) io.out(JSON.stringify({ file: path.resolve(out), targets: count }));
      else io.out(`已导出 ${count} 个指标到 ${path.resolve(out)}`);
      return 0;
    }
    case 'import': {
      const planId = planIdArg(args, sub);
      const file = args.positionals[3];
      if (!file) throw new ArgsError('请给出要导入的表格：plandesk indicators import <planId> 文件.xlsx。');
      let bytes: Buffer;
      try {
        bytes = fs.readFileSync(file);
      } catch {
        throw new ArgsError(`找不到文件：${file}。`);
      }
      const r = await call(d, 'indicators.importXlsx', { planId, data: bytes.toString('base64') });
      if (!r.applied) {
        for (const e of r.errors) io.err(e.message);
        throw new PlanDeskError('INVALID_INPUT', `表格中有 ${r.errors.length} 行不符合要求，未作任何改动。`);
      }
      if (json) io.out(JSON.stringify(r));
      else io.out(`已导入：修改 ${r.updated} 个指标，新增 ${r.added} 个，未变 ${r.unchanged} 个。`);
      return 0;
    }
    default:
      throw new ArgsError(`未知的命令：indicators ${sub ?? ''}。${USAGE}`);
  }
}
