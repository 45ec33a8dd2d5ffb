// Pointer gestures on the grid: press on an empty slot and drag to choose a start and a length;
// drag a block to another slot or day; drag a block's bottom edge to change its length. Everything
// snaps to 15 minutes and shows a ghost; nothing is saved until the pointer is released.
import { useCallback, useLayoutEffect, useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';
import type { AppointmentView } from '../../../shared/schemas/schedule';
import { clampStart, GRID_END, GRID_START, minuteAt, minutesOf, SLOT_MINUTES, SLOT_PX } from './calendar';

export type DragState =
  | { kind: 'create'; col: string; anchor: number; current: number }
  | { kind: 'move' | 'resize'; appointment: AppointmentView; col: string; start: number; length: number };

export interface DragHandlers {
  /** A click (length null: use the default) or a dragged span on an empty part of a column. */
  onCreate: (col: string, start: number, length: number | null) => void;
  /** A block dropped somewhere new (another column, start or length). */
  onMove: (appointment: AppointmentView, col: string, start: number, length: number) => void;
}

/** Pixels the pointer must travel before a press becomes a drag (a shaky click stays a click). */
const THRESHOLD = 4;

export function lengthOf(a: AppointmentView): number {
  return Math.round((Date.parse(a.end) - Date.parse(a.start)) / 60_000);
}

export function useGridDrag(handlers: DragHandlers) {
  const [drag, setDrag] = useState<DragState | null>(null);
  const columns = useRef(new Map<string, HTMLElement>());
  const suppressClick = useRef(false);
  const latest = useRef(handlers);
  useLayoutEffect(() => {
    latest.current = handlers;
  });

  const registerColumn = useCallback((key: string, el: HTMLElement | null) => {
    if (el) columns.current.set(key, el);
    else columns.current.delete(key);
  }, []);

  /** Minutes after midnight (unsnapped) at a pointer's y in any column (they share their top). */
  const minuteAtY = (col: string, clientY: number): number => {
    const rect = columns.current.get(col)?.getBoundingClientRect();
    return GRID_START + (((clientY - (rect?.top ?? 0)) / SLOT_PX) * SLOT_MINUTES);
  };

  const columnAtX = (clientX: number, fallback: string): string => {
    for (const [key, el] of columns.current) {
      const r = el.getBoundingClientRect();
      if (clientX >= r.left && clientX < r.right) return key;
    }
    return fallback;
  };

  /** Follows the pointer until release; `onDrag` returns the state to show, `onDrop` commits it. */
  function track(e: ReactPointerEvent, onDrag: (ev: PointerEvent) => DragState, onDrop: (state: DragState | null) => void) {
    const origin = { x: e.clientX, y: e.clientY };
    let state: DragState | null = null;
    const move = (ev: PointerEvent) => {
      if (!state && Math.hypot(ev.clientX - origin.x, ev.clientY - origin.y) < THRESHOLD) return;
      state = onDrag(ev);
      setDrag(state);
    };
    const stop = (ev: PointerEvent) => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', stop);
      window.removeEventListener('pointercancel', stop);
      setDrag(null);
      if (state) {
        // The click that follows a drag must not open the block's details.
        suppressClick.current = true;
        window.setTimeout(() => (suppressClick.current = false), 0);
      }
      onDrop(ev.type === 'pointercancel' ? null : state);
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', stop);
    window.addEventListener('pointercancel', stop);
  }

  function startCreate(e: ReactPointerEvent<HTMLElement>, col: string) {
    if (e.button !== 0) return;
    e.preventDefault();
    const rect = e.currentTarget.getBoundingClientRect();
    const anchor = Math.min(minuteAt(e.clientY - rect.top), GRID_END - SLOT_MINUTES);
    track(
      e,
      (ev) => ({ kind: 'create', col, anchor, current: Math.min(Math.max(Math.floor(minuteAtY(col, ev.clientY) / SLOT_MINUTES) * SLOT_MINUTES, GRID_START), GRID_END - SLOT_MINUTES) }),
      (state) => {
        if (state === null) return latest.current.onCreate(col, anchor, null);
        if (state.kind !== 'create') return;
        const start = Math.min(state.anchor, state.current);
        latest.current.onCreate(col, start, Math.max(state.anchor, state.current) + SLOT_MINUTES - start);
      },
    );
  }

  function startMove(e: ReactPointerEvent<HTMLElement>, a: AppointmentView, col: string) {
    if (e.button !== 0) return;
    e.stopPropagation();
    const length = lengthOf(a);
    const grab = minuteAtY(col, e.clientY) - minutesOf(a.localStart);
    track(
      e,
      (ev) => {
        const target = columnAtX(ev.clientX, col);
        const raw = minuteAtY(target, ev.clientY) - grab;
        return { kind: 'move', appointment: a, col: target, start: clampStart(Math.round(raw / SLOT_MINUTES) * SLOT_MINUTES, length), length };
      },
      (state) => {
        if (state && state.kind === 'move' && (state.col !== col || state.start !== minutesOf(a.localStart))) latest.current.onMove(a, state.col, state.start, length);
      },
    );
  }

  function startResize(e: ReactPointerEvent<HTMLElement>, a: AppointmentView, col: string) {
    if (e.button !== 0) return;
    e.stopPropagation();
    e.preventDefault();
    const start = minutesOf(a.localStart);
    track(
      e,
      (ev) => {
        const end = Math.round(minuteAtY(col, ev.clientY) / SLOT_MINUTES) * SLOT_MINUTES;
        return { kind: 'resize', appointment: a, col, start, length: Math.max(SLOT_MINUTES, Math.min(end, GRID_END) - start) };
      },
      (state) => {
        if (state && state.kind === 'resize' && state.length !== lengthOf(a)) latest.current.onMove(a, col, start, state.length);
      },
    );
  }

  /** For a block's onClick: false right after a drag ended on it. */
  const isClick = () => !suppressClick.current;

  return { drag, registerColumn, startCreate, startMove, startResize, isClick };
}
