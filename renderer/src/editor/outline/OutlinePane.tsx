// 目录: every section, subsection and item of the live document, with its number. Click to
// jump; drag a line to move the block with everything under it.
import { memo, useCallback, useMemo, useRef, useState, type DragEvent } from 'react';
import { dropBefore, itemCounts, type DropPlace } from '../../../../shared/outline/tree';
import type { OutlineMarks } from '../../../../shared/api/indicators';
import type { EditorBlock } from '../types';
import { OutlineEntry } from './OutlineEntry';
import './outline.css';

interface OutlinePaneProps {
  blocks: readonly EditorBlock[];
  /** Targets per entry and open suggestions per entry, as of the last save (null: not read yet). */
  marks?: OutlineMarks | null;
  activeUid: string | null;
  onActivate: (uid: string) => void;
  /** Move `uid` (and its children) before `beforeUid` (null = the end). */
  onMove: (uid: string, beforeUid: string | null) => void;
}

const DRAG_TYPE = 'application/x-plandesk-outline';

interface DropState {
  uid: string;
  place: DropPlace;
}

function placeOf(e: DragEvent<HTMLElement>): DropPlace {
  const box = e.currentTarget.getBoundingClientRect();
  return e.clientY < box.top + box.height / 2 ? 'before' : 'after';
}

/**
 * Lines are drawn in runs: each heading starts one, and a run holds at most this many lines. Typing
 * in an item changes one line, and only its run is looked at again, not all 300 lines. Runs are
 * named by their heading, so an item inserted or removed moves no line into another run; they are
 * fragments, and the page still has one flat list.
 */
const RUN = 24;

interface Run {
  key: string;
  blocks: EditorBlock[];
}

function toRuns(blocks: readonly EditorBlock[]): Run[] {
  const runs: Run[] = [];
  let heading = '';
  let n = 0;
  let run: Run | null = null;
  for (const block of blocks) {
    if (block.level <= 2) {
      heading = block.uid;
      n = 0;
      run = null;
    }
    if (!run || run.blocks.length >= RUN) {
      run = { key: `${heading}#${n++}`, blocks: [] };
      runs.push(run);
    }
    run.blocks.push(block);
  }
  return runs;
}

interface OutlineRunProps {
  blocks: readonly EditorBlock[];
  counts: ReadonlyMap<string, number>;
  marks: OutlineMarks | null;
  /** The active, dragged and drop-target entries when they are in this run, else null. */
  activeUid: string | null;
  dragUid: string | null;
  drop: DropState | null;
  onActivate: (uid: string) => void;
  onDragStart: (uid: string, e: DragEvent<HTMLLIElement>) => void;
  onDragOver: (uid: string, e: DragEvent<HTMLLIElement>) => void;
  onDrop: (uid: string, e: DragEvent<HTMLLIElement>) => void;
  onDragEnd: () => void;
}

function OutlineRunView({ blocks, counts, marks, activeUid, dragUid, drop, ...handlers }: OutlineRunProps) {
  return blocks.map((block) => (
    <OutlineEntry
      key={block.uid}
      block={block}
      count={block.level <= 2 ? counts.get(block.uid) : undefined}
      targets={marks?.targets[block.uid] ?? 0}
      suggested={marks?.suggestions[block.uid] ?? 0}
      active={block.uid === activeUid}
      dragging={block.uid === dragUid}
      dropPlace={drop?.uid === block.uid ? drop.place : null}
      {...handlers}
    />
  ));
}

/** The editor keeps an unchanged entry's object: a run whose entries are all the same objects is as it was. */
const OutlineRun = memo(OutlineRunView, (a, b) => {
  const { blocks: x, ...restA } = a;
  const { blocks: y, ...restB } = b;
  if (x.length !== y.length || x.some((block, i) => block !== y[i])) return false;
  return (Object.keys(restA) as (keyof typeof restA)[]).every((k) => restA[k] === restB[k]);
});

