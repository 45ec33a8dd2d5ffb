// The harness itself: loopback only, the same validation as IPC, a clean stop on SIGTERM.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, launchHarness, test } from './fixtures';

test('serves the app on 127.0.0.1, validates calls, and stops cleanly on SIGTERM', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'palpate-harness-'));
  const harness = await launchHarness(dataDir);
  try {
    expect(new URL(harness.url).hostname).toBe('127.0.0.1');
    const page = await fetch(harness.url);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('/__palpate/bridge.js');
    expect(html).toContain("default-src 'none'");

    expect((await fetch(`${harness.url}/../../etc/passwd`)).status).toBe(404);
    const bad = await harness.invoke('clients/create', { legalFirstName: '' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  } finally {
    const exit = new Promise<number | null>((ok) => harness.process.once('exit', (code) => ok(code)));
    harness.process.kill('SIGTERM');
    expect(await exit).toBe(0);
    rmSync(dataDir, { recursive: true, force: true });
  }
});
