// The deletion question on the plan page: the guard of deletedItems.ts wired to the API, to the
// editor's block lists (onBlocks) and to autosave (beforeSave), with the question to show.
import { useCallback, useMemo, useRef, useState } from 'react';
import { isOutlineBlock, type DocumentLike } from '../../../shared/outline/document';
import { call, errorMessage } from '../api/client';
import type { BlocksChange, EditorBlock } from '../editor/types';
import { DeletedItemsGuard, type DeletionChoice, type DeletionQuestion } from './deletedItems';
import type { PlanIndicators } from './usePlanIndicators';

export interface DeletedItems {
  question: DeletionQuestion | null;
  /** The editor's blocks changed (mount = which editor: a new one starts afresh). */
  blocksChanged: (blocks: EditorBlock[], mount: number, change: BlocksChange) => void;
  beforeSave: (doc: unknown) => Promise<void>;
  /** The document was saved with this outline. */
  afterSave: (outline: readonly { uid: string }[]) => void;
  answer: (choice: DeletionChoice) => Promise<void>;
}

export function useDeletedItems(planId: string, initial: readonly EditorBlock[], indicators: PlanIndicators, notify: (text: string) => void): DeletedItems {
  const [question, setQuestion] = useState<DeletionQuestion | null>(null);
  const live = useRef({ indicators, notify });
  live.current = { indicators, notify };
  const guard = useMemo(
    () =>
      new DeletedItemsGuard(
        {
          resolveItems: (itemUids, decisions) => call('indicators.resolveItems', { planId, itemUids, decisions }),
          deleteTarget: (id) => call('targets.delete', { id }),
          linkTarget: (id, itemUid) => call('targets.link', { targetId: id, itemUid }),
        },
        setQuestion,
        () => live.current.indicators.refresh(),
      ),
    [planId],
  );
  const last = useRef({ mount: 0, blocks: initial });

  const blocksChanged = useCallback(
    (blocks: EditorBlock[], mount: number, change: BlocksChange) => {
      // A new editor (a version restored) shows another document: nothing was deleted in it.
      if (last.current.mount !== mount) guard.reset();
      // Typing ('text') leaves every entry in place: nothing went or came back, there is nothing to
      // compare; the newest leads are kept for the question.
      else if (change === 'structure') guard.blocksChanged(last.current.blocks, blocks, live.current.indicators.current());
      last.current = { mount, blocks };
    },
    [guard],
  );

  const beforeSave = useCallback(
    async (doc: unknown) => {
      const children = (doc as DocumentLike | null)?.root?.children ?? [];
      try {
        await guard.beforeSave(new Set(children.filter(isOutlineBlock).map((n) => n.uid)));
      } catch (e) {
        // The text is saved regardless; the targets stay as they were and can be handled in the 指标总表.
        live.current.notify(`被删条目的指标没有按所选方式处理：${errorMessage(e)}`);
      }
    },
    [guard],
  );

  const afterSave = useCallback(
    (outline: readonly { uid: string }[]) => {
      guard.afterSave(new Set(outline.map((o) => o.uid))).catch((e: unknown) => live.current.notify(`恢复的条目没能重新关联它的指标：${errorMessage(e)}`));
    },
    [guard],
  );

  return { question, blocksChanged, beforeSave, afterSave, answer: (choice) => guard.answer(choice) };
}
