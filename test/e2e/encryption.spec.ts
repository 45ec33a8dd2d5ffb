// Encryption at rest from the owner's side: Settings → Encryption → turn it on with a passphrase
// (field errors first), the recovery key shown once; the files on disk no longer give away a
// client's name; the next start shows the unlock screen (a wrong passphrase is refused in words,
// the recovery key opens it); the harness's --passphrase opens it without the screen; turning it
// off asks first and leaves plain files again.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, snapshot, stopHarness, test, type HarnessProcess } from './fixtures';

const ROOT = resolve(__dirname, '../..');
const FIRST = 'Zebulonia';
const LAST = 'Quartermaine';
const PASSPHRASE = 'quiet harbour lantern';

const encryption = (page: Page) => page.getByRole('region', { name: 'Encryption' });

/** The harness on an existing data folder, with extra arguments (the fixture's launcher takes none). */
async function relaunch(dataDir: string, args: string[] = []): Promise<HarnessProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'test/harness/cli.ts'), '--data-dir', dataDir, '--port', '0', ...args], {
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
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => fail(new Error(`harness exited with ${code}:\n${out}`)));
  });
  return {
    url,
    dataDir,
    process: child,
    invoke: async (method, input) => {
      const res = await fetch(`${url}/__palpate/invoke`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ method, input }) });
      return (await res.json()) as { ok: boolean; value?: unknown; error?: unknown };
    },
  };
}

/** Whether the database's files (and the newest backup) give away the planted name or SQLite's plain header. */
function leaks(dataDir: string): boolean {
  const backups = readdirSync(join(dataDir, 'backups')).filter((n) => n.endsWith('.db')).sort();
  const files = ['palpate.db', 'palpate.db-wal', `backups/${backups[backups.length - 1]}`];
  return files.some((file) => {
    let bytes: Buffer;
    try {
      bytes = readFileSync(join(dataDir, file));
    } catch {
      return false;
    }
    return bytes.includes(FIRST) || bytes.includes(LAST) || bytes.includes('SQLite format 3');
  });
}

test('turn encryption on with a passphrase, unlock at the next start, turn it off again', async ({ page, harness, setupDone: _ }) => {
  test.setTimeout(120_000);
  const created = await harness.invoke('clients/create', { legalFirstName: FIRST, legalLastName: LAST });
  expect(created.ok).toBe(true);
  expect((await harness.invoke('backups/create', {})).ok).toBe(true);
  expect(leaks(harness.dataDir)).toBe(true); // the check below can fail

  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await expect(encryption(page).getByText('Encryption is off.')).toBeVisible();
  await encryption(page).getByRole('button', { name: 'Turn on encryption (recommended)' }).click();
  const dialog = page.getByRole('dialog', { name: 'Turn on encryption' });
  await expect(dialog).toContainText('no keychain');
  await dialog.getByRole('button', { name: 'Turn on encryption' }).click();
  await expect(dialog.getByText('Use at least 10 characters', { exact: false })).toBeVisible();
  await dialog.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await dialog.getByLabel('Passphrase again').fill(`${PASSPHRASE}s`);
  await dialog.getByRole('button', { name: 'Turn on encryption' }).click();
  await expect(dialog.getByText('The two passphrases are not the same')).toBeVisible();
  await dialog.getByLabel('Passphrase again').fill(PASSPHRASE);
  await snapshot(page, 'encryption-turn-on');
  await dialog.getByRole('button', { name: 'Turn on encryption' }).click();

  const key = encryption(page).getByLabel('Recovery key');
  await expect(key).toBeVisible({ timeout: 30_000 });
  const recoveryKey = (await key.textContent())!.trim();
  expect(recoveryKey).toMatch(/^([0-9A-Z]{4}-){9}[0-9A-Z]{4}$/);
  await expect(encryption(page).getByRole('button', { name: 'Print', exact: true })).toBeVisible();
  await snapshot(page, 'encryption-recovery-key');
  await encryption(page).getByRole('button', { name: 'I have printed or stored it' }).click();
  await expect(encryption(page).getByLabel('Recovery key')).toHaveCount(0);
  await expect(encryption(page).getByText('Encryption is on.')).toBeVisible();
  await expect(encryption(page)).toContainText('asks for the passphrase every time it starts');

  // The files at rest: neither the name nor SQLite's header, in the database, its -wal or the newest backup.
  expect((await harness.invoke('backups/create', {})).ok).toBe(true);
  expect(leaks(harness.dataDir)).toBe(false);

  // The next start: the unlock screen, before any data.
  await stopHarness(harness);
  let next = await relaunch(harness.dataDir);
  try {
    await page.goto(next.url);
    await expect(page.getByRole('heading', { name: 'Palpate’s database is locked' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
    expect(await next.invoke('clients/list', {})).toMatchObject({ ok: false, error: { code: 'not_ready' } });
    await page.getByLabel('Passphrase').fill('quiet harbour lanterns');
    await page.getByRole('button', { name: 'Unlock' }).click();
    await expect(page.getByText("That passphrase does not open this clinic's database. Nothing was changed.")).toBeVisible();
    await snapshot(page, 'encryption-unlock-wrong');
    await page.getByRole('button', { name: 'Forgot the passphrase? Use the recovery key' }).click();
    await page.getByLabel('Recovery key').fill(recoveryKey.toLowerCase().replace(/-/g, ' '));
    await page.getByRole('button', { name: 'Unlock' }).click();
    await expect(page.getByText(/Opened with the recovery key/)).toBeVisible();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  } finally {
    await stopHarness(next);
  }

  // The harness's --passphrase opens it at start (as a test tool), and turning encryption off asks first.
  next = await relaunch(harness.dataDir, ['--passphrase', PASSPHRASE]);
  try {
    await page.goto(next.url);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    await encryption(page).getByRole('button', { name: 'Turn off encryption' }).click();
    const confirm = page.getByRole('dialog', { name: 'Turn off encryption?' });
    await expect(confirm).toContainText('can then read every client record');
    await confirm.getByRole('button', { name: 'Turn off encryption' }).click();
    await expect(encryption(page).getByText('Encryption is off.')).toBeVisible({ timeout: 30_000 });
    await expect(encryption(page)).toContainText('Encryption is off: the database is no longer encrypted.');
    expect((await next.invoke('clients/search', { query: FIRST })).value).toMatchObject([{ legalLastName: LAST }]);
    expect(leaks(harness.dataDir)).toBe(true);
  } finally {
    await stopHarness(next);
  }
});
