// One appointment on the grid: a focusable button placed by its local start and end. Click or
// Enter opens the details; drag moves it, its bottom edge resizes it; Alt+arrows move it by
// keyboard (Shift+Alt+↑/↓ change its length).
import { Check, Repeat } from 'lucide-react';
import type { KeyboardEvent, PointerEvent } from 'react';
import type { AppointmentView } from '../../../shared/schemas/schedule';
import { AlertDots, StatusChip } from './Badges';
import { minutesOf, SLOT_MINUTES, yOf } from './calendar';
import { describeAppointment, isInactive, timeRange } from './labels';
import { useOnlyOwnSchedule } from '../auth/AuthContext';

export interface KeyMove {
  days: number;
  minutes: number;
  length: number;
}

interface Props {
  appointment: AppointmentView;
  /** Fractions of the column's width. */
  place: { left: number; width: number };
  /** A wide column (one-day view): alert titles in words, the practitioner, the notes. */
  detailed: boolean;
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

export function AppointmentBlock({ appointment: a, place, detailed, dragging, onOpen, onPointerDown, onResizeDown, onKeyMove }: Props) {
  const start = minutesOf(a.localStart);
  const end = a.localEnd > a.localStart ? minutesOf(a.localEnd) : 24 * 60;
  const top = yOf(start);
  const height = Math.max(yOf(end) - top, 12);
  const length = end - start;
  const size = length >= 60 ? 'l' : length >= 45 ? 'm' : length >= 30 ? 's' : 'xs';
  const inactive = isInactive(a);
  const own = useOnlyOwnSchedule();
  const movable = !inactive && a.status !== 'completed' && (own === null || a.practitionerId === own);
  const classes = ['appt', `appt-${a.status}`, `appt-${size}`, inactive && 'appt-inactive', dragging && 'appt-dragging'].filter(Boolean).join(' ');
  const label = describeAppointment(a);
  // Booked is the usual state and completed shows as a grey block with a tick: no chip for either.
  const chip = a.status !== 'booked' && a.status !== 'completed';

  return (
    <button
      type="button"
      className={classes}
      data-appointment-id={a.id}
      aria-label={label}
      aria-keyshortcuts={movable ? 'Alt+ArrowUp Alt+ArrowDown Alt+ArrowLeft Alt+ArrowRight Shift+Alt+ArrowUp Shift+Alt+ArrowDown' : undefined}
      title={label}
      style={{ top, height, left: `calc(${place.left * 100}% + 2px)`, width: `calc(${place.width * 100}% - 5px)` }}
      onClick={onOpen}
      onPointerDown={movable ? onPointerDown : (e) => e.stopPropagation()}
      onKeyDown={(e) => {
        const change = movable ? keyMoveOf(e) : null;
        if (!change) return;
        e.preventDefault();
        onKeyMove(change);
      }}
    >
      {detailed ? <DetailedContent a={a} size={size} chip={chip} /> : <CompactContent a={a} size={size} chip={chip} />}
      {movable && <span className="appt-resize" aria-hidden="true" onPointerDown={onResizeDown} />}
    </button>
  );
}

type Size = 'l' | 'm' | 's' | 'xs';

/** A narrow week column: the name, marks as dots, the time, the service if there is room. */
function CompactContent({ a, size, chip }: { a: AppointmentView; size: Size; chip: boolean }) {
  return (
    <>
      <span className="appt-line appt-head">
        <span className="appt-name">
          {size === 's' || size === 'xs' ? <span className="appt-time-inline">{a.localStart} </span> : null}
          {a.clientName}
        </span>
        {a.status === 'completed' && <Check size={13} aria-hidden="true" className="appt-done" />}
        {a.seriesId && size !== 'xs' && <Repeat size={11} aria-hidden="true" className="appt-series" />}
        <AlertDots appointment={a} />
      </span>
      {(size === 'l' || size === 'm') && (
        <span className="appt-line appt-meta">
          {timeRange(a)}
          {a.serviceName && size === 'l' ? ` · ${a.serviceName}` : ''}
          {size === 'm' && chip && <StatusChip status={a.status} small />}
        </span>
      )}
      {size === 'l' && chip && <StatusChip status={a.status} small />}
    </>
  );
}

/** A wide day column: alert titles in words, who treats, and the booking notes. */
function DetailedContent({ a, size, chip }: { a: AppointmentView; size: Size; chip: boolean }) {
  const short = size === 's' || size === 'xs';
  return (
    <>
      <span className="appt-line appt-head">
        <span className="appt-name appt-name-auto">
          {short && <span className="appt-time-inline">{a.localStart} </span>}
          {a.clientName}
        </span>
        {a.status === 'completed' && <Check size={13} aria-hidden="true" className="appt-done" />}
        {a.seriesId && <Repeat size={11} aria-hidden="true" className="appt-series" />}
        {chip && <StatusChip status={a.status} small />}
        <span className="appt-mini-badges" aria-hidden="true">
          {a.alerts.map((x) => (
            <span key={x.ruleId} className={`mini-badge mini-badge-${x.severity}`}>
              {x.title}
            </span>
          ))}
          {a.referralWarnings.map((w) => (
            <span key={w} className="mini-badge mini-badge-caution">
              {w}
            </span>
          ))}
        </span>
        {short && <span className="appt-meta appt-meta-inline">{a.serviceName} · {a.practitionerName}</span>}
      </span>
      {!short && (
        <span className="appt-line appt-meta">
          {timeRange(a)} · {a.serviceName || 'No service'} · {a.practitionerName}
        </span>
      )}
      {size === 'l' && a.notes && <span className="appt-line appt-notes">{a.notes}</span>}
    </>
  );
}
