// Keyboard events for a headless editor: just enough of a KeyboardEvent for the command handlers.
export function key(init: { key?: string; code?: string; ctrlKey?: boolean; shiftKey?: boolean; altKey?: boolean; metaKey?: boolean } = {}): KeyboardEvent {
  let prevented = false;
  return {
    key: init.key ?? '',
    code: init.code ?? '',
    ctrlKey: !!init.ctrlKey,
    shiftKey: !!init.shiftKey,
    altKey: !!init.altKey,
    metaKey: !!init.metaKey,
    preventDefault: () => {
      prevented = true;
    },
    stopPropagation: () => {},
    get defaultPrevented() {
      return prevented;
    },
  } as unknown as KeyboardEvent;
}
