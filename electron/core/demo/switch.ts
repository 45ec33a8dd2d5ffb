// Switching between the clinic's own data and the demo clinic, for both hosts (Electron's main and
// the browser harness). The demo lives in <data folder>/demo, generated the first time it is
// opened; the two are never open at once. It wraps the backup host (backup-host.ts), so
// restoring, printing and every other call keep working whichever clinic is open.
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Envelope } from '../../../shared/result';
import type { AppStatus } from '../../../shared/schemas/clinic';
import { createCoreHost, type CoreHost, type HostShell } from '../backup-host';
import type { Core } from '../index';
import { GENERATOR_VERSION, generateClinic } from './generate';
import { DEMO_FOLDER, isDemoFolder, readDemoMarker, writeDemoMarker } from './marker';

const BUSY: Envelope<never> = { ok: false, error: { code: 'unavailable', message: 'Palpate is opening the other clinic. Try again in a moment.' } };

/** The demo: a small practice, a year of history, the same clinic every time. */
export const DEMO_SIZE = { years: 1, clients: 60, therapists: 2, seed: 42 } as const;
/** Older than this, the demo's calendar has run out of booked weeks: it is generated again. */
const DEMO_MAX_AGE_DAYS = 7;

/** The host's own shell methods, less the two this module answers. */
export type BaseShell = Omit<HostShell, 'app/openDemo' | 'app/closeDemo'>;

export interface DemoSwitchOptions {
  /** The clinic's own data folder (the demo goes in its `demo` subfolder). */
  dataDir: string;
  /** The clinic's core, already open. */
  core: Core;
  openAt: (dataDir: string) => Promise<Core>;
  /** Printing and the folder dialog; made once, and always handed the live host. */
  shell: (live: CoreHost) => BaseShell;
}

/** Opens the demo folder, generating the demo clinic when it is missing, unfinished or stale. */
export async function openDemoCore(folder: string, openAt: (dataDir: string) => Promise<Core>, now = Date.now()): Promise<Core> {
  const marker = readDemoMarker(folder);
  const fresh = marker && marker.generator === GENERATOR_VERSION && now - Date.parse(marker.generatedAt) < DEMO_MAX_AGE_DAYS * 86_400_000;
  if (fresh) return openAt(folder);
  // Only ever a folder this module made: no marker means an interrupted generation, not anyone's data.
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const core = await openAt(folder);
  try {
    await generateClinic(core, { ...DEMO_SIZE, now });
    writeDemoMarker(folder, { seed: DEMO_SIZE.seed, generator: GENERATOR_VERSION, generatedAt: new Date(now).toISOString() });
    return core;
  } catch (error) {
    core.close();
    throw error;
  }
}

/**
 * A CoreHost whose clinic can be swapped for the demo and back (app/openDemo, app/closeDemo).
 * The answer is the new clinic's app/status; the renderer then reloads itself, so no screen
 * keeps state from the other clinic.
 */
export function createDemoSwitch({ dataDir, core, openAt, shell }: DemoSwitchOptions): CoreHost {
  let base: BaseShell | null = null;
  let switching: Promise<AppStatus> | null = null;

  const hostFor = (opened: Core, folder: string): CoreHost =>
    createCoreHost({
      core: opened,
      reopen: () => openAt(folder),
      shell: () => ({ ...(base ??= shell(outer)), 'app/openDemo': () => switchTo(true), 'app/closeDemo': () => switchTo(false) }),
    });
  const status = () => live.api['app/status']({});

  function switchTo(demo: boolean): Promise<AppStatus> {
    if (isDemoFolder(live.core.ctx.dataDir) === demo) return Promise.resolve(status());
    // One switch at a time; a second click waits for the first.
    return (switching ??= (async () => {
      const folder = demo ? join(dataDir, DEMO_FOLDER) : dataDir;
      const previous = live;
      const previousFolder = previous.core.ctx.dataDir;
      previous.close();
      try {
        live = hostFor(demo ? await openDemoCore(folder, openAt) : await openAt(folder), folder);
      } catch (error) {
        // Could not open the other clinic: carry on with the one that was open.
        live = hostFor(await openAt(previousFolder), previousFolder);
        throw error;
      }
      return status();
    })().finally(() => (switching = null)));
  }

  // Declared before the first host is made: createCoreHost asks for the shell straight away.
  const outer: CoreHost = {
    get core() {
      return live.core;
    },
    get api() {
      return live.api;
    },
    // While the clinics swap, the closed one must not be asked anything.
    invoke: (method, input) => (switching ? BUSY : live.invoke(method, input)),
    restore: (file) => live.restore(file),
    close: () => live.close(),
  };
  let live = hostFor(core, dataDir);
  return outer;
}
