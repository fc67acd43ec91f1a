// 版本记录: the plan's named versions, newest first, each with 恢复 (after a confirmation).
import { useState } from 'react';
import type { RevisionSummary } from '../../../shared/api/contract';
import { formatDateTime } from '../../../shared/format/date';
import { call } from '../api/client';
import { Loading, LoadError } from '../components/LoadStatus';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { Dialog } from '../components/Dialog';
import { useLoad } from '../useLoad';

interface VersionsDialogProps {
  planId: string;
  /** Restores the version and reloads the document; rejects with a message for the user. */
  onRestore: (revision: RevisionSummary) => Promise<void>;
  onClose: () => void;
}

export function VersionsDialog({ planId, onRestore, onClose }: VersionsDialogProps) {
  const { state, reload } = useLoad(() => call('revisions.list', { id: planId }), [planId]);
  const [confirming, setConfirming] = useState<RevisionSummary | null>(null);
  const revisions = state.data;

  return (
    <Dialog title="版本记录" onClose={onClose}>
      <div className="dialog-body versions-body">
        {state.status === 'error' ? (
          <LoadError onRetry={reload}>{state.error}</LoadError>
        ) : null}
        {!revisions ? (
          state.status === 'loading' ? (
            <Loading />
          ) : null
        ) : revisions.length === 0 ? (
          <p className="muted versions-empty">还没有保存过版本。点击工具栏的“保存版本”，可以留下当前正文的副本。</p>
        ) : (
          <table className="table versions-table">
            <thead>
              <tr>
                <th scope="col">版本名称</th>
                <th scope="col">保存时间</th>
                <th scope="col" className="col-actions">
                  <span className="visually-hidden">操作</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {revisions.map((r) => (
                <tr key={r.id}>
                  <td className="version-name">{r.name}</td>
                  <td className="col-time num">{formatDateTime(r.createdAt)}</td>
                  <td className="col-actions">
                    <button type="button" className="button button-small" aria-label={`恢复“${r.name}”`} onClick={() => setConfirming(r)}>
                      恢复
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
      <div className="dialog-footer">
        <button type="button" className="button" onClick={onClose}>
          关闭
        </button>
      </div>
      {confirming ? (
        <ConfirmDialog
          title="恢复版本"
          confirmLabel="恢复"
          busyLabel="正在恢复…"
          onClose={() => setConfirming(null)}
          onConfirm={() => onRestore(confirming)}
        >
          <p>
            确定把正文恢复为“<strong>{confirming.name}</strong>”吗？
          </p>
          <p className="muted">当前正文会先自动另存为一个版本，需要时仍可找回。</p>
        </ConfirmDialog>
      ) : null}
    </Dialog>
  );
}
