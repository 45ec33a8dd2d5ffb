// The whole bridge between the page and main: one `invoke` for contract methods, nothing else.
// It runs sandboxed, so it imports only `electron` and the plain list of method names.
import { contextBridge, ipcRenderer } from 'electron';
import { INVOKE_CHANNEL, isMethod } from '../shared/methods';
import type { Envelope } from '../shared/result';

function invoke(method: unknown, input?: unknown): Promise<Envelope<unknown>> {
  // Refused here without a round trip; main checks again, since a page cannot be trusted to
  // call only this function.
  if (!isMethod(method)) {
    return Promise.resolve({
      ok: false,
      error: { code: 'unknown_method', message: `Palpate has no action called "${String(method).slice(0, 60)}".` },
    });
  }
  return ipcRenderer.invoke(INVOKE_CHANNEL, method, input) as Promise<Envelope<unknown>>;
}

// Never expose ipcRenderer itself: it would let the page send on any channel.
contextBridge.exposeInMainWorld('palpate', Object.freeze({ invoke }));
