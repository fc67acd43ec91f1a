// A plan's targets for the 主要指标一览表, as the export reads them: plain data taken from the
// indicators service (the one owner of targets), so the shared model never sees the API types.
import type { Target } from '../../../shared/api/indicators';
import type { ExportTarget } from '../../../shared/official/attachments';

/** What the export needs of the indicators service. */
export interface TargetSource {
  list(planId: string): Target[];
}

export function toExportTargets(targets: readonly Target[]): ExportTarget[] {
  return targets.map((t) => ({
    id: t.id,
    indicator: t.name,
    unit: t.unit,
    baseline: t.baseline,
    baselineYear: t.baselineYear,
    target: t.target,
    targetMax: t.targetMax,
    comparator: t.comparator,
    attribute: t.attribute,
    leadUnit: t.leadUnit,
    itemUids: t.items.map((i) => i.uid),
    group: t.group,
    deadline: t.deadline,
  }));
}
