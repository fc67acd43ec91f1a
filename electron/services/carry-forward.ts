// 生成下一年度草稿: a plan of year N -> a new draft for N+1 with the same structure, the year moved on
// in its title and notice fields, every section and item remembering the block it came from
// (`carriedFrom` on the editor node), and every target offered its last known value as the new baseline.
import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { Notice, Plan } from '../../shared/api/contract';
import { PlanDeskError } from '../../shared/api/errors';
import { PLAN_YEAR_MAX } from '../../shared/domain/plan';
import { latestValue, type MeasuredValue } from '../../shared/tracking/status';
import { emptyDocument, isIndicatorTableBlock, isOutlineBlock, type DocumentLike } from '../../shared/outline/document';
import * as indicatorsSql from './db/indicators';
import * as plansSql from './db/plans';
import * as progressSql from './db/progress';
import type { OutlineService } from './outline';
import type { Clock, PlanService } from './plans';

/** Every standalone mention of year `from` (2024, 〔2024〕, 2024年) becomes `from + 1`. */
export function moveYear(text: string, from: number): string {
  return text.replace(new RegExp(`(?<!\\d)${from}(?!\\d)`, 'g'), String(from + 1));
}

function moveDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const d = m[2] === '02' && m[3] === '29' ? '28' : m[3];
  return `${Number(m[1]) + 1}-${m[2]}-${d}`;
}

/** A deadline in the source plan's own year moves on with the plan; a later one (到2025年) stays. */
function moveDeadline(iso: string, from: number): string {
  return iso.startsWith(`${from}-`) ? moveDate(iso) : iso;
}

export function moveNotice(n: Notice, from: number): Notice {
  return {
    ...n,
    docNumber: moveYear(n.docNumber, from),
    title: moveYear(n.title, from),
    date: moveDate(n.date),
    printDate: moveDate(n.printDate),
  };
}

export class CarryForwardService {
  constructor(
    private readonly db: Database,
    private readonly plans: PlanService,
    private readonly outline: OutlineService,
    private readonly clock: Clock = () => new Date(),
  ) {}

  carryForward(planId: string): Plan {
    const source = this.plans.get(planId);
    const year = source.year + 1;
    if (year > PLAN_YEAR_MAX) throw new PlanDeskError('CONFLICT', `不能生成 ${year} 年的草稿：年度不能晚于 ${PLAN_YEAR_MAX} 年。`);
    const doc = structuredClone((source.document as DocumentLike | null) ?? emptyDocument());
    const newUid = new Map<string, string>();
    for (const node of doc.root.children ?? []) {
      if (!isOutlineBlock(node)) continue;
      const uid = randomUUID();
      newUid.set(node.uid, uid);
      node.carriedFrom = node.uid;
      node.uid = uid;
    }
    const now = this.clock().toISOString();
    return this.db.transaction(() => {
      const title = moveYear(source.title, source.year);
      const plan = this.plans.create({ year, title, organ: source.organ, kind: source.kind });
      plansSql.setPlanCarriedFrom(this.db, plan.id, source.id);
      plansSql.updatePlanNotice(this.db, plan.id, moveNotice(source.notice, source.year), now);
      this.outline.save(plan.id, doc, source.numberingMode);
      const newTargetId = this.carryTargets(source, plan.id, newUid, now);
      // The 专栏 blocks name their targets by id: the new plan's copies, not the old plan's.
      const tables = (doc.root.children ?? []).filter(isIndicatorTableBlock);
      for (const t of tables) t.targetIds = (Array.isArray(t.targetIds) ? t.targetIds : []).map((id) => newTargetId.get(id)).filter((id): id is number => id !== undefined);
      if (tables.length) this.outline.save(plan.id, doc, source.numberingMode);
      return this.plans.get(plan.id);
    })();
  }

  /** Each target again, its baseline the latest measurement (else its target), linked to the new items; old id -> new id. */
  private carryTargets(source: Plan, planId: string, newUid: ReadonlyMap<string, string>, now: string): Map<number, number> {
    const ids = new Map<number, number>();
    const values = new Map<number, MeasuredValue[]>();
    for (const v of progressSql.listPlanValues(this.db, source.id)) (values.get(v.targetId) ?? values.set(v.targetId, []).get(v.targetId)!).push(v);
    const links = indicatorsSql.linksOfPlan(this.db, source.id);
    for (const t of indicatorsSql.listTargets(this.db, source.id)) {
      const baseline = latestValue(values.get(t.id) ?? [])?.value ?? t.target_value ?? t.baseline_value;
      const id = indicatorsSql.insertTarget(
        this.db,
        planId,
        {
          indicatorId: t.indicator_id,
          baseline,
          baselineYear: source.year,
          target: t.target_value,
          targetMax: t.target_value_max,
          comparator: t.comparator,
          deadline: moveDeadline(t.deadline, source.year),
          sourceSentence: t.source_sentence,
          group: t.group_name,
          leadUnitId: t.lead_unit_id,
          // Kept, so 指标建议 in the draft does not offer again what was carried (keys are per item).
          suggestionKey: t.suggestion_key,
        },
        now,
      );
      ids.set(t.id, id);
      for (const nodeId of links.get(t.id) ?? []) {
        const to = newUid.get(nodeId);
        if (to) indicatorsSql.linkTarget(this.db, id, to);
      }
    }
    return ids;
  }
}
