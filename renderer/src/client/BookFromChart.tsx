// "Book" on the chart header: the schedule's own booking dialog with this client already chosen
// and the next free slot proposed (default service length, the signed-in therapist or the first
// practitioner, the first room); then a line saying what was booked, with the way to that week.
import { CalendarPlus, X } from 'lucide-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { utcToZoned } from '../../../shared/domain/schedule';
import type { Practitioner } from '../../../shared/schemas/clinic';
import type { AppointmentView, ScheduleSettings } from '../../../shared/schemas/schedule';
import { call } from '../api';
import { useMay, useOnlyOwnSchedule } from '../auth/AuthContext';
import { useToday } from '../ClinicContext';
import { useToast } from '../components/Toast';
import { messageOf } from '../hooks/useCall';
import { BookingDialog } from '../schedule/BookingDialog';
import { activePractitioners, activeRooms, activeServices, type BookingDraft } from '../schedule/bookingForm';
import { shortDay } from '../schedule/labels';

interface Opened {
  draft: BookingDraft;
  settings: ScheduleSettings;
  practitioners: Practitioner[];
}

/** The header's Book button and its dialog; renders nothing for a role that may not book. */
export function BookFromChartButton({ client, onBooked }: { client: { id: string; name: string }; onBooked: (appointment: AppointmentView) => void }) {
  const may = useMay();
  const own = useOnlyOwnSchedule();
  const today = useToday();
  const toast = useToast();
  const [opened, setOpened] = useState<Opened | null>(null);
  const [busy, setBusy] = useState(false);
  if (!may('appointments/book')) return null;

  async function open() {
    setBusy(true);
    try {
      const [settings, practitioners] = await Promise.all([call('schedule/settings', {}), call('practitioners/list', {})]);
      const service = activeServices(settings)[0];
      const lengthMinutes = service?.lengthMinutes ?? 60;
      const practitionerId = own || activePractitioners(practitioners)[0]?.id || '';
      const roomId = activeRooms(settings)[0]?.id ?? '';
      let slot: { date: string; time: string } = { date: today, time: '' };
      if (practitionerId && roomId) {
        // No slot (or a refusal) leaves today with an empty time for the desk to fill in.
        const found = await call('appointments/freeSlot', { practitionerId, roomId, lengthMinutes, from: new Date().toISOString() }).catch(() => null);
        if (found) slot = utcToZoned(found.start, settings.timeZone);
      }
      setOpened({
        settings,
        practitioners,
        draft: { ...slot, client, lengthMinutes, serviceId: service?.id ?? null, practitionerId, roomId },
      });
    } catch (error) {
      toast(messageOf(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <button type="button" className="button button-secondary" onClick={() => void open()} disabled={busy}>
        <CalendarPlus size={16} aria-hidden="true" />
        {busy ? 'Finding a time…' : 'Book'}
      </button>
      {opened && (
        <BookingDialog
          draft={opened.draft}
          settings={opened.settings}
          practitioners={opened.practitioners}
          onClose={() => setOpened(null)}
          onBooked={(a) => {
            setOpened(null);
            onBooked(a);
          }}
        />
      )}
    </>
  );
}

/** "Booked Tue 1 Dec 10:00 with Maya Okafor · Open in schedule" under the header. */
export function BookedNote({ appointment: a, onDismiss }: { appointment: AppointmentView; onDismiss: () => void }) {
  return (
    <p role="status" className="chart-booked-note">
      <span>
        Booked {shortDay(a.localDate)} {a.localStart} with {a.practitionerName}
      </span>
      <Link to={`/schedule?view=week&date=${a.localDate}`}>Open in schedule</Link>
      <button type="button" className="button button-ghost button-small" aria-label="Dismiss" onClick={onDismiss}>
        <X size={14} aria-hidden="true" />
      </button>
    </p>
  );
}
