// Scheduling inputs and views. Instants are UTC ISO-8601; wall-clock times are 'HH:MM' in the
// clinic's time zone; dates are 'YYYY-MM-DD'.
import { z } from 'zod';
import type { Alert } from '../domain/precautions';
import { id, optionalText, requiredDate, requiredText } from './fields';

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;
const time = (label: string) => z.string({ error: `${label} is required` }).regex(HHMM, `${label}: enter a time like 09:00`);
export const instant = (label: string) => z.iso.datetime({ error: `${label} must be a date and time` });
const minutes = (label: string, min: number, max: number) =>
  z
    .number({ error: `${label} must be a number of minutes` })
    .int(`${label} must be whole minutes`)
    .min(min, `${label} must be at least ${min} minutes`)
    .max(max, `${label} must be at most ${max} minutes (${max / 60} hours)`);
const weekday = z.number().int().min(0, 'Weekday is 0 (Sunday) to 6').max(6, 'Weekday is 0 (Sunday) to 6');

export const APPOINTMENT_STATUSES = ['booked', 'confirmed', 'arrived', 'completed', 'cancelled', 'late_cancelled', 'no_show'] as const;
export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number];
/** Statuses that hold the room and the practitioner; the others stay visible but free the slot. */
export const ACTIVE_STATUSES: readonly AppointmentStatus[] = ['booked', 'confirmed', 'arrived', 'completed'];
export const STATUS_LABELS: Record<AppointmentStatus, string> = {
  booked: 'Booked',
  confirmed: 'Confirmed',
  arrived: 'Arrived',
  completed: 'Completed',
  cancelled: 'Cancelled',
  late_cancelled: 'Late cancellation',
  no_show: 'No-show',
};

export const HoursRow = z
  .object({ weekday, open: time('Opening time'), close: time('Closing time') })
  .strict()
  .refine((h) => h.close > h.open, { path: ['close'], message: 'Closing time must be after opening time' });

export const BusinessHoursInput = z.object({ hours: z.array(HoursRow).max(28) }).strict();
export const PractitionerHoursInput = z.object({ practitionerId: id, hours: z.array(HoursRow).max(28) }).strict();
export const ClosedDayInput = z.object({ date: requiredDate('Date'), reason: optionalText('Reason', 200) }).strict();
export const ClosedDayRemoveInput = z.object({ date: requiredDate('Date') }).strict();

export const RoomInput = z.object({ name: requiredText('Room name', 80), active: z.boolean().default(true) }).strict();
export const RoomUpdateInput = RoomInput.extend({ id }).strict();
export const ServiceInput = z
  .object({
    name: requiredText('Service name', 120),
    lengthMinutes: minutes('Length', 5, 480),
    bufferMinutes: minutes('Buffer', 0, 120).default(0),
    active: z.boolean().default(true),
  })
  .strict();
export const ServiceUpdateInput = ServiceInput.extend({ id }).strict();

const bookingFields = {
  clientId: id,
  practitionerId: id,
  roomId: id,
  serviceId: id.nullable().default(null),
  start: instant('Start'),
  lengthMinutes: minutes('Length', 5, 480),
  notes: optionalText('Notes', 2000),
  /** Outside business hours or on a closed day the first try is refused with code 'needs_confirmation'; resend with true. */
  confirmOutsideHours: z.boolean().default(false),
};
export const AppointmentInput = z.object(bookingFields).strict();
export type AppointmentInput = z.output<typeof AppointmentInput>;

export const AppointmentMoveInput = z
  .object({
    id,
    start: instant('Start'),
    lengthMinutes: minutes('Length', 5, 480),
    practitionerId: id.optional(),
    roomId: id.optional(),
    confirmOutsideHours: z.boolean().default(false),
    /** 'one' moves this appointment; 'following' shifts it and every later one of its series by the same local-time change. */
    scope: z.enum(['one', 'following']).default('one'),
  })
  .strict();
export type AppointmentMoveInput = z.output<typeof AppointmentMoveInput>;

/** Change the service or the notes; a missing serviceId leaves it as it is. */
export const AppointmentEditInput = z.object({ id, serviceId: id.nullable().optional(), notes: optionalText('Notes', 2000) }).strict();

export const AppointmentStatusInput = z
  .object({
    id,
    status: z.enum(APPOINTMENT_STATUSES, { error: 'Choose a status' }),
    reason: optionalText('Reason', 500),
    scope: z.enum(['one', 'following']).default('one'),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (['cancelled', 'late_cancelled', 'no_show'].includes(v.status) && !v.reason) {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'Give a reason (it shows in the history and reports)' });
    }
  });
