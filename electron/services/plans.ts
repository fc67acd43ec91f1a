// The plan service: creating, renaming and deleting plans (to the recycle list) over the SQL module.
import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { Plan, PlanSummary, TrashedPlan } from '../../shared/api/contract';
import { PlanDeskError } from '../../shared/api/errors';
import { TRASH_RETENTION_DAYS, defaultNumberingMode, type PlanKind, type PlanStatus } from '../../shared/domain/plan';
import * as sql from './db/plans';

export type Clock = () => Date;

/** The fields of 基本信息; those left out stay as they are. */
export interface PlanInfo {
  title?: string;
  year?: number;
  kind?: PlanKind;
  organ?: string;
  status?: PlanStatus;
}

export interface CreatePlanInput {
  year: number;
  title: string;
  organ?: string;
  kind?: PlanKind;
}

function planNotFound(): PlanDeskError {
  return new PlanDeskError('NOT_FOUND', '找不到这份工作要点，它可能已被删除。');
}

export class PlanService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock = () => new Date(),
  ) {}

  private now(): string {
    return this.clock().toISOString();
  }

  list(): PlanSummary[] {
    return sql.listPlans(this.db);
  }

  get(id: string): Plan {
    return sql.getPlanById(this.db, id) ?? (() => { throw planNotFound(); })();
  }

  create(input: CreatePlanInput): Plan {
    const kind = input.kind ?? '工作要点';
    const id = randomUUID();
    sql.insertPlan(this.db, {
      id,
      year: input.year,
      title: input.title,
      organ: input.organ ?? '',
      kind,
      numberingMode: defaultNumberingMode(kind),
      now: this.now(),
    });
    return this.get(id);
  }

  rename(id: string, title: string): Plan {
    if (!sql.updatePlanTitle(this.db, id, title, this.now())) throw planNotFound();
    return this.get(id);
  }

  /** Changes the plan's 基本信息. The numbering mode stays: it has a setting of its own. */
  update(id: string, info: PlanInfo): Plan {
    const plan = this.get(id);
    const next = {
      title: info.title ?? plan.title,
      year: info.year ?? plan.year,
      kind: info.kind ?? plan.kind,
      organ: info.organ ?? plan.organ,
      status: info.status ?? plan.status,
    };
    if (!sql.updatePlanInfo(this.db, id, next, this.now())) throw planNotFound();
    return this.get(id);
  }

  /** Moves the plan to the recycle list; it is purged after TRASH_RETENTION_DAYS. */
  delete(id: string): TrashedPlan {
    if (!sql.markPlanDeleted(this.db, id, this.now())) throw planNotFound();
    const trashed = sql.getTrashedPlanById(this.db, id);
    if (!trashed) throw planNotFound();
    return trashed;
  }

  trash(): TrashedPlan[] {
    return sql.listTrashedPlans(this.db);
  }

  restore(id: string): Plan {
    if (!sql.clearPlanDeleted(this.db, id, this.now())) {
      throw new PlanDeskError('NOT_FOUND', '回收站里没有这份工作要点，它可能已被恢复或彻底删除。');
    }
    return this.get(id);
  }

  purge(id: string): { id: string } {
    if (!sql.deletePlanRow(this.db, id)) {
      throw new PlanDeskError('NOT_FOUND', '回收站里没有这份工作要点，它可能已被恢复或彻底删除。');
    }
    return { id };
  }

  /** Removes plans that have been in the recycle list longer than the retention period. */
  purgeExpired(): number {
    const cutoff = new Date(this.clock().getTime() - TRASH_RETENTION_DAYS * 24 * 60 * 60 * 1000).toISOString();
    return sql.deletePlansDeletedBefore(this.db, cutoff);
  }
}
