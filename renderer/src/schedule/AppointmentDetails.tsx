// One appointment in full: who, when, where, the client's alerts, notes (editable), its status
// with the next steps (confirm, arrived, start the session, cancel/late cancel/no-show with a
// reason, rebook), and its history of changes.
import './dialogs.css';
import { ClipboardPen, ExternalLink, Repeat } from 'lucide-react';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { AppointmentView } from '../../../shared/schemas/schedule';
import { call } from '../api';
import { useMayStartSession } from '../auth/AuthContext';
import { Dialog } from '../components/Dialog';
import { ErrorBanner, Loading } from '../components/Status';
import { useToast } from '../components/Toast';
import { messageOf, useCall } from '../hooks/useCall';
import { AlertBadges, StatusChip } from './Badges';
import { AppointmentHistory } from './AppointmentHistory';
import { isInactive, longDay, minutesBetween, timeRange } from './labels';
import { REASON_ACTIONS, StatusReasonForm, type ReasonStatus } from './StatusReasonForm';
import type { Scope } from './useMoveFlow';

interface Props {
  id: string | null;
  onClose: () => void;
  /** Something changed: the grid shows `view` now and refetches (a series change touches others). */
  onChanged: (view: AppointmentView, scope?: Scope) => void;
  onRebook: (view: AppointmentView) => void;
}

export function AppointmentDetails({ id, onClose, onChanged, onRebook }: Props) {
  return (
    <Dialog open={id !== null} onClose={onClose} title="Appointment" hideTitle className="dialog-details">
      {id && <DetailsBody key={id} id={id} onChanged={onChanged} onRebook={onRebook} />}
      <div className="details-footer">
        <button type="button" className="button button-secondary" onClick={onClose}>
          Close
        </button>
      </div>
    </Dialog>
  );
}

function DetailsBody({ id, onChanged, onRebook }: { id: string } & Pick<Props, 'onChanged' | 'onRebook'>) {
  const appointment = useCall('appointments/get', { id });
  const history = useCall('appointments/history', { id });
  const [reasonFor, setReasonFor] = useState<ReasonStatus | null>(null);
  const a = appointment.data;

  if (appointment.error && !a) return <ErrorBanner message={appointment.error} onRetry={appointment.reload} />;
  if (!a) return <Loading />;

  const changed = (view: AppointmentView, scope?: Scope) => {
    appointment.setData(view);
    history.reload();
    onChanged(view, scope);
  };

  return (
    <div className="details">
      <header className="details-header">
        <div>
          <p className="details-kicker">{a.serviceName || 'Appointment'}</p>
          <p className="details-name">
            <Link to={`/clients/${a.clientId}`} className="details-client">
              {a.clientName}
              <ExternalLink size={14} aria-hidden="true" />
              <span className="visually-hidden"> (open chart)</span>
            </Link>
          </p>
        </div>
        <StatusChip status={a.status} />
      </header>
      {a.statusReason && isInactive(a) && <p className="details-reason">Reason: {a.statusReason}</p>}
      <AlertBadges appointment={a} />
      <dl className="info-list details-facts">
        <div className="info-row">
          <dt>When</dt>
          <dd>
            {longDay(a.localDate)}, {timeRange(a)} ({minutesBetween(a)} min)
          </dd>
        </div>
        <div className="info-row">
          <dt>Practitioner</dt>
          <dd>{a.practitionerName}</dd>
        </div>
        <div className="info-row">
          <dt>Room</dt>
          <dd>{a.roomName}</dd>
        </div>
        {a.clientPhone && (
          <div className="info-row">
            <dt>Phone</dt>
            <dd>{a.clientPhone}</dd>
          </div>
        )}
        {a.seriesId && (
          <div className="info-row">
            <dt>Series</dt>
            <dd>
              <Repeat size={13} aria-hidden="true" /> Part of a series
            </dd>
          </div>
        )}
      </dl>
      {reasonFor ? (
        <StatusReasonForm
          appointment={a}
          status={reasonFor}
          onBack={() => setReasonFor(null)}
          onDone={(view, scope) => {
            setReasonFor(null);
            changed(view, scope);
          }}
        />
      ) : (
        <>
          <StatusActions appointment={a} onChanged={changed} onReason={setReasonFor} onRebook={() => onRebook(a)} />
          <NotesEditor key={a.notes} appointment={a} onSaved={changed} />
        </>
      )}
      <AppointmentHistory entries={history.data} error={history.error} />
    </div>
  );
}

