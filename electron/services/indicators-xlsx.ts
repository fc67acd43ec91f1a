// A plan's targets as an .xlsx file (exceljs) and back. One row a target with its 编号 so edits map
// back; on import, rows with an 编号 update that target, rows without one add a target, rows left out
// change nothing. Every row is checked first: if any is refused, nothing is written and each refusal
// is reported by its row (第5行：目标值不是数字。).
import ExcelJS from 'exceljs';
import type { Target, TargetFields, XlsxImportResult } from '../../shared/api/indicators';
import { MAX_XLSX_BYTES } from '../../shared/api/indicators';
import { PlanDeskError } from '../../shared/api/errors';
import { ATTRIBUTES, COMPARATORS, COMPARATOR_LABELS, type Comparator } from '../../shared/domain/indicator';
import { parseTypedDay, parseTypedNumber } from '../../shared/indicators/typed';
import { resolveTarget, type IndicatorService, type ResolvedTarget } from './indicators';
import type { Clock, PlanService } from './plans';
import type { Database } from 'better-sqlite3';

type Key = 'id' | 'items' | 'group' | 'name' | 'unit' | 'baseline' | 'baselineYear' | 'target' | 'targetMax' | 'comparator' | 'attribute' | 'deadline' | 'leadUnit' | 'sourceSentence';

/** The columns, in order: header, width in characters, and what a reader should know. */
const COLUMNS: { key: Key; header: string; width: number; note?: string }[] = [
  { key: 'id', header: '编号', width: 8, note: '请勿修改。新增指标时留空。' },
  { key: 'items', header: '所属条目', width: 26, note: '仅供查看：导入时不改变关联，请在指标总表中调整。' },
  { key: 'group', header: '分组', width: 12 },
  { key: 'name', header: '指标名称', width: 34 },
  { key: 'unit', header: '计量单位', width: 10 },
  { key: 'baseline', header: '基期值', width: 10 },
  { key: 'baselineYear', header: '基期年份', width: 10 },
  { key: 'target', header: '目标值', width: 10, note: '数值；未定的目标（如 xx%）留空。' },
  { key: 'targetMax', header: '目标上限', width: 10, note: '仅比较方式为“区间”时填写。' },
  { key: 'comparator', header: '比较方式', width: 10, note: '≥（不低于）、>（超过）、=（稳定在）、≤（不高于）、<（低于）、区间' },
  { key: 'attribute', header: '属性', width: 10 },
  { key: 'deadline', header: '完成时限', width: 13 },
  { key: 'leadUnit', header: '牵头单位', width: 16 },
  { key: 'sourceSentence', header: '来源', width: 60 },
];
const SHEET = '指标';
/** Rows below the data that still get the dropdowns, for rows the user adds. */
const SPARE_ROWS = 200;

/** A cell's value as text, whatever exceljs made of it (rich text, formula result, hyperlink). */
function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('result' in v) return cellText(v.result as ExcelJS.CellValue);
    if ('text' in v) return String(v.text);
    return '';
  }
  return String(v).trim();
}

const COMPARATOR_BY_WORD = new Map<string, Comparator>([
  ...COMPARATORS.map((c) => [c, c] as const),
  ...COMPARATORS.map((c) => [COMPARATOR_LABELS[c], c] as const),
  ['>=', '≥'],
  ['<=', '≤'],
  ['≧', '≥'],
  ['≦', '≤'],
  ['以上', '≥'],
  ['以内', '≤'],
]);

class RowError extends Error {}

interface RangeValidations {
  dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
}

function numberCell(v: ExcelJS.CellValue, label: string): number | null {
  if (typeof v === 'number') return v;
  const n = parseTypedNumber(cellText(v)); // blank or a placeholder (xx) is null: to be filled in
  if (n === undefined) throw new RowError(`${label}不是数字`);
  return n;
}

function yearCell(v: ExcelJS.CellValue): number | null {
  const n = numberCell(v, '基期年份');
  if (n === null) return null;
  if (!Number.isInteger(n) || n < 1970 || n > 2100) throw new RowError('基期年份应为四位年份，如 2024');
  return n;
}

function dateCell(v: ExcelJS.CellValue): string {
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  const day = parseTypedDay(cellText(v));
  if (day === undefined) throw new RowError('完成时限应为日期，如 2025-12-31');
  return day;
}

export class IndicatorSpreadsheets {
  constructor(
    private readonly db: Database,
    private readonly plans: PlanService,
    private readonly indicators: IndicatorService,
    private readonly clock: Clock = () => new Date(),
  ) {}

