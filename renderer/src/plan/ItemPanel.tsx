// The side panel for the section or item holding the cursor: 牵头单位, 责任单位 and 完成时限 of an
// item (changes go into the document through the editor, so undo covers them and autosave picks
// them up), then its 指标 (a section's too: text under a heading can hold targets).
import { memo, type ReactNode } from 'react';
import type { ResponsibleUnits } from '../../../shared/outline/document';
import type { EditorBlock } from '../editor/types';
import { DeadlineField } from './DeadlineField';
import { UnitChipsInput } from './UnitChipsInput';
import './item-panel.css';

interface ItemPanelProps {
  /** The selected block, or null. Only items (levels 3-4) carry units and deadlines. */
  block: EditorBlock | null;
  catalogue: readonly string[];
  year: number;
  onUnits: (uid: string, units: ResponsibleUnits) => void;
  onDeadline: (uid: string, deadline: string) => void;
  /** The block's 指标 section. */
  targets?: ReactNode;
}

function ItemPanelView({ block, catalogue, year, onUnits, onDeadline, targets }: ItemPanelProps) {
  const item = block && block.level >= 3 ? block : null;
  return (
    <aside className="item-panel" aria-label="条目信息">
      <div className="pane-head">
        <h2 className="pane-title">条目信息</h2>
      </div>
      {block ? (
        <div className="item-panel-body" key={block.uid}>
          <p className="item-panel-heading">
            <span className="item-panel-label">{block.label}</span>
            {block.lead || <span className="muted">（未填写）</span>}
          </p>
          {item ? (
            <>
              <UnitChipsInput
                label="牵头单位"
                values={item.units.lead}
                catalogue={catalogue}
                onChange={(lead) => onUnits(item.uid, { lead, responsible: item.units.responsible })}
              />
              <UnitChipsInput
                label="责任单位"
                values={item.units.responsible}
                catalogue={catalogue}
                onChange={(responsible) => onUnits(item.uid, { lead: item.units.lead, responsible })}
              />
              <DeadlineField value={item.deadline} year={year} onCommit={(deadline) => onDeadline(item.uid, deadline)} />
              <p className="pane-hint">新输入的单位会在保存后加入单位目录，其他条目可直接选用。</p>
            </>
          ) : (
            <p className="pane-hint">标题不设责任单位和完成时限；标题下正文中的目标可作为它的指标。</p>
          )}
          {targets}
        </div>
      ) : (
        <p className="pane-empty">在正文中点击一个条目（1. 或（1））或标题，即可填写牵头单位、责任单位、完成时限和指标。</p>
      )}
    </aside>
  );
}

/** Drawn again when its block (or the catalogue, or its 指标) changes, not when another block is typed in. */
export const ItemPanel = memo(ItemPanelView);
