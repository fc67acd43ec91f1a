// What an import made, as the CLI (`plandesk import --json`) and scripts read it.
import type { OutlineItem, Plan } from '../../../shared/api/contract';
import type { DroppedLine, ImportPreview } from '../../../shared/import/types';

export interface ImportSummary {
  planId: string;
  title: string;
  year: number;
  kind: string;
  numbering: 'continuous' | 'restart';
  sections: number;
  subsections: number;
  items: number;
  subitems: number;
  units: string[];
  indicators: number;
  notice: { docNumber: string; title: string; addressees: string; signers: string[]; date: string; note: string };
  /** The dropped lines' text; droppedLines has their line numbers and reasons. */
  dropped: string[];
  droppedLines: DroppedLine[];
  warnings: string[];
}

export function importSummary(plan: Plan, preview: ImportPreview, outline: readonly OutlineItem[], opts: { yearGiven?: boolean } = {}): ImportSummary {
  const warnings = [...preview.warnings];
  if (preview.year === null && !opts.yearGiven) warnings.push(`年度暂定为 ${plan.year} 年，可在工作要点中修改。`);
  const count = (level: number) => outline.filter((o) => o.level === level).length;
  const units: string[] = [];
  for (const o of outline) for (const name of [...o.units.lead, ...o.units.responsible]) if (!units.includes(name)) units.push(name);
  return {
    planId: plan.id,
    title: plan.title,
    year: plan.year,
    kind: plan.kind,
    numbering: plan.numberingMode,
    sections: count(1),
    subsections: count(2),
    items: count(3),
    subitems: count(4),
    units,
    indicators: preview.indicatorTables.reduce((n, t) => n + t.rows.length, 0),
    notice: {
      docNumber: plan.notice.docNumber,
      title: plan.notice.title,
      addressees: plan.notice.recipients,
      signers: plan.notice.signers,
      date: plan.notice.date,
      note: plan.notice.note,
    },
    dropped: preview.dropped.map((d) => d.text),
    droppedLines: preview.dropped,
    warnings,
  };
}
