// A 专栏 on the page: 专栏N and its title, then the table of the targets it shows, drawn from the
// plan's targets as they are now. Click selects the block (Delete removes it); 设置 chooses the
// title and the targets. Cells come from the shared table view, as the export prints them.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useLexicalNodeSelection } from '@lexical/react/useLexicalNodeSelection';
import type { NodeKey } from 'lexical';
import { useContext, useMemo, useState, useSyncExternalStore, type MouseEvent } from 'react';
import { createPortal } from 'react-dom';
import { indicatorTableView } from '../../../../shared/indicators/table-view';
import { indicatorTableLabel } from '../../../../shared/outline/numbering';
import { UPDATE_INDICATOR_TABLE_COMMAND } from './commands';
import { IndicatorTableDataContext } from './data';
import { numbersOf } from './numbers';
import { IndicatorTableSettings } from './IndicatorTableSettings';
import './indicator-table.css';

interface IndicatorTableBlockProps {
  nodeKey: NodeKey;
  title: string;
  targetIds: readonly number[];
  groups: readonly string[];
}

function emptyText(planTargets: number, asked: number, groups: number): string {
  if (planTargets === 0) return '这份工作要点还没有指标。在条目的“指标”中添加或接受指标建议后，表中随即列出。';
  if (asked > 0) return '选定的指标都已被删除。点击“设置”重新选择。';
  if (groups > 0) return '没有属于所选分组的指标。点击“设置”重新选择。';
  return '没有可列出的指标。';
}

export function IndicatorTableBlock({ nodeKey, title, targetIds, groups }: IndicatorTableBlockProps) {
  const [editor] = useLexicalComposerContext();
  const numbers = numbersOf(editor);
  const ordinal = useSyncExternalStore(numbers.subscribe, () => numbers.get(nodeKey));
  const { targets, error } = useContext(IndicatorTableDataContext);
  const [selected, setSelected, clearSelection] = useLexicalNodeSelection(nodeKey);
  const [settings, setSettings] = useState(false);
  const spec = useMemo(() => ({ targetIds: [...targetIds], groups: [...groups] }), [targetIds, groups]);
  const view = useMemo(() => (targets ? indicatorTableView(targets, spec) : null), [targets, spec]);
  const label = ordinal ? indicatorTableLabel(ordinal) : '专栏';

  const select = (e: MouseEvent<HTMLElement>) => {
    // Clicks from the settings dialog (a portal) bubble here through React: not a click on the table.
    if (!e.currentTarget.contains(e.target as Node) || (e.target as HTMLElement).closest('button')) return;
    if (!e.shiftKey) clearSelection();
    setSelected(true);
  };

  return (
    <figure
      className={selected ? 'indicator-table indicator-table-selected' : 'indicator-table'}
      data-testid="indicator-table"
      aria-label={`${label} ${title}`}
      onClick={select}
    >
      <figcaption className="indicator-table-caption">
        <span className="indicator-table-label">{label}</span>
        {title ? <span className="indicator-table-title">{title}</span> : null}
      </figcaption>
      <button type="button" className="indicator-table-settings" title="选择专栏的标题和列出的指标" onClick={() => setSettings(true)}>
        设置
      </button>
      {view && view.count > 0 ? (
        <table className="indicator-table-grid">
          <colgroup>
            <col className="indicator-table-col-name" />
            <col />
            <col />
            <col />
          </colgroup>
          <thead>
            <tr>
              {view.columns.map((c) => (
                <th key={c} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {view.rows.map((r) =>
              r.kind === 'group' ? (
                <tr key={`g-${r.name}`} className="indicator-table-group">
                  <th colSpan={4} scope="rowgroup">
                    {r.name}
                  </th>
                </tr>
              ) : (
                <tr key={r.targetId} data-target-id={r.targetId}>
                  <td>{r.name}</td>
                  <td className="num">{r.baseline}</td>
                  <td className="num">{r.target}</td>
                  <td>{r.attribute}</td>
                </tr>
              ),
            )}
          </tbody>
        </table>
      ) : (
        <p className="indicator-table-empty">
          {error ? `无法读取指标：${error}` : !targets ? '正在读取指标…' : emptyText(targets.length, targetIds.length, groups.length)}
        </p>
      )}
      {view && view.missing > 0 && view.count > 0 ? <p className="indicator-table-note">另有 {view.missing} 个选定的指标已被删除，不再列出。</p> : null}
      {settings
        ? createPortal(
            <IndicatorTableSettings
              label={label}
              title={title}
              targetIds={targetIds}
              groups={groups}
              targets={targets ?? []}
              onClose={() => setSettings(false)}
              onSave={(next) => {
                editor.dispatchCommand(UPDATE_INDICATOR_TABLE_COMMAND, { key: nodeKey, ...next });
                setSettings(false);
              }}
            />,
            document.body,
          )
        : null}
    </figure>
  );
}
