// The IPC door into the core: check who is calling, then hand the call to the core's dispatch,
// which parses the input with the contract's strict zod schemas. Only types come from
// `electron`, so this is tested under plain Node with fake events and a real database.
import type { IpcMain } from 'electron';
import { INVOKE_CHANNEL } from '../shared/methods';
import type { Envelope } from '../shared/result';
import { originOf } from './window';

/** The parts of Electron's WebFrameMain the sender check reads. */
export interface SenderFrameLike {
  readonly parent: unknown;
  readonly origin?: string;
  readonly url: string;
}

/** The part of Electron's IpcMainInvokeEvent the sender check reads. */
export interface InvokeEventLike {
  readonly senderFrame: SenderFrameLike | null;
}

/**
 * What the core answers: an envelope, or a promise of one for the shell's methods (printing).
 * ipcMain.handle awaits a promise, so the renderer sees the same envelope either way.
 */
export type Answer = Envelope<unknown> | Promise<Envelope<unknown>>;

/** The handler answers whatever `invoke` answers, or a refusal (always immediate). */
export type InvokeHandler<A extends Answer = Envelope<unknown>> = (event: InvokeEventLike, method: unknown, input: unknown) => A | Envelope<never>;

export interface InvokeHandlerOptions<A extends Answer = Envelope<unknown>> {
  /** The core's entry point for untrusted calls (`Core.invoke`, or `Core.withShell(...)` in Electron). */
  invoke: (method: unknown, input: unknown) => A;
  /** Origins whose top-level pages may call (see `allowedOrigins`). */
  origins: readonly string[];
  log?: (message: string) => void;
}

const FORBIDDEN: Envelope<never> = {
  ok: false,
  error: { code: 'forbidden', message: 'This request did not come from the Palpate window, so it was refused.' },
};

/**
 * Why a sender is refused, or null when it may call. Only the top-level frame of a page from one
 * of our origins is trusted: an iframe or a page that navigated elsewhere is not Palpate, even if
 * it lives in our window.
 */
export function refuseSender(event: InvokeEventLike, origins: readonly string[]): string | null {
  try {
    const frame = event.senderFrame;
    // Null when the frame navigated away or was destroyed after sending.
    if (!frame) return 'no sender frame';
    if (frame.parent !== null) return 'sender is not a top-level frame';
    const origin = frame.origin && frame.origin !== 'null' ? frame.origin : originOf(frame.url);
    if (!origin || !origins.includes(origin)) return `sender origin ${String(origin).slice(0, 100)} is not trusted`;
    return null;
  } catch {
    // A disposed frame throws when read; it cannot be trusted.
    return 'sender frame is gone';
  }
}

export function createInvokeHandler<A extends Answer>({ invoke, origins, log = (m) => console.warn(m) }: InvokeHandlerOptions<A>): InvokeHandler<A> {
  return (event, method, input) => {
    const refusal = refuseSender(event, origins);
    if (refusal) {
      log(`Palpate: refused ${typeof method === 'string' ? method.slice(0, 60) : 'a call'}: ${refusal}`);
      return FORBIDDEN;
    }
    return invoke(method, input);
  };
}

/** Registers the one invoke channel. Returns a function that removes it (for tests and quit). */
export function registerIpc(ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>, handler: InvokeHandler<Answer>): () => void {
  ipcMain.handle(INVOKE_CHANNEL, (event, method: unknown, input: unknown) => handler(event, method, input));
  return () => ipcMain.removeHandler(INVOKE_CHANNEL);
}
