// Turning encryption on or off survives kill -9 at any moment: a forked switcher runs
// security/setEncryption through the host on a copy of a clinic with a few thousand clients and
// is killed with SIGKILL at a moment fast-check chooses. After each kill the clinic opens (with
// the passphrase when it ended up encrypted), passes integrity_check, holds every client, is
// encrypted exactly when its key file is there, and every file under a backup's name is sound.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openCore } from '../../electron/core';
import { backupsDir, inspectBackupFile, parseBackupName, PARTIAL_SUFFIX } from '../../electron/core/backup-files';
import { createCoreHost } from '../../electron/core/backup-host';
import { forgetAllKeys, isPlainFile } from '../../electron/core/encryption-db';
import { KEY_FILE } from '../../electron/core/encryption-key';
import { recoverInterruptedSwitch } from '../../electron/core/encryption-swap';
import { cleanupTestCores, expectOk, makeTempDir, openTestCore } from '../helpers/core';

afterAll(cleanupTestCores);

const RUNS = Number(process.env.PALPATE_CRASH_ENCRYPTION_RUNS ?? 12);
const CLIENTS = 2000;
const CRASH_PASSPHRASE = 'seven green lighthouses';

/** A plain clinic and the same clinic encrypted (with CRASH_PASSPHRASE), each with a backup: copied into each run. */
let plainTemplate: string;
let encryptedTemplate: string;

beforeAll(async () => {
  plainTemplate = makeTempDir('palpate-crash-enc-plain-');
  const core = await openTestCore({ dataDir: plainTemplate });
  expectOk(core.invoke('clinic/setup', { clinic: { name: 'Crash Test Clinic', timeZone: 'UTC' }, practitioner: { firstName: 'Pat', lastName: 'K' }, access: { mode: 'none' } }));
  core.sqlite.transaction(() => {
    for (let i = 0; i < CLIENTS; i++) core.api['clients/create']({ legalFirstName: `Seed${i}`, legalLastName: 'Client', notes: 'Seeded so that a switch takes a while. '.repeat(20) } as never);
  })();
  expectOk(await core.call('backups/create', {}));
  core.close();

  encryptedTemplate = makeTempDir('palpate-crash-enc-encrypted-');
  cpSync(plainTemplate, encryptedTemplate, { recursive: true });
  const opened = await openCore({ dataDir: encryptedTemplate });
  const host = createCoreHost({ core: opened, reopen: () => openCore({ dataDir: encryptedTemplate }), shell: () => ({}) });
  expectOk(await host.invoke('security/setEncryption', { enabled: true, passphrase: CRASH_PASSPHRASE }));
  host.close();
  forgetAllKeys();
}, 120_000);

interface Run {
  done: boolean;
  /** From 'switch-start' to 'switch-done', when the switch finished before the kill. */
  tookMs: number | null;
}

/** `waitMs` after the switch starts, the switcher is killed; with Infinity, as soon as it is done (to time a switch). */
function runAndKill(dataDir: string, mode: 'on' | 'off', waitMs: number): Promise<Run> {
  cpSync(mode === 'on' ? plainTemplate : encryptedTemplate, dataDir, { recursive: true });
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'crash/encryption-switcher.ts'), dataDir, mode, CRASH_PASSPHRASE], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let started = 0;
    let tookMs: number | null = null;
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (!started && out.includes('switch-start')) {
        started = performance.now();
        if (Number.isFinite(waitMs)) setTimeout(() => child.kill('SIGKILL'), waitMs);
      }
      if (tookMs === null && out.includes('switch-done')) {
        tookMs = performance.now() - started;
        if (!Number.isFinite(waitMs)) child.kill('SIGKILL');
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('close', (_code, signal) => {
      if (signal !== 'SIGKILL') return fail(new Error(`switcher ended by itself: ${err || out.slice(-500)}`));
      ok({ done: out.includes('switch-done'), tookMs });
    });
  });
}

const outcomes = new Map<string, number>();

async function expectSurvived(dataDir: string, mode: 'on' | 'off', run: Run): Promise<void> {
  forgetAllKeys();
  // What the start-up recovery finds, counted to show the kills landed in every part of the swap.
  const recovered = recoverInterruptedSwitch(dataDir);
  outcomes.set(`${mode}:${run.done ? 'done' : recovered}`, (outcomes.get(`${mode}:${run.done ? 'done' : recovered}`) ?? 0) + 1);
  const core = await openCore({ dataDir, passphrase: CRASH_PASSPHRASE });
  const encrypted = !isPlainFile(join(dataDir, 'palpate.db'));
  // The key file is there exactly when the database needs it (a leftover one was retired).
  expect(existsSync(join(dataDir, KEY_FILE))).toBe(encrypted);
  if (run.done) expect(encrypted).toBe(mode === 'on');
  expect(core.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
  expect(core.sqlite.prepare(`SELECT count(*) FROM clients WHERE legal_last_name = 'Client'`).pluck().get()).toBe(CLIENTS);
  expect(readdirSync(dataDir).filter((n) => n.includes('.switch'))).toEqual([]);
  // Every file under a backup's final name is sound (plain or encrypted: the key is unlocked now).
  const folder = backupsDir(dataDir);
  for (const name of readdirSync(folder)) {
    if (parseBackupName(name)) expect(inspectBackupFile(join(folder, name)), name).toMatchObject({ sound: true });
    else expect(name, 'only backups and their temporary files').toContain(`.db${PARTIAL_SUFFIX}`);
  }
  expect(expectOk<{ intact: boolean }>(core.invoke('audit/verify', {})).intact).toBe(true);
  core.close();
}

it(`turning encryption on or off leaves a sound, complete clinic across ${RUNS} SIGKILLs at random moments`, async () => {
  // How long a whole switch takes on this machine, now (other test files share its two cores):
  // the kills are then placed at fractions of that, so most land while the switch is running.
  const took: Record<'on' | 'off', number> = { on: 0, off: 0 };
  for (const mode of ['on', 'off'] as const) {
    const dataDir = makeTempDir('palpate-crash-enc-timing-');
    const run = await runAndKill(dataDir, mode, Infinity);
    expect(run.done).toBe(true);
    took[mode] = run.tookMs!;
    await expectSurvived(dataDir, mode, run);
  }
  outcomes.clear();
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom<'on' | 'off'>('on', 'off'),
      // Anywhere in the switch, and more often in its last third, where the files are written and swapped
      // (the first part is the safety backup and, turning on, sealing the key).
      fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0.65, max: 1, noNaN: true })),
      async (mode, fraction) => {
      const dataDir = makeTempDir('palpate-crash-enc-');
      await expectSurvived(dataDir, mode, await runAndKill(dataDir, mode, Math.round(took[mode] * fraction)));
      },
    ),
    { numRuns: RUNS },
  );
  // The point of these runs: most kills landed while the switch was running.
  if (process.env.PALPATE_SHOW_OUTCOMES) console.log(JSON.stringify({ took, ...Object.fromEntries(outcomes) }));
  const interrupted = [...outcomes].filter(([k]) => !k.endsWith(':done')).reduce((sum, [, n]) => sum + n, 0);
  expect(interrupted, JSON.stringify(Object.fromEntries(outcomes))).toBeGreaterThan(RUNS / 3);
}, 300_000);
