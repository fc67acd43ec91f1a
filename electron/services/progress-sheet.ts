// 填报表: a unit's .xlsx for a reporting period (its targets only), and reading a returned one.
// Import applies the values that differ, reports unknown rows and bad values by row in Chinese,
// and touches nothing else: an empty cell is "not reported", never "clear".
import ExcelJS from 'exceljs';
import type { Database } from 'better-sqlite3';
import { MAX_SHEET_BYTES, type SheetImportResult } from '../../shared/api/tracking';
import { PlanDeskError } from '../../shared/api/errors';
import { formatDate } from '../../shared/format/date';
import { parseMeasuredValue } from '../../shared/tracking/format';
import { badPeriodMessage, parsePeriod, periodKey, periodLabel, periodsOfYear, type Period } from '../../shared/tracking/period';
import * as sql from './db/progress';
import type { ProgressService } from './progress';

const META_SHEET = 'plandesk';
const FORMAT = 'plandesk-progress-sheet/1';
const HEADER_ID = '编号';
const NOTE_PREFIX = '备注';
const SOURCE_PREFIX = '数据来源';
const FIRST_PERIOD_COLUMN = 8;

function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('result' in v) return cellText(v.result as ExcelJS.CellValue);
    if ('text' in v) return String(v.text);
    if (v instanceof Date) return v.toISOString().slice(0, 10);
    return '';
  }
  return String(v);
}

/** A number in a cell: typed as a number, or text that reads as one. */
function cellNumber(v: ExcelJS.CellValue): { ok: true; value: number } | { ok: false; message: string } | null {
  if (v && typeof v === 'object' && 'result' in v) return cellNumber(v.result as ExcelJS.CellValue);
  if (typeof v === 'number') return Number.isFinite(v) ? { ok: true, value: v } : { ok: false, message: '不是有效的数字。' };
  const text = cellText(v).trim();
  if (!text) return null;
  if (v instanceof Date) return { ok: false, message: `“${text}”是日期，不是数字。` };
  return parseMeasuredValue(text);
}

