// Windowing for a long table that scrolls with the page: only the rows near the viewport are in the
// DOM, spacer rows above and below keep the scroll height. Rows differ in height (a name that wraps,
// a units line), so each rendered row is measured and the rest are estimated. A pinned row (the
// active cell's) is always rendered, so keyboard focus never lands on a row that is not there.
import { useCallback, useLayoutEffect, useMemo, useReducer, useRef, useState, type RefObject } from 'react';

export interface WindowedRows {
  /** First and last entry to render (inclusive); -1 when there are none. */
  start: number;
  end: number;
  /** Heights in px of the spacer rows before `start` and after `end`. */
  before: number;
  after: number;
  /** Ref callback for an entry's <tr>: its height is measured after each render. */
  measure: (key: string) => (el: HTMLTableRowElement | null) => void;
}

interface Options {
  /** Stable keys of the entries in order (a row's target id, a section header's name). */
  keys: readonly string[];
  /** Estimated height of an entry that has not been rendered yet. */
  estimate: (index: number) => number;
  /** The <tbody> (its top is where entry 0 starts). */
  body: RefObject<HTMLElement | null>;
  /** Extra height rendered above and below the viewport, px. */
  overscanPx?: number;
  /** An entry that must be rendered whatever the scroll position (-1: none). */
  pinned?: number;
}

const OVERSCAN_PX = 600;

export function useWindowedRows({ keys, estimate, body, overscanPx = OVERSCAN_PX, pinned = -1 }: Options): WindowedRows {
  const heights = useRef(new Map<string, number>());
  const elements = useRef(new Map<string, HTMLTableRowElement>());
  const [version, remeasured] = useReducer((n: number) => n + 1, 0);
  // The viewport relative to the top of the table body, updated on scroll and resize.
  const [view, setView] = useState({ top: 0, height: typeof window === 'undefined' ? 800 : window.innerHeight });

  const offsets = useMemo(() => {
    // Rows not drawn yet are estimated, scaled by how the drawn ones compared with their estimates
    // (fonts, a wrapped name), so that the page's height, and a jump to its end, come out right.
    let measured = 0;
    let estimated = 0;
    for (let i = 0; i < keys.length; i++) {
      const h = heights.current.get(keys[i]!);
      if (h !== undefined) {
        measured += h;
        estimated += estimate(i);
      }
    }
    const scale = estimated > 0 ? measured / estimated : 1;
    const at = new Float64Array(keys.length + 1);
    for (let i = 0; i < keys.length; i++) at[i + 1] = at[i]! + (heights.current.get(keys[i]!) ?? estimate(i) * scale);
    return at;
    // `version` bumps when a measured height changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [keys, estimate, version]);

  const readView = useCallback(() => {
    const top = body.current ? -body.current.getBoundingClientRect().top : 0;
    setView((v) => (Math.abs(v.top - top) < 1 && v.height === window.innerHeight ? v : { top, height: window.innerHeight }));
  }, [body]);

  useLayoutEffect(() => {
    let frame = 0;
    const read = () => {
      frame = 0;
      readView();
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(read);
    };
    read();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    return () => {
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [readView]);

  const n = keys.length;
  let start = -1;
  let end = -1;
  if (n > 0) {
    const lo = view.top - overscanPx;
    const hi = view.top + view.height + overscanPx;
    start = Math.max(0, upperBound(offsets, lo) - 1);
    end = Math.min(n - 1, Math.max(start, upperBound(offsets, hi) - 1));
    if (pinned >= 0 && pinned < n) {
      start = Math.min(start, pinned);
      end = Math.max(end, pinned);
    }
  }

  // After each render: measure the rows that are there (and where the table now starts: a banner
  // above it may have come or gone); a change lays the window out again.
  useLayoutEffect(() => {
    readView();
    let changed = false;
    for (const [key, el] of elements.current) {
      const h = el.getBoundingClientRect().height;
      if (h > 0 && Math.abs((heights.current.get(key) ?? -1) - h) > 0.5) {
        heights.current.set(key, h);
        changed = true;
      }
    }
    if (changed) remeasured();
  });

  const refs = useRef(new Map<string, (el: HTMLTableRowElement | null) => void>());
  const measure = useCallback((key: string) => {
    let ref = refs.current.get(key);
    if (!ref) {
      ref = (el) => {
        if (el) elements.current.set(key, el);
        else elements.current.delete(key);
      };
      refs.current.set(key, ref);
    }
    return ref;
  }, []);

  return {
    start,
    end,
    before: start < 0 ? 0 : offsets[start]!,
    after: end < 0 ? 0 : offsets[n]! - offsets[end + 1]!,
    measure,
  };
}

/** First index whose offset is greater than `value` (offsets ascend). */
function upperBound(offsets: Float64Array, value: number): number {
  let lo = 0;
  let hi = offsets.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsets[mid]! <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
