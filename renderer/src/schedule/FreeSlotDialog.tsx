// "When is the next free hour?": the first slot of a length where both the practitioner and the
// room are free within opening hours, from a date on; then book it, or look for the one after.
import './dialogs.css';
import { Search } from 'lucide-react';
import { useId, useState } from 'react';
import { utcToZoned, zonedToUtc } from '../../../shared/domain/schedule';
import type { Practitioner } from '../../../shared/schemas/clinic';
import type { ScheduleSettings } from '../../../shared/schemas/schedule';
import { call } from '../api';
import { Dialog } from '../components/Dialog';
import { ErrorBanner } from '../components/Status';
import { messageOf } from '../hooks/useCall';
import { activePractitioners, activeRooms, activeServices, type BookingDraft } from './bookingForm';
import { longDay } from './labels';

interface Props {
  open: boolean;
  settings: ScheduleSettings;
  practitioners: readonly Practitioner[];
  today: string;
  initial: { practitionerId: string; roomId: string };
  onClose: () => void;
  onBook: (draft: BookingDraft) => void;
}

export function FreeSlotDialog(props: Props) {
  return (
    <Dialog open={props.open} onClose={props.onClose} title="Find the next free slot" className="dialog-small">
      {props.open && <FreeSlotForm {...props} />}
    </Dialog>
  );
}

function FreeSlotForm({ settings, practitioners, today, initial, onClose, onBook }: Props) {
  const ids = { service: useId(), length: useId(), practitioner: useId(), room: useId(), from: useId() };
  const services = activeServices(settings);
  const [serviceId, setServiceId] = useState(services[0]?.id ?? '');
  const [length, setLength] = useState(services[0]?.lengthMinutes ?? 60);
  const [practitionerId, setPractitionerId] = useState(initial.practitionerId || activePractitioners(practitioners)[0]?.id || '');
  const [roomId, setRoomId] = useState(initial.roomId || activeRooms(settings)[0]?.id || '');
  const [from, setFrom] = useState(today);
  const [found, setFound] = useState<{ start: string; end: string } | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function find(after?: string) {
    setBusy(true);
    setError(null);
    try {
      // From now when searching from today, else from the chosen date's midnight.
      const start = after ?? (from === today ? new Date().toISOString() : zonedToUtc(from, '00:00', settings.timeZone));
      setFound(await call('appointments/freeSlot', { practitionerId, roomId, lengthMinutes: length, from: start }));
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  }

  const local = found ? { start: utcToZoned(found.start, settings.timeZone), end: utcToZoned(found.end, settings.timeZone) } : null;
  const changed = () => setFound(undefined);
  return (
    <div className="form free-slot">
      {error && <ErrorBanner message={error} />}
      <div className="field-grid">
        <div className="field">
          <label className="field-label" htmlFor={ids.service}>Service</label>
          <select id={ids.service} className="input select" value={serviceId} data-autofocus onChange={(e) => {
            setServiceId(e.target.value);
            const s = services.find((x) => x.id === e.target.value);
            if (s) setLength(s.lengthMinutes);
            changed();
          }}>
            {services.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
            <option value="">Other (no service)</option>
          </select>
        </div>
        <div className="field">
          <label className="field-label" htmlFor={ids.length}>Length (minutes)</label>
          <input id={ids.length} className="input" type="number" min={5} max={480} step={5} value={length} onChange={(e) => { setLength(Number(e.target.value)); changed(); }} />
        </div>
        <div className="field">
          <label className="field-label" htmlFor={ids.practitioner}>Practitioner</label>
          <select id={ids.practitioner} className="input select" value={practitionerId} onChange={(e) => { setPractitionerId(e.target.value); changed(); }}>
            {activePractitioners(practitioners).map((p) => <option key={p.id} value={p.id}>{p.firstName} {p.lastName}</option>)}
          </select>
        </div>
        <div className="field">
          <label className="field-label" htmlFor={ids.room}>Room</label>
          <select id={ids.room} className="input select" value={roomId} onChange={(e) => { setRoomId(e.target.value); changed(); }}>
            {activeRooms(settings).map((r) => <option key={r.id} value={r.id}>{r.name}</option>)}
          </select>
        </div>
        <div className="field">
          <label className="field-label" htmlFor={ids.from}>Search from</label>
          <input id={ids.from} className="input" type="date" value={from} min={today} onChange={(e) => { setFrom(e.target.value || today); changed(); }} />
        </div>
      </div>
      <div role="status" className="free-slot-result">
        {found === null && <p>No free {length}-minute slot in the next 60 days from {longDay(from)}.</p>}
        {local && (
          <p className="free-slot-found">
            <span className="muted">Next free:</span> <strong>{longDay(local.start.date)}, {local.start.time}–{local.end.time}</strong>
          </p>
        )}
      </div>
      <div className="dialog-actions">
        <button type="button" className="button button-secondary" onClick={onClose}>
          Close
        </button>
        {found ? (
          <>
            <button type="button" className="button button-secondary" disabled={busy} onClick={() => void find(new Date(Date.parse(found.start) + 15 * 60_000).toISOString())}>
              Find the next one
            </button>
            <button
              type="button"
              className="button button-primary"
              onClick={() => local && onBook({ date: local.start.date, time: local.start.time, lengthMinutes: length, serviceId: serviceId || null, practitionerId, roomId })}
            >
              Book this
            </button>
          </>
        ) : (
          <button type="button" className="button button-primary" disabled={busy || !practitionerId || !roomId} onClick={() => void find()}>
            <Search size={16} aria-hidden="true" />
            {busy ? 'Searching…' : 'Find next free slot'}
          </button>
        )}
      </div>
      <p className="field-hint">Looks within opening hours, skipping closed days, up to 60 days ahead{from === today ? ', starting now' : ''}.</p>
    </div>
  );
}
