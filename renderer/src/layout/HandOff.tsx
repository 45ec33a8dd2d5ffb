// "Hand to client" mode: the computer is turned toward a client to fill in their intake, so the
// app shows that form and nothing else — no sidebar, no chart, no search. The core holds the mode
// (only that client's intake answers while it lasts); the Shell follows it, and only "Return to
// therapist" with the signed-in person's passcode ends it.
import { createContext, use } from 'react';

export interface HandOffState {
  /** True while a client holds the computer. */
  active: boolean;
  /** Whose passcode takes the computer back; null with no sign-in (then a confirm is enough). */
  passcodeFor: string | null;
  /** Hand the computer to this client (their intake stays on screen); throws CallError. */
  enter: (clientId: string) => Promise<void>;
  /** Take it back; throws CallError (e.g. a wrong passcode). */
  leave: (passcode?: string) => Promise<void>;
}

export const HandOffContext = createContext<HandOffState>({
  active: false,
  passcodeFor: null,
  enter: async () => {},
  leave: async () => {},
});

export function useHandOff(): HandOffState {
  return use(HandOffContext);
}
