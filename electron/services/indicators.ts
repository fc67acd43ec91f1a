// Indicators of a plan: its targets (CRUD), their links to outline entries, the catalogue across
// years, and what happens to targets when their items go. Labels are computed when read from the
// shared numbering; a link only ever points at an existing outline row (foreign keys cascade).
import type { Database } from 'better-sqlite3';
import type { ItemTargetAction, Target, TargetFields, TargetItem } from '../../shared/api/indicators';
import { PlanDeskError } from '../../shared/api/errors';
import { defaultComparator, type Comparator, type Direction } from '../../shared/domain/indicator';
import { pathLabels } from '../../shared/indicators/labels';
import { cleanName } from '../../shared/indicators/names';
import { tableRowTarget } from '../../shared/indicators/table';
import type { IndicatorTable } from '../../shared/import/types';
import { latestValue } from '../../shared/tracking/status';
import * as sql from './db/indicators';
import { listTargetMeasurements } from './db/progress';
import { ensureUnit } from './db/outline';
import type { OutlineService } from './outline';
import type { Clock, PlanService } from './plans';

function targetNotFound(): PlanDeskError {
  return new PlanDeskError('NOT_FOUND', '找不到这个指标，它可能已被删除。');
}

function invalid(message: string): PlanDeskError {
  return new PlanDeskError('INVALID_INPUT', message);
}

/** 学前教育 毛入园率 -> 学前教育毛入园率; ％ -> %. One spelling per indicator. */
export function normalUnit(unit: string): string {
  return unit.trim().replace(/％/g, '%').replace(/\s+/g, '');
}

export interface ResolvedTarget {
  name: string;
  unit: string;
  fields: Omit<sql.TargetValues, 'indicatorId' | 'leadUnitId'>;
  attribute: TargetFields['attribute'];
  direction: Direction | undefined;
  leadUnit: string;
}

/**
 * A target's fields checked together, before anything is written: a range needs both ends in order,
 * only a range has an upper end.
 */
export function resolveTarget(f: TargetFields, suggestionKey = ''): ResolvedTarget {
  const name = cleanName(f.name);
  if (!name) throw invalid('指标名称不能为空。');
  const target = f.target ?? null;
  const targetMax = f.targetMax ?? null;
  const direction = f.direction ?? (f.comparator === '≤' || f.comparator === '<' ? 'lower' : undefined);
  const comparator: Comparator = f.comparator ?? defaultComparator(direction ?? 'higher');
  if (comparator === '区间') {
    if (target === null || targetMax === null) throw invalid('区间的下限和上限都要填写。');
    if (targetMax < target) throw invalid('区间的上限不能小于下限。');
  } else if (targetMax !== null) {
    throw invalid('只有比较方式为“区间”时才填写目标上限。');
  }
  return {
    name,
    unit: normalUnit(f.unit ?? ''),
    attribute: f.attribute,
    direction,
    leadUnit: (f.leadUnit ?? '').trim(),
    fields: {
      baseline: f.baseline ?? null,
      baselineYear: f.baselineYear ?? null,
      target,
      targetMax,
      comparator,
      deadline: f.deadline ?? '',
      sourceSentence: f.sourceSentence ?? '',
      group: f.group ?? '',
      suggestionKey,
    },
  };
}

export class IndicatorService {
  constructor(
    private readonly db: Database,
    private readonly plans: PlanService,
    private readonly outline: OutlineService,
    private readonly clock: Clock = () => new Date(),
  ) {}

  private now(): string {
    return this.clock().toISOString();
  }

  /** Every outline entry of the plan as a target shows it: path label, lead, section; and positions. */
  itemsOf(planId: string): { items: Map<string, TargetItem>; positions: Map<string, number> } {
    const plan = this.plans.get(planId);
    const outline = this.outline.list(planId);
    const labels = pathLabels(outline, plan.numberingMode);
    const byUid = new Map(outline.map((o) => [o.uid, o]));
    const sectionOf = (uid: string): string | null => {
      let e = byUid.get(uid);
      while (e && e.level > 1 && e.parentUid) e = byUid.get(e.parentUid);
      return e && e.level === 1 ? e.uid : null;
    };
    const items = new Map<string, TargetItem>();
    const positions = new Map<string, number>();
    outline.forEach((o, i) => {
      items.set(o.uid, { uid: o.uid, label: labels.get(o.uid) ?? o.label, lead: o.lead, sectionUid: sectionOf(o.uid) });
      positions.set(o.uid, i);
    });
    return { items, positions };
  }

  private toTarget(row: sql.TargetRow, links: readonly string[], items: ReadonlyMap<string, TargetItem>): Target {
    const fields = sql.targetFields(row);
    return {
      ...fields,
      leadUnit: fields.leadUnit ?? '',
      placeholder: row.target_value === null,
      items: links.map((uid) => items.get(uid)).filter((i): i is TargetItem => !!i),
    };
  }

