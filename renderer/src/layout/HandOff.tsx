// "Hand to client" mode: the computer is turned toward a client to fill in their intake, so the
// app shows that form and nothing else — no sidebar, no chart, no search. The Shell owns the
// state; screens read it to hide their chrome, and only a deliberate "Return to therapist" ends it.
import { createContext, use } from 'react';

export interface HandOffState {
  /** True while a client holds the computer. */
  active: boolean;
  /** Enter the mode on the current route; the Shell keeps the app on it until `leave`. */
  enter: () => void;
  leave: () => void;
}

export const HandOffContext = createContext<HandOffState>({ active: false, enter: () => {}, leave: () => {} });

export function useHandOff(): HandOffState {
  return use(HandOffContext);
}