export type AppointmentStatusInput = z.output<typeof AppointmentStatusInput>;

export const RangeInput = z
  .object({ from: instant('From'), to: instant('To'), practitionerId: id.optional(), roomId: id.optional() })
  .strict()
  .refine((v) => v.to > v.from, { path: ['to'], message: 'The end of the range must be after its start' })
  .refine((v) => Date.parse(v.to) - Date.parse(v.from) <= 42 * 86_400_000, { path: ['to'], message: 'Ask for at most six weeks at a time' });

export const FreeSlotInput = z
  .object({ practitionerId: id, roomId: id, lengthMinutes: minutes('Length', 5, 480), from: instant('From').optional() })
  .strict();

export const SeriesInput = z
  .object({
    clientId: id,
    practitionerId: id,
    roomId: id,
    serviceId: id.nullable().default(null),
    planId: id.nullable().default(null),
    startDate: requiredDate('First date'),
    time: time('Time'),
    lengthMinutes: minutes('Length', 5, 480),
    weekdays: z.array(weekday).min(1, 'Choose at least one weekday').max(7).optional(),
    count: z.number().int().min(1, 'At least one visit').max(104, 'At most 104 visits').optional(),
    weeks: z.number().int().min(1, 'At least one week').max(104, 'At most 104 weeks').optional(),
    everyNWeeks: z.number().int().min(1).max(8).default(1),
    notes: optionalText('Notes', 2000),
  })
  .strict()
  .refine((v) => v.count !== undefined || v.weeks !== undefined, { path: ['count'], message: 'Say how many visits or for how many weeks' });
export type SeriesInput = z.output<typeof SeriesInput>;

/** Create a previewed series: the starts the person accepted (moved ones included). */
export const SeriesCreateInput = z
  .object({
    series: SeriesInput,
    starts: z.array(instant('Start')).min(1, 'Nothing to book').max(200),
    confirmOutsideHours: z.boolean().default(false),
  })
  .strict();

export const StartFromAppointmentInput = z.object({ appointmentId: id }).strict();
export const DayInput = z.object({ date: requiredDate('Date').optional() }).strict();

// ── Views ────────────────────────────────────────────────────────────────────────────────────

export interface Room {
  id: string;
  name: string;
  active: boolean;
}
export interface Service {
  id: string;
  name: string;
  lengthMinutes: number;
  bufferMinutes: number;
  active: boolean;
}
export interface HoursEntry {
  weekday: number;
  open: string;
  close: string;
}
export interface ScheduleSettings {
  timeZone: string;
  rooms: Room[];
  services: Service[];
  hours: HoursEntry[];
  closedDays: { date: string; reason: string }[];
  practitionerHours: { practitionerId: string; hours: HoursEntry[] }[];
}

export interface AppointmentView {
  id: string;
  clientId: string;
  clientName: string;
  clientPhone: string;
  practitionerId: string;
  practitionerName: string;
  roomId: string;
  roomName: string;
  serviceId: string | null;
  serviceName: string;
  start: string;
  end: string;
  /** Local wall-clock date and times in the clinic's zone, for display. */
  localDate: string;
  localStart: string;
  localEnd: string;
  status: AppointmentStatus;
  statusReason: string;
  notes: string;
  seriesId: string | null;
  sessionId: string | null;
  /** The client's precaution alerts (titles and severities) for badges. */
  alerts: Pick<Alert, 'ruleId' | 'severity' | 'title'>[];
  /** Referral warnings for badges ("2 visits left"). */
  referralWarnings: string[];
}

export interface AppointmentHistoryEntry {
  at: string;
  kind: 'created' | 'moved' | 'status' | 'edited' | 'session';
  summary: string;
}

export interface SeriesPreviewItem {
  date: string;
  start: string;
  end: string;
  state: 'free' | 'clash' | 'closed' | 'outside_hours';
  message: string;
  /** For a clash: the nearest free slot that day (or the next open day). */
  proposed: { start: string; end: string } | null;
}

export interface TodayView {
  date: string;
  appointments: AppointmentView[];
  overdueNotes: { id: string; clientId: string; clientName: string; sessionDate: string }[];
  referralsRunningOut: { id: string; clientId: string; clientName: string; badge: string; warnings: string[] }[];
}