  /** The plan's targets in document order of their first item; targets with no item last. */
  list(planId: string): Target[] {
    const { items, positions } = this.itemsOf(planId);
    const links = sql.linksOfPlan(this.db, planId);
    const first = (id: number) => positions.get(links.get(id)?.[0] ?? '') ?? Number.MAX_SAFE_INTEGER;
    return sql
      .listTargets(this.db, planId)
      .map((row, order) => ({ row, order, at: first(row.id) }))
      .sort((a, b) => a.at - b.at || a.order - b.order)
      .map(({ row }) => this.toTarget(row, links.get(row.id) ?? [], items));
  }

  private row(id: number): sql.TargetRow {
    const row = sql.getTarget(this.db, id);
    if (!row) throw targetNotFound();
    const live = this.db.prepare('SELECT 1 FROM plans WHERE id = ? AND deleted_at IS NULL').pluck().get(row.plan_id);
    if (!live) throw targetNotFound();
    return row;
  }

  get(id: number): Target {
    const row = this.row(id);
    const { items } = this.itemsOf(row.plan_id);
    return this.toTarget(row, sql.linksOfPlan(this.db, row.plan_id).get(id) ?? [], items);
  }

  ofItem(planId: string, itemUid: string): Target[] {
    return this.list(planId).filter((t) => t.items.some((i) => i.uid === itemUid));
  }

  unassigned(planId: string): Target[] {
    return this.list(planId).filter((t) => t.items.length === 0);
  }

  private requireItems(planId: string, uids: readonly string[]): void {
    const known = sql.nodesOfPlan(this.db, planId, uids);
    const missing = uids.find((u) => !known.has(u));
    if (missing !== undefined) throw new PlanDeskError('NOT_FOUND', '找不到要关联的条目，它可能已被删除；请保存文档后重试。');
  }

  /** Writes a resolved target (indicator found or added) and its links; returns its id. */
  insertResolved(planId: string, r: ResolvedTarget, itemUids: readonly string[], now: string): number {
    const indicatorId = sql.ensureIndicator(this.db, r.name, r.unit, { attribute: r.attribute, direction: r.direction }, now);
    const leadUnitId = r.leadUnit ? ensureUnit(this.db, r.leadUnit, now) : null;
    const id = sql.insertTarget(this.db, planId, { ...r.fields, indicatorId, leadUnitId }, now);
    for (const uid of itemUids) sql.linkTarget(this.db, id, uid);
    return id;
  }

  create(planId: string, fields: TargetFields, itemUids: readonly string[] = []): Target {
    this.plans.get(planId);
    const resolved = resolveTarget(fields);
    this.requireItems(planId, itemUids);
    const id = this.db.transaction(() => this.insertResolved(planId, resolved, itemUids, this.now()))();
    return this.get(id);
  }

  /** A target's fields with a patch applied, checked as a whole; nothing is written. */
  resolvePatch(current: Target, patch: Partial<TargetFields>): ResolvedTarget {
    const comparator = patch.comparator ?? current.comparator;
    const merged: TargetFields = {
      name: patch.name ?? current.name,
      unit: patch.unit ?? current.unit,
      baseline: patch.baseline !== undefined ? patch.baseline : current.baseline,
      baselineYear: patch.baselineYear !== undefined ? patch.baselineYear : current.baselineYear,
      target: patch.target !== undefined ? patch.target : current.target,
      // Leaving 区间 drops the upper end the range had (a patch that gives one anyway is refused).
      targetMax: patch.targetMax !== undefined ? patch.targetMax : comparator === '区间' ? current.targetMax : null,
      comparator,
      attribute: patch.attribute ?? current.attribute,
      direction: patch.direction ?? (patch.comparator === '≤' || patch.comparator === '<' ? 'lower' : current.direction),
      deadline: patch.deadline ?? current.deadline,
      sourceSentence: patch.sourceSentence ?? current.sourceSentence,
      group: patch.group ?? current.group,
      leadUnit: patch.leadUnit ?? current.leadUnit,
    };
    return resolveTarget(merged, sql.getTarget(this.db, current.id)?.suggestion_key ?? '');
  }

  /** Writes a resolved target over an existing one; a new name or unit moves it to that indicator. */
  writeResolved(id: number, r: ResolvedTarget, oldIndicatorId: number, now: string): void {
    const indicatorId = sql.ensureIndicator(this.db, r.name, r.unit, { attribute: r.attribute, direction: r.direction }, now);
    const leadUnitId = r.leadUnit ? ensureUnit(this.db, r.leadUnit, now) : null;
    sql.updateTarget(this.db, id, { ...r.fields, indicatorId, leadUnitId }, now);
    if (indicatorId !== oldIndicatorId) sql.deleteIndicatorIfUnused(this.db, oldIndicatorId);
  }

