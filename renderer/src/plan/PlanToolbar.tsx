// The toolbar above the page: block level, promote/demote, move, undo/redo, 插入专栏, numbering
// mode, and the named versions. Buttons keep the editor's focus and selection (mousedown is cancelled).
import { memo, type MouseEvent, type ReactNode } from 'react';
import type { NumberingMode } from '../../../shared/domain/plan';

export type ToolbarCommand = 'promote' | 'demote' | 'moveUp' | 'moveDown' | 'undo' | 'redo';
export type BlockKind = 0 | 1 | 2 | 3 | 4;

interface PlanToolbarProps {
  /** Level of the block holding the cursor (0 = body), or null when the editor has no cursor. */
  activeLevel: BlockKind | null;
  numberingMode: NumberingMode;
  numberingBusy: boolean;
  onLevel: (level: BlockKind) => void;
  onCommand: (command: ToolbarCommand) => void;
  onNumberingMode: (mode: NumberingMode) => void;
  onSaveVersion: () => void;
  onShowVersions: () => void;
  /** 插入专栏: the plan's indicator table after the block with the cursor. */
  onInsertTable: () => void;
}

const LEVELS: { level: BlockKind; name: string; marker: string }[] = [
  { level: 1, name: '一级标题', marker: '一、' },
  { level: 2, name: '二级标题', marker: '（一）' },
  { level: 3, name: '条目', marker: '1.' },
  { level: 4, name: '子条目', marker: '（1）' },
  { level: 0, name: '正文', marker: '' },
];

const COMMANDS: Record<ToolbarCommand, { label: string; keys: string }> = {
  promote: { label: '升级', keys: 'Shift+Tab' },
  demote: { label: '降级', keys: 'Tab' },
  moveUp: { label: '上移', keys: 'Alt+↑' },
  moveDown: { label: '下移', keys: 'Alt+↓' },
  undo: { label: '撤销', keys: 'Ctrl+Z' },
  redo: { label: '重做', keys: 'Ctrl+Y' },
};

export const NUMBERING_LABELS: Record<NumberingMode, string> = {
  continuous: '连续编号（工作要点常用）',
  restart: '分部分编号（规划常用）',
};

/** Keeps the editor's selection: the button acts on mouseup/click without taking focus. */
const keepFocus = (e: MouseEvent) => e.preventDefault();

function Group({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="toolbar-group" role="group" aria-label={label}>
      {children}
    </div>
  );
}

function PlanToolbarView(props: PlanToolbarProps) {
  const { activeLevel, numberingMode, numberingBusy, onLevel, onCommand, onNumberingMode, onSaveVersion, onShowVersions, onInsertTable } = props;
  const command = (c: ToolbarCommand) => (
    <button
      type="button"
      className="tool-button"
      title={`${COMMANDS[c].label}（${COMMANDS[c].keys}）`}
      onMouseDown={keepFocus}
      onClick={() => onCommand(c)}
    >
      {COMMANDS[c].label}
    </button>
  );

  return (
    <div className="plan-toolbar" role="toolbar" aria-label="编辑工具栏">
      <Group label="段落级别">
        {LEVELS.map(({ level, name, marker }) => (
          <button
            key={level}
            type="button"
            className="tool-button tool-level"
            aria-pressed={activeLevel === level}
            title={`${name}（Ctrl+${level}）`}
            onMouseDown={keepFocus}
            onClick={() => onLevel(level)}
          >
            <span className="tool-level-name">{name}</span>
            {marker ? <span className="tool-level-marker">{marker}</span> : null}
          </button>
        ))}
      </Group>
      <Group label="层级">
        {command('promote')}
        {command('demote')}
      </Group>
      <Group label="位置">
        {command('moveUp')}
        {command('moveDown')}
      </Group>
      <Group label="撤销与重做">
        {command('undo')}
        {command('redo')}
      </Group>
      <Group label="插入">
        <button type="button" className="tool-button" title="在光标所在段落之后插入指标专栏（专栏一、专栏二……按位置自动编号，表中数值随指标更新）" onMouseDown={keepFocus} onClick={onInsertTable}>
          插入专栏
        </button>
      </Group>
      <label className="toolbar-select">
        <span className="toolbar-select-label">编号方式</span>
        <select
          className="input input-compact"
          value={numberingMode}
          disabled={numberingBusy}
          onChange={(e) => onNumberingMode(e.target.value as NumberingMode)}
        >
          {(Object.keys(NUMBERING_LABELS) as NumberingMode[]).map((mode) => (
            <option key={mode} value={mode}>
              {NUMBERING_LABELS[mode]}
            </option>
          ))}
        </select>
      </label>
      <div className="toolbar-spacer" />
      <Group label="版本">
        <button type="button" className="tool-button" onMouseDown={keepFocus} onClick={onSaveVersion}>
          保存版本
        </button>
        <button type="button" className="tool-button" onMouseDown={keepFocus} onClick={onShowVersions}>
          版本记录
        </button>
      </Group>
    </div>
  );
}

/** Drawn again when the cursor's level or the numbering changes, not on every keystroke. */
export const PlanToolbar = memo(PlanToolbarView);
