// Shown instead of the app when the start-up check (run right after opening, after a clean
// shutdown) found the database damaged: what happened, and the newest good backup to restore.
// The core refuses every other call meanwhile, so nothing is written to the damaged file.
import { DatabaseBackup, RotateCw } from 'lucide-react';
import { useEffect, useState } from 'react';
import type { AppStatus } from '../../../shared/schemas/clinic';
import { call, invoke } from '../api';
import { ErrorBanner } from '../components/Status';
import { formatInstant } from '../format';
import { messageOf } from '../hooks/useCall';
import { localTimeZone } from '../timeZones';

type Damaged = NonNullable<AppStatus['damaged']>;

/** How often app/status is asked again while the background check runs (it takes about a second). */
const RECHECK_MS = 1000;

/**
 * While the core's start-up check still runs (app/status says checkingDatabase), asks again now
 * and then; only a damaged answer replaces the status on screen, so the app is not re-rendered.
 */
export function useDatabaseCheck(status: AppStatus | undefined, setStatus: (next: AppStatus) => void): void {
  const checking = status?.checkingDatabase === true;
  useEffect(() => {
    if (!checking) return;
    let stopped = false;
    let timer: number | undefined;
    const ask = () => {
      timer = window.setTimeout(() => {
        void invoke('app/status', {}).then((next) => {
          if (stopped || !next.ok) return;
          if (next.value.damaged) setStatus(next.value);
          else if (next.value.checkingDatabase) ask();
        });
      }, RECHECK_MS);
    };
    ask();
    return () => {
      stopped = true;
      window.clearTimeout(timer);
    };
  }, [checking, setStatus]);
}

export function DamagedDatabaseScreen({ damaged, timeZone }: { damaged: Damaged; timeZone: string | undefined }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [restored, setRestored] = useState<string | null>(null);
  const { backup } = damaged;

  async function restore(file: string) {
    setBusy(true);
    setError(null);
    try {
      setRestored((await call('backups/restore', { file })).message);
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <main className="setup">
      <section className="setup-card" aria-labelledby="damaged-title">
        <header className="setup-header">
          <h1 id="damaged-title">Palpate’s database is damaged</h1>
        </header>
        {restored ? (
          <>
            <p role="status">{restored}</p>
            <button type="button" className="button button-primary" onClick={() => window.location.reload()}>
              <RotateCw size={16} aria-hidden="true" />
              Open Palpate
            </button>
          </>
        ) : (
          <>
            <p>{damaged.message}</p>
            <p className="muted">
              Palpate checks its database each time it starts. Until a backup is restored nothing can be opened or saved, so the damaged file stays exactly
              as it is.
            </p>
            {error && <ErrorBanner message={error} />}
            {backup ? (
              <>
                <p>
                  Work entered after that backup is not in it. The damaged file is kept in the “replaced” folder inside Palpate’s data folder, not deleted.
                </p>
                <button type="button" className="button button-primary" disabled={busy} onClick={() => void restore(backup.file)}>
                  <DatabaseBackup size={16} aria-hidden="true" />
                  {busy ? 'Restoring…' : `Restore the backup of ${formatInstant(backup.at, timeZone ?? localTimeZone())}`}
                </button>
              </>
            ) : (
              <p>
                No good backup was found in the backups folder. If you keep copies elsewhere (a USB drive, a second backup folder), copy the newest one into
                the “backups” folder inside Palpate’s data folder and restart Palpate.
              </p>
            )}
          </>
        )}
      </section>
    </main>
  );
}
