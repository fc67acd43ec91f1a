// The autosave status beside the title: 已保存 / 保存中… / 未保存 / 保存失败：<reason> with 重试.
import type { SaveStatus } from './saveQueue';

export function saveStatusText(status: SaveStatus): string {
  switch (status.kind) {
    case 'saved':
      return '已保存';
    case 'saving':
      return '保存中…';
    case 'dirty':
      return '未保存';
    case 'error':
      return `保存失败：${status.message}`;
  }
}

export function SaveStatusIndicator({ status, onRetry }: { status: SaveStatus; onRetry: () => void }) {
  return (
    <div className={`save-indicator save-indicator-${status.kind}`}>
      <span className="save-dot" aria-hidden="true" />
      <span data-testid="save-status" role="status" aria-live="polite">
        {saveStatusText(status)}
      </span>
      {status.kind === 'error' ? (
        <button type="button" className="button button-small" onClick={onRetry}>
          重试
        </button>
      ) : null}
    </div>
  );
}
