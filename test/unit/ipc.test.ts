// The IPC door, driven with fake Electron events against a real core on a real SQLite file.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openCore, type Core } from '../../electron/core/index';
import { createInvokeHandler, registerIpc, type InvokeEventLike, type InvokeHandler, type SenderFrameLike } from '../../electron/ipc';
import { allowedOrigins, APP_ENTRY_URL } from '../../electron/window';
import { INVOKE_CHANNEL } from '../../shared/methods';

const topFrame = (url: string, origin?: string): SenderFrameLike => ({ parent: null, url, origin: origin ?? new URL(url).origin });
const eventFrom = (frame: SenderFrameLike | null): InvokeEventLike => ({ senderFrame: frame });

// Chromium reports the app:// origin as 'app://palpate'; Node's URL would say 'null'.
const palpateEvent = eventFrom(topFrame(APP_ENTRY_URL, 'app://palpate'));
const ada = { legalFirstName: 'Ada', legalLastName: 'Lovelace' };

let dataDir: string;
let core: Core;
let handle: InvokeHandler;
let refusals: string[];

beforeEach(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'palpate-ipc-'));
  core = await openCore({ dataDir, log: () => {} });
  refusals = [];
  handle = createInvokeHandler({ invoke: core.invoke, origins: allowedOrigins(), log: (m) => refusals.push(m) });
});

afterEach(() => {
  core.close();
  rmSync(dataDir, { recursive: true, force: true });
});

function clientCount(): number {
  const result = handle(palpateEvent, 'clients/list', { status: 'all' });
  if (!result.ok) throw new Error(result.error.message);
  return (result.value as { total: number }).total;
}

