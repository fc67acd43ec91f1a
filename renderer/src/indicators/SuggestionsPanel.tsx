// 指标建议 for the whole plan: each proposed target under its item, the sentence it came from with
// the matched words marked, and 接受 / 修改 / 不采纳. A rejected suggestion is not proposed again
// unless 重新提出 under 已不采纳的建议.
import type { Suggestion, Target } from '../../../shared/api/indicators';
import { call } from '../api/client';
import { useLoad } from '../useLoad';
import { bySentence, RejectedSuggestions, Sentence, SuggestionEntry, suggestionId, useSuggestionActions } from './SuggestionList';

interface SuggestionsPanelProps {
  planId: string;
  /** lead sentence of each outline entry, to title the groups */
  leads: ReadonlyMap<string, string>;
  onAccepted: (targets: Target[]) => void;
  onClose: () => void;
}

export function SuggestionsPanel({ planId, leads, onAccepted, onClose }: SuggestionsPanelProps) {
  const { state, reload } = useLoad(() => call('indicators.suggest', { planId }), [planId]);
  const actions = useSuggestionActions(planId, onAccepted);
  const open = (state.data ?? []).filter((s) => !actions.done.has(suggestionId(s)));

  // Under each item, one entry a sentence: the sentence once, then what was found in it.
  const groups: { uid: string; label: string; list: Suggestion[] }[] = [];
  for (const s of open) {
    const uid = s.itemUid ?? '';
    const g = groups.at(-1);
    if (g && g.uid === uid) g.list.push(s);
    else groups.push({ uid, label: s.itemLabel, list: [s] });
  }

  return (
    <section className="panel suggestions" aria-labelledby="suggestions-title">
      <header className="suggestions-header">
        <div>
          <h2 id="suggestions-title" className="section-title">
            指标建议
          </h2>
          <p className="section-text">
            {state.status === 'loading'
              ? '正在从条目文字中查找可量化的目标…'
              : open.length
                ? `从条目文字中找到 ${open.length} 条可量化的目标。接受后成为指标并关联到所在条目；不采纳的建议以后不再提出（可在下方“已不采纳的建议”中重新提出）。`
                : '没有新的指标建议：可量化的目标都已成为指标，或已被标为不采纳。'}
          </p>
        </div>
        <div className="suggestions-actions">
          {open.length > 1 ? (
            <button type="button" className="button button-primary button-small" disabled={actions.busy !== null} onClick={() => void actions.accept(open, '*')}>
              {actions.busy === '*' ? '正在接受…' : `全部接受（${open.length}）`}
            </button>
          ) : null}
          <button type="button" className="button button-small" onClick={onClose}>
            收起
          </button>
        </div>
      </header>
      {state.status === 'error' ? (
        <p className="form-error-summary" role="alert">
          无法获取指标建议：{state.error}
          <button type="button" className="link-button" onClick={reload}>
            重试
          </button>
        </p>
      ) : null}
      {actions.errors['*'] ? (
        <p className="form-error-summary" role="alert">
          {actions.errors['*']}
        </p>
      ) : null}
      <div className="suggestion-groups">
        {groups.map((g) => (
          <div key={g.uid} className="suggestion-group">
            <h3 className="suggestion-item">
              <span className="item-chip">{g.label || '正文前'}</span>
              <span className="suggestion-item-lead">{leads.get(g.uid) ?? ''}</span>
            </h3>
            <ul className="suggestion-list">
              {bySentence(g.list).map((sentence) => (
                <li key={sentence.text} className="suggestion">
                  <Sentence text={sentence.text} list={sentence.list} />
                  {sentence.list.map((s) => (
                    <SuggestionEntry key={suggestionId(s)} suggestion={s} actions={actions} />
                  ))}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
      <RejectedSuggestions
        planId={planId}
        version={actions.done.size}
        onRestored={(s) => {
          actions.forget(s);
          reload();
        }}
      />
    </section>
  );
}
