// Calendar arithmetic for the schedule screens: which local dates a view shows, the UTC range to
// ask for, and where a wall-clock minute sits on the grid. Dates are the clinic's local dates
// (YYYY-MM-DD); all zone math goes through shared/domain/schedule.
import { zonedToUtc } from '../../../shared/domain/schedule';
import { addDays, weekdayOf } from '../../../shared/domain/schedule-time';
import type { HoursEntry, ScheduleSettings } from '../../../shared/schemas/schedule';

export type ScheduleView = 'day' | 'week' | 'agenda';
export const VIEWS: readonly ScheduleView[] = ['day', 'week', 'agenda'];

/** The grid runs 07:00–20:00 in 15-minute slots; a slot is SLOT_PX tall (keep schedule.css in step). */
export const GRID_START = 7 * 60;
export const GRID_END = 20 * 60;
export const SLOT_MINUTES = 15;
export const SLOT_PX = 14;
export const GRID_HEIGHT = ((GRID_END - GRID_START) / SLOT_MINUTES) * SLOT_PX;

export { addDays, weekdayOf };

/** The Monday on or before `date` (weeks run Monday to Sunday). */
export function mondayOf(date: string): string {
  return addDays(date, -((weekdayOf(date) + 6) % 7));
}

/** The local dates a view shows: one day, or Monday to Sunday (agenda lists the same week). */
export function viewDates(view: ScheduleView, anchor: string): string[] {
  if (view === 'day') return [anchor];
  const monday = mondayOf(anchor);
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

/** Local midnight of the first date to local midnight after the last, as UTC instants. */
export function rangeOf(dates: readonly string[], zone: string): { from: string; to: string } {
  const first = dates[0]!;
  const last = dates[dates.length - 1]!;
  return { from: zonedToUtc(first, '00:00', zone), to: zonedToUtc(addDays(last, 1), '00:00', zone) };
}

/** The anchor one page earlier (-1) or later (+1). */
export function stepAnchor(view: ScheduleView, anchor: string, direction: -1 | 1): string {
  return addDays(anchor, view === 'day' ? direction : 7 * direction);
}

/** 'HH:MM' → minutes after midnight. */
export function minutesOf(time: string): number {
  const [h, m] = time.split(':').map(Number) as [number, number];
  return h * 60 + m;
}

/** Minutes after midnight → 'HH:MM'. */
export function clockOf(minutes: number): string {
  const m = ((minutes % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** Pixels from the top of the grid for a minute of the day (clamped to the grid). */
export function yOf(minutes: number): number {
  const clamped = Math.min(Math.max(minutes, GRID_START), GRID_END);
  return ((clamped - GRID_START) / SLOT_MINUTES) * SLOT_PX;
}

/** The minute of the day at `y` pixels, rounded down (floor) or to the nearest (round) slot. */
export function minuteAt(y: number, mode: 'floor' | 'round' = 'floor'): number {
  const slots = y / SLOT_PX;
  const snapped = mode === 'floor' ? Math.floor(slots) : Math.round(slots);
  return GRID_START + snapped * SLOT_MINUTES;
}

export function clampStart(start: number, length: number): number {
  return Math.min(Math.max(start, GRID_START), Math.max(GRID_START, GRID_END - Math.min(length, GRID_END - GRID_START)));
}

export interface DayHours {
  /** Open spans in minutes after midnight (empty when the clinic is closed that day). */
  open: { start: number; end: number }[];
  /** Why the day is closed: a closed-day reason, "Closed" for a weekday without hours, or null. */
  closed: string | null;
}

/** The opening hours of one date: the practitioner's own when the filter names one who has them. */
export function hoursOn(date: string, settings: ScheduleSettings, practitionerId: string): DayHours {
  const closedDay = settings.closedDays.find((d) => d.date === date);
  if (closedDay) return { open: [], closed: closedDay.reason || 'Closed day' };
  const own = settings.practitionerHours.find((p) => p.practitionerId === practitionerId)?.hours;
  const hours: HoursEntry[] = own && own.length > 0 ? own : settings.hours;
  const weekday = weekdayOf(date);
  const open = hours.filter((h) => h.weekday === weekday).map((h) => ({ start: minutesOf(h.open), end: minutesOf(h.close) }));
  return { open, closed: open.length === 0 ? 'Closed' : null };
}

/**
 * Where each block goes across its column: side-by-side lanes for overlapping active blocks; a
 * cancelled or missed one that overlaps an active one becomes a narrow strip at the right edge
 * (still visible, but the booking that replaced it keeps most of the width).
 */
export function layoutBlocks<T extends { id: string; startMin: number; endMin: number; inactive: boolean }>(items: readonly T[]): Map<string, { left: number; width: number }> {
  const active = items.filter((i) => !i.inactive);
  const inactive = items.filter((i) => i.inactive);
  const hit = (a: T, b: T) => a.startMin < b.endMin && b.startMin < a.endMin;
  const result = new Map<string, { left: number; width: number }>();
  const squeezed = new Set(active.filter((a) => inactive.some((i) => hit(a, i))).map((a) => a.id));
  for (const [id, { lane, lanes }] of layoutLanes(active)) {
    const room = squeezed.has(id) ? 0.7 : 1;
    result.set(id, { left: (lane / lanes) * room, width: room / lanes });
  }
  const strips = layoutLanes(inactive);
  for (const i of inactive) {
    const { lane, lanes } = strips.get(i.id) ?? { lane: 0, lanes: 1 };
    result.set(i.id, active.some((a) => hit(a, i)) ? { left: 0.7 + (0.3 * lane) / lanes, width: 0.3 / lanes } : { left: lane / lanes, width: 1 / lanes });
  }
  return result;
}

/** Side-by-side lanes for overlapping blocks: each gets its lane and the lane count of its cluster. */
export function layoutLanes<T extends { id: string; startMin: number; endMin: number }>(items: readonly T[]): Map<string, { lane: number; lanes: number }> {
  const sorted = [...items].sort((a, b) => a.startMin - b.startMin || b.endMin - a.endMin);
  const result = new Map<string, { lane: number; lanes: number }>();
  let cluster: { id: string; lane: number }[] = [];
  let laneEnds: number[] = [];
  let clusterEnd = -1;
  const close = () => {
    for (const c of cluster) result.set(c.id, { lane: c.lane, lanes: laneEnds.length });
    cluster = [];
    laneEnds = [];
  };
  for (const item of sorted) {
    if (item.startMin >= clusterEnd) close();
    let lane = laneEnds.findIndex((end) => end <= item.startMin);
    if (lane === -1) lane = laneEnds.push(item.endMin) - 1;
    else laneEnds[lane] = item.endMin;
    cluster.push({ id: item.id, lane });
    clusterEnd = Math.max(clusterEnd, item.endMin);
  }
  close();
  return result;
}
