// 指标建议 for the whole plan: each proposed target under its item, the sentence it came from with
// the matched words marked, and 接受 / 修改 / 不采纳. A rejected suggestion is not proposed again.
import { useState, type ReactElement } from 'react';
import type { Suggestion, Target } from '../../../shared/api/indicators';
import { formatTarget } from '../../../shared/domain/indicator';
import { formatDay } from '../../../shared/format/date';
import { call, errorMessage } from '../api/client';
import { useLoad } from '../useLoad';
import { SuggestionEditor } from './SuggestionEditor';

interface SuggestionsPanelProps {
  planId: string;
  /** lead sentence of each outline entry, to title the groups */
  leads: ReadonlyMap<string, string>;
  onAccepted: (targets: Target[]) => void;
  onClose: () => void;
}

export function toAccepted(s: Suggestion) {
  return { key: s.key, itemUid: s.itemUid, sentence: s.sentence, name: s.name, value: s.value, valueMax: s.valueMax, unit: s.unit, comparator: s.comparator, direction: s.direction, deadline: s.deadline };
}

/** The sentence with the words of each of its suggestions marked (overlapping marks merged). */
function Sentence({ text, list }: { text: string; list: readonly Suggestion[] }) {
  const ranges = list.map((s) => ({ ...s.match })).sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const r of ranges) {
    const last = merged.at(-1);
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push(r);
  }
  const parts: ReactElement[] = [];
  let at = 0;
  merged.forEach((r, i) => {
    if (r.start > at) parts.push(<span key={`t${i}`}>{text.slice(at, r.start)}</span>);
    parts.push(<mark key={`m${i}`}>{text.slice(r.start, r.end)}</mark>);
    at = r.end;
  });
  parts.push(<span key="end">{text.slice(at)}</span>);
  return <p className="suggestion-sentence">{parts}</p>;
}

export function SuggestionsPanel({ planId, leads, onAccepted, onClose }: SuggestionsPanelProps) {
  const { state, reload } = useLoad(() => call('indicators.suggest', { planId }), [planId]);
  const [done, setDone] = useState<Set<string>>(new Set());
  const [editing, setEditing] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});

  const id = (s: Suggestion) => `${s.itemUid ?? ''}\u0000${s.key}`;
  const open = (state.data ?? []).filter((s) => !done.has(id(s)));
  const finish = (list: Suggestion[]) => setDone((d) => new Set([...d, ...list.map(id)]));

  const run = async (key: string, work: () => Promise<void>) => {
    setBusy(key);
    setErrors((e) => ({ ...e, [key]: '' }));
    try {
      await work();
    } catch (e) {
      setErrors((x) => ({ ...x, [key]: errorMessage(e) }));
    } finally {
      setBusy(null);
    }
  };

  const accept = (list: Suggestion[], key: string) =>
    run(key, async () => {
      const made = await call('indicators.accept', { planId, suggestions: list.map(toAccepted) });
      finish(list);
      setEditing(null);
      onAccepted(made);
    });

  const reject = (s: Suggestion) =>
    run(id(s), async () => {
      await call('indicators.reject', { planId, itemUid: s.itemUid, key: s.key });
      finish([s]);
    });

  // Under each item, one entry a sentence: the sentence once, then what was found in it.
  const groups: { uid: string; label: string; sentences: { text: string; list: Suggestion[] }[] }[] = [];
  for (const s of open) {
    const uid = s.itemUid ?? '';
    let g = groups.at(-1);
    if (!g || g.uid !== uid) groups.push((g = { uid, label: s.itemLabel, sentences: [] }));
    const last = g.sentences.at(-1);
    if (last && last.text === s.sentence) last.list.push(s);
    else g.sentences.push({ text: s.sentence, list: [s] });
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
                ? `从条目文字中找到 ${open.length} 条可量化的目标。接受后成为指标并关联到所在条目；不采纳的建议以后不再提出。`
                : '没有新的指标建议：可量化的目标都已成为指标，或已被标为不采纳。'}
          </p>
        </div>
        <div className="suggestions-actions">
          {open.length > 1 ? (
            <button type="button" className="button button-primary button-small" disabled={busy !== null} onClick={() => void accept(open, '*')}>
              {busy === '*' ? '正在接受…' : `全部接受（${open.length}）`}
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
      {errors['*'] ? (
        <p className="form-error-summary" role="alert">
          {errors['*']}
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
              {g.sentences.map((sentence) => (
                <li key={sentence.text} className="suggestion">
                  <Sentence text={sentence.text} list={sentence.list} />
                  {sentence.list.map((s) => {
                    const k = id(s);
                    return (
                      <div key={k} role="group" aria-label={`建议：${s.name}`}>
                        {editing === k ? (
                          <SuggestionEditor suggestion={s} busy={busy === k} onCancel={() => setEditing(null)} onAccept={(edited) => void accept([edited], k)} />
                        ) : (
                          <div className="suggestion-row">
                            <span className="suggestion-name">{s.name}</span>
                            <span className="suggestion-value num">{s.placeholder ? `${s.comparator} 待定（原文为占位）${s.unit}` : formatTarget({ value: s.value, valueMax: s.valueMax, unit: s.unit, comparator: s.comparator })}</span>
                            {s.deadline ? <span className="suggestion-deadline">{formatDay(s.deadline)}前</span> : null}
                            <span className="suggestion-buttons">
                              <button type="button" className="button button-small button-primary" disabled={busy !== null} onClick={() => void accept([s], k)}>
                                接受
                              </button>
                              <button type="button" className="button button-small" disabled={busy !== null} onClick={() => setEditing(k)}>
                                修改
                              </button>
                              <button type="button" className="button button-small button-quiet" disabled={busy !== null} onClick={() => void reject(s)}>
                                不采纳
                              </button>
                            </span>
                          </div>
                        )}
                        {errors[k] ? (
                          <p className="field-error" role="alert">
                            {errors[k]}
                          </p>
                        ) : null}
                      </div>
                    );
                  })}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </section>
  );
}
