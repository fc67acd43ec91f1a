// A 专栏 of the document as a table of the official-document model: 专栏N and its title centred
// above, then 指标名称 | 2020年 | 2025年 | 属性 with group rows, the cells from the same view the
// editor draws (shared/indicators/table-view.ts).
import { indicatorTableView } from '../indicators/table-view';
import type { IndicatorTableSpec } from '../outline/document';
import { indicatorTableLabel } from '../outline/numbering';
import type { ExportTarget } from './attachments';
import { TABLE } from './layout';
import type { TableBlock, TableCell } from './model';

/** 专栏一　“十四五”教育事业发展主要目标 (a full-width space between number and title, as printed). */
export function indicatorTableCaption(ordinal: number, title: string): string {
  const label = indicatorTableLabel(ordinal);
  return title ? `${label}\u3000${title}` : label;
}

export function indicatorTableBlock(spec: IndicatorTableSpec, ordinal: number, targets: readonly ExportTarget[], blockIndex: number): TableBlock {
  const view = indicatorTableView(
    targets.map((t) => ({ ...t, name: t.indicator })),
    spec,
  );
  const width = 4;
  const rows: TableCell[][] = view.rows.map((r) =>
    r.kind === 'group'
      ? [{ text: r.name, span: width, bold: true, align: 'left' }]
      : [
          { text: r.name, align: 'left' },
          { text: r.baseline, align: 'center' },
          { text: r.target, align: 'center' },
          { text: r.attribute, align: 'center' },
        ],
  );
  const [name, base, goal, attribute] = view.columns;
  return {
    type: 'table',
    caption: indicatorTableCaption(ordinal, spec.title),
    source: { block: blockIndex },
    table: {
      columns: [
        { header: name, widthPermille: 460, align: 'left' },
        { header: base, widthPermille: 190, align: 'center' },
        { header: goal, widthPermille: 190, align: 'center' },
        { header: attribute, widthPermille: 160, align: 'center' },
      ],
      rows,
      sizePt: TABLE.sizePt,
      headerFont: 'hei',
      bodyFont: 'fang',
    },
    ...(rows.length ? {} : { emptyText: '（本专栏尚未选定指标。）' }),
  };
}
