// An indicator table (专栏… 主要目标): a header 指标名称 | 2020年 | 2025年 | 属性, group rows such as
// 基础教育, and one indicator a row. Rows come from a .docx table or from web text (pipe-table.ts).
import type { IndicatorTable } from './types';

const NAME_HEADER = /指标|名称|项目/;
const HEADER_CELL = /^((19|20)\d{2}\s*年.*|.*[（(]?(19|20)\d{2}\s*年?[）)]?.*|属性|指标属性|类别|单位|计量单位|基期.*|目标.*|现状.*|预期.*|序号|备注|指标名称|指标|项目)$/;

/** 学前教育毛入园率(%) -> name and unit; a parenthesis that is not a unit stays in the name. */
export function splitNameAndUnit(cell: string): { name: string; unit: string } {
  const m = /^(.*?)\s*[（(]\s*([^（）()]{1,8})\s*[）)]\s*$/.exec(cell.trim());
  if (m && m[1] && isUnit(m[2]!)) return { name: m[1].trim(), unit: m[2]!.trim() };
  return { name: cell.trim(), unit: '' };
}

function isUnit(s: string): boolean {
  return (
    /^[%‰％]$/.test(s) ||
    /^[万亿千百]?(人|人次|名|元|所|个|项|间|台|套|册|张|平方米|亩|公里|岁|年|学时|课时|天|次|倍|分|户|家|座|班|件|本|小时|GB|M|Mbps)$/.test(s) ||
    /^[A-Za-z/²³.]{1,6}$/.test(s)
  );
}

/** 98.91 -> 98.91; ≥95、95以上 -> 95; xx、—— -> null (a placeholder is unknown, not a number). */
export function parseValue(cell: string): number | null {
  const m = /^[≥≤>＞<＜约]?\s*(-?\d+(?:\.\d+)?)\s*[%％‰]?\s*(以上|以下|以内|左右)?$/.exec(cell.trim().replace(/,/g, ''));
  return m ? Number(m[1]) : null;
}

function yearIn(cell: string): number | null {
  const m = /((?:19|20)\d{2})/.exec(cell);
  return m ? Number(m[1]) : null;
}

/** Whether rows look like an indicator table: a header naming 指标 with a year or 属性 beside it. */
export function findHeader(rows: readonly string[][]): number {
  return rows.findIndex((r) => r.some((c) => NAME_HEADER.test(c)) && r.some((c) => yearIn(c) !== null || /属性|目标|基期/.test(c)));
}

export function isHeaderCell(cell: string): boolean {
  return HEADER_CELL.test(cell.trim()) && !/^\d+(\.\d+)?$/.test(cell.trim());
}

/** The table, or null when the rows have no indicator header. */
export function rowsToIndicatorTable(title: string, rows: readonly string[][], line: number): IndicatorTable | null {
  const h = findHeader(rows);
  if (h === -1) return null;
  const header = rows[h]!.map((c) => c.trim());
  const nameCol = header.findIndex((c) => NAME_HEADER.test(c));
  const yearCols = header.map((c, i) => (i !== nameCol && yearIn(c) !== null ? i : -1)).filter((i) => i >= 0);
  const baseCol = yearCols[0] ?? header.findIndex((c) => /基期|现状|基数/.test(c));
  const targetCol = yearCols.length > 1 ? yearCols.at(-1)! : header.findIndex((c) => /目标|预期值/.test(c));
  const attrCol = header.findIndex((c) => /属性/.test(c));
  const unitCol = header.findIndex((c) => /^(计量)?单位$/.test(c));
  const out: IndicatorTable = { title, header, rows: [], line };
  let group = '';
  for (const row of rows.slice(h + 1)) {
    const cells = row.map((c) => c.trim());
    const name = cells[nameCol] ?? '';
    if (!cells.some(Boolean)) continue;
    const others = cells.filter((c, i) => i !== nameCol && i !== 0 && c);
    if (name && others.length === 0) {
      group = name;
      continue;
    }
    if (!name) continue;
    const split = splitNameAndUnit(name);
    const cell = (i: number) => (i >= 0 ? (cells[i] ?? '') : '');
    const attr = cell(attrCol);
    out.rows.push({
      group,
      name: split.name,
      unit: cell(unitCol) || split.unit,
      baselineYear: baseCol >= 0 ? yearIn(header[baseCol]!) : null,
      baseline: parseValue(cell(baseCol)),
      baselineText: cell(baseCol),
      targetYear: targetCol >= 0 ? yearIn(header[targetCol]!) : null,
      target: parseValue(cell(targetCol)),
      targetText: cell(targetCol),
      attribute: attr.includes('约束') ? '约束性' : attr.includes('预期') ? '预期性' : '',
    });
  }
  return out;
}