const inRun = (run: readonly EditorBlock[], uid: string | null | undefined) => (uid ? run.some((b) => b.uid === uid) : false);

const sameCounts = (a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>) => a.size === b.size && [...a].every(([uid, n]) => b.get(uid) === n);

/** Items per heading; the same map while they stay the same (typing changes none), so no run is redrawn for it. */
function useItemCounts(blocks: readonly EditorBlock[]): ReadonlyMap<string, number> {
  const last = useRef<ReadonlyMap<string, number>>(new Map());
  return useMemo(() => {
    const counts = itemCounts(blocks);
    if (!sameCounts(counts, last.current)) last.current = counts;
    return last.current;
  }, [blocks]);
}

export function OutlinePane({ blocks, marks = null, activeUid, onActivate, onMove }: OutlinePaneProps) {
  const counts = useItemCounts(blocks);
  const runs = useMemo(() => toRuns(blocks), [blocks]);
  const itemTotal = useMemo(() => blocks.filter((b) => b.level === 3).length, [blocks]);
  const [dragUid, setDragUid] = useState<string | null>(null);
  const [drop, setDrop] = useState<DropState | null>(null);

  // The drag handlers read the newest values without changing identity (the lines are memoised).
  const live = useRef({ blocks, dragUid, drop, onMove });
  live.current = { blocks, dragUid, drop, onMove };

  const onDragStart = useCallback((uid: string, e: DragEvent<HTMLLIElement>) => {
    e.dataTransfer.effectAllowed = 'move';
    e.dataTransfer.setData(DRAG_TYPE, uid);
    setDragUid(uid);
  }, []);

  const onDragOver = useCallback((uid: string, e: DragEvent<HTMLLIElement>) => {
    const dragging = live.current.dragUid;
    if (!dragging) return;
    const place = placeOf(e);
    if (dropBefore(live.current.blocks, dragging, uid, place) === undefined) {
      if (live.current.drop) setDrop(null);
      return;
    }
    e.preventDefault();
    e.dataTransfer.dropEffect = 'move';
    const current = live.current.drop;
    if (current?.uid !== uid || current.place !== place) setDrop({ uid, place });
  }, []);

  const onDragEnd = useCallback(() => {
    setDragUid(null);
    setDrop(null);
  }, []);

  const onDrop = useCallback(
    (uid: string, e: DragEvent<HTMLLIElement>) => {
      e.preventDefault();
      const dragging = live.current.dragUid ?? e.dataTransfer.getData(DRAG_TYPE);
      const before = dragging ? dropBefore(live.current.blocks, dragging, uid, placeOf(e)) : undefined;
      onDragEnd();
      if (dragging && before !== undefined) live.current.onMove(dragging, before);
    },
    [onDragEnd],
  );

  return (
    <nav className="outline-pane" aria-label="目录">
      <div className="pane-head">
        <h2 className="pane-title">目录</h2>
        {itemTotal > 0 ? <span className="pane-meta">共 {itemTotal} 条</span> : null}
      </div>
      {blocks.length === 0 ? (
        <p className="pane-empty">
          正文中设为标题或条目的段落会列在这里。
          <br />
          用 Ctrl+1 设为一级标题，Ctrl+3 设为条目。
        </p>
      ) : (
        <ol className="outline-list" onDragLeave={(e) => e.currentTarget === e.target && setDrop(null)}>
          {runs.map(({ key, blocks: run }) => (
            <OutlineRun
              key={key}
              blocks={run}
              counts={counts}
              marks={marks}
              activeUid={inRun(run, activeUid) ? activeUid : null}
              dragUid={inRun(run, dragUid) ? dragUid : null}
              drop={inRun(run, drop?.uid) ? drop : null}
              onActivate={onActivate}
              onDragStart={onDragStart}
              onDragOver={onDragOver}
              onDrop={onDrop}
              onDragEnd={onDragEnd}
            />
          ))}
        </ol>
      )}
    </nav>
  );
}
