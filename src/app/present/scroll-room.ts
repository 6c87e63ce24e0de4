import type { ScrollRoom } from '../../lib/present/present-keys';

/**
 * Whether the scrolling area around `el` (up to `root`) can scroll back (up) or on (down), for
 * the keys that scroll it (Space, Page Up, Page Down).
 */
export function scrollRoomAt(el: Element | null, root: Element | null): ScrollRoom {
  for (let e = el; e && e !== root?.parentElement; e = e.parentElement) {
    const oy = getComputedStyle(e).overflowY;
    if ((oy === 'auto' || oy === 'scroll') && e.scrollHeight > e.clientHeight + 1)
      return { back: e.scrollTop > 0, on: e.scrollTop + e.clientHeight < e.scrollHeight - 1 };
  }
  return { back: false, on: false };
}
