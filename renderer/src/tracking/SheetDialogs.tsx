// 填报表 dialogs: choose a unit to export its sheet; the result of importing a returned one.
import { useState } from 'react';
import type { SheetImportResult } from '../../../shared/api/tracking';
import { formatNumber } from '../../../shared/tracking/format';
import { parsePeriod, periodLabel } from '../../../shared/tracking/period';
import { call, errorMessage } from '../api/client';
import { downloadBase64, MIME } from '../api/files';
import { Dialog } from '../components/Dialog';
import { Field } from '../components/Field';

const label = (period: string) => periodLabel(parsePeriod(period)!);

export function ExportSheetDialog({ planId, period, units, onClose }: { planId: string; period: string; units: string[]; onClose: () => void }) {
  const [unit, setUnit] = useState(units[0] ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      const file = await call('progress.exportSheet', { id: planId, unit, period });
      downloadBase64(file.fileName, file.data, MIME.xlsx);
      onClose();
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };
  return (
    <Dialog title="导出填报表" onClose={onClose} busy={busy}>
      <div className="dialog-body">
        {error ? <p className="form-error-summary" role="alert">{error}</p> : null}
        <p className="muted dialog-lead">为一个单位生成 {label(period)} 的 Excel 填报表，只包含该单位负责的指标。单位填好后交回，可用“导入填报表”读入。</p>
        <Field id="sheet-unit" label="单位" required>
          <select className="input" value={unit} onChange={(e) => setUnit(e.target.value)} disabled={busy}>
            {units.map((u) => (
              <option key={u} value={u}>
                {u}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <div className="dialog-footer">
        <button type="button" className="button" onClick={onClose} disabled={busy}>
          取消
        </button>
        <button type="button" className="button button-primary" onClick={run} disabled={busy || !unit}>
          {busy ? '正在导出…' : '导出'}
        </button>
      </div>
    </Dialog>
  );
}

export function ImportResultDialog({ fileName, result, onClose }: { fileName: string; result: SheetImportResult; onClose: () => void }) {
  const { applied, problems, unchanged, notesApplied } = result;
  return (
    <Dialog title="填报表导入结果" onClose={onClose}>
      <div className="dialog-body sheet-result">
        <p>
          “{fileName}”：导入 <strong className="num">{applied.length}</strong> 个数值
          {notesApplied ? `、${notesApplied} 条备注` : ''}，{unchanged} 个与已有数据相同
          {problems.length ? (
            <>
              ，<strong className="sheet-problem-count">{problems.length} 处问题</strong>未导入
            </>
          ) : null}
          。
        </p>
        {problems.length ? (
          <ul className="sheet-problems" aria-label="未导入的内容">
            {problems.map((p, i) => (
              <li key={i}>{p.message}</li>
            ))}
          </ul>
        ) : null}
        {applied.length ? (
          <table className="table sheet-applied">
            <thead>
              <tr>
                <th>行</th>
                <th>指标</th>
                <th>期间</th>
                <th>原值</th>
                <th>新值</th>
              </tr>
            </thead>
            <tbody>
              {applied.map((a, i) => (
                <tr key={i}>
                  <td className="num">{a.row}</td>
                  <td>{a.name}</td>
                  <td>{label(a.period)}</td>
                  <td className="num">{a.from === null ? '—' : formatNumber(a.from)}</td>
                  <td className="num">{a.to === null ? '—' : formatNumber(a.to)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </div>
      <div className="dialog-footer">
        <button type="button" className="button button-primary" onClick={onClose}>
          完成
        </button>
      </div>
    </Dialog>
  );
}
