// Each test gets its own harness process on a fresh data folder, and a page opened on it.
import { test as base, expect, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface HarnessProcess {
  url: string;
  dataDir: string;
  /** Calls the app's API exactly as the renderer does (same validation, same handlers). */
  invoke(method: string, input: unknown): Promise<{ ok: boolean; value?: any; error?: any }>;
  process: ChildProcess;
}

const ROOT = resolve(__dirname, '../..');

export async function launchHarness(dataDir: string): Promise<HarnessProcess> {
  // tsx as a loader in this process (not its CLI, which forks): a SIGKILL then really kills the harness.
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'test/harness/cli.ts'), '--data-dir', dataDir, '--port', '0'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((ok, fail) => {
    let out = '';
    const timer = setTimeout(() => fail(new Error(`harness did not start:\n${out}`)), 20_000);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        ok(m[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => fail(new Error(`harness exited with ${code}:\n${out}`)));
  });
  return {
    url,
    dataDir,
    process: child,
    invoke: async (method, input) => {
      const res = await fetch(`${url}/__palpate/invoke`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ method, input }),
      });
      return (await res.json()) as { ok: boolean; value?: any; error?: any };
    },
  };
}

export async function stopHarness(harness: HarnessProcess): Promise<void> {
  // A process killed by a signal has exitCode null and signalCode set: it is gone either way.
  if (harness.process.exitCode !== null || harness.process.signalCode !== null) return;
  const exited = new Promise((ok) => harness.process.once('exit', ok));
  harness.process.kill('SIGTERM');
  await exited;
}

export const SETUP = {
  clinic: { name: 'Riverside Medical Massage', timeZone: 'America/New_York' },
  practitioner: { firstName: 'Maya', lastName: 'Okafor', credentials: 'LMT', licenseNumber: 'MA.0123456', npi: '1234567893' },
  access: { mode: 'none' as const },
};

type Fixtures = { harness: HarnessProcess; setupDone: void };

export const test = base.extend<Fixtures>({
  harness: async ({}, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'palpate-e2e-'));
    const harness = await launchHarness(dataDir);
    await use(harness);
    await stopHarness(harness);
    rmSync(dataDir, { recursive: true, force: true });
  },
  baseURL: async ({ harness }, use) => {
    await use(harness.url);
  },
  /** A clinic that has finished first-run setup (through the API, not the screen). */
  setupDone: async ({ harness }, use) => {
    const result = await harness.invoke('clinic/setup', SETUP);
    if (!result.ok) throw new Error(`setup failed: ${JSON.stringify(result.error)}`);
    await use();
  },
});

/** Saves a full-page screenshot as a test artifact under test-results/screens/. */
export async function snapshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(ROOT, 'test-results/screens', `${name}.png`), fullPage: true });
}

export { expect };
