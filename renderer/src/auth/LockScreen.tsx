// Shown instead of the whole app while nobody is signed in or the app is locked: nothing of the
// screen behind it stays in the page. Pick your name, type your passcode, Enter. "Not you? Switch
// user" goes back to the names; the owner's emergency access sits underneath.
import './auth.css';
import { useState } from 'react';
import { ROLE_LABELS, type AuthState, type UserSummary } from '../../../shared/schemas/auth';
import { useClinic } from '../ClinicContext';
import { ErrorBanner, Loading } from '../components/Status';
import { useCall } from '../hooks/useCall';
import { EmergencyForm } from './EmergencyForm';
import { SignInForm } from './SignInForm';
import { UserAvatar } from './UserAvatar';

interface Props {
  state: AuthState;
  /** True while the app is closing to lock (or sign out): the form waits. */
  closing: boolean;
  onSignedIn: (state: AuthState) => void;
}

export function LockScreen({ state, closing, onSignedIn }: Props) {
  const { clinic } = useClinic();
  const users = useCall('auth/users', {});
  // Locked: the person who locked is asked first. Signed out: everyone's names.
  const [picked, setPicked] = useState<UserSummary | null>(state.user);
  const [emergency, setEmergency] = useState(false);
  const list = users.data ?? [];
  const chosen = picked ?? (list.length === 1 ? list[0]! : null);
  const unlocking = state.locked && chosen !== null && chosen.id === state.user?.id;

  let title: string;
  let lead: string;
  if (emergency) {
    title = 'Emergency access';
    lead = 'For the owner, when the passcode is lost. Use the recovery code from set-up. This is recorded in the audit trail.';
  } else if (unlocking) {
    title = 'Palpate is locked';
    lead = 'Enter your passcode to carry on where you left off.';
  } else if (chosen) {
    title = 'Sign in';
    lead = 'Enter your passcode.';
  } else {
    title = 'Who is signing in?';
    lead = 'Choose your name.';
  }

  let body;
  if (closing) {
    body = <Loading label="Locking…" />;
  } else if (emergency) {
    body = <EmergencyForm onSignedIn={onSignedIn} onBack={() => setEmergency(false)} />;
  } else if (chosen) {
    body = (
      <>
        <SignInForm key={chosen.id} user={chosen} unlocking={unlocking} onSignedIn={onSignedIn} />
        {list.length > 1 && (
          <button type="button" className="link-button" onClick={() => setPicked(null)}>
            Not you? Switch user
          </button>
        )}
      </>
    );
  } else if (users.error && !users.data) {
    body = <ErrorBanner message={users.error} onRetry={users.reload} />;
  } else if (!users.data) {
    body = <Loading label="Loading…" />;
  } else if (list.length === 0) {
    body = (
      <p className="muted lock-empty">
        Nobody can sign in on this computer yet: no one has a passcode. The clinic’s owner can use emergency access
        below.
      </p>
    );
  } else {
    body = (
      <ul className="lock-users" aria-label="People who can sign in">
        {list.map((u) => (
          <li key={u.id}>
            <button type="button" className="lock-user" onClick={() => setPicked(u)}>
              <UserAvatar name={u.name} />
              <span className="lock-user-text">
                <span className="lock-user-name">{u.name}</span>
                <span className="lock-user-role">{ROLE_LABELS[u.role]}</span>
              </span>
            </button>
          </li>
        ))}
      </ul>
    );
  }

  return (
    <div className="lock">
      <main className="lock-card">
        <header className="lock-header">
          <span className="brand-mark brand-mark-large" aria-hidden="true">
            P
          </span>
          <p className="lock-clinic">{clinic.name}</p>
          <h1>{title}</h1>
          <p className="muted">{lead}</p>
        </header>
        {body}
        {!emergency && !closing && (
          <p className="lock-emergency">
            <button type="button" className="link-button" onClick={() => setEmergency(true)}>
              Owner: forgot your passcode? Emergency access
            </button>
          </p>
        )}
      </main>
    </div>
  );
}
