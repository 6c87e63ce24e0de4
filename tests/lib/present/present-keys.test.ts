import { describe, expect, it } from 'vitest';
import { keyTargetOf, presentAction } from '../../../src/lib/present/present-keys';

const press = (key: string, mods: { ctrlKey?: boolean; altKey?: boolean; metaKey?: boolean } = {}) =>
  presentAction({ key, ...mods }, 'other');

describe('presentAction', () => {
  it('steps with the arrow keys, Page Up/Down (presentation clickers) and Space', () => {
    expect(['ArrowRight', 'PageDown', ' '].map((k) => press(k))).toEqual(['next', 'next', 'next']);
    expect(['ArrowLeft', 'PageUp'].map((k) => press(k))).toEqual(['previous', 'previous']);
    expect([press('Home'), press('End')]).toEqual(['first', 'last']);
  });

  it('has letters for full screen, leaving, running, contrast, tables and families, in either case', () => {
    expect(['f', 'F', 'Escape', 'r', 'R', 'c', 't', 'n', 'N', 'p'].map((k) => press(k))).toEqual([
      'fullscreen',
      'fullscreen',
      'leave',
      'run',
      'run',
      'contrast',
      'table',
      'nextFamily',
      'nextFamily',
      'previousFamily',
    ]);
  });

  it('leaves other keys, and keys with Ctrl, Alt or Meta, to the browser', () => {
    expect(press('x')).toBeNull();
    expect(press('Tab')).toBeNull();
    expect(press('Enter')).toBeNull();
    expect(press('f', { ctrlKey: true })).toBeNull();
    expect(press('ArrowLeft', { altKey: true })).toBeNull();
    expect(press('r', { metaKey: true })).toBeNull();
  });

  it('does nothing while typing in a form field, and lets Space and Enter press a button', () => {
    expect(presentAction({ key: 'ArrowRight' }, 'field')).toBeNull();
    expect(presentAction({ key: 'f' }, 'field')).toBeNull();
    expect(presentAction({ key: ' ' }, 'button')).toBeNull();
    expect(presentAction({ key: 'Enter' }, 'button')).toBeNull();
    expect(presentAction({ key: 'ArrowRight' }, 'button')).toBe('next');
    expect(presentAction({ key: 'Escape' }, 'button')).toBe('leave');
  });
});

describe('presentAction in an area that scrolls', () => {
  const at = (key: string, back: boolean, on: boolean, shiftKey = false) =>
    presentAction({ key, shiftKey }, 'other', { back, on });

  it('leaves Space and Page Down to the area while it can scroll on, and steps at its end', () => {
    expect([at(' ', false, true), at('PageDown', false, true)]).toEqual([null, null]);
    expect([at(' ', true, false), at('PageDown', true, false)]).toEqual(['next', 'next']);
  });

  it('leaves Page Up and Shift+Space to the area while it can scroll back, and goes back at its top', () => {
    expect([at('PageUp', true, false), at(' ', true, false, true)]).toEqual([null, null]);
    expect([at('PageUp', false, true), at(' ', false, true, true)]).toEqual(['previous', 'previous']);
  });

  it('always steps with the arrow keys', () => {
    expect([at('ArrowRight', true, true), at('ArrowLeft', true, true)]).toEqual(['next', 'previous']);
  });
});

describe('keyTargetOf', () => {
  it('tells form fields, buttons and anything else apart', () => {
    expect(['INPUT', 'select', 'TEXTAREA'].map((tagName) => keyTargetOf({ tagName }))).toEqual([
      'field',
      'field',
      'field',
    ]);
    expect(keyTargetOf({ tagName: 'DIV', isContentEditable: true })).toBe('field');
    expect(['BUTTON', 'A', 'SUMMARY'].map((tagName) => keyTargetOf({ tagName }))).toEqual([
      'button',
      'button',
      'button',
    ]);
    expect(keyTargetOf({ tagName: 'MAIN' })).toBe('other');
    expect(keyTargetOf(null)).toBe('other');
  });
});
