// How a target status looks everywhere in tracking: a coloured tag and a stacked bar of counts.
// Red for 逾期, yellow for 滞后, green for 已完成 and 正常推进, grey for 未开始 and 无数据.
import type { TargetStatus } from '../../../shared/tracking/status';
import { TARGET_STATUSES } from '../../../shared/tracking/status';

export const STATUS_CLASS: Record<TargetStatus, string> = {
  已完成: 'done',
  正常推进: 'ok',
  滞后: 'lag',
  逾期: 'overdue',
  未开始: 'idle',
  无数据: 'nodata',
};

/** The order statuses are shown in: good to bad, then the ones without data. */
export const STATUS_DISPLAY_ORDER: readonly TargetStatus[] = ['已完成', '正常推进', '滞后', '逾期', '未开始', '无数据'];

export function TrackStatus({ status, title }: { status: TargetStatus | null; title?: string }) {
  if (!status) return <span className="muted">—</span>;
  return (
    <span className={`track-status track-${STATUS_CLASS[status]}`} title={title}>
      {status}
    </span>
  );
}

/** A horizontal bar split by status counts, with the counts spelled out for screen readers and print. */
export function StatusBar({ counts, total }: { counts: Record<TargetStatus, number>; total: number }) {
  if (total === 0) return <span className="muted">无指标</span>;
  const label = TARGET_STATUSES.filter((s) => counts[s]).map((s) => `${s} ${counts[s]}`).join('，');
  return (
    <span className="status-bar" role="img" aria-label={label} title={label}>
      {STATUS_DISPLAY_ORDER.filter((s) => counts[s] > 0).map((s) => (
        <span key={s} className={`status-bar-part track-fill-${STATUS_CLASS[s]}`} style={{ flexGrow: counts[s] }} />
      ))}
    </span>
  );
}
