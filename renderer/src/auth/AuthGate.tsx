// The gate between the lock screen and the app. It asks the core who is signed in, shows the lock
// screen while nobody is (or the app is locked), and locks: on the Lock button, Ctrl/Cmd+L, after
// the idle minutes, and whenever any call is answered 'locked' (the core locks itself too).
//
// Locking unmounts the app, so no client data stays in the page. The URL stays, so unlocking
// reopens the same screen; closing screens save their drafts on the way out, and the lock waits
// for those saves before it asks the core to lock.
import './auth.css';
import { useCallback, useEffect, useEffectEvent, useMemo, useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import type { AuthState } from '../../../shared/schemas/auth';
import { invoke, onLocked, whenCallsSettle } from '../api';
import { ErrorBanner, Loading } from '../components/Status';
import { isModKey, useKeydown } from '../hooks/useShortcut';
import { roleMay } from '../../../shared/domain/permissions';
import { AuthContext, type Auth } from './AuthContext';
import { EmergencyPasscodePrompt } from './EmergencyPasscodePrompt';
import { LockScreen } from './LockScreen';
import { useIdleLock } from './useIdleLock';

const DEFAULT_LOCK_MINUTES = 5;

export function AuthGate({ children }: { children: ReactNode }) {
  const [state, setState] = useState<AuthState | null>(null);
  const [error, setError] = useState<string | null>(null);
  // True from the moment the app starts closing (to lock, to switch user, or because a call was
  // answered 'locked') until the core's new state is in.
  const [closing, setClosing] = useState(false);
  const navigate = useNavigate();
  const [lastUserId, setLastUserId] = useState<string | null>(null);

  const accept = useCallback(
    (next: AuthState) => {
      // Someone else signing in starts on Today, not on the screen the last person left open.
      if (next.user && !next.locked && next.user.id !== lastUserId) {
        if (lastUserId !== null) navigate('/', { replace: true });
        setLastUserId(next.user.id);
      }
      setState(next);
      setError(null);
    },
    [navigate, lastUserId],
  );

  const refresh = useCallback(
    () =>
      invoke('auth/state', {}).then((result) => {
        if (result.ok) accept(result.value);
        else setError(result.error.message);
        setClosing(false);
      }),
    [accept],
  );

  const load = useEffectEvent(() => {
    void refresh();
  });
  useEffect(() => {
    load();
    // A call was answered 'locked' (the core locked itself when idle, or the computer is with a
    // client): ask who is signed in, and the state decides what shows.
    return onLocked(() => load());
  }, []);

  const leave = useCallback(
    async (method: 'auth/lock' | 'auth/signOut') => {
      setClosing(true);
      await whenCallsSettle();
      const result = await invoke(method, {});
      if (result.ok) {
        accept(result.value);
        setClosing(false);
      } else {
        await refresh();
      }
    },
    [accept, refresh],
  );

  const signInRequired = state?.signInRequired ?? false;
  const unlocked = !!state?.user && !state.locked && !closing;
  const lock = useCallback(() => {
    if (signInRequired) void leave('auth/lock');
  }, [signInRequired, leave]);
  const switchUser = useCallback(() => {
    if (signInRequired) void leave('auth/signOut');
  }, [signInRequired, leave]);

  // While a client holds the computer the core does not lock (their form is all that answers, and
  // only the passcode ends it), so neither does the screen.
  const lockable = signInRequired && unlocked && !state?.handOff;
  useIdleLock(lockable, state?.lockMinutes ?? DEFAULT_LOCK_MINUTES, lock);
  useKeydown((e) => {
    if (isModKey(e) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'l') {
      e.preventDefault();
      if (lockable) lock();
    }
  });

  const auth = useMemo<Auth | null>(() => {
    const user = state?.user;
    if (!state || !user) return null;
    return { state, user, role: user.role, may: (method) => roleMay(user.role, method), lock, switchUser, setState: accept, refresh };
  }, [state, lock, switchUser, accept, refresh]);

  if (!state) {
    return <div className="boot">{error ? <ErrorBanner message={error} onRetry={() => void refresh()} /> : <Loading label="Opening Palpate…" />}</div>;
  }
  if (!auth || state.locked || closing) {
    return <LockScreen key={`${state.user?.id ?? 'nobody'}:${state.locked}`} state={state} closing={closing} onSignedIn={accept} />;
  }
  return (
    <AuthContext value={auth}>
      {children}
      {state.emergency && <EmergencyPasscodePrompt />}
    </AuthContext>
  );
}
