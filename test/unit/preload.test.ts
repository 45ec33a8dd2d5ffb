// The preload with a stand-in for the `electron` module (its binary cannot load under Node):
// what the page receives, and what reaches ipcRenderer.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNEL, METHODS } from '../../shared/methods';

const electron = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoke: vi.fn(async (..._args: unknown[]) => ({ ok: true, value: 'from main' })),
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => electron.exposed.set(key, api) },
  ipcRenderer: { invoke: electron.invoke, send: vi.fn(), on: vi.fn() },
}));

type Bridge = { invoke(method: unknown, input?: unknown): Promise<unknown> };

beforeEach(async () => {
  vi.resetModules();
  electron.exposed.clear();
  electron.invoke.mockClear();
  await import('../../electron/preload');
});

describe('preload', () => {
  it('exposes exactly one frozen object with exactly one function', () => {
    expect([...electron.exposed.keys()]).toEqual(['palpate']);
    const bridge = electron.exposed.get('palpate') as Bridge;
    expect(Object.keys(bridge)).toEqual(['invoke']);
    expect(Object.isFrozen(bridge)).toBe(true);
  });

  it('sends contract methods on the invoke channel', async () => {
    const bridge = electron.exposed.get('palpate') as Bridge;
    await expect(bridge.invoke(METHODS[0], {})).resolves.toEqual({ ok: true, value: 'from main' });
    await bridge.invoke('clients/create', { legalFirstName: 'Ada' });
    expect(electron.invoke).toHaveBeenLastCalledWith(INVOKE_CHANNEL, 'clients/create', { legalFirstName: 'Ada' });
  });

  it('answers unknown methods itself, without sending anything', async () => {
    const bridge = electron.exposed.get('palpate') as Bridge;
    for (const method of ['clients/drop', 'palpate:invoke', '', 42, undefined, { toString: () => 'clients/create' }]) {
      await expect(bridge.invoke(method, {})).resolves.toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    }
    expect(electron.invoke).not.toHaveBeenCalled();
  });
});
