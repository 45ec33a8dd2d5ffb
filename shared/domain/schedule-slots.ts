// Free-slot search: the next (or nearest) start on the local step grid that fits inside opening
// hours on an open day and keeps `bufferMinutes` clear of every busy interval.

import { isClosedDate, windowsOn, type BusinessHours } from './schedule-hours';
import { addDays, assertDate, assertZone, localToMs, MINUTE_MS, parseInstant, toIso, zonedParts, type Interval } from './schedule-time';

export interface SlotQuery {
  lengthMinutes: number;
  /** Required free time after (and before) each busy interval. */
  bufferMinutes?: number;
  busy: readonly Interval[];
  hours: readonly BusinessHours[];
  closedDays: readonly string[];
  zone: string;
  /** Candidate grid, default 15, aligned to local :00/:15/:30/:45 (multiples of the step after local midnight). */
  stepMinutes?: number;
  /** Default 60. */
  horizonDays?: number;
}

interface Prepared {
  length: number;
  step: number;
  horizonMs: number;
  /** Busy intervals widened by the buffer on both sides, as ms, sorted by start. */
  busy: { s: number; e: number }[];
  closed: Set<string>;
  q: SlotQuery;
}

function prepare(q: SlotQuery): Prepared {
  assertZone(q.zone);
  const step = q.stepMinutes ?? 15;
  const buffer = q.bufferMinutes ?? 0;
  const horizon = q.horizonDays ?? 60;
  if (!Number.isFinite(q.lengthMinutes) || q.lengthMinutes <= 0) throw new Error(`Appointment length must be more than 0 minutes, got ${String(q.lengthMinutes)}`);
  if (!Number.isInteger(step) || step < 1 || step > 1440) throw new Error(`Slot step must be 1 to 1440 whole minutes, got ${String(step)}`);
  if (!Number.isFinite(buffer) || buffer < 0) throw new Error(`Buffer must be 0 minutes or more, got ${String(buffer)}`);
  if (!Number.isFinite(horizon) || horizon <= 0) throw new Error(`Search horizon must be more than 0 days, got ${String(horizon)}`);
  for (const d of q.closedDays) assertDate(d, 'Closed day');
  const busy = q.busy
    .map((b) => ({ s: parseInstant(b.start, 'Busy start'), e: parseInstant(b.end, 'Busy end') }))
    .filter((b) => b.s < b.e) // an empty interval blocks nothing, as in overlaps()
    .map((b) => ({ s: b.s - buffer * MINUTE_MS, e: b.e + buffer * MINUTE_MS }))
    .sort((a, b) => a.s - b.s);
  return { length: q.lengthMinutes * MINUTE_MS, step, horizonMs: horizon * 86_400_000, busy, closed: new Set(q.closedDays), q };
}

/**
 * The first instant ≥ ms whose local wall clock is on the step grid. Works on instants, so both
 * passes through a fall-back hour are candidates and a spring-forward gap is stepped over.
 */
function roundUpToGrid(ms: number, step: number, zone: string): number {
  let t = Math.ceil(ms / MINUTE_MS) * MINUTE_MS;
  for (;;) {
    const r = zonedParts(t, zone).minutesOfDay % step;
    if (r === 0) return t;
    t += (step - r) * MINUTE_MS; // strictly forward, so this ends
  }
}

/** Free slots on one local date, in time order, with starts in [fromMs, untilMs). */
function* freeSlotsOn(date: string, p: Prepared, fromMs: number, untilMs: number): Generator<Interval> {
  if (isClosedDate(date, p.q.hours, p.closed)) return;
  for (const w of windowsOn(date, p.q.hours, p.q.zone)) {
    let t = roundUpToGrid(Math.max(w.start, fromMs), p.step, p.q.zone);
    while (t + p.length <= w.end && t < untilMs) {
      const end = t + p.length;
      let clearOf = -Infinity;
      for (const b of p.busy) {
        if (b.s >= end) break; // sorted by start: nothing later can overlap
        if (b.e > t) clearOf = Math.max(clearOf, b.e);
      }
      if (clearOf === -Infinity) {
        yield { start: toIso(t), end: toIso(end) };
        t = roundUpToGrid(t + MINUTE_MS, p.step, p.q.zone);
      } else {
        // Every start before clearOf overlaps the same busy interval, so jump past it.
        t = roundUpToGrid(Math.max(clearOf, t + MINUTE_MS), p.step, p.q.zone);
      }
    }
  }
}

/**
 * First candidate start ≥ from (rounded up to the step grid in local time) whose [start, end)
 * lies inside one opening window on an open day and overlaps no busy interval widened by the
 * buffer on both sides. Only starts within horizonDays (elapsed time) of `from` count; null if none.
 */
export function nextFreeSlot(from: string, q: SlotQuery): Interval | null {
  const p = prepare(q);
  const fromMs = parseInstant(from, 'Search start');
  const untilMs = fromMs + p.horizonMs;
  const lastDate = zonedParts(untilMs, q.zone).date;
  for (let date = zonedParts(fromMs, q.zone).date; date <= lastDate; date = addDays(date, 1)) {
    for (const slot of freeSlotsOn(date, p, fromMs, untilMs)) return slot;
  }
  return null;
}

/**
 * The free slot whose start is closest in time to `around` on the same local day (ties → the
 * later one); if that day has none, nextFreeSlot from the start of the following local day.
 */
export function nearestFreeSlot(around: string, q: SlotQuery): Interval | null {
  const p = prepare(q);
  const aroundMs = parseInstant(around, 'Wanted start');
  const date = zonedParts(aroundMs, q.zone).date;
  let best: Interval | null = null;
  let bestDistance = Infinity;
  for (const slot of freeSlotsOn(date, p, -Infinity, Infinity)) {
    const startMs = Date.parse(slot.start);
    const distance = Math.abs(startMs - aroundMs);
    if (distance <= bestDistance) {
      best = slot; // later slots come later, so `<=` prefers the later one on a tie
      bestDistance = distance;
    } else if (startMs > aroundMs) {
      break; // moving away from `around` from here on
    }
  }
  if (best) return best;
  const nextDay = toIso(localToMs(addDays(date, 1), 0, q.zone));
  return nextFreeSlot(nextDay, q);
}
