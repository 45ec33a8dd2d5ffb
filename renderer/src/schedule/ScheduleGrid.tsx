// The day and week grid: a column per day (or per room on a one-day view), 07:00–20:00 in
// 15-minute slots. Opening hours are the lighter band, closed days are hatched, and a line marks
// now. A click or drag on empty space books; blocks move and resize by pointer or keyboard.
import { useLayoutEffect, useMemo, useRef, useState, type CSSProperties, type RefObject } from 'react';
import { utcToZoned } from '../../../shared/domain/schedule';
import type { AppointmentView, ScheduleSettings } from '../../../shared/schemas/schedule';
import { AppointmentBlock, type KeyMove } from './AppointmentBlock';
import { clockOf, GRID_END, GRID_HEIGHT, GRID_START, hoursOn, layoutBlocks, minuteAt, minutesOf, SLOT_MINUTES, SLOT_PX, yOf } from './calendar';
import { isInactive } from './labels';
import { useGridDrag, type DragState } from './useGridDrag';
import { useNow } from './useNow';

export interface GridColumn {
  key: string;
  date: string;
  /** Set on a one-day view with a column per room. */
  roomId: string | null;
  title: string;
  subtitle: string;
}

interface Props {
  columns: GridColumn[];
  appointments: readonly AppointmentView[];
  settings: ScheduleSettings;
  practitionerId: string;
  today: string;
  onCreate: (col: GridColumn, start: number, length: number | null) => void;
  onOpen: (a: AppointmentView) => void;
  onMove: (a: AppointmentView, col: GridColumn, start: number, length: number) => void;
  onKeyMove: (a: AppointmentView, change: KeyMove) => void;
  /** An appointment id to focus once it is on screen (after a keyboard move re-renders it). */
  focusRef: RefObject<string | null>;
}

const HOURS = Array.from({ length: (GRID_END - GRID_START) / 60 + 1 }, (_, i) => GRID_START + i * 60);

export function ScheduleGrid(props: Props) {
  const { columns, appointments, settings, practitionerId, today, focusRef } = props;
  const byKey = useMemo(() => new Map(columns.map((c) => [c.key, c])), [columns]);
  const gesture = useGridDrag({
    onCreate: (key, start, length) => {
      const col = byKey.get(key);
      if (col) props.onCreate(col, start, length);
    },
    onMove: (a, key, start, length) => {
      const col = byKey.get(key);
      if (col) props.onMove(a, col, start, length);
    },
  });
  const scroller = useRef<HTMLDivElement>(null);
  const now = utcToZoned(new Date(useNow()).toISOString(), settings.timeZone);

  // Open on the working day: from 08:00 (or earlier if something is booked earlier).
  useLayoutEffect(() => {
    const el = scroller.current;
    if (el) el.scrollTop = yOf(8 * 60 - 30);
  }, []);

  useLayoutEffect(() => {
    const id = focusRef.current;
    if (!id) return;
    const el = scroller.current?.querySelector<HTMLElement>(`[data-appointment-id="${id}"]`);
    if (el) {
      focusRef.current = null;
      el.focus();
    }
  });

  return (
    <div className="sched-scroller" ref={scroller} style={{ '--cols': columns.length, '--slot': `${SLOT_PX}px` } as CSSProperties}>
      <div className="sched-head" aria-hidden="true">
        <div className="sched-corner" />
        {columns.map((c) => {
          const hours = hoursOn(c.date, settings, practitionerId);
          return (
            <div key={c.key} className={['sched-col-head', c.date === today && 'is-today', hours.closed && 'is-closed'].filter(Boolean).join(' ')}>
              <span className="sched-col-title">{c.title}</span>
              <span className="sched-col-sub">{c.subtitle || (hours.closed ?? hours.open.map((o) => `${clockOf(o.start)}–${clockOf(o.end)}`).join(', '))}</span>
            </div>
          );
        })}
      </div>
      <div className="sched-canvas" style={{ height: GRID_HEIGHT }}>
        <div className="sched-gutter" aria-hidden="true">
          {HOURS.map((m) => (
            <span key={m} className="sched-hour" style={{ top: yOf(m) }}>
              {clockOf(m)}
            </span>
          ))}
        </div>
        {columns.map((c) => (
          <DayColumn
            key={c.key}
            col={c}
            settings={settings}
            practitionerId={practitionerId}
            onOpen={props.onOpen}
            onKeyMove={props.onKeyMove}
            detailed={columns.length <= 2}
            appointments={appointments.filter((a) => a.localDate === c.date && (c.roomId === null || a.roomId === c.roomId))}
            isToday={c.date === today}
            nowMinute={now.date === c.date ? now.minutesOfDay : null}
            gesture={gesture}
          />
        ))}
      </div>
    </div>
  );
}