describe('a call from the Palpate window', () => {
  it('reaches the core and creates a client in the database file', () => {
    const result = handle(palpateEvent, 'clients/create', ada);
    expect(result.ok).toBe(true);
    expect(result.ok && result.value).toMatchObject({ legalFirstName: 'Ada', legalLastName: 'Lovelace', status: 'active' });
    expect(clientCount()).toBe(1);
    expect(core.sqlite.prepare('SELECT count(*) FROM clients').pluck().get()).toBe(1);
  });

  it('is accepted from a loopback dev server only when that origin is trusted', () => {
    const devEvent = eventFrom(topFrame('http://localhost:5173/#/clients'));
    expect(handle(devEvent, 'clients/create', ada)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const devHandle = createInvokeHandler({ invoke: core.invoke, origins: allowedOrigins('http://localhost:5173'), log: () => {} });
    expect(devHandle(devEvent, 'clients/create', ada).ok).toBe(true);
  });

  it('falls back to the URL when the frame reports no usable origin', () => {
    expect(handle(eventFrom({ parent: null, url: APP_ENTRY_URL, origin: 'null' }), 'app/status', {}).ok).toBe(true);
    expect(handle(eventFrom({ parent: null, url: 'https://evil.example/', origin: 'null' }), 'app/status', {}).ok).toBe(false);
  });
});

describe('a call from anyone else is refused before the core sees it', () => {
  const refused: [string, InvokeEventLike][] = [
    ['a page from another origin', eventFrom(topFrame('https://evil.example/page'))],
    ['a file:// page', eventFrom({ parent: null, url: 'file:///tmp/x.html', origin: 'file://' })],
    ['an app:// page on another host', eventFrom(topFrame('app://other/index.html', 'app://other'))],
    ['a subframe of our own origin', eventFrom({ ...topFrame(APP_ENTRY_URL, 'app://palpate'), parent: topFrame(APP_ENTRY_URL, 'app://palpate') })],
    ['a missing sender frame', eventFrom(null)],
    [
      'a frame that was disposed',
      {
        get senderFrame(): SenderFrameLike {
          throw new Error('Render frame was disposed before WebFrameMain could be accessed');
        },
      },
    ],
  ];

  it.each(refused)('%s', (_name, event) => {
    const invoke = vi.fn(core.invoke);
    const guarded = createInvokeHandler({ invoke, origins: allowedOrigins(), log: (m) => refusals.push(m) });
    const result = guarded(event, 'clients/create', ada);
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(result.ok === false && result.error.message).toMatch(/refused/);
    expect(invoke).not.toHaveBeenCalled();
    expect(refusals.some((m) => m.includes('clients/create'))).toBe(true);
    expect(clientCount()).toBe(0);
  });
});

describe('bad input from the Palpate window', () => {
  it('refuses unknown keys and writes nothing', () => {
    const result = handle(palpateEvent, 'clients/create', { ...ada, isAdmin: true });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(clientCount()).toBe(0);
  });

  it('refuses wrong types with a message for the field', () => {
    const result = handle(palpateEvent, 'clients/create', { legalFirstName: 42, legalLastName: ['x'] });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(result.ok === false && Object.keys(result.error.fields ?? {})).toEqual(expect.arrayContaining(['legalFirstName', 'legalLastName']));
    expect(clientCount()).toBe(0);
  });

  it('refuses a 10,000-character name', () => {
    const result = handle(palpateEvent, 'clients/create', { ...ada, legalLastName: 'x'.repeat(10_000) });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { legalLastName: expect.any(String) } } });
    expect(clientCount()).toBe(0);
  });

  it('refuses input that is not an object', () => {
    for (const input of ['Ada', 7, [ada], true]) {
      expect(handle(palpateEvent, 'clients/create', input)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    expect(clientCount()).toBe(0);
  });

  it('refuses a method that does not exist', () => {
    for (const method of ['clients/drop', '__proto__', 'constructor', 42, null]) {
      expect(handle(palpateEvent, method, {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    }
    expect(clientCount()).toBe(0);
  });
});

describe('registerIpc', () => {
  it('handles exactly the one invoke channel and passes the event through the sender check', () => {
    const handlers = new Map<string, (event: unknown, ...args: unknown[]) => unknown>();
    const ipcMain = {
      handle: vi.fn((channel: string, listener: (event: never, ...args: unknown[]) => unknown) => {
        handlers.set(channel, listener as (event: unknown, ...args: unknown[]) => unknown);
      }),
      removeHandler: vi.fn((channel: string) => {
        handlers.delete(channel);
      }),
    };
    const unregister = registerIpc(ipcMain, handle);
    expect([...handlers.keys()]).toEqual([INVOKE_CHANNEL]);

    const listener = handlers.get(INVOKE_CHANNEL)!;
    expect(listener(palpateEvent, 'clients/create', ada)).toMatchObject({ ok: true });
    expect(listener(eventFrom(null), 'clients/create', ada)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(clientCount()).toBe(1);

    unregister();
    expect(ipcMain.removeHandler).toHaveBeenCalledWith(INVOKE_CHANNEL);
    expect(handlers.size).toBe(0);
  });
});

describe('an asynchronous answer (the shell’s printing methods)', () => {
  it('passes the promise through to ipcMain.handle, and a refused sender never reaches the shell', async () => {
    const shell = {
      'documents/savePdf': vi.fn(async () => ({ saved: true, path: '/tmp/x.pdf' })),
      'documents/print': vi.fn(async () => ({ printed: true })),
    };
    const asyncHandle = createInvokeHandler({ invoke: core.withShell(shell), origins: allowedOrigins(), log: (m) => refusals.push(m) });
    const request = { kind: 'intake-blank', paper: 'a4' };

    await expect(asyncHandle(palpateEvent, 'documents/print', request)).resolves.toEqual({ ok: true, value: { printed: true } });
    expect(shell['documents/print']).toHaveBeenCalledWith({ kind: 'intake-blank', paper: 'a4' });

    // A refusal is immediate, and the shell is not asked.
    expect(asyncHandle(eventFrom(null), 'documents/savePdf', request)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(shell['documents/savePdf']).not.toHaveBeenCalled();

    // Bad input is refused before the shell, too; plain core methods still answer synchronously.
    expect(asyncHandle(palpateEvent, 'documents/print', { kind: 'intake' })).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { id: expect.any(String) } } });
    expect(asyncHandle(palpateEvent, 'clients/create', ada)).toMatchObject({ ok: true });
    expect(shell['documents/print']).toHaveBeenCalledTimes(1);
  });
});
