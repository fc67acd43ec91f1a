// 指标建议 for a whole plan: every paragraph of its document, each suggestion owned by the outline
// entry it stands in (a body paragraph belongs to the heading or item above it). Sections that
// review past years (“十三五”教育事业发展情况, 2024年工作回顾) hold history, not targets.
import type { NumberingMode } from '../domain/plan';
import { deriveOutline } from '../outline/derive';
import { isOutlineBlock, nodeText, type DocumentLike } from '../outline/document';
import { pathLabels } from './labels';
import { suggestTargets, type TargetSuggestion } from './suggest';

export interface PlanSuggestion extends TargetSuggestion {
  /** The outline entry the sentence belongs to; null for text above the first heading. */
  itemUid: string | null;
  /** Its label as lists show it (8., 一、（三）), '' when itemUid is null. */
  itemLabel: string;
}

const REVIEW_HEADING = /回顾|总结|发展情况|工作情况|基本情况|发展现状|取得的成[绩效]|主要成[绩效]/;

export interface PlanSuggestOptions {
  year?: number | null;
  /** Only this entry's own text and the body paragraphs under it. */
  itemUid?: string;
}

export function suggestForPlan(doc: DocumentLike, mode: NumberingMode, opts: PlanSuggestOptions = {}): PlanSuggestion[] {
  const outline = deriveOutline(doc, mode);
  const labels = pathLabels(outline, mode);
  const out: PlanSuggestion[] = [];
  const seen = new Set<string>(); // the same target twice under one entry is proposed once
  let entry = -1;
  let owner: string | null = null;
  let reviewLevel = 0; // level of the review heading we are under, 0 = none
  for (const node of doc.root.children ?? []) {
    if (isOutlineBlock(node)) {
      const e = outline[++entry];
      if (!e || e.uid !== node.uid) continue; // not an entry deriveOutline kept
      owner = e.uid;
      if (reviewLevel && e.level <= reviewLevel) reviewLevel = 0;
      if (!reviewLevel && e.level <= 2 && REVIEW_HEADING.test(e.lead)) reviewLevel = e.level;
    }
    if (reviewLevel || (opts.itemUid && owner !== opts.itemUid)) continue;
    const text = nodeText(node);
    if (!text.trim()) continue;
    for (const s of suggestTargets(text, { year: opts.year })) {
      const key = `${owner ?? ''}\u0000${s.key}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ ...s, itemUid: owner, itemLabel: owner ? (labels.get(owner) ?? '') : '' });
    }
  }
  return out;
}
