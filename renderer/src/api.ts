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

export async function invoke<M extends Method>(method: M, input: InputOf<M>): Promise<Envelope<ResultOf<M>>> {
  const bridge = window.palpate;
  if (!bridge) {
    return { ok: false, error: { code: 'internal', message: 'Palpate could not reach its database. Restart the app.' } };
  }
  try {
    return (await bridge.invoke(method, input)) as Envelope<ResultOf<M>>;
  } catch {
    return { ok: false, error: { code: 'internal', message: 'Palpate could not reach its database. Restart the app.' } };
  }
}

/** Like invoke, but resolves to the value or throws CallError. */
export async function call<M extends Method>(method: M, input: InputOf<M>): Promise<ResultOf<M>> {
  const result = await invoke(method, input);
  if (!result.ok) throw new CallError(result.error);
  return result.value;
}
