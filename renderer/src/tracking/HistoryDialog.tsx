// Who entered or changed a cell's value, and when (填报记录).
import type { GridRow } from '../../../shared/api/tracking';
import { formatDateTime } from '../../../shared/format/date';
import { formatNumber } from '../../../shared/tracking/format';
import { parsePeriod, periodLabel } from '../../../shared/tracking/period';
import { call } from '../api/client';
import { Dialog } from '../components/Dialog';
import { useLoad } from '../useLoad';

const ACTIONS = { add: '填报', edit: '修改', clear: '清除' } as const;

export function HistoryDialog({ row, period, onClose }: { row: GridRow; period: string; onClose: () => void }) {
  const { state } = useLoad(() => call('progress.history', { targetId: row.targetId, period }), [row.targetId, period]);
  return (
    <Dialog title={`填报记录：${row.name}`} onClose={onClose}>
      <div className="dialog-body">
        <p className="muted">{periodLabel(parsePeriod(period)!)}，目标 {row.targetText}</p>
        {state.status === 'error' ? <p className="form-error-summary">{state.error}</p> : null}
        {state.data && state.data.length === 0 ? <p>这一期还没有填报记录。</p> : null}
        {state.data && state.data.length > 0 ? (
          <table className="table history-table">
            <thead>
              <tr>
                <th>时间</th>
                <th>填报人</th>
                <th>操作</th>
                <th>数值</th>
                <th>备注</th>
                <th>方式</th>
              </tr>
            </thead>
            <tbody>
              {state.data.map((h, i) => (
                <tr key={i}>
                  <td className="nowrap num">{formatDateTime(h.changedAt)}</td>
                  <td>{h.changedBy}</td>
                  <td>{ACTIONS[h.action]}</td>
                  <td className="num">{h.value === null ? '—' : `${formatNumber(h.value, 6)}${row.unit}`}</td>
                  <td>{h.note}</td>
                  <td className="muted">{h.via}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </div>
      <div className="dialog-footer">
        <button type="button" className="button" onClick={onClose}>
          关闭
        </button>
      </div>
    </Dialog>
  );
}
