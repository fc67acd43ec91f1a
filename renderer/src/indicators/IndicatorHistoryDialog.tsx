// 历年目标: one indicator (the same name and unit in every year's plan) with its target, baseline,
// deadline and latest reported value in each plan, oldest year first.
import { formatDay } from '../../../shared/format/date';
import { formatTarget, formatValue } from '../../../shared/domain/indicator';
import { parsePeriod, periodLabel } from '../../../shared/tracking/period';
import { call } from '../api/client';
import { Dialog } from '../components/Dialog';
import { Link } from '../components/Link';
import { paths } from '../router';
import { useLoad } from '../useLoad';

interface IndicatorHistoryDialogProps {
  indicatorId: number;
  name: string;
  /** The plan the table belongs to: its row is marked 本年度. */
  planId: string;
  onClose: () => void;
}

export function IndicatorHistoryDialog({ indicatorId, name, planId, onClose }: IndicatorHistoryDialogProps) {
  const { state } = useLoad(() => call('indicators.history', { indicatorId }), [indicatorId]);
  const history = state.data;
  const unit = history?.indicator.unit ?? '';
  return (
    <Dialog title={`历年目标：${name}`} onClose={onClose} size="table">
      <div className="dialog-body">
        {state.status === 'error' ? <p className="form-error-summary">无法读取历年目标：{state.error}</p> : null}
        {state.status === 'loading' && !history ? <p className="muted">正在读取…</p> : null}
        {history ? (
          <>
            <p className="muted">
              各年度工作要点中名称和计量单位相同的指标视为同一个指标{history.targets.length < 2 ? '；目前只有这一年度的工作要点设了这个指标。' : '。'}
            </p>
            <table className="table history-table">
              <thead>
                <tr>
                  <th scope="col">年度</th>
                  <th scope="col">工作要点</th>
                  <th scope="col" className="num">
                    基期
                  </th>
                  <th scope="col" className="num">
                    目标
                  </th>
                  <th scope="col">完成时限</th>
                  <th scope="col" className="num">
                    最新完成值
                  </th>
                </tr>
              </thead>
              <tbody>
                {history.targets.map((t) => (
                  <tr key={t.targetId} className={t.planId === planId ? 'history-current' : undefined}>
                    <td className="num nowrap">{t.year}</td>
                    <td>
                      {t.planId === planId ? (
                        <>
                          {t.planTitle} <span className="muted">（本表）</span>
                        </>
                      ) : (
                        <Link to={paths.indicators(t.planId)} onClick={onClose}>
                          {t.planTitle}
                        </Link>
                      )}
                    </td>
                    <td className="num nowrap">
                      {t.baseline === null ? <span className="muted">—</span> : `${formatValue(t.baseline)}${t.baselineYear ? `（${t.baselineYear}年）` : ''}`}
                    </td>
                    <td className="num nowrap">{t.target === null ? <span className="muted">待定</span> : formatTarget({ value: t.target, valueMax: t.targetMax, unit, comparator: t.comparator })}</td>
                    <td className="nowrap">{t.deadline ? formatDay(t.deadline) : <span className="muted">—</span>}</td>
                    <td className="num nowrap">
                      {t.latest ? (
                        <>
                          {formatValue(t.latest.value)}
                          {unit} <span className="muted">（{periodLabel(parsePeriod(t.latest.period)!)}）</span>
                        </>
                      ) : (
                        <span className="muted">未填报</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
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
