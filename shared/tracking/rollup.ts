// Statuses of items, sections and units, rolled up from their targets' statuses.
//
// A group (item, section, unit) has counts (how many of its distinct targets are in each status)
// and one status: the worst of its targets', in the order 逾期 > 滞后 > 无数据 > 未开始 > 正常推进 >
// 已完成. So a section is 已完成 only when every target under it is, and one overdue target
// shows on its item, its section and its units. A group without targets has no status (null).
//
// A target belongs to the items it is linked to and to every heading above them; to the units
// of those items (牵头 and 责任; a subitem without units takes its item's) and to its own lead unit.
import { TARGET_STATUSES, type TargetStatus } from './status';
import { itemUnits } from '../outline/item-units';

export type StatusCounts = Record<TargetStatus, number>;

/** Worst first: the order a roll-up picks by. */
export const STATUS_SEVERITY: readonly TargetStatus[] = ['逾期', '滞后', '无数据', '未开始', '正常推进', '已完成'];

export function emptyCounts(): StatusCounts {
  return Object.fromEntries(TARGET_STATUSES.map((s) => [s, 0])) as StatusCounts;
}

export function countStatuses(statuses: Iterable<TargetStatus>): StatusCounts {
  const counts = emptyCounts();
  for (const s of statuses) counts[s] += 1;
  return counts;
}

/** The worst status present, or null for no targets. */
export function worstStatus(counts: StatusCounts): TargetStatus | null {
  return STATUS_SEVERITY.find((s) => counts[s] > 0) ?? null;
}

export function totalOf(counts: StatusCounts): number {
  return TARGET_STATUSES.reduce((n, s) => n + counts[s], 0);
}

/** Share of targets 已完成, 0..1 (0 for none). */
export function completedShare(counts: StatusCounts): number {
  const total = totalOf(counts);
  return total === 0 ? 0 : counts['已完成'] / total;
}

export interface OutlineNodeRef {
  uid: string;
  level: 1 | 2 | 3 | 4;
  parentUid: string | null;
  label: string;
  lead: string;
  units: { lead: string[]; responsible: string[] };
}

export interface TargetRef {
  id: number;
  status: TargetStatus;
  itemUids: readonly string[];
  leadUnit: string | null;
}

export interface GroupRollup {
  counts: StatusCounts;
  status: TargetStatus | null;
  targetIds: number[];
}

export interface SectionRollup extends GroupRollup {
  uid: string;
  label: string;
  title: string;
}

export interface UnitRollup extends GroupRollup {
  name: string;
}

export interface PlanRollup {
  counts: StatusCounts;
  /** Every outline node with targets under it, by uid (items, subsections and sections). */
  nodes: Map<string, GroupRollup>;
  /** The level-1 sections in document order, with or without targets. */
  sections: SectionRollup[];
  /** Units with targets, by name. */
  units: UnitRollup[];
}

function group(ids: Set<number>, statusOf: Map<number, TargetStatus>): GroupRollup {
  const targetIds = [...ids].sort((a, b) => a - b);
  const counts = countStatuses(targetIds.map((id) => statusOf.get(id)!));
  return { counts, status: worstStatus(counts), targetIds };
}

function add(map: Map<string, Set<number>>, key: string, id: number): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(id);
}

export function rollUp(outline: readonly OutlineNodeRef[], targets: readonly TargetRef[]): PlanRollup {
  const byUid = new Map(outline.map((n) => [n.uid, n]));
  const statusOf = new Map(targets.map((t) => [t.id, t.status]));
  const nodeTargets = new Map<string, Set<number>>();
  const unitTargets = new Map<string, Set<number>>();

  const unitsOf = (node: OutlineNodeRef): string[] => itemUnits(node, byUid, (u) => [...u.lead, ...u.responsible]);

  for (const t of targets) {
    if (t.leadUnit) add(unitTargets, t.leadUnit, t.id);
    for (const uid of t.itemUids) {
      const node = byUid.get(uid);
      if (!node) continue;
      for (const name of unitsOf(node)) add(unitTargets, name, t.id);
      for (let n: OutlineNodeRef | undefined = node; n; n = n.parentUid ? byUid.get(n.parentUid) : undefined) add(nodeTargets, n.uid, t.id);
    }
  }

  const nodes = new Map<string, GroupRollup>();
  for (const [uid, ids] of nodeTargets) nodes.set(uid, group(ids, statusOf));
  const sections = outline
    .filter((n) => n.level === 1)
    .map((n) => ({ uid: n.uid, label: n.label, title: n.lead, ...group(nodeTargets.get(n.uid) ?? new Set(), statusOf) }));
  const units = [...unitTargets]
    .map(([name, ids]) => ({ name, ...group(ids, statusOf) }))
    .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
  return { counts: countStatuses(targets.map((t) => t.status)), nodes, sections, units };
}
