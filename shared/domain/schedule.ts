// Pure scheduling rules (issue 5): overlap, wall clock ↔ UTC in the clinic's zone, business
// hours, series across DST, free-slot search and clashes. Instants are UTC ISO-8601 text and
// intervals are half-open [start, end). Split into schedule-*.ts; this file is the public API.

import { overlaps, type Interval } from './schedule-time';

export { addMinutes, overlaps, utcToZoned, zonedToUtc, type Interval, type Weekday } from './schedule-time';
export { checkBusinessHours, type BusinessHours, type HoursCheck } from './schedule-hours';
export { generateSeries, type SeriesOccurrence, type SeriesRule } from './schedule-series';
export { nearestFreeSlot, nextFreeSlot, type SlotQuery } from './schedule-slots';

/**
 * Every one of `others` that overlaps `candidate`, except `excludeId` (the appointment being
 * moved). The caller passes only appointments that block: cancelled and no-show ones do not.
 */
export function appointmentClashes<T extends Interval & { id: string }>(candidate: Interval, others: readonly T[], excludeId?: string): T[] {
  return others.filter((o) => o.id !== excludeId && overlaps(candidate, o));
}
