// The "schedule a series" form and how a treatment plan fills it in ("2 sessions per week, 12
// planned" → two weekdays, 12 visits).
import { z } from 'zod';
import { requiredDate } from '../../../shared/schemas/fields';
import type { TreatmentPlan } from '../../../shared/schemas/plan';
import { AppointmentInput, type ScheduleSettings, type SeriesInput, type SeriesPreviewItem } from '../../../shared/schemas/schedule';
import { addDays, hoursOn, weekdayOf } from './calendar';

const whole = (label: string, min: number, max: number) =>
  z.number({ error: `${label} must be a number` }).int(`${label} must be a whole number`).min(min, `${label}: at least ${min}`).max(max, `${label}: at most ${max}`);

export const SeriesForm = z
  .object({
    clientId: z.string().min(1, 'Choose a client'),
    planId: z.string(),
    startDate: requiredDate('First date'),
    weekdays: z.array(z.number().int().min(0).max(6)).min(1, 'Choose at least one weekday'),
    time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Enter a time like 10:00'),
    serviceId: z.string(),
    lengthMinutes: AppointmentInput.shape.lengthMinutes,
    practitionerId: z.string().min(1, 'Choose a practitioner'),
    roomId: z.string().min(1, 'Choose a room'),
    repeat: z.enum(['count', 'weeks']),
    count: z.number().optional(),
    weeks: z.number().optional(),
    everyNWeeks: whole('Every N weeks', 1, 8),
    notes: AppointmentInput.shape.notes,
  })
  .superRefine((v, ctx) => {
    const field = v.repeat === 'count' ? 'count' : 'weeks';
    const parsed = whole(v.repeat === 'count' ? 'Number of visits' : 'Number of weeks', 1, 104).safeParse(v[field]);
    if (!parsed.success) ctx.addIssue({ code: 'custom', path: [field], message: parsed.error.issues[0]?.message ?? 'Enter a number' });
  });
export type SeriesForm = z.output<typeof SeriesForm>;
export type SeriesFormValues = z.input<typeof SeriesForm>;

export function toSeriesInput(v: SeriesForm): z.input<typeof SeriesInput> {
  return {
    clientId: v.clientId,
    planId: v.planId || null,
    practitionerId: v.practitionerId,
    roomId: v.roomId,
    serviceId: v.serviceId || null,
    startDate: v.startDate,
    time: v.time,
    lengthMinutes: v.lengthMinutes,
    weekdays: [...v.weekdays].sort((a, b) => a - b),
    ...(v.repeat === 'count' ? { count: v.count } : { weeks: v.weeks }),
    everyNWeeks: v.everyNWeeks,
    notes: v.notes,
  };
}

/** `perWeek` weekdays spread over Monday–Friday, starting from the first date's weekday. */
export function weekdaysFor(firstDate: string, perWeek: number): number[] {
  const first = weekdayOf(firstDate);
  if (perWeek <= 1) return [first];
  if (perWeek >= 5) return perWeek >= 7 ? [0, 1, 2, 3, 4, 5, 6] : [1, 2, 3, 4, 5, 6].slice(0, perWeek);
  const index = first >= 1 && first <= 5 ? first - 1 : 0;
  const picks = Array.from({ length: perWeek }, (_, i) => ((index + Math.ceil((i * 5) / perWeek)) % 5) + 1);
  return [...new Set(picks)].sort((a, b) => a - b);
}

/** The first date: the plan's start if it is still ahead, else the next day the clinic is open. */
export function firstDateFor(plan: TreatmentPlan | null, today: string, settings: ScheduleSettings): string {
  let date = addDays(today, 1);
  if (plan && plan.startDate > date) date = plan.startDate;
  for (let i = 0; i < 14 && hoursOn(date, settings, '').closed; i++) date = addDays(date, 1);
  return date;
}

/** Per previewed occurrence, whether it will be booked and at which start. */
export interface Choice {
  include: boolean;
}

/** The starts to send: free ones, accepted proposals for clashes, accepted out-of-hours ones. */
export function acceptedStarts(items: readonly SeriesPreviewItem[], choices: readonly Choice[]): { starts: string[]; outsideHours: boolean } {
  const starts: string[] = [];
  let outsideHours = false;
  items.forEach((item, i) => {
    const include = choices[i]?.include ?? false;
    if (item.state === 'free') starts.push(item.start);
    else if (item.state === 'clash' && include && item.proposed) starts.push(item.proposed.start);
    else if (item.state === 'outside_hours' && include) {
      starts.push(item.start);
      outsideHours = true;
    }
  });
  return { starts, outsideHours };
}
