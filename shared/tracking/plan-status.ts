// A plan's tracking picture as of a date: every target's status, and the roll-ups by section,
// item and unit. One function; the CLI `status`, the 看板, the 填报表 and the report all call it.
import { formatTarget } from './format';
import { rollUp, totalOf, worstStatus, type OutlineNodeRef, type StatusCounts } from './rollup';
import { targetProgress, type LatestValue, type MeasuredValue, type TargetSpec, type TargetStatus } from './status';

export interface TrackedTargetInput extends TargetSpec {
  id: number;
  name: string;
  unit: string;
  leadUnit: string | null;
}

export interface OutlineNodeInput extends OutlineNodeRef {
  deadline: string;
}

export interface PlanStatusInput {
  planYear: number;
  asOf: string;
  lagTolerance: number;
  /** The plan's outline in document order, labels computed by the shared numbering. */
  outline: readonly OutlineNodeInput[];
  targets: readonly TrackedTargetInput[];
  links: readonly { targetId: number; nodeId: string }[];
  measurements: readonly (MeasuredValue & { targetId: number })[];
}

export interface ItemRef {
  uid: string;
  label: string;
  lead: string;
}

export interface TargetStatusRow {
  id: number;
  name: string;
  unit: string;
  status: TargetStatus;
  reason: string;
  latest: LatestValue | null;
  target: { comparator: TargetSpec['comparator']; value: number | null; valueMax: number | null; text: string };
  baseline: number | null;
  expected: number | null;
  completion: number | null;
  deadline: string;
  items: ItemRef[];
  units: string[];
}

export interface GroupStatus {
  status: TargetStatus | null;
  counts: StatusCounts;
  total: number;
}

export interface SectionStatus extends GroupStatus {
  uid: string;
  label: string;
  title: string;
}

export interface UnitStatus extends GroupStatus {
  name: string;
}

export interface ItemStatus extends GroupStatus {
  uid: string;
  label: string;
  lead: string;
  /** The section it is under, e.g. 一、 */
  sectionLabel: string;
  units: string[];
  deadline: string;
  targetIds: number[];
}

export interface PlanStatus extends GroupStatus {
  date: string;
  lagTolerance: number;
  sections: SectionStatus[];
  units: UnitStatus[];
  /** Items (level 3 and 4) with targets, in document order. */
  items: ItemStatus[];
  /** In document order of their first item; targets without an item last. */
  targets: TargetStatusRow[];
}

export function planStatus(input: PlanStatusInput): PlanStatus {
  const ctx = { planYear: input.planYear, asOf: input.asOf, lagTolerance: input.lagTolerance };
  const byTarget = new Map<number, MeasuredValue[]>();
  for (const m of input.measurements) {
    let list = byTarget.get(m.targetId);
    if (!list) byTarget.set(m.targetId, (list = []));
    list.push(m);
  }
  const nodes = new Map(input.outline.map((n, i) => [n.uid, { node: n, position: i }]));
  const itemsOf = new Map<number, string[]>();
  for (const l of input.links) {
    if (!nodes.has(l.nodeId)) continue; // a link to a vanished item is no link
    let list = itemsOf.get(l.targetId);
    if (!list) itemsOf.set(l.targetId, (list = []));
    list.push(l.nodeId);
  }
  for (const list of itemsOf.values()) list.sort((a, b) => nodes.get(a)!.position - nodes.get(b)!.position);

  const progress = new Map(input.targets.map((t) => [t.id, targetProgress(t, byTarget.get(t.id) ?? [], ctx)]));
  const rollup = rollUp(
    input.outline,
    input.targets.map((t) => ({ id: t.id, status: progress.get(t.id)!.status, itemUids: itemsOf.get(t.id) ?? [], leadUnit: t.leadUnit })),
  );
  const unitsOf = new Map<number, string[]>();
  for (const u of rollup.units) for (const id of u.targetIds) (unitsOf.get(id) ?? unitsOf.set(id, []).get(id)!).push(u.name);

  const firstPosition = (id: number) => {
    const uid = itemsOf.get(id)?.[0];
    return uid === undefined ? Number.MAX_SAFE_INTEGER : nodes.get(uid)!.position;
  };
  const targets = [...input.targets]
    .sort((a, b) => firstPosition(a.id) - firstPosition(b.id) || a.id - b.id)
    .map((t): TargetStatusRow => {
      const p = progress.get(t.id)!;
      return {
        id: t.id,
        name: t.name,
        unit: t.unit,
        status: p.status,
        reason: p.reason,
        latest: p.latest,
        target: { comparator: t.comparator, value: t.target, valueMax: t.targetMax, text: formatTarget(t, t.unit) },
        baseline: t.baseline,
        expected: p.expected,
        completion: p.completion,
        deadline: p.deadline,
        items: (itemsOf.get(t.id) ?? []).map((uid) => {
          const n = nodes.get(uid)!.node;
          return { uid, label: n.label, lead: n.lead };
        }),
        units: unitsOf.get(t.id) ?? [],
      };
    });

  const sectionOf = (n: OutlineNodeInput): string => {
    let at: OutlineNodeInput | undefined = n;
    while (at && at.level > 1) at = at.parentUid ? nodes.get(at.parentUid)?.node : undefined;
    return at?.label ?? '';
  };
  const deadlineOf = new Map(targets.map((t) => [t.id, t.deadline]));
  const items: ItemStatus[] = [];
  for (const n of input.outline) {
    const g = rollup.nodes.get(n.uid);
    if (n.level < 3 || !g) continue;
    const own = [...n.units.lead, ...n.units.responsible];
    const parent = n.parentUid ? nodes.get(n.parentUid)?.node : undefined;
    items.push({
      uid: n.uid,
      label: n.label,
      lead: n.lead,
      sectionLabel: sectionOf(n),
      units: own.length || n.level === 3 || !parent ? own : [...parent.units.lead, ...parent.units.responsible],
      // The item's own deadline as written; else the earliest of its targets'.
      deadline: n.deadline || g.targetIds.map((id) => deadlineOf.get(id)!).sort()[0]!,
      targetIds: g.targetIds,
      status: g.status,
      counts: g.counts,
      total: g.targetIds.length,
    });
  }

  return {
    date: input.asOf,
    lagTolerance: input.lagTolerance,
    status: worstStatus(rollup.counts),
    counts: rollup.counts,
    total: totalOf(rollup.counts),
    sections: rollup.sections.map((s) => ({ uid: s.uid, label: s.label, title: s.title, status: s.status, counts: s.counts, total: s.targetIds.length })),
    units: rollup.units.map((u) => ({ name: u.name, status: u.status, counts: u.counts, total: u.targetIds.length })),
    items,
    targets,
  };
}
