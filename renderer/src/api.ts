// The renderer's only door to main: window.palpate.invoke, typed by the shared contract.
import type { InputOf, Method, ResultOf } from '../../shared/contract';
import type { AppErrorShape, Envelope } from '../../shared/result';

export interface PalpateBridge {
  invoke(method: string, input: unknown): Promise<Envelope<unknown>>;
}

declare global {
  interface Window {
    palpate?: PalpateBridge;
  }
}

/** Thrown by `call` so screens can show `error.message` and put `error.fields` beside fields. */
export class CallError extends Error {
  constructor(readonly detail: AppErrorShape) {
    super(detail.message);
    this.name = 'CallError';
  }
}

// The lock screen must appear whichever call finds the app locked (the core locks itself when
// idle), so the auth gate listens here rather than every screen checking for 'locked'.
const lockedListeners = new Set<() => void>();

/** Calls `listener` whenever a call is answered 'locked'; returns the unsubscribe. */
export function onLocked(listener: () => void): () => void {
  lockedListeners.add(listener);
  return () => lockedListeners.delete(listener);
}

let inFlight = 0;
let settledWaiters: Array<() => void> = [];

/**
 * Resolves once no call is in flight (or after `maxMs`): locking waits for the saves a closing
 * screen just started (autosaved drafts), so they land before the core locks. Waits a moment
 * first, because those saves are queued behind a microtask or two.
 */
export async function whenCallsSettle(maxMs = 3000): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 20));
  if (inFlight === 0) return;
  await Promise.race([
    new Promise<void>((resolve) => settledWaiters.push(resolve)),
    new Promise((resolve) => setTimeout(resolve, maxMs)),
  ]);
}

async function send<M extends Method>(bridge: PalpateBridge, method: M, input: InputOf<M>): Promise<Envelope<ResultOf<M>>> {
  inFlight += 1;
  try {
    return (await bridge.invoke(method, input)) as Envelope<ResultOf<M>>;
  } finally {
    inFlight -= 1;
    if (inFlight === 0) {
      const waiters = settledWaiters;
      settledWaiters = [];
      for (const resolve of waiters) resolve();
    }
  }
}

export async function invoke<M extends Method>(method: M, input: InputOf<M>): Promise<Envelope<ResultOf<M>>> {
  const bridge = window.palpate;
  if (!bridge) {
    return { ok: false, error: { code: 'internal', message: 'Palpate could not reach its database. Restart the app.' } };
  }
  let result: Envelope<ResultOf<M>>;
  try {
    result = await send(bridge, method, input);
  } catch {
    return { ok: false, error: { code: 'internal', message: 'Palpate could not reach its database. Restart the app.' } };
  }
  if (!result.ok && result.error.code === 'locked') for (const listener of lockedListeners) listener();
  return result;
}

/** Like invoke, but resolves to the value or throws CallError. */
export async function call<M extends Method>(method: M, input: InputOf<M>): Promise<ResultOf<M>> {
  const result = await invoke(method, input);
  if (!result.ok) throw new CallError(result.error);
  return result.value;
}
