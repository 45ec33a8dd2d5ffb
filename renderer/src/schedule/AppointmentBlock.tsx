// One appointment on the grid: a focusable button placed by its local start and end. Click or
// Enter opens the details; drag moves it, its bottom edge resizes it; Alt+arrows move it by
// keyboard (Shift+Alt+↑/↓ change its length).
import { Repeat } from 'lucide-react';
import type { KeyboardEvent, PointerEvent } from 'react';
import type { AppointmentView } from '../../../shared/schemas/schedule';
import { AlertDots, StatusChip } from './Badges';
import { minutesOf, SLOT_MINUTES, yOf } from './calendar';
import { describeAppointment, isInactive, timeRange } from './labels';

export interface KeyMove {
  days: number;
  minutes: number;
  length: number;
}

interface Props {
  appointment: AppointmentView;
  lane: number;
  lanes: number;
  /** Shown faded while a ghost of it is being dragged elsewhere. */
  dragging: boolean;
  onOpen: () => void;
  onPointerDown: (e: PointerEvent<HTMLElement>) => void;
  onResizeDown: (e: PointerEvent<HTMLElement>) => void;
  onKeyMove: (change: KeyMove) => void;
}

/** Alt+↑/↓ move 15 minutes, Alt+←/→ a day, Shift+Alt+↑/↓ shorten or lengthen by 15 minutes. */
export function keyMoveOf(e: KeyboardEvent): KeyMove | null {
  if (!e.altKey || e.ctrlKey || e.metaKey) return null;
  const step = { ArrowUp: -1, ArrowDown: 1, ArrowLeft: -1, ArrowRight: 1 }[e.key];
  if (step === undefined) return null;
  if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') return e.shiftKey ? null : { days: step, minutes: 0, length: 0 };
  return e.shiftKey ? { days: 0, minutes: 0, length: step * SLOT_MINUTES } : { days: 0, minutes: step * SLOT_MINUTES, length: 0 };
}

export function AppointmentBlock({ appointment: a, lane, lanes, dragging, onOpen, onPointerDown, onResizeDown, onKeyMove }: Props) {
  const start = minutesOf(a.localStart);
  const end = a.localEnd > a.localStart ? minutesOf(a.localEnd) : 24 * 60;
  const top = yOf(start);
  const height = Math.max(yOf(end) - top, 12);
  const length = end - start;
  const size = length >= 60 ? 'l' : length >= 45 ? 'm' : length >= 30 ? 's' : 'xs';
  const inactive = isInactive(a);
  const movable = !inactive && a.status !== 'completed';
  const classes = ['appt', `appt-${a.status}`, `appt-${size}`, inactive && 'appt-inactive', dragging && 'appt-dragging'].filter(Boolean).join(' ');
  const label = describeAppointment(a);

  return (
    <button
      type="button"
      className={classes}
      data-appointment-id={a.id}
      aria-label={label}
      aria-keyshortcuts={movable ? 'Alt+ArrowUp Alt+ArrowDown Alt+ArrowLeft Alt+ArrowRight Shift+Alt+ArrowUp Shift+Alt+ArrowDown' : undefined}
      title={label}
      style={{ top, height, left: `calc(${(lane / lanes) * 100}% + 2px)`, width: `calc(${100 / lanes}% - 5px)` }}
      onClick={onOpen}
      onPointerDown={movable ? onPointerDown : (e) => e.stopPropagation()}
      onKeyDown={(e) => {
        const change = movable ? keyMoveOf(e) : null;
        if (!change) return;
        e.preventDefault();
        onKeyMove(change);
      }}
    >
      <span className="appt-line appt-head">
        <span className="appt-name">
          {size === 's' || size === 'xs' ? <span className="appt-time-inline">{a.localStart} </span> : null}
          {a.clientName}
        </span>
        {a.seriesId && size !== 'xs' && <Repeat size={11} aria-hidden="true" className="appt-series" />}
        <AlertDots appointment={a} />
      </span>
      {(size === 'l' || size === 'm') && (
        <span className="appt-line appt-meta">
          {timeRange(a)}
          {a.serviceName && size === 'l' ? ` · ${a.serviceName}` : ''}
          {size === 'm' && a.status !== 'booked' && <StatusChip status={a.status} small />}
        </span>
      )}
      {size === 'l' && a.status !== 'booked' && <StatusChip status={a.status} small />}
      {movable && <span className="appt-resize" aria-hidden="true" onPointerDown={onResizeDown} />}
    </button>
  );
}