  async exportTargets(planId: string): Promise<{ fileName: string; data: string }> {
    const plan = this.plans.get(planId);
    const targets = this.indicators.list(planId);
    const wb = new ExcelJS.Workbook();
    wb.creator = 'PlanDesk 工作要点编制台';
    wb.created = this.clock();
    const ws = wb.addWorksheet(SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = COLUMNS.map((c) => ({ key: c.key, header: c.header, width: c.width }));
    for (const t of targets) {
      ws.addRow({
        id: t.id,
        items: t.items.map((i) => `${i.label}${i.lead}`).join('\n'),
        group: t.group,
        name: t.name,
        unit: t.unit,
        baseline: t.baseline,
        baselineYear: t.baselineYear,
        target: t.target,
        targetMax: t.targetMax,
        comparator: t.comparator,
        attribute: t.attribute,
        deadline: t.deadline ? new Date(`${t.deadline}T00:00:00Z`) : null,
        leadUnit: t.leadUnit,
        sourceSentence: t.sourceSentence,
      });
    }
    const header = ws.getRow(1);
    header.font = { bold: true };
    header.alignment = { vertical: 'middle', horizontal: 'center' };
    header.height = 22;
    COLUMNS.forEach((c, i) => {
      const cell = header.getCell(i + 1);
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFF2F6' } };
      cell.border = { bottom: { style: 'thin', color: { argb: 'FFB5BDC9' } } };
      if (c.note) cell.note = c.note;
    });
    const col = (key: Key) => COLUMNS.findIndex((c) => c.key === key) + 1;
    ws.getColumn(col('items')).alignment = { wrapText: true, vertical: 'top' };
    ws.getColumn(col('sourceSentence')).alignment = { wrapText: true, vertical: 'top' };
    ws.getColumn(col('deadline')).numFmt = 'yyyy-mm-dd';
    ws.getColumn(col('id')).font = { color: { argb: 'FF7A8494' } };
    const lists: [Key, string][] = [
      ['attribute', `"${ATTRIBUTES.join(',')}"`],
      ['comparator', `"${COMPARATORS.join(',')}"`],
    ];
    // One validation per column range: exceljs's per-cell merging emits overlapping ranges, which Excel repairs.
    const last = targets.length + 1 + SPARE_ROWS;
    const validations = (ws as unknown as RangeValidations).dataValidations; // present at runtime, missing from exceljs's types
    for (const [key, formula] of lists) {
      const letter = ws.getColumn(col(key)).letter;
      validations.add(`${letter}2:${letter}${last}`, {
        type: 'list',
        allowBlank: true,
        formulae: [formula],
        showErrorMessage: true,
        errorTitle: '取值不正确',
        error: key === 'attribute' ? '属性只能是 预期性 或 约束性。' : '比较方式只能是 ≥、>、=、≤、< 或 区间。',
      });
    }
    const buffer = Buffer.from(await wb.xlsx.writeBuffer());
    const safeTitle = plan.title.replace(/[\\/:*?"<>|\s]+/g, '').slice(0, 60) || `${plan.year}年工作要点`;
    return { fileName: `${safeTitle}-指标.xlsx`, data: buffer.toString('base64') };
  }

  async importTargets(planId: string, base64: string): Promise<XlsxImportResult> {
    this.plans.get(planId);
    const bytes = Buffer.from(base64, 'base64');
    if (bytes.length === 0) throw new PlanDeskError('INVALID_INPUT', '文件是空的，没有可导入的内容。');
    if (bytes.length > MAX_XLSX_BYTES) throw new PlanDeskError('INVALID_INPUT', '文件太大（超过 10 MB），不像是指标表。');
    const wb = new ExcelJS.Workbook();
    try {
      await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    } catch {
      throw new PlanDeskError('NOT_A_DOCUMENT', '无法读取这个文件：它不是 Excel 表格（.xlsx），或已损坏。未作任何改动。');
    }
    const ws = wb.getWorksheet(SHEET) ?? wb.worksheets[0];
    if (!ws) throw new PlanDeskError('NOT_A_DOCUMENT', '表格里没有工作表，未作任何改动。');
    const columns = new Map<Key, number>();
    ws.getRow(1).eachCell((cell, n) => {
      const c = COLUMNS.find((x) => x.header === cellText(cell.value));
      if (c) columns.set(c.key, n);
    });
    if (!columns.has('name') || !columns.has('id')) {
      throw new PlanDeskError('INVALID_INPUT', '表格第 1 行应为表头，至少要有“编号”和“指标名称”两列（请使用“导出 Excel”得到的表格）。未作任何改动。');
    }
    const existing = new Map(this.indicators.list(planId).map((t) => [t.id, t]));
    const errors: XlsxImportResult['errors'] = [];
    const updates: { target: Target; r: ResolvedTarget }[] = [];
    const additions: ResolvedTarget[] = [];
    const seen = new Map<number, number>();
    let unchanged = 0;
    for (let n = 2; n <= ws.rowCount; n++) {
      const row = ws.getRow(n);
      const value = (key: Key) => (columns.has(key) ? row.getCell(columns.get(key)!).value : null);
      if (COLUMNS.every((c) => c.key === 'items' || cellText(value(c.key)) === '')) continue;
      try {
        const id = numberCell(value('id'), '编号');
        const fields = this.readFields(value, columns);
        if (id === null) {
          additions.push(resolveTarget({ ...fields, name: fields.name ?? '' }));
          continue;
        }
        const target = existing.get(id);
        if (!target) throw new RowError(`编号 ${id} 不是这份工作要点的指标（新增指标请把编号留空）`);
        const earlier = seen.get(id);
        if (earlier !== undefined) throw new RowError(`编号 ${id} 已在第${earlier}行出现`);
        seen.set(id, n);
        const r = this.indicators.resolvePatch(target, fields);
        if (sameAs(target, r)) unchanged++;
        else updates.push({ target, r });
      } catch (e) {
        if (e instanceof RowError || e instanceof PlanDeskError) errors.push({ row: n, message: `第${n}行：${e.message.replace(/。$/, '')}。` });
        else throw e;
      }
    }
    if (errors.length) return { applied: false, updated: 0, added: 0, unchanged: 0, errors };
    const now = this.clock().toISOString();
    this.db.transaction(() => {
      for (const u of updates) this.indicators.writeResolved(u.target.id, u.r, u.target.indicatorId, now);
      for (const a of additions) this.indicators.insertResolved(planId, a, [], now);
    })();
    return { applied: true, updated: updates.length, added: additions.length, unchanged, errors: [] };
  }

  /** The fields a row gives; a column missing from the sheet is no change. */
  private readFields(value: (key: Key) => ExcelJS.CellValue, columns: ReadonlyMap<Key, number>): Partial<TargetFields> {
    const f: Partial<TargetFields> = {};
    const has = (k: Key) => columns.has(k);
    if (has('name')) {
      f.name = cellText(value('name'));
      if (!f.name) throw new RowError('指标名称不能为空');
    }
    if (has('unit')) f.unit = cellText(value('unit'));
    if (has('group')) f.group = cellText(value('group'));
    if (has('baseline')) f.baseline = numberCell(value('baseline'), '基期值');
    if (has('baselineYear')) f.baselineYear = yearCell(value('baselineYear'));
    if (has('target')) f.target = numberCell(value('target'), '目标值');
    if (has('targetMax')) f.targetMax = numberCell(value('targetMax'), '目标上限');
    if (has('comparator')) {
      const t = cellText(value('comparator'));
      if (t) {
        const c = COMPARATOR_BY_WORD.get(t);
        if (!c) throw new RowError(`比较方式“${t}”无法识别，应为 ≥、>、=、≤、< 或 区间`);
        f.comparator = c;
      }
    }
    if (has('attribute')) {
      const t = cellText(value('attribute'));
      if (t) {
        if (t !== '预期性' && t !== '约束性') throw new RowError(`属性“${t}”无法识别，应为 预期性 或 约束性`);
        f.attribute = t;
      }
    }
    if (has('deadline')) f.deadline = dateCell(value('deadline'));
    if (has('leadUnit')) f.leadUnit = cellText(value('leadUnit'));
    if (has('sourceSentence')) f.sourceSentence = cellText(value('sourceSentence'));
    return f;
  }
}

function sameAs(t: Target, r: ResolvedTarget): boolean {
  const f = r.fields;
  return (
    t.name === r.name &&
    t.unit === r.unit &&
    t.baseline === f.baseline &&
    t.baselineYear === f.baselineYear &&
    t.target === f.target &&
    t.targetMax === f.targetMax &&
    t.comparator === f.comparator &&
    (r.attribute === undefined || t.attribute === r.attribute) &&
    t.deadline === f.deadline &&
    t.sourceSentence === f.sourceSentence &&
    t.group === f.group &&
    t.leadUnit === r.leadUnit
  );
}
