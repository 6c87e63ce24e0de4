/** What a key does in present mode. */
export type PresentAction =
  | 'next'
  | 'previous'
  | 'first'
  | 'last'
  | 'fullscreen'
  | 'leave'
  | 'run'
  | 'contrast'
  | 'table'
  | 'nextFamily'
  | 'previousFamily';

/** Where the key was pressed: in a form field, on a button or link, or anywhere else. */
export type KeyTarget = 'field' | 'button' | 'other';

export interface KeyPress {
  key: string;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
}

const KEYS: Record<string, PresentAction> = {
  ArrowRight: 'next',
  PageDown: 'next',
  ' ': 'next',
  ArrowLeft: 'previous',
  PageUp: 'previous',
  Home: 'first',
  End: 'last',
  Escape: 'leave',
  f: 'fullscreen',
  r: 'run',
  c: 'contrast',
  t: 'table',
  n: 'nextFamily',
  p: 'previousFamily',
};

/** Whether the area a key was pressed in (a table that scrolls, say) can scroll back (up) or on (down). */
export interface ScrollRoom {
  back: boolean;
  on: boolean;
}

const NO_SCROLL: ScrollRoom = { back: false, on: false };

/**
 * The action of a key press, or null when present mode leaves the key alone: keys with Ctrl, Alt
 * or Meta (the browser's own shortcuts, such as Ctrl+F), any key typed into a form field, Space
 * or Enter on a button (which presses that button), and Space, Shift+Space, Page Down and Page Up
 * in an area that can still scroll that way (the browser scrolls it; at its end they step again).
 * Shift+Space goes back, as in a browser.
 */
export function presentAction(
  press: KeyPress,
  target: KeyTarget,
  scroll: ScrollRoom = NO_SCROLL,
): PresentAction | null {
  if (press.ctrlKey || press.altKey || press.metaKey) return null;
  if (target === 'field') return null;
  if (target === 'button' && (press.key === ' ' || press.key === 'Enter')) return null;
  const back = press.key === 'PageUp' || (press.key === ' ' && !!press.shiftKey);
  const on = press.key === 'PageDown' || (press.key === ' ' && !press.shiftKey);
  if ((back && scroll.back) || (on && scroll.on)) return null;
  if (press.key === ' ' && press.shiftKey) return 'previous';
  const key = press.key.length === 1 ? press.key.toLowerCase() : press.key;
  return KEYS[key] ?? null;
}

/** What kind of element a key event came from (by tag name and editability). */
export function keyTargetOf(el: { tagName?: string; isContentEditable?: boolean } | null): KeyTarget {
  const tag = el?.tagName?.toUpperCase() ?? '';
  if (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA' || el?.isContentEditable) return 'field';
  if (tag === 'BUTTON' || tag === 'A' || tag === 'SUMMARY') return 'button';
  return 'other';
}