type ColumnProps = Pick<Props, 'appointments' | 'settings' | 'practitionerId' | 'onOpen' | 'onKeyMove'> & {
  col: GridColumn;
  isToday: boolean;
  nowMinute: number | null;
  gesture: ReturnType<typeof useGridDrag>;
  detailed: boolean;
};

function DayColumn({ col, appointments, settings, practitionerId, isToday, nowMinute, gesture, detailed, onOpen, onKeyMove }: ColumnProps) {
  const [hover, setHover] = useState<number | null>(null);
  const hours = hoursOn(col.date, settings, practitionerId);
  const places = useMemo(
    () => layoutBlocks(appointments.map((a) => ({ id: a.id, startMin: minutesOf(a.localStart), endMin: a.localEnd > a.localStart ? minutesOf(a.localEnd) : 1440, inactive: isInactive(a) }))),
    [appointments],
  );
  const { drag } = gesture;
  const classes = ['sched-col', isToday && 'is-today', hours.closed && 'is-closed'].filter(Boolean).join(' ');

  return (
    <div
      className={classes}
      data-date={col.date}
      data-column={col.key}
      ref={(el) => gesture.registerColumn(col.key, el)}
      onPointerDown={(e) => gesture.startCreate(e, col.key)}
      onPointerMove={(e) => {
        if (drag || e.target !== e.currentTarget) return setHover(null);
        const m = Math.min(minuteAt(e.clientY - e.currentTarget.getBoundingClientRect().top), GRID_END - SLOT_MINUTES);
        if (m !== hover) setHover(m);
      }}
      onPointerLeave={() => setHover(null)}
    >
      {hours.open.map((span) => (
        <div key={span.start} className="sched-open" style={{ top: yOf(span.start), height: yOf(span.end) - yOf(span.start) }} />
      ))}
      {hover !== null && !drag && (
        <div className="sched-hover" style={{ top: yOf(hover), height: SLOT_PX }} aria-hidden="true">
          + {clockOf(hover)}
        </div>
      )}
      {appointments.map((a) => {
        return (
          <AppointmentBlock
            key={a.id}
            appointment={a}
            place={places.get(a.id) ?? { left: 0, width: 1 }}
            detailed={detailed}
            dragging={drag !== null && drag.kind !== 'create' && drag.appointment.id === a.id}
            onOpen={() => gesture.isClick() && onOpen(a)}
            onPointerDown={(e) => gesture.startMove(e, a, col.key)}
            onResizeDown={(e) => gesture.startResize(e, a, col.key)}
            onKeyMove={(change) => onKeyMove(a, change)}
          />
        );
      })}
      {drag && drag.col === col.key && <Ghost drag={drag} />}
      {nowMinute !== null && nowMinute >= GRID_START && nowMinute <= GRID_END && <div className="sched-now" style={{ top: yOf(nowMinute) }} aria-hidden="true" />}
    </div>
  );
}

function Ghost({ drag }: { drag: DragState }) {
  const start = drag.kind === 'create' ? Math.min(drag.anchor, drag.current) : drag.start;
  const end = drag.kind === 'create' ? Math.max(drag.anchor, drag.current) + SLOT_MINUTES : drag.start + drag.length;
  return (
    <div className={`sched-ghost sched-ghost-${drag.kind}`} style={{ top: yOf(start), height: yOf(end) - yOf(start) }} aria-hidden="true">
      <span className="sched-ghost-time">
        {clockOf(start)}–{clockOf(end)}
      </span>
      {drag.kind !== 'create' && <span className="sched-ghost-name">{drag.appointment.clientName}</span>}
    </div>
  );
}
