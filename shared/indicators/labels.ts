// A label that names one outline entry without ambiguity, for lists that show items out of the
// document (指标总表, CLI): 一、（二） for a subsection, 8. for an item numbered on through the plan,
// 一、（二）3. when items restart under each heading, 8.（1） for a subitem. Built from the labels
// numberBlocks gives; nothing is stored.
import type { NumberingMode } from '../domain/plan';

export interface LabelledEntry {
  uid: string;
  parentUid: string | null;
  level: 1 | 2 | 3 | 4;
  /** The entry's own marker: 一、 （二） 3. （1） */
  label: string;
}

export function pathLabels(entries: readonly LabelledEntry[], mode: NumberingMode): Map<string, string> {
  const byUid = new Map(entries.map((e) => [e.uid, e]));
  const out = new Map<string, string>();
  const labelOf = (e: LabelledEntry): string => {
    const known = out.get(e.uid);
    if (known !== undefined) return known;
    const parent = e.parentUid ? byUid.get(e.parentUid) : undefined;
    const standsAlone = e.level === 1 || (e.level === 3 && mode === 'continuous') || !parent;
    const label = standsAlone ? e.label : labelOf(parent) + e.label;
    out.set(e.uid, label);
    return label;
  };
  for (const e of entries) labelOf(e);
  return out;
}

/** Entries in document order with the parent each has by level (the nearest shallower one before it). */
export function withParents<T extends { uid: string; level: 1 | 2 | 3 | 4 }>(entries: readonly T[]): (T & { parentUid: string | null })[] {
  const open: (string | undefined)[] = [];
  return entries.map((e) => {
    let parentUid: string | null = null;
    for (let l = e.level - 1; l >= 1 && !parentUid; l--) parentUid = open[l] ?? null;
    open[e.level] = e.uid;
    for (let l = e.level + 1; l <= 4; l++) open[l] = undefined;
    return { ...e, parentUid };
  });
}
