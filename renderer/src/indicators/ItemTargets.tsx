// 指标 of the selected section or item, beside the editor: its targets (name, goal, baseline,
// deadline, 属性, 牵头单位), 新增 / 修改 / 解除关联 / 关联已有, and the 指标建议 found in its text
// with 接受 / 修改 / 不采纳. Writing a target needs the item saved first (ensureSaved).
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Suggestion, Target, TargetFields } from '../../../shared/api/indicators';
import { formatTarget, formatValue } from '../../../shared/domain/indicator';
import { formatDay } from '../../../shared/format/date';
import { call, errorMessage } from '../api/client';
import type { EditorBlock } from '../editor/types';
import { bySentence, RejectedSuggestions, Sentence, SuggestionEntry, suggestionId, useSuggestionActions } from './SuggestionList';
import { TargetForm } from './TargetForm';
import { TargetPicker } from './TargetPicker';
import './item-targets.css';

interface ItemTargetsProps {
  planId: string;
  /** The section or item: its uid, and its number for the list of targets to link. */
  item: Pick<EditorBlock, 'uid' | 'label'>;
  /** The plan's targets (null while loading). */
  targets: readonly Target[] | null;
  /** uid -> the entry's label as the document numbers it now. */
  labels: ReadonlyMap<string, string>;
  units: readonly string[];
  /** Bumped after every save: the suggestions are read again from the saved text. */
  savedVersion: number;
  /** Saves the document now (the item must exist before a target can belong to it). */
  ensureSaved: () => Promise<void>;
  /** A target changed: the page reads the list and the 目录's marks again. */
  onChanged: () => void;
}

type Editing = { kind: 'new' } | { kind: 'edit'; id: number } | null;

function TargetCard({ t, itemUid, labels, onEdit, onUnlink, busy }: { t: Target; itemUid: string; labels: ReadonlyMap<string, string>; onEdit: () => void; onUnlink: () => void; busy: boolean }) {
  const others = t.items.filter((i) => i.uid !== itemUid).map((i) => labels.get(i.uid) ?? i.label);
  const facts = [
    t.baseline !== null ? `基期 ${formatValue(t.baseline)}${t.baselineYear ? `（${t.baselineYear}年）` : ''}` : '',
    t.deadline ? `${formatDay(t.deadline)}前` : '',
    t.attribute,
    t.leadUnit ? `牵头：${t.leadUnit}` : '',
    t.group,
  ].filter(Boolean);
  return (
    <li className="target-card" data-target-id={t.id} aria-label={`指标：${t.name}`}>
      <div className="target-card-head">
        <span className="target-card-name" title={t.sourceSentence || undefined}>
          {t.name}
        </span>
        <span className={t.placeholder ? 'target-card-goal placeholder-value' : 'target-card-goal num'}>
          {t.placeholder ? '目标待定' : formatTarget({ value: t.target, valueMax: t.targetMax, unit: t.unit, comparator: t.comparator })}
        </span>
      </div>
      <p className="target-card-facts">{facts.join(' · ')}</p>
      {others.length ? <p className="target-card-facts">也属于条目 {others.join('、')}</p> : null}
      <div className="target-card-buttons">
        <button type="button" className="link-button" onClick={onEdit} disabled={busy}>
          修改
        </button>
        <button type="button" className="link-button" onClick={onUnlink} disabled={busy} title="指标保留在指标总表中，只是不再属于这个条目">
          解除关联
        </button>
      </div>
    </li>
  );
}

