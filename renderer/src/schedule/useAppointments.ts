// The appointments of the range on screen, kept in a small cache so that switching to the next or
// previous week paints at once (DESIGN.md: week switching painted < 100 ms): the neighbouring
// ranges are fetched in the background, and after a change everything cached is shown as it was
// while a fresh copy is fetched ("stale while revalidate").
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppointmentView } from '../../../shared/schemas/schedule';
import { call } from '../api';
import { messageOf } from '../hooks/useCall';

export interface RangeQuery {
  from: string;
  to: string;
  practitionerId?: string;
  roomId?: string;
}

interface Entry {
  data?: AppointmentView[];
  error?: string;
  generation: number;
}

export interface AppointmentsState {
  appointments: AppointmentView[] | undefined;
  error: string | undefined;
  /** True until the current range's answer for the latest generation is in. */
  loading: boolean;
  /** Put a changed appointment on screen now, then refetch everything in the background. */
  update: (changed?: AppointmentView) => void;
  retry: () => void;
}

const keyOf = (q: RangeQuery) => JSON.stringify([q.from, q.to, q.practitionerId ?? '', q.roomId ?? '']);
const inputOf = (q: RangeQuery) => ({ from: q.from, to: q.to, ...(q.practitionerId ? { practitionerId: q.practitionerId } : {}), ...(q.roomId ? { roomId: q.roomId } : {}) });

// The first range, asked for before the schedule could mount (ScheduleScreen starts it beside the
// settings it waits for): one round trip at start-up instead of two in a row. Taken once.
const early = new Map<string, Promise<AppointmentView[]>>();

/** Starts fetching a range now; the schedule's first fetch of the same range takes this answer. */
export function prefetchRange(q: RangeQuery): void {
  const answer = call('appointments/range', inputOf(q));
  answer.catch(() => undefined); // reported when taken; never an unhandled rejection if it is not
  early.set(keyOf(q), answer);
}

/** The prefetched answer for this range, if any; every other prefetched one is dropped. */
function takePrefetched(key: string): Promise<AppointmentView[]> | undefined {
  const answer = early.get(key);
  early.clear();
  return answer;
}

export function useAppointments(query: RangeQuery, neighbours: readonly RangeQuery[]): AppointmentsState {
  const [entries, setEntries] = useState<Record<string, Entry>>({});
  const [generation, setGeneration] = useState(0);
  const inFlight = useRef(new Set<string>());
  const key = keyOf(query);
  const entry = entries[key];
  const current = entry !== undefined && entry.generation === generation;
  const neighbourKeys = JSON.stringify(neighbours.map(keyOf));

  useEffect(() => {
    const fetchOne = (q: RangeQuery) => {
      const k = keyOf(q);
      const ticket = `${generation}:${k}`;
      if (inFlight.current.has(ticket)) return;
      inFlight.current.add(ticket);
      ((generation === 0 ? takePrefetched(k) : undefined) ?? call('appointments/range', inputOf(q))).then(
        (data) => setEntries((prev) => (prev[k] && prev[k].generation > generation ? prev : { ...prev, [k]: { data, generation } })),
        (error: unknown) => setEntries((prev) => ({ ...prev, [k]: { ...prev[k], error: messageOf(error), generation } })),
      ).finally(() => inFlight.current.delete(ticket));
    };
    const queryOf = (k: string): RangeQuery => {
      const [from, to, practitionerId, roomId] = JSON.parse(k) as [string, string, string, string];
      return { from, to, practitionerId, roomId };
    };
    if (!current) {
      fetchOne(queryOf(key));
      return;
    }
    // The range on screen is in: warm the ones a click away.
    for (const k of JSON.parse(neighbourKeys) as string[]) {
      const e = entries[k];
      if (!e || e.generation !== generation) fetchOne(queryOf(k));
    }
  }, [key, current, generation, neighbourKeys, entries]);

  const update = useCallback((changed?: AppointmentView) => {
    if (changed) {
      setEntries((prev) => {
        const next: Record<string, Entry> = {};
        for (const [k, e] of Object.entries(prev)) {
          next[k] = e.data ? { ...e, data: e.data.map((a) => (a.id === changed.id ? changed : a)) } : e;
        }
        return next;
      });
    }
    setGeneration((g) => g + 1);
  }, []);

  return {
    appointments: entry?.data,
    error: current ? entry.error : undefined,
    loading: !current,
    update,
    retry: () => setGeneration((g) => g + 1),
  };
}
