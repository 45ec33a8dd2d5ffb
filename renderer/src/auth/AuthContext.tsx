// Who is at the keyboard, for every screen behind the lock: their name and role (to hide what the
// role may not use), and the ways to leave (lock, switch user) and to hand the computer over.
import { createContext, use } from 'react';
import type { Method } from '../../../shared/methods';
import { roleMayPrint } from '../../../shared/domain/permissions';
import type { AuthState, Role, UserSummary } from '../../../shared/schemas/auth';
import type { DocumentKind } from '../../../shared/schemas/documents';

export interface Auth {
  state: AuthState;
  /** Always set behind the gate: the gate shows the lock screen while nobody is signed in. */
  user: UserSummary;
  role: Role;
  /** True when this user's role may call `method` (the core refuses the rest anyway). */
  may: (method: Method) => boolean;
  /** Lock now (the Lock button, Ctrl/Cmd+L, the idle timer); a no-op with no sign-in. */
  lock: () => void;
  /** Sign out and show the user picker ("Switch user"). */
  switchUser: () => void;
  /** Replace the state with what a call returned (hand-off, a new passcode, …). */
  setState: (state: AuthState) => void;
  refresh: () => Promise<void>;
}

export const AuthContext = createContext<Auth | null>(null);

export function useAuth(): Auth {
  const auth = use(AuthContext);
  if (!auth) throw new Error('useAuth must be used inside the auth gate');
  return auth;
}

/** `may` for a screen that can also render outside the gate (tests, setup): then everything is allowed. */
export function useMay(): (method: Method) => boolean {
  const auth = use(AuthContext);
  return auth ? auth.may : () => true;
}

/** Whether this user's role may print or save a document of this kind. */
export function useMayPrint(): (kind: DocumentKind) => boolean {
  const auth = use(AuthContext);
  return auth ? (kind) => roleMayPrint(auth.role, kind) : () => true;
}

/** A session starts from an appointment only for clinicians, and a therapist only from their own. */
export function useMayStartSession(): (practitionerId: string) => boolean {
  const auth = use(AuthContext);
  if (!auth) return () => true;
  return (practitionerId) =>
    auth.may('appointments/startSession') && (auth.role !== 'therapist' || auth.user.practitionerId === practitionerId);
}

/**
 * Therapists book and change only their own appointments (the core refuses the rest): the
 * practitioner they chart as, or null when this user may book for anyone.
 */
export function useOnlyOwnSchedule(): string | null {
  const auth = use(AuthContext);
  return auth?.role === 'therapist' ? (auth.user.practitionerId ?? '') : null;
}
