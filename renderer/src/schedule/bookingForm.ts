// The booking form: a local date and start time (the clinic's wall clock) instead of the UTC
// instant the core takes; the length and notes rules are the core's own.
import { z } from 'zod';
import { zonedToUtc } from '../../../shared/domain/schedule';
import { requiredDate } from '../../../shared/schemas/fields';
import { AppointmentInput, type ScheduleSettings } from '../../../shared/schemas/schedule';
import type { Practitioner } from '../../../shared/schemas/clinic';
import type { PickedClient } from '../components/ClientPicker';

export const BookingForm = z.object({
  clientId: z.string().min(1, 'Choose a client'),
  serviceId: z.string(),
  practitionerId: z.string().min(1, 'Choose a practitioner'),
  roomId: z.string().min(1, 'Choose a room'),
  date: requiredDate('Date'),
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Enter a start time like 09:00'),
  lengthMinutes: AppointmentInput.shape.lengthMinutes,
  notes: AppointmentInput.shape.notes,
});
export type BookingForm = z.output<typeof BookingForm>;
export type BookingFormValues = z.input<typeof BookingForm>;

/** What a booking starts from: a clicked slot, a found free slot, a rebooking. */
export interface BookingDraft {
  date: string;
  time: string;
  /** A dragged length; otherwise the service's default length. */
  lengthMinutes?: number | null;
  client?: PickedClient | null;
  serviceId?: string | null;
  practitionerId?: string;
  roomId?: string | null;
  notes?: string;
}

export function activeServices(settings: ScheduleSettings) {
  return settings.services.filter((s) => s.active);
}

export function activeRooms(settings: ScheduleSettings) {
  return settings.rooms.filter((r) => r.active);
}

export function activePractitioners(practitioners: readonly Practitioner[]) {
  return practitioners.filter((p) => p.active);
}

export function defaultsFor(draft: BookingDraft, settings: ScheduleSettings, practitioners: readonly Practitioner[]): BookingFormValues {
  const services = activeServices(settings);
  // A dragged length picks the service of that length, if there is one; a click takes the first.
  const service =
    draft.serviceId !== undefined
      ? services.find((s) => s.id === draft.serviceId)
      : draft.lengthMinutes
        ? services.find((s) => s.lengthMinutes === draft.lengthMinutes)
        : services[0];
  return {
    clientId: draft.client?.id ?? '',
    serviceId: service?.id ?? '',
    practitionerId: draft.practitionerId || activePractitioners(practitioners)[0]?.id || '',
    roomId: draft.roomId || activeRooms(settings)[0]?.id || '',
    date: draft.date,
    time: draft.time,
    lengthMinutes: draft.lengthMinutes ?? service?.lengthMinutes ?? 60,
    notes: draft.notes ?? '',
  };
}

export function toBookInput(values: BookingForm, zone: string, confirmOutsideHours: boolean) {
  return {
    clientId: values.clientId,
    practitionerId: values.practitionerId,
    roomId: values.roomId,
    serviceId: values.serviceId || null,
    start: zonedToUtc(values.date, values.time, zone),
    lengthMinutes: values.lengthMinutes,
    notes: values.notes,
    confirmOutsideHours,
  };
}
