// Window-level keyboard shortcuts. Handlers see the latest props without re-subscribing.
import { useEffect, useEffectEvent } from 'react';

/** True when a keystroke would type into something, so single-key shortcuts must stay quiet. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT';
}

/** True while a modal dialog is open: page shortcuts must not act behind it. */
export function isModalOpen(): boolean {
  return document.querySelector('dialog[open]') !== null;
}

/** Ctrl on Windows/Linux, Cmd on macOS. */
export function isModKey(e: KeyboardEvent): boolean {
  return e.ctrlKey || e.metaKey;
}

export const MOD_LABEL = /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘' : 'Ctrl';

export function useKeydown(handler: (e: KeyboardEvent) => void): void {
  const onKey = useEffectEvent(handler);
  useEffect(() => {
    const listener = (e: KeyboardEvent) => onKey(e);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);
}

/**
 * Ctrl/Cmd+S saves the form on screen instead of the browser's "save page". A page's form stays
 * quiet while a dialog covers it; a form inside a dialog passes `inDialog`.
 */
export function useSaveShortcut(save: () => void, { inDialog = false } = {}): void {
  useKeydown((e) => {
    if (isModKey(e) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 's') {
      e.preventDefault();
      if (inDialog || !isModalOpen()) save();
    }
  });
}
