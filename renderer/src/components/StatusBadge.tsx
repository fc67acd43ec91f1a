import { PLAN_STATUSES, type PlanStatus } from '../../../shared/domain/plan';

/** A plan's status (草稿 … 已印发) as a small coloured label. */
export function StatusBadge({ status }: { status: PlanStatus }) {
  const step = PLAN_STATUSES.indexOf(status);
  return <span className={`status-badge status-step-${step}`}>{status}</span>;
}
