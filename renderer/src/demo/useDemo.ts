// Opening and leaving the demo clinic. The host swaps the whole clinic (its core and data folder);
// the renderer then starts again from Today, so no screen keeps anything from the other clinic.
import { useState } from 'react';
import { call } from '../api';
import { messageOf } from '../hooks/useCall';

function restartAtToday(): void {
  window.location.hash = '#/';
  window.location.reload();
}

export function useDemoSwitch(method: 'app/openDemo' | 'app/closeDemo') {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      await call(method, {});
      restartAtToday();
    } catch (e) {
      setError(messageOf(e));
      setBusy(false);
    }
  };
  return { busy, error, run };
}
