// Schedule (#/schedule): the room's day and week in the clinic's time zone, and an agenda list.
// Click or drag on a free slot to book; drag or Alt+arrows to move; Enter opens an appointment.
import './schedule.css';
import './grid.css';
import './blocks.css';
import './agenda.css';
import { CalendarPlus, Repeat, Search } from 'lucide-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { zonedToUtc } from '../../../shared/domain/schedule';
import { isIsoDate } from '../../../shared/domain/dates';
import type { Practitioner } from '../../../shared/schemas/clinic';
import type { AppointmentView, ScheduleSettings } from '../../../shared/schemas/schedule';
import { useClinic, useToday } from '../ClinicContext';
import { PageHeader } from '../components/PageHeader';
import { ErrorBanner, Loading } from '../components/Status';
import { useToast } from '../components/Toast';
import { useCall } from '../hooks/useCall';
import { isModalOpen, isTypingTarget, useKeydown } from '../hooks/useShortcut';
import { AgendaView } from './AgendaView';
import type { KeyMove } from './AppointmentBlock';
import { AppointmentDetails } from './AppointmentDetails';
import { BookingDialog } from './BookingDialog';
import type { BookingDraft } from './bookingForm';
import { addDays, clockOf, minutesOf, rangeOf, stepAnchor, VIEWS, viewDates, type ScheduleView } from './calendar';
import { DaySheetButton } from './DaySheetButton';
import { DismissibleError } from './DismissibleError';
import { FreeSlotDialog } from './FreeSlotDialog';
import { rangeTitle, shortDay, timeRange } from './labels';
import { MoveDialogs } from './MoveDialogs';
import { ScheduleGrid, type GridColumn } from './ScheduleGrid';
import { ScheduleToolbar } from './ScheduleToolbar';
import { SeriesDialog } from './SeriesDialog';
import { prefetchRange, useAppointments } from './useAppointments';
import { lengthOf } from './useGridDrag';
import { useMoveFlow } from './useMoveFlow';

// The view and day the schedule opens on: the URL's (Back returns to the same week), else this week.
const initialView = (params: URLSearchParams): ScheduleView => (VIEWS as string[]).includes(params.get('view') ?? '') ? (params.get('view') as ScheduleView) : 'week';
const initialAnchor = (params: URLSearchParams, today: string) => (isIsoDate(params.get('date') ?? '') ? params.get('date')! : today);

