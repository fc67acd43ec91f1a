// Which units an item has, as every surface reads it: its own, or, for a subitem that names none,
// those of the item above it. Headings (一、（一）) carry no units of their own.
import type { ResponsibleUnits } from './document';

export interface UnitsNode {
  uid: string;
  level: 1 | 2 | 3 | 4;
  parentUid: string | null;
  units: ResponsibleUnits;
}

export function itemUnits<N extends UnitsNode>(node: N, byUid: ReadonlyMap<string, N>, pick: (units: ResponsibleUnits) => readonly string[]): string[] {
  for (let n: N | undefined = node; n && n.level >= 3; n = n.parentUid ? byUid.get(n.parentUid) : undefined) {
    const names = pick(n.units);
    if (names.length) return [...names];
  }
  return [];
}

/** A target's 牵头单位: its own, else the 牵头单位 of the items it belongs to, joined with 、. */
export function targetLeadUnit<N extends UnitsNode>(own: string, itemUids: readonly string[], byUid: ReadonlyMap<string, N>): string {
  if (own.trim()) return own.trim();
  const names = new Set<string>();
  for (const uid of itemUids) {
    const node = byUid.get(uid);
    if (node) for (const name of itemUnits(node, byUid, (u) => u.lead)) names.add(name);
  }
  return [...names].join('、');
}
