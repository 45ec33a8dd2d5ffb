// Settings → the schedule: opening hours, closed days, rooms, services (appointment types) and
// practitioners' own hours. Every save returns the whole schedule settings, which replace these.
import '../schedule/settings.css';
import { CalendarX, Trash2 } from 'lucide-react';
import { useId, useState } from 'react';
import type { ScheduleSettings } from '../../../shared/schemas/schedule';
import { call } from '../api';
import { ErrorBanner, Loading } from '../components/Status';
import { useToast } from '../components/Toast';
import { formatDate } from '../format';
import { messageOf, useCall } from '../hooks/useCall';
import { ScheduleHoursEditor } from './ScheduleHoursEditor';
import { SchedulePractitionerHours } from './SchedulePractitionerHours';
import { ScheduleRoomsCard, ScheduleServicesCard } from './ScheduleResources';

export function ScheduleSettingsCards() {
  const settings = useCall('schedule/settings', {});
  if (settings.error && !settings.data) return <ErrorBanner message={settings.error} onRetry={settings.reload} />;
  if (!settings.data) return <Loading />;
  const props = { settings: settings.data, onSaved: settings.setData };
  return (
    <>
      <ScheduleHoursCard {...props} />
      <ScheduleClosedDaysCard {...props} />
      <ScheduleRoomsCard {...props} />
      <ScheduleServicesCard {...props} />
      <SchedulePractitionerHours {...props} />
    </>
  );
}

export interface ScheduleCardProps {
  settings: ScheduleSettings;
  onSaved: (settings: ScheduleSettings) => void;
}

function ScheduleHoursCard({ settings, onSaved }: ScheduleCardProps) {
  const toast = useToast();
  return (
    <section className="card" aria-labelledby="settings-hours">
      <h2 id="settings-hours" className="card-title">
        Opening hours
      </h2>
      <p className="muted card-intro">When the clinic takes appointments. Booking outside these hours asks first; the schedule shades them.</p>
      <ScheduleHoursEditor
        key={JSON.stringify(settings.hours)}
        hours={settings.hours}
        saveLabel="Save opening hours"
        onSave={async (hours) => {
          onSaved(await call('schedule/saveHours', { hours }));
          toast('Opening hours saved');
        }}
      />
    </section>
  );
}

function ScheduleClosedDaysCard({ settings, onSaved }: ScheduleCardProps) {
  const toast = useToast();
  const ids = { date: useId(), reason: useId() };
  const [date, setDate] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function run(work: () => Promise<ScheduleSettings>, done: string) {
    setBusy(true);
    setError(null);
    try {
      onSaved(await work());
      toast(done);
      return true;
    } catch (e) {
      setError(messageOf(e));
      return false;
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card" aria-labelledby="settings-closed">
      <h2 id="settings-closed" className="card-title">
        Closed days
      </h2>
      <p className="muted card-intro">Holidays and days off. Series skip them; booking on one asks first.</p>
      {error && <ErrorBanner message={error} />}
      {settings.closedDays.length === 0 ? (
        <p className="muted">No closed days.</p>
      ) : (
        <ul className="closed-days">
          {settings.closedDays.map((d) => (
            <li key={d.date} className="closed-day">
              <CalendarX size={16} aria-hidden="true" className="closed-day-icon" />
              <span className="closed-day-date">{formatDate(d.date)}</span>
              <span className="muted">{d.reason || 'No reason given'}</span>
              <button type="button" className="button button-ghost button-small" disabled={busy} onClick={() => void run(() => call('schedule/removeClosedDay', { date: d.date }), 'Closed day removed')}>
                <Trash2 size={14} aria-hidden="true" />
                Remove<span className="visually-hidden"> {formatDate(d.date)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        className="inline-add"
        aria-label="Add a closed day"
        onSubmit={(e) => {
          e.preventDefault();
          if (!date) return setError('Choose the date the clinic is closed');
          void run(() => call('schedule/addClosedDay', { date, reason }), 'Closed day added').then((ok) => {
            if (ok) {
              setDate('');
              setReason('');
            }
          });
        }}
      >
        <div className="field">
          <label className="field-label" htmlFor={ids.date}>
            Closed on
          </label>
          <input id={ids.date} type="date" className="input" value={date} onChange={(e) => setDate(e.target.value)} />
        </div>
        <div className="field inline-add-grow">
          <label className="field-label" htmlFor={ids.reason}>
            Reason
          </label>
          <input id={ids.reason} className="input" value={reason} maxLength={200} placeholder="e.g. Thanksgiving" onChange={(e) => setReason(e.target.value)} />
        </div>
        <button type="submit" className="button button-secondary" disabled={busy}>
          Add closed day
        </button>
      </form>
    </section>
  );
}
