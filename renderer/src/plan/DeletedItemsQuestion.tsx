// Asked after sections or items with targets were deleted in the editor: keep the targets (they
// stay in the 指标总表, as 未关联 or with their other items) or delete them; or undo the deletion.
// Not modal: the writer may go on typing, undo, or paste a cut item back (the question then goes).
import { useId, useState } from 'react';
import { formatTarget } from '../../../shared/domain/indicator';
import { errorMessage } from '../api/client';
import type { DeletionChoice, DeletionQuestion } from './deletedItems';
import './deleted-items.css';

interface DeletedItemsQuestionProps {
  question: DeletionQuestion;
  /** uid -> the entry's label now (for the other items a target still belongs to). */
  labels: ReadonlyMap<string, string>;
  onAnswer: (choice: DeletionChoice) => Promise<void>;
  onUndo: () => void;
}

export function DeletedItemsQuestion({ question: q, labels, onAnswer, onUndo }: DeletedItemsQuestionProps) {
  const titleId = useId();
  const [busy, setBusy] = useState<DeletionChoice | null>(null);
  const [error, setError] = useState<string | null>(null);
  const names = q.gone.map((g) => `${g.label}${g.lead ? `“${g.lead.length > 16 ? `${g.lead.slice(0, 16)}……` : g.lead}”` : ''}`);

  const answer = async (choice: DeletionChoice) => {
    setBusy(choice);
    setError(null);
    try {
      await onAnswer(choice);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };

  return (
    <section className="deleted-items" role="dialog" aria-modal="false" aria-labelledby={titleId}>
      <h2 id={titleId} className="deleted-items-title">
        删除的{q.gone.length > 1 ? `${q.gone.length} 个条目` : '条目'}关联着 {q.targets.length} 个指标
      </h2>
      <p className="deleted-items-text">
        {names.join('、')} 已从正文删除（可点“撤销删除”恢复）。{q.saved ? '正文已保存，这些指标暂时显示为“未关联”。' : ''}这些指标怎么处理？
      </p>
      <ul className="deleted-items-list">
        {q.targets.map(({ target: t, otherUids }) => (
          <li key={t.id}>
            <span className="deleted-items-name">{t.name}</span>
            <span className="num">{t.placeholder ? '目标待定' : formatTarget({ value: t.target, valueMax: t.targetMax, unit: t.unit, comparator: t.comparator })}</span>
            {otherUids.length ? <span className="muted">（还属于条目 {otherUids.map((u) => labels.get(u) ?? '').filter(Boolean).join('、')}，只解除关联）</span> : null}
          </li>
        ))}
      </ul>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="deleted-items-buttons">
        <button type="button" className="button button-small button-primary" disabled={busy !== null} onClick={() => void answer('keep')} title="指标保留在指标总表中，解除与被删条目的关联，可以再关联到其他条目">
          {busy === 'keep' ? '正在处理…' : '保留指标'}
        </button>
        <button type="button" className="button button-small button-danger" disabled={busy !== null} onClick={() => void answer('delete')} title="指标和已填报的完成值一并删除，不能恢复">
          {busy === 'delete' ? '正在删除…' : '删除指标'}
        </button>
        <button type="button" className="button button-small button-quiet" disabled={busy !== null} onClick={onUndo}>
          撤销删除
        </button>
      </div>
      <p className="deleted-items-hint">保留：指标留在指标总表中，显示为“未关联”，可再关联到其他条目。删除：指标和已填报的完成值一并删除，不能恢复。</p>
    </section>
  );
}
