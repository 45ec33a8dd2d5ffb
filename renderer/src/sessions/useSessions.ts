// A client's sessions for any screen that lists them (the Sessions tab, the draft notice above the
// tabs), kept fresh: starting, saving or signing a note calls `notifySessionsChanged`.
import { useEffect, useMemo } from 'react';
import type { Practitioner } from '../../../shared/schemas/clinic';
import type { ResultOf } from '../../../shared/contract';
import { useCall, type CallState } from '../hooks/useCall';

const EVENT = 'palpate:sessions-changed';

export function notifySessionsChanged(clientId: string): void {
  window.dispatchEvent(new CustomEvent<string>(EVENT, { detail: clientId }));
}

export function useClientSessions(clientId: string): CallState<ResultOf<'sessions/list'>> {
  const sessions = useCall('sessions/list', { clientId });
  const { reload } = sessions;
  useEffect(() => {
    const onChange = (e: Event) => {
      if ((e as CustomEvent<string>).detail === clientId) reload();
    };
    window.addEventListener(EVENT, onChange);
    return () => window.removeEventListener(EVENT, onChange);
  }, [clientId, reload]);
  return sessions;
}

/** "Maya Okafor, LMT" */
export function practitionerName(p: Pick<Practitioner, 'firstName' | 'lastName' | 'credentials'>): string {
  return `${p.firstName} ${p.lastName}${p.credentials ? `, ${p.credentials}` : ''}`;
}

/** Every practitioner (active ones first), and their names by id. */
export function usePractitioners() {
  const list = useCall('practitioners/list', {});
  const names = useMemo(() => new Map((list.data ?? []).map((p) => [p.id, practitionerName(p)])), [list.data]);
  const active = useMemo(() => (list.data ?? []).filter((p) => p.active), [list.data]);
  return { list, names, active };
}

/** "14:05" now on the clinic's clock, rounded to the nearest 5 minutes. */
export function roundedNow(timeZone: string, now = new Date()): string {
  const rounded = new Date(Math.round(now.getTime() / 300_000) * 300_000);
  return new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }).format(rounded);
}

/** "10:32" for an instant, on the clinic's clock. */
export function clockTime(iso: string, timeZone: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }).format(d);
}