function safeFileName(name: string): string {
  return name.replace(/[\\/:*?"<>|\r\n\t]+/g, '_').slice(0, 120);
}

export class ProgressSheetService {
  constructor(
    private readonly db: Database,
    private readonly progress: ProgressService,
  ) {}

  /** The periods a sheet for `period` asks for: its year's periods of the same kind, up to it. */
  private periodsFor(p: Period): Period[] {
    return periodsOfYear(p.year, p.kind).filter((q) => q.index <= p.index);
  }

  async exportSheet(planId: string, unit: string, periodText: string): Promise<{ fileName: string; data: string }> {
    const p = parsePeriod(periodText);
    if (!p) throw new PlanDeskError('INVALID_INPUT', badPeriodMessage(periodText));
    const grid = this.progress.grid(planId, periodKey(p));
    const rows = grid.rows.filter((r) => r.units.includes(unit));
    if (!rows.length) throw new PlanDeskError('NOT_FOUND', `“${unit}”在这份工作要点中没有负责的指标，无法生成填报表。`);
    const periods = this.periodsFor(p);
    const values = new Map(
      sql.listPlanMeasurements(this.db, planId).map((m) => [`${m.targetId} ${m.period}`, m] as const),
    );

    const wb = new ExcelJS.Workbook();
    wb.creator = 'PlanDesk 工作要点编制台';
    wb.created = new Date();
    const ws = wb.addWorksheet('填报表', { views: [{ state: 'frozen', xSplit: 3, ySplit: 4 }] });
    const noteCol = FIRST_PERIOD_COLUMN + periods.length;
    const lastCol = noteCol + 1;
    const label = periodLabel(p);

    const banner = (row: number, text: string, font: Partial<ExcelJS.Font>, height: number) => {
      ws.mergeCells(row, 1, row, lastCol);
      const c = ws.getCell(row, 1);
      c.value = text;
      c.font = { name: '宋体', ...font };
      c.alignment = { vertical: 'middle', horizontal: row === 1 ? 'center' : 'left', wrapText: true };
      ws.getRow(row).height = height;
    };
    banner(1, `${grid.plan.title} 指标填报表`, { size: 16, bold: true }, 30);
    banner(2, `填报单位：${unit}　　填报期间：${label}　　导出日期：${formatDate(new Date().toISOString())}`, { size: 11 }, 20);
    banner(
      3,
      `请在“${label}”列填写实际值（只填数字，百分比填 92.5 即可）；此前各期如有更正可直接修改。“编号”列和表头请勿改动。留空的单元格不会改变已有数据。`,
      { size: 10, color: { argb: 'FF7A1A12' } },
      32,
    );

    const headers = [HEADER_ID, '所属条目', '指标', '计量单位', '基线值', '目标', '完成时限', ...periods.map(periodLabel), `${NOTE_PREFIX}（${label}）`, `${SOURCE_PREFIX}（${label}）`];
    const header = ws.getRow(4);
    headers.forEach((h, i) => {
      const c = header.getCell(i + 1);
      c.value = h;
      c.font = { name: '宋体', bold: true, size: 11 };
      c.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
      c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFF2F6' } };
    });
    header.height = 32;

    rows.forEach((r, i) => {
      const row = ws.getRow(5 + i);
      const items = r.items.map((it) => `${it.label}${it.lead}`).join('\n');
      row.values = [r.targetId, items, r.name, r.unit, r.baseline ?? '', r.targetText, r.deadline];
      periods.forEach((q, j) => {
        const m = values.get(`${r.targetId} ${periodKey(q)}`);
        const c = row.getCell(FIRST_PERIOD_COLUMN + j);
        c.value = m?.value ?? null;
        c.dataValidation = {
          type: 'decimal',
          operator: 'between',
          allowBlank: true,
          formulae: [-1e15, 1e15],
          showErrorMessage: true,
          errorTitle: '只能填写数字',
          error: '请填写数字，例如 92.5；不要带单位或文字说明（说明请写在备注列）。',
        };
        if (periodKey(q) === periodKey(p)) c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF8DC' } };
      });
      const current = values.get(`${r.targetId} ${periodKey(p)}`);
      row.getCell(noteCol).value = current?.note ?? '';
      row.getCell(lastCol).value = current?.source ?? '';
      row.eachCell({ includeEmpty: true }, (c, col) => {
        if (col > lastCol) return;
        c.font = { name: '宋体', size: 11, ...(c.font?.bold ? { bold: true } : {}) };
        c.alignment = { vertical: 'top', wrapText: col === 2 || col === 3 || col >= noteCol };
        c.border = { top: { style: 'thin', color: { argb: 'FFC9CFD9' } }, bottom: { style: 'thin', color: { argb: 'FFC9CFD9' } }, left: { style: 'thin', color: { argb: 'FFC9CFD9' } }, right: { style: 'thin', color: { argb: 'FFC9CFD9' } } };
      });
      row.getCell(1).font = { name: '宋体', size: 11, color: { argb: 'FF7A8494' } };
      // Excel does not grow wrapped rows by itself; about 17 characters fit a line of 所属条目.
      row.height = 18 * Math.max(1, Math.ceil(items.length / 17), Math.ceil(r.name.length / 13)) + 6;
    });

    const widths = [8, 34, 26, 9, 9, 12, 12, ...periods.map(() => 13), 28, 16];
    widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
    ws.pageSetup = { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '4:4' };

    const meta = wb.addWorksheet(META_SHEET, { state: 'veryHidden' });
    meta.addRows([
      ['format', FORMAT],
      ['planId', planId],
      ['period', periodKey(p)],
      ['unit', unit],
    ]);

    const buffer = Buffer.from(await wb.xlsx.writeBuffer());
    return { fileName: safeFileName(`${unit}-${label}填报表.xlsx`), data: buffer.toString('base64') };
  }

  async importSheet(planId: string, fileName: string, base64: string): Promise<SheetImportResult> {
    const plan = sql.getPlanHeader(this.db, planId);
    if (!plan) throw new PlanDeskError('NOT_FOUND', '找不到这份工作要点，它可能已被删除。');
    const bytes = Buffer.from(base64, 'base64');
    if (bytes.length > MAX_SHEET_BYTES) throw new PlanDeskError('INPUT_TOO_LARGE', `文件“${fileName}”太大（超过 10 MB），不像是一份填报表，没有导入任何数据。`);
    const notSheet = () => new PlanDeskError('NOT_A_DOCUMENT', `文件“${fileName}”不是可以读取的 Excel 填报表（.xlsx），没有导入任何数据。`);
    const wb = new ExcelJS.Workbook();
    try {
      await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    } catch {
      throw notSheet();
    }

    const meta = new Map<string, string>();
    wb.getWorksheet(META_SHEET)?.eachRow((r) => meta.set(cellText(r.getCell(1).value), cellText(r.getCell(2).value)));
    const sheetPlan = meta.get('planId');
    if (sheetPlan && sheetPlan !== planId) {
      const other = sql.getPlanHeader(this.db, sheetPlan);
      throw new PlanDeskError('CONFLICT', `这份填报表属于${other ? `“${other.title}”` : '另一份工作要点'}，不是“${plan.title}”的，没有导入任何数据。`);
    }

    // The sheet and row with 编号 in column A are the table; the banner rows above may differ.
    let ws: ExcelJS.Worksheet | undefined;
    let headerRow = 0;
    for (const sheet of wb.worksheets) {
      if (sheet.name === META_SHEET) continue;
      for (let r = 1; r <= Math.min(20, sheet.rowCount); r++) {
        if (cellText(sheet.getRow(r).getCell(1).value).trim() === HEADER_ID) {
          ws = sheet;
          headerRow = r;
          break;
        }
      }
      if (ws) break;
    }
    if (!ws) throw new PlanDeskError('NOT_A_DOCUMENT', `文件“${fileName}”里找不到“编号”列的表头，不像是 PlanDesk 导出的填报表，没有导入任何数据。`);

    const periodCols: { col: number; period: string; label: string }[] = [];
    let noteCol = 0;
    let sourceCol = 0;
    ws.getRow(headerRow).eachCell((c, col) => {
      const h = cellText(c.value).trim();
      const p = parsePeriod(h);
      if (p) periodCols.push({ col, period: periodKey(p), label: periodLabel(p) });
      else if (h.startsWith(NOTE_PREFIX)) noteCol = col;
      else if (h.startsWith(SOURCE_PREFIX)) sourceCol = col;
    });
    if (!periodCols.length) throw new PlanDeskError('NOT_A_DOCUMENT', `文件“${fileName}”的表头里没有期间列（如“2025年第三季度”），没有导入任何数据。`);
    // Notes belong to the sheet's reporting period; without the hidden sheet, to its last period column.
    const notePeriod = meta.get('period') && periodCols.some((c) => c.period === meta.get('period')) ? meta.get('period')! : periodCols.at(-1)!.period;

    const targets = new Map(sql.listTrackedTargets(this.db, planId).map((t) => [t.id, t]));
    const stored = new Map(sql.listPlanMeasurements(this.db, planId).map((m) => [`${m.targetId} ${m.period}`, m]));
    const result: SheetImportResult = { applied: [], notesApplied: 0, unchanged: 0, problems: [] };
    const via = `填报表 ${fileName}`;

    this.db.transaction(() => {
      for (let r = headerRow + 1; r <= ws.rowCount; r++) {
        const row = ws.getRow(r);
        const idText = cellText(row.getCell(1).value).trim();
        const rest = [...periodCols.map((c) => c.col), noteCol, sourceCol].filter(Boolean).some((col) => cellText(row.getCell(col).value).trim());
        if (!idText && !rest) continue;
        if (!idText) {
          result.problems.push({ row: r, message: `第${r}行：没有编号，无法对应到指标，已跳过。` });
          continue;
        }
        const id = /^\d+$/.test(idText) ? Number(idText) : NaN;
        const target = targets.get(id);
        if (!target) {
          result.problems.push({ row: r, message: `第${r}行：编号“${idText}”不是这份工作要点的指标，已跳过。` });
          continue;
        }
        const note = noteCol ? cellText(row.getCell(noteCol).value).trim() : '';
        const source = sourceCol ? cellText(row.getCell(sourceCol).value).trim() : '';
        let notePending = Boolean(note || source);
        for (const pc of periodCols) {
          const read = cellNumber(row.getCell(pc.col).value);
          const old = stored.get(`${id} ${pc.period}`);
          const withNote = pc.period === notePeriod && notePending;
          if (read && !read.ok) {
            result.problems.push({ row: r, message: `第${r}行“${pc.label}”：${read.message}该值未导入。` });
            continue;
          }
          if (!read && !withNote) continue;
          const value = read ? read.value : old?.value ?? null;
          const noteChanged = withNote && ((note && note !== old?.note) || (source && source !== old?.source));
          if (old?.value === value && !noteChanged) {
            result.unchanged += 1;
            if (pc.period === notePeriod) notePending = false;
            continue;
          }
          try {
            this.progress.setValue(
              { targetId: id, period: pc.period, value, note: withNote && note ? note : undefined, source: withNote && source ? source : undefined },
              via,
            );
          } catch (e) {
            if (!(e instanceof PlanDeskError)) throw e;
            result.problems.push({ row: r, message: `第${r}行“${pc.label}”：${e.message}` });
            continue;
          }
          if (old?.value !== value) result.applied.push({ row: r, targetId: id, name: target.name, period: pc.period, from: old?.value ?? null, to: value });
          else result.notesApplied += 1;
          if (pc.period === notePeriod) notePending = false;
        }
      }
    })();
    return result;
  }
}
