// The client header (name, age, alerts, referral line) for any screen that shows a client, kept
// fresh: a screen that changes what the header is built from (signing an intake, saving a
// referral) calls `notifyClientChanged`, and every header on screen for that client reloads.
import { useEffect } from 'react';
import { useCall, type CallState } from './useCall';
import type { ResultOf } from '../../../shared/contract';

const EVENT = 'palpate:client-changed';

/** Tell every header showing this client to fetch it again. */
export function notifyClientChanged(clientId: string): void {
  window.dispatchEvent(new CustomEvent<string>(EVENT, { detail: clientId }));
}

export function useClientHeader(clientId: string): CallState<ResultOf<'clients/header'>> {
  const header = useCall('clients/header', { id: clientId });
  const { reload } = header;
  useEffect(() => {
    const onChange = (e: Event) => {
      if ((e as CustomEvent<string>).detail === clientId) reload();
    };
    window.addEventListener(EVENT, onChange);
    return () => window.removeEventListener(EVENT, onChange);
  }, [clientId, reload]);
  return header;
}
