// Before anything else, when the clinic's database is encrypted and its key is protected by a
// passphrase (or the keychain cannot give it): the passphrase, or the printed recovery key. Until
// it opens, main has no core and answers nothing but this screen (electron/core/encryption-host.ts),
// so no data is in the page. The sign-in screen (AuthGate) comes after it.
import { KeyRound, Lock } from 'lucide-react';
import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import type { DatabaseLock } from '../../../shared/schemas/encryption';
import { call, CallError } from '../api';
import { ErrorBanner, Loading } from '../components/Status';
import { messageOf } from '../hooks/useCall';
import '../settings/encryption.css';
import './auth.css';

/** Renders `children` (the app) once the database is open; the unlock screen until then. */
export function UnlockDatabaseGate({ children }: { children: ReactNode }) {
  const [lock, setLock] = useState<DatabaseLock | 'checking' | 'open'>('checking');
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    call('security/databaseLock', {}).then(
      (answer) => live && setLock(answer.locked ? answer : 'open'),
      // A host that does not know the question has no lock: the app says what else is wrong.
      () => live && setLock('open'),
    );
    return () => {
      live = false;
    };
  }, []);

  if (lock === 'checking') {
    return (
      <div className="boot">
        <Loading label="Opening Palpate…" />
      </div>
    );
  }
  // Opened with the recovery key: say what to do next before the app (and its sign-in) shows.
  if (notice) return <UnlockDatabaseScreen lock={null} notice={notice} onUnlocked={() => setNotice(null)} />;
  if (lock !== 'open') {
    const opened = (answer: DatabaseLock) => {
      setNotice(answer.notice);
      setLock('open');
    };
    return <UnlockDatabaseScreen lock={lock} notice={null} onUnlocked={opened} />;
  }
  return children;
}

interface Props {
  /** The lock as main reported it; null once opened (only the notice is left to show). */
  lock: DatabaseLock | null;
  notice: string | null;
  onUnlocked: (opened: DatabaseLock) => void;
}

export function UnlockDatabaseScreen({ lock, notice, onUnlocked }: Props) {
  // The keychain could not give the key: only the recovery key helps.
  const keychainOnly = lock?.protection === 'os-keychain';
  const [useRecovery, setUseRecovery] = useState(keychainOnly);
  const [value, setValue] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [banner, setBanner] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (notice) {
    return (
      <UnlockFrame title="Palpate is open">
        <p role="status">{notice}</p>
        <button type="button" className="button button-primary" onClick={() => onUnlocked({ locked: false, protection: null, message: null, canUnlock: true, notice: null })} autoFocus>
          Continue
        </button>
      </UnlockFrame>
    );
  }
  if (!lock) return null;

  async function unlock(e: FormEvent) {
    e.preventDefault();
    setBanner(null);
    setFieldError(null);
    if (!value) {
      setFieldError(useRecovery ? 'Enter the recovery key' : 'Enter the passphrase');
      return;
    }
    setBusy(true);
    try {
      onUnlocked(await call('security/unlockDatabase', useRecovery ? { recoveryKey: value } : { passphrase: value }));
    } catch (error) {
      const fields = error instanceof CallError ? error.detail.fields : undefined;
      const onField = fields?.[useRecovery ? 'recoveryKey' : 'passphrase'];
      if (onField) setFieldError(onField);
      else setBanner(messageOf(error));
    } finally {
      setBusy(false);
    }
  }

  const label = useRecovery ? 'Recovery key' : 'Passphrase';
  return (
    <UnlockFrame title="Palpate’s database is locked">
      <p>{lock.message}</p>
      {banner && <ErrorBanner message={banner} />}
      {lock.canUnlock && (
        <form onSubmit={(e) => void unlock(e)} noValidate className="form">
          <div className="field">
            <div className="field-label">
              <label htmlFor="unlock-secret">{label}</label>
            </div>
            <input
              id="unlock-secret"
              key={label}
              className="input"
              type={useRecovery ? 'text' : 'password'}
              autoComplete={useRecovery ? 'off' : 'current-password'}
              spellCheck={false}
              value={value}
              onChange={(e) => setValue(e.currentTarget.value)}
              aria-invalid={fieldError ? true : undefined}
              aria-describedby={fieldError ? 'unlock-secret-error' : useRecovery ? 'unlock-secret-hint' : undefined}
              autoFocus
            />
            {useRecovery && (
              <p id="unlock-secret-hint" className="field-hint">
                40 letters and digits, as printed. Dashes and spaces do not matter.
              </p>
            )}
            {fieldError && (
              <p id="unlock-secret-error" className="field-error">
                {fieldError}
              </p>
            )}
          </div>
          <div className="form-actions">
            <button type="submit" className="button button-primary" disabled={busy}>
              {busy ? 'Opening…' : 'Unlock'}
            </button>
          </div>
        </form>
      )}
      {lock.canUnlock && !keychainOnly && (
        <button
          type="button"
          className="link-button unlock-switch"
          onClick={() => {
            setUseRecovery(!useRecovery);
            setValue('');
            setFieldError(null);
          }}
        >
          <KeyRound size={14} aria-hidden="true" /> {useRecovery ? 'Use the passphrase' : 'Forgot the passphrase? Use the recovery key'}
        </button>
      )}
    </UnlockFrame>
  );
}

function UnlockFrame({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main className="lock">
      <div className="lock-card">
        <div className="lock-header unlock-header">
          <Lock size={28} aria-hidden="true" />
          <h1>{title}</h1>
        </div>
        {children}
      </div>
    </main>
  );
}
