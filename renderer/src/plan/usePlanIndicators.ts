// The plan page's view of its targets: the list (item panel, 专栏, the deletion question) and the
// 目录's marks. Marks are read once per save (one call for the whole outline); the list when a
// target changes, and after a save that removed an item some target belonged to.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { OutlineItem } from '../../../shared/api/contract';
import type { OutlineMarks, Target } from '../../../shared/api/indicators';
import { call, errorMessage } from '../api/client';

export interface PlanIndicators {
  targets: readonly Target[] | null;
  marks: OutlineMarks | null;
  error: string | null;
  /** Bumped after every save: what depends on the saved text (the item's suggestions) reads again. */
  savedVersion: number;
  /** A target was added, changed, linked or removed: read the list and the marks again. */
  refresh: () => void;
  /** The document was saved with this outline. */
  saved: (outline: readonly OutlineItem[]) => void;
  /** The newest list, for code that runs outside rendering (the deletion question). */
  current: () => readonly Target[];
}

export function usePlanIndicators(planId: string): PlanIndicators {
  const [targets, setTargets] = useState<readonly Target[] | null>(null);
  const [marks, setMarks] = useState<OutlineMarks | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [savedVersion, setSavedVersion] = useState(0);
  const latest = useRef<readonly Target[]>([]);
  // Answers may arrive out of order; only the newest request's answer is kept.
  const tickets = useRef({ targets: 0, marks: 0 });

  const loadTargets = useCallback(() => {
    const ticket = ++tickets.current.targets;
    call('targets.list', { planId }).then(
      (list) => {
        if (ticket !== tickets.current.targets) return;
        latest.current = list;
        setTargets(list);
        setError(null);
      },
      (e: unknown) => ticket === tickets.current.targets && setError(errorMessage(e)),
    );
  }, [planId]);

  const loadMarks = useCallback(() => {
    const ticket = ++tickets.current.marks;
    call('indicators.outlineMarks', { planId }).then(
      (m) => ticket === tickets.current.marks && setMarks(m),
      // The marks are a hint: without them the 目录 simply shows none.
      () => undefined,
    );
  }, [planId]);

  useEffect(() => {
    loadTargets();
    loadMarks();
  }, [loadTargets, loadMarks]);

  const refresh = useCallback(() => {
    loadTargets();
    loadMarks();
  }, [loadTargets, loadMarks]);

  const saved = useCallback(
    (outline: readonly OutlineItem[]) => {
      setSavedVersion((v) => v + 1);
      loadMarks();
      const uids = new Set(outline.map((o) => o.uid));
      if (latest.current.some((t) => t.items.some((i) => !uids.has(i.uid)))) loadTargets();
    },
    [loadMarks, loadTargets],
  );

  return { targets, marks, error, savedVersion, refresh, saved, current: () => latest.current };
}
