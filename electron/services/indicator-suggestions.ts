// 指标建议 over a saved plan: the shared suggester reads the plan's document; what was rejected, or
// already accepted (even edited), or is already a target of the plan, is left out. Accepting makes
// targets linked to the suggestion's item; rejecting is remembered per plan, item and key, and can be
// taken back (重新提出).
import type { Database } from 'better-sqlite3';
import type { AcceptedSuggestion, OutlineMarks, Suggestion, Target } from '../../shared/api/indicators';
import { PlanDeskError } from '../../shared/api/errors';
import { suggestForPlan } from '../../shared/indicators/plan';
import { targetKey } from '../../shared/indicators/suggest';
import { emptyDocument, type DocumentLike } from '../../shared/outline/document';
import * as sql from './db/indicators';
import { resolveTarget, type IndicatorService, type ResolvedTarget } from './indicators';
import type { Clock, PlanService } from './plans';

export class SuggestionService {
  constructor(
    private readonly db: Database,
    private readonly plans: PlanService,
    private readonly indicators: IndicatorService,
    private readonly clock: Clock = () => new Date(),
  ) {}

  suggest(planId: string, itemUid?: string): Suggestion[] {
    return this.found(planId, itemUid).open;
  }

  /** The suggestions marked 不采纳 whose words are still in the text (and not since entered as targets), for 重新提出. */
  rejected(planId: string, itemUid?: string): Suggestion[] {
    return this.found(planId, itemUid).rejected;
  }

  /** What the suggester finds in the saved text, less what is already a target: open, or rejected. */
  private found(planId: string, itemUid?: string): { open: Suggestion[]; rejected: Suggestion[] } {
    const plan = this.plans.get(planId);
    const found = suggestForPlan((plan.document as DocumentLike | null) ?? emptyDocument(), plan.numberingMode, { year: plan.year, itemUid });
    if (!found.length) return { open: [], rejected: [] };
    const rejectedKeys = sql.rejectedKeys(this.db, planId);
    // Accepted from this suggestion, on this item or on none; or the same figure entered another way.
    const links = sql.linksOfPlan(this.db, planId);
    const accepted = new Set<string>();
    const same = new Set<string>();
    for (const t of sql.listTargets(this.db, planId)) {
      const owners = links.get(t.id) ?? ['*'];
      if (t.suggestion_key) for (const o of owners) accepted.add(`${o}\u0000${t.suggestion_key}`);
      same.add(targetKey(t.name, t.target_value, t.target_value_max, t.measure_unit));
    }
    const out = { open: [] as Suggestion[], rejected: [] as Suggestion[] };
    for (const s of found) {
      const owner = s.itemUid ?? '';
      if (accepted.has(`${owner}\u0000${s.key}`) || accepted.has(`*\u0000${s.key}`)) continue;
      if (same.has(targetKey(s.name, s.value, s.valueMax, s.unit))) continue;
      (rejectedKeys.has(`${owner}\u0000${s.key}`) ? out.rejected : out.open).push(s);
    }
    return out;
  }

  /**
   * The 目录's marks in one call, read once per save: how many targets each outline entry has, and
   * how many open suggestions (neither accepted nor rejected) its text holds. Entries with none are absent.
   */
  outlineMarks(planId: string): OutlineMarks {
    const targets: Record<string, number> = {};
    for (const uids of sql.linksOfPlan(this.db, planId).values()) for (const uid of uids) targets[uid] = (targets[uid] ?? 0) + 1;
    const suggestions: Record<string, number> = {};
    for (const s of this.suggest(planId)) if (s.itemUid) suggestions[s.itemUid] = (suggestions[s.itemUid] ?? 0) + 1;
    return { targets, suggestions };
  }

  /** Makes each suggestion (as the user may have edited it) a target linked to its item; all or nothing. */
  accept(planId: string, suggestions: readonly AcceptedSuggestion[]): Target[] {
    this.plans.get(planId);
    const resolved: { r: ResolvedTarget; items: string[] }[] = suggestions.map((s, i) => {
      try {
        const r = resolveTarget(
          { name: s.name, unit: s.unit, target: s.value, targetMax: s.valueMax, comparator: s.comparator, direction: s.direction, deadline: s.deadline, sourceSentence: s.sentence },
          s.key,
        );
        return { r, items: s.itemUid ? [s.itemUid] : [] };
      } catch (e) {
        if (e instanceof PlanDeskError && suggestions.length > 1) throw new PlanDeskError(e.code, `第 ${i + 1} 条建议：${e.message}`);
        throw e;
      }
    });
    const uids = [...new Set(resolved.flatMap((x) => x.items))];
    const known = sql.nodesOfPlan(this.db, planId, uids);
    if (uids.some((u) => !known.has(u))) {
      throw new PlanDeskError('NOT_FOUND', '建议所在的条目已不存在（文档可能刚被修改），请重新获取指标建议。未作任何改动。');
    }
    const now = this.clock().toISOString();
    const ids = this.db.transaction(() => resolved.map(({ r, items }) => this.indicators.insertResolved(planId, r, items, now)))();
    const all = new Map(this.indicators.list(planId).map((t) => [t.id, t]));
    return ids.map((id) => all.get(id)!);
  }

  reject(planId: string, itemUid: string | null, key: string): { rejected: true } {
    this.plans.get(planId);
    sql.addRejection(this.db, planId, itemUid, key, this.clock().toISOString());
    return { rejected: true };
  }

  /** 重新提出: a rejected suggestion is proposed again. Restoring one that is not rejected changes nothing. */
  unreject(planId: string, itemUid: string | null, key: string): { restored: boolean } {
    this.plans.get(planId);
    return { restored: sql.removeRejection(this.db, planId, itemUid, key) };
  }
}