export function ItemTargets({ planId, item, targets, labels, units, savedVersion, ensureSaved, onChanged }: ItemTargetsProps) {
  const [editing, setEditing] = useState<Editing>(null);
  const [picking, setPicking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: 'error' | 'info'; text: string } | null>(null);
  const [suggestions, setSuggestions] = useState<Suggestion[] | null>(null);
  const [suggestError, setSuggestError] = useState<string | null>(null);

  const mine = useMemo(() => (targets ?? []).filter((t) => t.items.some((i) => i.uid === item.uid)), [targets, item.uid]);
  const others = useMemo(() => (targets ?? []).filter((t) => !t.items.some((i) => i.uid === item.uid)), [targets, item.uid]);

  // The item's suggestions, from its saved text: again after every save and after a change here.
  const [asked, setAsked] = useState(0);
  useEffect(() => {
    let live = true;
    call('indicators.suggest', { planId, itemUid: item.uid }).then(
      (list) => {
        if (!live) return;
        setSuggestions(list);
        setSuggestError(null);
      },
      (e: unknown) => {
        if (!live) return;
        // An item typed a moment ago is not saved yet: it has no suggestions to show so far.
        setSuggestions([]);
        setSuggestError((e as { code?: string }).code === 'NOT_FOUND' ? null : errorMessage(e));
      },
    );
    return () => {
      live = false;
    };
  }, [planId, item.uid, savedVersion, asked]);

  const changed = useCallback(() => {
    onChanged();
    setAsked((n) => n + 1);
  }, [onChanged]);
  const actions = useSuggestionActions(
    planId,
    (made) => {
      changed();
      setMessage({ kind: 'info', text: made.length === 1 ? `已接受“${made[0]!.name}”。` : `已接受 ${made.length} 条建议。` });
    },
    ensureSaved,
  );
  const open = (suggestions ?? []).filter((s) => !actions.done.has(suggestionId(s)));

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setMessage(null);
    try {
      await work();
    } catch (e) {
      setMessage({ kind: 'error', text: errorMessage(e) });
    } finally {
      setBusy(false);
    }
  };

  const create = async (fields: TargetFields) => {
    await ensureSaved();
    const made = await call('targets.create', { planId, ...fields, itemUids: [item.uid] });
    setEditing(null);
    changed();
    setMessage({ kind: 'info', text: `已添加指标“${made.name}”。` });
  };
  const update = async (id: number, fields: TargetFields) => {
    await call('targets.update', { id, ...fields });
    setEditing(null);
    changed();
  };
  const unlink = (t: Target) =>
    run(async () => {
      const after = await call('targets.unlink', { targetId: t.id, itemUid: item.uid });
      changed();
      setMessage({ kind: 'info', text: after.items.length ? `已解除“${t.name}”与本条目的关联。` : `已解除关联：“${t.name}”现在不属于任何条目，可在指标总表中找到并重新关联。` });
    });
  const link = async (t: Target) => {
    await ensureSaved();
    await call('targets.link', { targetId: t.id, itemUid: item.uid });
    setPicking(false);
    changed();
    setMessage({ kind: 'info', text: `已关联指标“${t.name}”。` });
  };

  return (
    <section className="item-targets" aria-labelledby="item-targets-title">
      <div className="item-targets-head">
        <h3 id="item-targets-title" className="item-targets-title">
          指标{mine.length ? <span className="item-targets-count">{mine.length}</span> : null}
        </h3>
        <span className="item-targets-actions">
          <button type="button" className="button button-small" onClick={() => setEditing({ kind: 'new' })} disabled={editing?.kind === 'new'}>
            新增
          </button>
          <button type="button" className="button button-small" onClick={() => setPicking(true)} disabled={!targets}>
            关联已有
          </button>
        </span>
      </div>
      {message ? (
        <p className={message.kind === 'error' ? 'field-error' : 'item-targets-message'} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      ) : null}
      {editing?.kind === 'new' ? <TargetForm target={null} units={units} onSave={create} onCancel={() => setEditing(null)} /> : null}
      {targets === null ? (
        <p className="pane-empty">正在读取指标…</p>
      ) : mine.length === 0 && editing?.kind !== 'new' ? (
        <p className="pane-empty">这个条目还没有指标。{open.length ? '下面是从它的文字中找到的建议。' : ''}</p>
      ) : (
        <ul className="target-cards">
          {mine.map((t) =>
            editing?.kind === 'edit' && editing.id === t.id ? (
              <li key={t.id} className="target-card target-card-editing">
                <TargetForm target={t} units={units} onSave={(f) => update(t.id, f)} onCancel={() => setEditing(null)} />
              </li>
            ) : (
              <TargetCard key={t.id} t={t} itemUid={item.uid} labels={labels} busy={busy} onEdit={() => setEditing({ kind: 'edit', id: t.id })} onUnlink={() => void unlink(t)} />
            ),
          )}
        </ul>
      )}

      {open.length || suggestError ? (
        <div className="item-suggestions" role="region" aria-label="本条目的指标建议">
          <h4 className="item-suggestions-title">指标建议</h4>
          {suggestError ? (
            <p className="field-error" role="alert">
              无法获取指标建议：{suggestError}
            </p>
          ) : null}
          {bySentence(open).map((sentence) => (
            <div key={sentence.text} className="suggestion">
              <Sentence text={sentence.text} list={sentence.list} />
              {sentence.list.map((s) => (
                <SuggestionEntry key={suggestionId(s)} suggestion={s} actions={actions} />
              ))}
            </div>
          ))}
        </div>
      ) : null}
      <RejectedSuggestions
        planId={planId}
        itemUid={item.uid}
        version={`${savedVersion}:${asked}:${actions.done.size}`}
        onRestored={(s) => {
          actions.forget(s);
          setAsked((n) => n + 1);
        }}
      />

      {picking ? <TargetPicker itemLabel={item.label} targets={others} labels={labels} onLink={link} onClose={() => setPicking(false)} /> : null}
    </section>
  );
}
