// Practitioners' own working hours. By default a practitioner works the clinic's hours; setting
// their own makes booking them outside those hours ask first.
import { Clock } from 'lucide-react';
import { useState } from 'react';
import type { Practitioner } from '../../../shared/schemas/clinic';
import type { HoursEntry } from '../../../shared/schemas/schedule';
import { call } from '../api';
import { Dialog } from '../components/Dialog';
import { ErrorBanner, Loading } from '../components/Status';
import { useToast } from '../components/Toast';
import { messageOf, useCall } from '../hooks/useCall';
import { weekdayName } from '../schedule/labels';
import { ScheduleHoursEditor } from './ScheduleHoursEditor';
import type { ScheduleCardProps } from './ScheduleSettings';

/** "Tue, Wed, Fri 11:00–19:00 · Sat 09:00–13:00": days with the same hours together. */
function summary(hours: readonly HoursEntry[]): string {
  const byDay = new Map<number, string[]>();
  for (const h of hours) byDay.set(h.weekday, [...(byDay.get(h.weekday) ?? []), `${h.open}–${h.close}`].sort());
  const groups = new Map<string, number[]>();
  for (const [weekday, shifts] of [...byDay].sort(([a], [b]) => ((a + 6) % 7) - ((b + 6) % 7))) {
    const key = shifts.join(', ');
    groups.set(key, [...(groups.get(key) ?? []), weekday]);
  }
  return [...groups].map(([shifts, days]) => `${days.map((d) => weekdayName(`2024-01-0${d === 0 ? 7 : d}`)).join(', ')} ${shifts}`).join(' · ');
}

export function SchedulePractitionerHours({ settings, onSaved }: ScheduleCardProps) {
  const practitioners = useCall('practitioners/list', {});
  const toast = useToast();
  const [editing, setEditing] = useState<Practitioner | null>(null);
  const [error, setError] = useState<string | null>(null);
  const own = (id: string) => settings.practitionerHours.find((p) => p.practitionerId === id)?.hours ?? [];

  async function switchToClinicHours(p: Practitioner) {
    setError(null);
    try {
      onSaved(await call('schedule/savePractitionerHours', { practitionerId: p.id, hours: [] }));
      toast(`${p.firstName} ${p.lastName} now works the clinic’s hours`);
    } catch (e) {
      setError(messageOf(e));
    }
  }

  return (
    <section className="card" aria-labelledby="settings-practitioner-hours">
      <h2 id="settings-practitioner-hours" className="card-title">
        Practitioners’ hours
      </h2>
      <p className="muted card-intro">Optional. Without their own hours, a practitioner works the clinic’s opening hours.</p>
      {error && <ErrorBanner message={error} />}
      {practitioners.error ? (
        <ErrorBanner message={practitioners.error} onRetry={practitioners.reload} />
      ) : !practitioners.data ? (
        <Loading />
      ) : (
        <ul className="practitioner-hours">
          {practitioners.data.map((p) => {
            const hours = own(p.id);
            return (
              <li key={p.id} className="practitioner-hours-row">
                <Clock size={16} aria-hidden="true" className="room-icon" />
                <span className="cell-name">
                  {p.firstName} {p.lastName}
                </span>
                <span className={hours.length ? 'practitioner-hours-summary' : 'practitioner-hours-summary muted'}>{hours.length ? summary(hours) : 'Uses clinic hours'}</span>
                <span className="practitioner-hours-actions">
                  <button type="button" className="button button-ghost button-small" onClick={() => setEditing(p)}>
                    {hours.length ? 'Edit hours' : 'Set own hours'}
                    <span className="visually-hidden"> for {p.firstName} {p.lastName}</span>
                  </button>
                  {hours.length > 0 && (
                    <button type="button" className="button button-ghost button-small" onClick={() => void switchToClinicHours(p)}>
                      Use clinic hours<span className="visually-hidden"> for {p.firstName} {p.lastName}</span>
                    </button>
                  )}
                </span>
              </li>
            );
          })}
        </ul>
      )}
      <Dialog open={editing !== null} onClose={() => setEditing(null)} title={editing ? `Hours of ${editing.firstName} ${editing.lastName}` : 'Hours'} className="dialog-hours">
        {editing && (
          <ScheduleHoursEditor
            hours={own(editing.id).length ? own(editing.id) : settings.hours}
            saveLabel="Save their hours"
            onCancel={() => setEditing(null)}
            onSave={async (hours) => {
              onSaved(await call('schedule/savePractitionerHours', { practitionerId: editing.id, hours }));
              toast(`Hours of ${editing.firstName} ${editing.lastName} saved`);
              setEditing(null);
            }}
          />
        )}
      </Dialog>
    </section>
  );
}
