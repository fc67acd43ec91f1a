// 专栏 numbers for the blocks on the page: after every change that moves blocks, the ordinal of each
// 专栏 among the document's 专栏 (shared numberIndicatorTables), kept per editor for its components.
import type { LexicalEditor, NodeKey } from 'lexical';

type Listener = () => void;

export class IndicatorTableNumbers {
  private numbers = new Map<NodeKey, number>();
  private listeners = new Set<Listener>();

  get(key: NodeKey): number {
    return this.numbers.get(key) ?? 0;
  }

  set(next: Map<NodeKey, number>): void {
    if (next.size === this.numbers.size && [...next].every(([k, n]) => this.numbers.get(k) === n)) return;
    this.numbers = next;
    for (const l of this.listeners) l();
  }

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}

const stores = new WeakMap<LexicalEditor, IndicatorTableNumbers>();

export function numbersOf(editor: LexicalEditor): IndicatorTableNumbers {
  let store = stores.get(editor);
  if (!store) stores.set(editor, (store = new IndicatorTableNumbers()));
  return store;
}
