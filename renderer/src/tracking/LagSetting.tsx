// The 滞后 threshold: how far behind the straight line a target may be (share of baseline->target).
import { useState } from 'react';
import { formatNumber } from '../../../shared/tracking/format';
import { call, errorMessage } from '../api/client';

export function LagSetting({ value, onSaved }: { value: number; onSaved: () => void }) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async () => {
    const n = Number(text.trim().replace(/[%％]$/, ''));
    if (!text.trim() || !Number.isFinite(n) || n < 0 || n > 100) {
      setError('请填写 0 到 100 之间的数字。');
      return;
    }
    setBusy(true);
    try {
      await call('progress.saveSettings', { lagTolerance: n / 100 });
      setEditing(false);
      setError(null);
      onSaved();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  if (!editing) {
    return (
      <p className="lag-setting">
        滞后判定：落后进度线超过目标增量的 <strong className="num">{formatNumber(value * 100, 1)}%</strong>
        <button type="button" className="link-button" onClick={() => (setText(formatNumber(value * 100, 1)), setEditing(true))}>
          修改
        </button>
      </p>
    );
  }
  return (
    <form
      className="lag-setting"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <label htmlFor="lag-input">滞后阈值</label>
      <input id="lag-input" className="input input-compact lag-input" value={text} inputMode="decimal" autoFocus onChange={(e) => setText(e.target.value)} aria-invalid={error ? true : undefined} />
      <span>%</span>
      <button type="submit" className="button button-small button-primary" disabled={busy}>
        保存
      </button>
      <button type="button" className="button button-small" onClick={() => (setEditing(false), setError(null))}>
        取消
      </button>
      {error ? (
        <span className="field-error" role="alert">
          {error}
        </span>
      ) : null}
    </form>
  );
}
