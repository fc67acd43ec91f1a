// One line of the 目录: the number and lead sentence, its target count (or a mark when its text holds
// targets not yet set), the item count of a heading, the unit chips of an item. The line is dragged
// to reorder; clicking it jumps to the block in the editor.
import { memo, type DragEvent, type KeyboardEvent } from 'react';
import type { DropPlace } from '../../../../shared/outline/tree';
import type { EditorBlock } from '../types';

interface OutlineEntryProps {
  block: EditorBlock;
  /** Items under a heading; undefined for items or headings without any. */
  count: number | undefined;
  /** Targets linked to the entry. */
  targets: number;
  /** Open suggestions in the entry's text (neither accepted nor rejected). */
  suggested: number;
  active: boolean;
  dragging: boolean;
  dropPlace: DropPlace | null;
  onActivate: (uid: string) => void;
  onDragStart: (uid: string, e: DragEvent<HTMLLIElement>) => void;
  onDragOver: (uid: string, e: DragEvent<HTMLLIElement>) => void;
  onDrop: (uid: string, e: DragEvent<HTMLLIElement>) => void;
  onDragEnd: () => void;
}

/** Units and deadline: the same objects while they do not change, so renumbering does not draw them again. */
const Chips = memo(function Chips({ units, deadline }: Pick<EditorBlock, 'units' | 'deadline'>) {
  const { lead, responsible } = units;
  if (lead.length === 0 && responsible.length === 0 && !deadline) return null;
  return (
    <span className="outline-chips">
      {lead.map((name) => (
        <span key={`l-${name}`} className="chip chip-lead" title={`牵头单位：${name}`}>
          {name}
        </span>
      ))}
      {responsible.map((name) => (
        <span key={`r-${name}`} className="chip chip-responsible" title={`责任单位：${name}`}>
          {name}
        </span>
      ))}
      {deadline ? (
        <span className="chip chip-deadline" title={`完成时限：${deadline}`}>
          {deadline}
        </span>
      ) : null}
    </span>
  );
});

function OutlineEntryView(props: OutlineEntryProps) {
  const { block, count, targets, suggested, active, dragging, dropPlace, onActivate } = props;
  const classes = ['outline-entry', `outline-level-${block.level}`];
  if (active) classes.push('outline-entry-active');
  if (dragging) classes.push('outline-entry-dragging');
  if (dropPlace) classes.push(`outline-drop-${dropPlace}`);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onActivate(block.uid);
    }
  };
  return (
    <li
      className={classes.join(' ')}
      data-testid="outline-entry"
      data-level={block.level}
      data-uid={block.uid}
      draggable
      onDragStart={(e) => props.onDragStart(block.uid, e)}
      onDragOver={(e) => props.onDragOver(block.uid, e)}
      onDrop={(e) => props.onDrop(block.uid, e)}
      onDragEnd={props.onDragEnd}
    >
      <div
        className="outline-entry-main"
        role="button"
        tabIndex={0}
        aria-current={active ? 'true' : undefined}
        title={block.lead ? `${block.label}${block.lead}` : undefined}
        onClick={() => onActivate(block.uid)}
        onKeyDown={onKeyDown}
      >
        <span className="outline-text">
          <span className="outline-label">{block.label}</span>
          {block.lead ? <span className="outline-lead">{block.lead}</span> : <span className="outline-lead outline-empty">（未填写）</span>}
        </span>
        {targets > 0 ? (
          <span className="outline-targets" title={`关联 ${targets} 个指标`} aria-label={`${targets} 个指标`} data-testid="outline-targets">
            {targets}
          </span>
        ) : suggested > 0 ? (
          <span
            className="outline-target-hint"
            title={`文字中有 ${suggested} 处可量化的目标，还没有设指标。点击后在右侧“指标”中查看建议。`}
            aria-label="有可量化的目标，尚未设指标"
            data-testid="outline-target-hint"
          />
        ) : null}
        {count !== undefined ? <span className="outline-count">{count} 条</span> : null}
      </div>
      {block.level >= 3 ? <Chips units={block.units} deadline={block.deadline} /> : null}
    </li>
  );
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** The editor hands out fresh block objects on every change; redraw a line only when it looks different. */
export const OutlineEntry = memo(OutlineEntryView, (prev, next) => {
  const a = prev.block;
  const b = next.block;
  return (
    a.uid === b.uid &&
    a.level === b.level &&
    a.label === b.label &&
    a.lead === b.lead &&
    a.deadline === b.deadline &&
    sameList(a.units.lead, b.units.lead) &&
    sameList(a.units.responsible, b.units.responsible) &&
    prev.count === next.count &&
    prev.targets === next.targets &&
    prev.suggested === next.suggested &&
    prev.active === next.active &&
    prev.dragging === next.dragging &&
    prev.dropPlace === next.dropPlace &&
    prev.onActivate === next.onActivate &&
    prev.onDragStart === next.onDragStart &&
    prev.onDragOver === next.onDragOver &&
    prev.onDrop === next.onDrop &&
    prev.onDragEnd === next.onDragEnd
  );
});