export function ScheduleScreen() {
  const settings = useCall('schedule/settings', {});
  const practitioners = useCall('practitioners/list', {});
  const [params] = useSearchParams();
  const today = useToday();
  const zone = useClinic().clinic.timeZone;
  // The first range goes out with the settings, in the clinic's time zone (the one the settings
  // carry), instead of after them: the schedule paints one round trip sooner at start-up.
  useEffect(() => {
    prefetchRange(rangeOf(viewDates(initialView(params), initialAnchor(params, today)), zone));
    // Only on arrival: later changes are the schedule's own fetches.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const error = settings.error ?? practitioners.error;
  return (
    <div className="page page-schedule">
      {error ? (
        <>
          <PageHeader title="Schedule" />
          <ErrorBanner message={error} onRetry={() => (settings.reload(), practitioners.reload())} />
        </>
      ) : !settings.data || !practitioners.data ? (
        <>
          <PageHeader title="Schedule" />
          <Loading />
        </>
      ) : (
        <Schedule settings={settings.data} practitioners={practitioners.data} />
      )}
    </div>
  );
}

type Dialogs = { kind: 'book'; draft: BookingDraft } | { kind: 'details'; id: string } | { kind: 'free-slot' } | { kind: 'series' } | null;

function Schedule({ settings, practitioners }: { settings: ScheduleSettings; practitioners: Practitioner[] }) {
  const today = useToday();
  const toast = useToast();
  const [params, setParams] = useSearchParams();
  // Local state paints at once; the URL keeps a copy so Back returns to the same week.
  const [view, setView] = useState<ScheduleView>(() => initialView(params));
  const [anchor, setAnchor] = useState(() => initialAnchor(params, today));
  const [practitionerId, setPractitionerId] = useState('');
  const [roomId, setRoomId] = useState('');
  const [dialog, setDialog] = useState<Dialogs>(null);
  const [printError, setPrintError] = useState<string | null>(null);
  const focusRef = useRef<string | null>(null);
  const zone = settings.timeZone;

  const dates = useMemo(() => viewDates(view, anchor), [view, anchor]);
  const filters = { ...(practitionerId ? { practitionerId } : {}), ...(roomId ? { roomId } : {}) };
  const query = { ...rangeOf(dates, zone), ...filters };
  const neighbours = ([-1, 1] as const).map((d) => ({ ...rangeOf(viewDates(view, stepAnchor(view, anchor, d)), zone), ...filters }));
  const appointments = useAppointments(query, neighbours);
  const list = appointments.appointments ?? [];

  function go(nextView: ScheduleView, nextAnchor: string) {
    setView(nextView);
    setAnchor(nextAnchor);
    setParams({ view: nextView, date: nextAnchor }, { replace: true });
  }
  const showDate = (date: string) => {
    if (!viewDates(view, anchor).includes(date)) go(view, date);
  };

  const flow = useMoveFlow((moved) => {
    appointments.update(moved);
    showDate(moved.localDate);
    toast(`Moved ${moved.clientName} to ${shortDay(moved.localDate)} ${timeRange(moved)}`);
  });

  useKeydown((e) => {
    if (e.defaultPrevented || e.ctrlKey || e.metaKey || isModalOpen() || isTypingTarget(e.target)) return;
    if (e.altKey) {
      if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
        e.preventDefault();
        go(view, stepAnchor(view, anchor, e.key === 'ArrowLeft' ? -1 : 1));
      }
      return;
    }
    const key = e.key.toLowerCase();
    const action: Record<string, () => void> = {
      '[': () => go(view, stepAnchor(view, anchor, -1)),
      ']': () => go(view, stepAnchor(view, anchor, 1)),
      t: () => go(view, today),
      d: () => go('day', anchor),
      w: () => go('week', anchor),
      a: () => go('agenda', anchor),
    };
    const run = action[key];
    if (run) {
      e.preventDefault();
      run();
    }
  });

  const activeRooms = settings.rooms.filter((r) => r.active);
  const columns = useMemo<GridColumn[]>(() => {
    if (view === 'day') {
      const rooms = roomId ? settings.rooms.filter((r) => r.id === roomId) : settings.rooms.filter((r) => r.active);
      if (rooms.length > 1) return rooms.map((r) => ({ key: `${anchor}|${r.id}`, date: anchor, roomId: r.id, title: r.name, subtitle: '' }));
      return [{ key: anchor, date: anchor, roomId: null, title: shortDay(anchor), subtitle: '' }];
    }
    return dates.map((d) => ({ key: d, date: d, roomId: null, title: shortDay(d), subtitle: '' }));
  }, [view, anchor, dates, roomId, settings.rooms]);

  function onKeyMove(a: AppointmentView, change: KeyMove) {
    const start = minutesOf(a.localStart) + change.minutes;
    const length = lengthOf(a) + change.length;
    if (length < 15 || start < 0 || start + length > 24 * 60) return;
    focusRef.current = a.id;
    flow.move({ appointment: a, start: zonedToUtc(addDays(a.localDate, change.days), clockOf(start), zone), lengthMinutes: length });
  }

  const book = (draft: Partial<BookingDraft> = {}) =>
    setDialog({ kind: 'book', draft: { date: anchor >= today ? anchor : today, time: '10:00', practitionerId, roomId, ...draft } });

  return (
    <>
      <PageHeader
        title="Schedule"
        actions={
          <>
            {view === 'day' && <DaySheetButton date={anchor} onError={setPrintError} />}
            <button type="button" className="button button-secondary" onClick={() => setDialog({ kind: 'free-slot' })}>
              <Search size={16} aria-hidden="true" />
              Find next free slot
            </button>
            <button type="button" className="button button-secondary" onClick={() => setDialog({ kind: 'series' })}>
              <Repeat size={16} aria-hidden="true" />
              New series
            </button>
            <button type="button" className="button button-primary" onClick={() => book()}>
              <CalendarPlus size={16} aria-hidden="true" />
              New appointment
            </button>
          </>
        }
      />
      <ScheduleToolbar
        view={view}
        title={rangeTitle(view, anchor)}
        isCurrent={dates.includes(today)}
        practitioners={practitioners.filter((p) => p.active)}
        rooms={activeRooms}
        practitionerId={practitionerId}
        roomId={roomId}
        loading={appointments.loading}
        onView={(v) => go(v, anchor)}
        onStep={(d) => go(view, stepAnchor(view, anchor, d))}
        onToday={() => go(view, today)}
        onPractitioner={setPractitionerId}
        onRoom={setRoomId}
      />
      {appointments.error && <ErrorBanner message={appointments.error} onRetry={appointments.retry} />}
      {flow.error && <DismissibleError message={flow.error} onDismiss={flow.clearError} />}
      {printError && <DismissibleError message={printError} onDismiss={() => setPrintError(null)} />}
      {view === 'agenda' ? (
        <AgendaView dates={dates} appointments={list} today={today} onOpen={(a) => setDialog({ kind: 'details', id: a.id })} />
      ) : (
        <ScheduleGrid
          key={view}
          columns={columns}
          appointments={list}
          settings={settings}
          practitionerId={practitionerId}
          today={today}
          focusRef={focusRef}
          onCreate={(col, start, length) => book({ date: col.date, time: clockOf(start), lengthMinutes: length, ...(col.roomId ? { roomId: col.roomId } : {}) })}
          onOpen={(a) => setDialog({ kind: 'details', id: a.id })}
          onMove={(a, col, start, length) => {
            focusRef.current = a.id;
            flow.move({ appointment: a, start: zonedToUtc(col.date, clockOf(start), zone), lengthMinutes: length, roomId: col.roomId ?? undefined });
          }}
          onKeyMove={onKeyMove}
        />
      )}
      <p className="sched-help muted">
        Click or drag on a free time to book. Drag an appointment to move it, or its lower edge to change its length. With an appointment focused: <kbd>Alt</kbd>+<kbd>↑</kbd>/<kbd>↓</kbd> moves 15 minutes, <kbd>Alt</kbd>+<kbd>←</kbd>/<kbd>→</kbd> a day, <kbd>Shift</kbd>+<kbd>Alt</kbd>+<kbd>↑</kbd>/<kbd>↓</kbd> changes its length.
      </p>
      <BookingDialog
        draft={dialog?.kind === 'book' ? dialog.draft : null}
        settings={settings}
        practitioners={practitioners}
        onClose={() => setDialog(null)}
        onBooked={(a) => {
          setDialog(null);
          appointments.update();
          showDate(a.localDate);
          focusRef.current = a.id;
          toast(`Booked ${a.clientName}, ${shortDay(a.localDate)} ${timeRange(a)}`);
        }}
      />
      <AppointmentDetails
        id={dialog?.kind === 'details' ? dialog.id : null}
        onClose={() => setDialog(null)}
        onChanged={(a) => appointments.update(a)}
        onRebook={(a) =>
          book({ client: { id: a.clientId, name: a.clientName }, date: a.localDate >= today ? a.localDate : today, time: a.localStart, lengthMinutes: lengthOf(a), serviceId: a.serviceId, practitionerId: a.practitionerId, roomId: a.roomId, notes: a.notes })
        }
      />
      <FreeSlotDialog
        open={dialog?.kind === 'free-slot'}
        settings={settings}
        practitioners={practitioners}
        today={today}
        initial={{ practitionerId, roomId }}
        onClose={() => setDialog(null)}
        onBook={(draft) => setDialog({ kind: 'book', draft })}
      />
      <SeriesDialog
        open={dialog?.kind === 'series'}
        client={null}
        plan={null}
        defaults={{ practitionerId, roomId }}
        onClose={() => setDialog(null)}
        onCreated={(n, first) => {
          setDialog(null);
          appointments.update();
          go(view, first);
          toast(`Booked ${n} appointments`);
        }}
      />
      <MoveDialogs flow={flow} />
    </>
  );
}
