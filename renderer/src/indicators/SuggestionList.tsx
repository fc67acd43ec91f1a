// The parts of 指标建议 that the 指标总表 and the item panel share: the sentence with its matched
// words marked, one suggestion with 接受 / 修改 / 不采纳, the state of accepting and rejecting, and
// the list of rejected suggestions with 重新提出.
import { useCallback, useState, type ReactElement } from 'react';
import { acceptedAsIs, type Suggestion, type Target } from '../../../shared/api/indicators';
import { formatTarget } from '../../../shared/domain/indicator';
import { formatDay } from '../../../shared/format/date';
import { call, errorMessage } from '../api/client';
import { useLoad } from '../useLoad';
import { SuggestionEditor } from './SuggestionEditor';
import './indicators.css';

/** One suggestion, told apart from the same words under another item. */
export const suggestionId = (s: Suggestion) => `${s.itemUid ?? ''}\u0000${s.key}`;

/** The sentence with the words of each of its suggestions marked (overlapping marks merged). */
export function Sentence({ text, list }: { text: string; list: readonly Suggestion[] }) {
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

/** Suggestions of one sentence together, in the order found. */
export function bySentence(list: readonly Suggestion[]): { text: string; list: Suggestion[] }[] {
  const out: { text: string; list: Suggestion[] }[] = [];
  for (const s of list) {
    const last = out.at(-1);
    if (last && last.text === s.sentence) last.list.push(s);
    else out.push({ text: s.sentence, list: [s] });
  }
  return out;
}

export interface SuggestionActions {
  /** Suggestions accepted or rejected here (left out of what is shown). */
  done: ReadonlySet<string>;
  editing: string | null;
  setEditing: (id: string | null) => void;
  /** The suggestion (or '*' for all) being saved. */
  busy: string | null;
  errors: Readonly<Record<string, string>>;
  accept: (list: Suggestion[], key: string) => Promise<void>;
  reject: (s: Suggestion) => Promise<void>;
  /** A suggestion proposed again (重新提出) is shown again, even if it was rejected here. */
  forget: (s: Suggestion) => void;
}

/**
 * Accepting and rejecting for a list of suggestions. `before` runs first (the item panel saves the
 * document, so the item the suggestion belongs to exists); `onAccepted` hears of the new targets.
 */
export function useSuggestionActions(planId: string, onAccepted: (targets: Target[]) => void, before?: () => Promise<void>): SuggestionActions {
  const [done, setDone] = useState<Set<string>>(new Set());
  const [editing, setEditing] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});

  const run = useCallback(
    async (key: string, work: () => Promise<void>) => {
      setBusy(key);
      setErrors((e) => ({ ...e, [key]: '' }));
      try {
        await before?.();
        await work();
      } catch (e) {
        setErrors((x) => ({ ...x, [key]: errorMessage(e) }));
      } finally {
        setBusy(null);
      }
    },
    [before],
  );
  const finish = (list: Suggestion[]) => setDone((d) => new Set([...d, ...list.map(suggestionId)]));

  return {
    done,
    editing,
    setEditing,
    busy,
    errors,
    accept: (list, key) =>
      run(key, async () => {
        const made = await call('indicators.accept', { planId, suggestions: list.map(acceptedAsIs) });
        finish(list);
        setEditing(null);
        onAccepted(made);
      }),
    reject: (s) =>
      run(suggestionId(s), async () => {
        await call('indicators.reject', { planId, itemUid: s.itemUid, key: s.key });
        finish([s]);
      }),
    forget: (s) =>
      setDone((d) => {
        const next = new Set(d);
        next.delete(suggestionId(s));
        return next;
      }),
  };
}

/** What a suggestion proposes, as a target would be written. */
function proposed(s: Suggestion): string {
  return s.placeholder ? `${s.comparator} 待定（原文为占位）${s.unit}` : formatTarget({ value: s.value, valueMax: s.valueMax, unit: s.unit, comparator: s.comparator });
}

/** One suggestion: what was found and the three buttons, or the editor while 修改 is open. */
export function SuggestionEntry({ suggestion: s, actions }: { suggestion: Suggestion; actions: SuggestionActions }) {
  const k = suggestionId(s);
  const { busy, editing, errors } = actions;
  return (
    <div role="group" aria-label={`建议：${s.name}`}>
      {editing === k ? (
        <SuggestionEditor suggestion={s} busy={busy === k} onCancel={() => actions.setEditing(null)} onAccept={(edited) => void actions.accept([edited], k)} />
      ) : (
        <div className="suggestion-row">
          <span className="suggestion-name">{s.name}</span>
          <span className="suggestion-value num">{proposed(s)}</span>
          {s.deadline ? <span className="suggestion-deadline">{formatDay(s.deadline)}前</span> : null}
          <span className="suggestion-buttons">
            <button type="button" className="button button-small button-primary" disabled={busy !== null} onClick={() => void actions.accept([s], k)}>
              接受
            </button>
            <button type="button" className="button button-small" disabled={busy !== null} onClick={() => actions.setEditing(k)}>
              修改
            </button>
            <button type="button" className="button button-small button-quiet" disabled={busy !== null} onClick={() => void actions.reject(s)}>
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
}

interface RejectedSuggestionsProps {
  planId: string;
  /** One item's, or (left out) the whole plan's. */
  itemUid?: string;
  /** Changes when the list may have changed (a rejection here, a save). */
  version: unknown;
  /** Proposed again: the caller shows it among the open suggestions. */
  onRestored: (s: Suggestion) => void;
}

/** 已不采纳的建议, folded: each one can be proposed again (a 不采纳 clicked by mistake is not final). */
export function RejectedSuggestions({ planId, itemUid, version, onRestored }: RejectedSuggestionsProps) {
  const { state, reload } = useLoad(() => call('indicators.rejected', itemUid === undefined ? { planId } : { planId, itemUid }), [planId, itemUid, version]);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const list = state.data ?? [];
  if (!list.length) return null;

  const restore = async (s: Suggestion) => {
    setBusy(suggestionId(s));
    setError(null);
    try {
      await call('indicators.unreject', { planId, itemUid: s.itemUid, key: s.key });
      onRestored(s);
      reload();
    } catch (e) {
      setError(`没能重新提出“${s.name}”：${errorMessage(e)}`);
    } finally {
      setBusy(null);
    }
  };

  return (
    <details className="rejected-suggestions">
      <summary>已不采纳的建议（{list.length}）</summary>
      <ul className="rejected-list">
        {list.map((s) => (
          <li key={suggestionId(s)} className="suggestion-row" title={s.sentence}>
            {itemUid === undefined ? <span className="item-chip">{s.itemLabel || '正文前'}</span> : null}
            <span className="suggestion-name">{s.name}</span>
            <span className="suggestion-value num">{proposed(s)}</span>
            <span className="suggestion-buttons">
              <button type="button" className="button button-small" disabled={busy !== null} onClick={() => void restore(s)}>
                {busy === suggestionId(s) ? '正在恢复…' : '重新提出'}
              </button>
            </span>
          </li>
        ))}
      </ul>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </details>
  );
}