function StatusActions({ appointment: a, onChanged, onReason, onRebook }: { appointment: AppointmentView; onChanged: (v: AppointmentView) => void; onReason: (s: ReasonStatus) => void; onRebook: () => void }) {
  const navigate = useNavigate();
  const toast = useToast();
  const mayStart = useMayStartSession();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function run(work: () => Promise<void>) {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  }
  const setStatus = (status: 'confirmed' | 'arrived', done: string) =>
    run(async () => {
      onChanged(await call('appointments/setStatus', { id: a.id, status, reason: '', scope: 'one' }));
      toast(done);
    });
  const startSession = () =>
    run(async () => {
      const session = await call('appointments/startSession', { appointmentId: a.id });
      navigate(`/clients/${a.clientId}/sessions/${session.id}`);
    });

  const inactive = isInactive(a);
  const open = !inactive && a.status !== 'completed';
  const canStart = mayStart(a.practitionerId);
  return (
    <div className="details-actions">
      {error && <ErrorBanner message={error} />}
      <div className="details-action-row">
        {a.status === 'booked' && (
          <button type="button" className="button button-secondary" disabled={busy} onClick={() => void setStatus('confirmed', 'Appointment confirmed')}>
            Confirm
          </button>
        )}
        {(a.status === 'booked' || a.status === 'confirmed') && (
          <button type="button" className="button button-secondary" disabled={busy} onClick={() => void setStatus('arrived', `${a.clientName} has arrived`)}>
            Mark arrived
          </button>
        )}
        {!inactive && canStart && (
          <button type="button" className="button button-primary" disabled={busy} data-autofocus onClick={() => void startSession()}>
            <ClipboardPen size={16} aria-hidden="true" />
            {a.sessionId ? 'Open session' : 'Start session'}
          </button>
        )}
        {inactive && (
          <button type="button" className="button button-primary" data-autofocus onClick={onRebook}>
            Rebook…
          </button>
        )}
      </div>
      {open && (
        <div className="details-action-row details-action-row-quiet">
          {(Object.keys(REASON_ACTIONS) as ReasonStatus[]).map((s) => (
            <button key={s} type="button" className="button button-ghost button-small button-ghost-danger" onClick={() => onReason(s)}>
              {REASON_ACTIONS[s].button}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}

function NotesEditor({ appointment: a, onSaved }: { appointment: AppointmentView; onSaved: (v: AppointmentView) => void }) {
  const toast = useToast();
  const [notes, setNotes] = useState(a.notes);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const dirty = notes !== a.notes;
  async function save() {
    setBusy(true);
    setError(null);
    try {
      onSaved(await call('appointments/edit', { id: a.id, notes }));
      toast('Notes saved');
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  }
  return (
    <div className="field details-notes">
      <div className="field-label">
        <label htmlFor={`notes-${a.id}`}>Appointment notes</label>
      </div>
      <textarea id={`notes-${a.id}`} className="input textarea textarea-short" rows={2} value={notes} onChange={(e) => setNotes(e.target.value)} placeholder="e.g. prefers the 10:00 slot; bring the referral" />
      {error && <p className="field-error">{error}</p>}
      {dirty && (
        <div className="form-actions form-actions-tight">
          <button type="button" className="button button-secondary button-small" disabled={busy} onClick={() => void save()}>
            {busy ? 'Saving…' : 'Save notes'}
          </button>
          <button type="button" className="button button-ghost button-small" onClick={() => setNotes(a.notes)}>
            Undo
          </button>
        </div>
      )}
    </div>
  );
}
