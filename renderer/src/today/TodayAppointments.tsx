// Today's appointments in time order. Each row takes focus (↑/↓, Home/End); Enter starts the
// session (or opens it), C opens the chart; the buttons do the same for the mouse.
import { ClipboardPen, UserRound } from 'lucide-react';
import { useRef, useState, type KeyboardEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { utcToZoned } from '../../../shared/domain/schedule';
import type { AppointmentView } from '../../../shared/schemas/schedule';
import { call } from '../api';
import { useMayStartSession } from '../auth/AuthContext';
import { useClinic } from '../ClinicContext';
import { ErrorBanner } from '../components/Status';
import { messageOf } from '../hooks/useCall';
import { AlertBadges, StatusChip } from '../schedule/Badges';
import { describeAppointment, isInactive } from '../schedule/labels';
import { useNow } from '../schedule/useNow';

export function TodayAppointments({ appointments }: { appointments: readonly AppointmentView[] }) {
  const navigate = useNavigate();
  const mayStart = useMayStartSession();
  const { clinic } = useClinic();
  const rows = useRef<(HTMLLIElement | null)[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const nowIso = new Date(useNow()).toISOString();
  // The appointment under way, or the next one: where the eye (and the keyboard) starts.
  const current = appointments.findIndex((a) => !isInactive(a) && a.status !== 'completed' && a.end > nowIso);
  const [focused, setFocused] = useState<number>(Math.max(current, 0));
  const nowLocal = utcToZoned(nowIso, clinic.timeZone).time;

  async function openSession(a: AppointmentView) {
    if (isInactive(a) || !mayStart(a.practitionerId)) return;
    setBusy(a.id);
    setError(null);
    try {
      const session = await call('appointments/startSession', { appointmentId: a.id });
      navigate(`/clients/${a.clientId}/sessions/${session.id}`);
    } catch (e) {
      setError(messageOf(e));
      setBusy(null);
    }
  }

  function onKeyDown(e: KeyboardEvent<HTMLLIElement>, i: number, a: AppointmentView) {
    if (e.target !== e.currentTarget || e.ctrlKey || e.metaKey || e.altKey) return;
    const go = (j: number) => {
      const k = Math.min(Math.max(j, 0), appointments.length - 1);
      setFocused(k);
      rows.current[k]?.focus();
    };
    const keys: Record<string, () => void> = {
      ArrowDown: () => go(i + 1),
      ArrowUp: () => go(i - 1),
      Home: () => go(0),
      End: () => go(appointments.length - 1),
      Enter: () => void openSession(a),
      c: () => navigate(`/clients/${a.clientId}`),
      C: () => navigate(`/clients/${a.clientId}`),
    };
    const run = keys[e.key];
    if (run) {
      e.preventDefault();
      run();
    }
  }

  return (
    <>
      {error && <ErrorBanner message={error} />}
      <ol className="today-list" aria-label="Today’s appointments">
        {appointments.map((a, i) => {
          const inactive = isInactive(a);
          const marker = i === current ? (a.start <= nowIso ? 'Now' : 'Next') : null;
          return (
            <li
              key={a.id}
              ref={(el) => {
                rows.current[i] = el;
              }}
              tabIndex={i === focused ? 0 : -1}
              aria-label={describeAppointment(a)}
              className={['today-item', inactive && 'is-inactive', marker && 'is-current'].filter(Boolean).join(' ')}
              onFocus={() => setFocused(i)}
              onKeyDown={(e) => onKeyDown(e, i, a)}
            >
              <span className="today-time">
                <span className="today-start">{a.localStart}</span>
                <span className="today-end">{a.localEnd}</span>
              </span>
              <div className="today-main">
                <p className="today-client">
                  <span className="today-name">{a.clientName}</span>
                  <StatusChip status={a.status} />
                  {marker && <span className="today-marker">{marker === 'Now' ? `Now · ${nowLocal}` : 'Next'}</span>}
                </p>
                <p className="today-service">
                  {a.serviceName || 'No service'}
                  <span className="muted">
                    {' '}
                    · {a.practitionerName} · {a.roomName}
                  </span>
                </p>
                {inactive && a.statusReason && <p className="today-reason muted">Reason: {a.statusReason}</p>}
                <AlertBadges appointment={a} />
              </div>
              <div className="today-actions">
                <Link to={`/clients/${a.clientId}`} className="button button-secondary button-small" tabIndex={-1} aria-label={`Chart of ${a.clientName}`}>
                  <UserRound size={14} aria-hidden="true" />
                  Chart
                </Link>
                {!inactive && mayStart(a.practitionerId) && (
                  <button type="button" className="button button-primary button-small" tabIndex={-1} disabled={busy === a.id} onClick={() => void openSession(a)}>
                    <ClipboardPen size={14} aria-hidden="true" />
                    {a.sessionId ? 'Open session' : 'Start session'}
                    <span className="visually-hidden"> for {a.clientName}</span>
                  </button>
                )}
              </div>
            </li>
          );
        })}
      </ol>
    </>
  );
}