  /** Changes the given fields. Attribute and direction belong to the indicator, so they change across years. */
  update(id: number, patch: Partial<TargetFields>): Target {
    const current = this.get(id);
    const r = this.resolvePatch(current, patch);
    const now = this.now();
    this.db.transaction(() => this.writeResolved(id, r, current.indicatorId, now))();
    return this.get(id);
  }

  delete(id: number): { id: number } {
    const current = this.row(id);
    this.db.transaction(() => {
      sql.deleteTarget(this.db, id);
      sql.deleteIndicatorIfUnused(this.db, current.indicator_id);
    })();
    return { id };
  }

  link(targetId: number, itemUid: string): Target {
    const row = this.row(targetId);
    this.requireItems(row.plan_id, [itemUid]);
    sql.linkTarget(this.db, targetId, itemUid);
    return this.get(targetId);
  }

  unlink(targetId: number, itemUid: string): Target {
    this.row(targetId);
    sql.unlinkTarget(this.db, targetId, itemUid);
    return this.get(targetId);
  }

  /** Before items are deleted: each target linked to any of them, and its links to other items. */
  forItems(planId: string, itemUids: readonly string[]): { target: Target; otherItems: TargetItem[] }[] {
    const going = new Set(itemUids);
    return this.list(planId)
      .filter((t) => t.items.some((i) => going.has(i.uid)))
      .map((target) => ({ target, otherItems: target.items.filter((i) => !going.has(i.uid)) }));
  }

  /**
   * What to do with the targets of items about to be deleted. unlink: the links to those items go
   * now; keep: nothing now (an undo before saving keeps the links; after the save the target shows
   * as unassigned); delete: the target and its measurements go; move: to another item.
   */
  resolveItems(planId: string, itemUids: readonly string[], decisions: readonly { targetId: number; action: ItemTargetAction; toItemUid?: string }[]) {
    const affected = new Map(this.forItems(planId, itemUids).map((e) => [e.target.id, e.target]));
    for (const d of decisions) {
      if (!affected.has(d.targetId)) throw invalid(`指标 ${d.targetId} 没有关联到要删除的条目，未作任何改动。`);
      if (d.action === 'move') {
        if (!d.toItemUid) throw invalid('移到其他条目时，请选择目标条目。');
        if (itemUids.includes(d.toItemUid)) throw invalid('不能移到正要删除的条目，请选择其他条目。');
        this.requireItems(planId, [d.toItemUid]);
      }
    }
    const counts = { unlinked: 0, kept: 0, deleted: 0, moved: 0 };
    this.db.transaction(() => {
      for (const d of decisions) {
        const target = affected.get(d.targetId)!;
        if (d.action === 'keep') counts.kept++;
        else if (d.action === 'delete') {
          sql.deleteTarget(this.db, d.targetId);
          sql.deleteIndicatorIfUnused(this.db, target.indicatorId);
          counts.deleted++;
        } else {
          for (const uid of itemUids) sql.unlinkTarget(this.db, d.targetId, uid);
          if (d.action === 'move') {
            sql.linkTarget(this.db, d.targetId, d.toItemUid!);
            counts.moved++;
          } else counts.unlinked++;
        }
      }
    })();
    return counts;
  }

  /**
   * The indicator tables of an imported plan (专栏…主要目标) as its targets, in table order, with
   * baseline, target, attribute, unit and group. Called inside the import's transaction; returns
   * the new targets' ids per table, which the 专栏 blocks of the document name. They belong to no item.
   */
  addTableTargets(planId: string, tables: readonly IndicatorTable[], now: string): number[][] {
    return tables.map((table) =>
      table.rows.map((row) => {
        const t = tableRowTarget(table, row);
        return this.insertResolved(planId, resolveTarget({ ...t, attribute: t.attribute }), [], now);
      }),
    );
  }

  /** The catalogue across years. */
  catalogue() {
    return sql.listIndicators(this.db).map((r) => ({
      id: r.id,
      name: r.name,
      unit: r.measure_unit,
      attribute: r.attribute,
      direction: r.direction,
      years: r.years ? r.years.split(',').map(Number) : [],
    }));
  }

  /** One indicator in every plan that has a target for it, with its latest measurement. */
  history(indicatorId: number) {
    const indicator = this.catalogue().find((i) => i.id === indicatorId);
    if (!indicator) throw new PlanDeskError('NOT_FOUND', '找不到这个指标，它可能已被删除。');
    return {
      indicator,
      targets: sql.indicatorHistory(this.db, indicatorId).map((r) => ({
        targetId: r.id,
        planId: r.plan_id,
        planTitle: r.title,
        year: r.year,
        baseline: r.baseline_value,
        baselineYear: r.baseline_year,
        target: r.target_value,
        targetMax: r.target_value_max,
        comparator: r.comparator,
        deadline: r.deadline,
        latest: latestValue(listTargetMeasurements(this.db, r.id)),
      })),
    };
  }
}
