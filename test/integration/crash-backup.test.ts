// Committed work survives kill -9, also in the middle of a backup: a forked writer commits
// transactions (and, in half the runs, makes backups meanwhile) and is killed with SIGKILL at a
// moment fast-check chooses. After each kill the database passes integrity_check, holds every
// commit the writer reported, and every file under a backup's final name is a sound database.
// (A half-written backup may be left, but only under its temporary .partial name.)
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { backupsDir, inspectBackupFile, parseBackupName, PARTIAL_SUFFIX } from '../../electron/core/backup-files';
import { DATABASE_FILE } from '../../electron/core/index';
import { cleanupTestCores, expectOk, makeTempDir, openTestCore } from '../helpers/core';

afterAll(cleanupTestCores);

const RUNS = Number(process.env.PALPATE_CRASH_RUNS ?? 50);
const BACKUP_RUNS = Number(process.env.PALPATE_CRASH_BACKUP_RUNS ?? 16);

/** A set-up clinic with a few thousand clients, so a backup takes many steps: copied into each run. */
let template: string;

beforeAll(async () => {
  const dataDir = makeTempDir('palpate-crash-template-');
  const core = await openTestCore({ dataDir });
  expectOk(core.invoke('clinic/setup', { clinic: { name: 'Crash Test Clinic', timeZone: 'UTC' }, practitioner: { firstName: 'Pat', lastName: 'K' }, access: { mode: 'none' } }));
  core.sqlite.transaction(() => {
    for (let i = 0; i < 3000; i++) core.api['clients/create']({ legalFirstName: `Seed${i}`, legalLastName: 'Client', notes: 'Seeded so that a backup takes a while. '.repeat(20) } as never);
  })();
  core.close();
  template = join(dataDir, DATABASE_FILE);
}, 60_000);

interface Run {
  lastCommit: number;
  /** createBackup calls begun and finished: more begun than finished means killed mid-backup. */
  backupsStarted: number;
  backupsDone: number;
}

/** Starts the writer on a copy of the template, kills it `waitMs` after its first commit (or backup), and returns what it reported. */
function runAndKill(dataDir: string, mode: 'commits' | 'backup', waitMs: number): Promise<Run> {
  copyFileSync(template, join(dataDir, DATABASE_FILE));
  return new Promise((ok, fail) => {
    // tsx as a loader in this very process (its CLI would fork a child that outlives SIGKILL).
    const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'crash/backup-writer.ts'), dataDir, mode], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let timer: NodeJS.Timeout | undefined;
    const trigger = mode === 'backup' ? /backup-start/ : /commit \d+/;
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (!timer && trigger.test(out)) timer = setTimeout(() => child.kill('SIGKILL'), waitMs);
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    // 'close', not 'exit': lines the writer flushed before dying may still be in the pipe.
    child.on('close', (_code, signal) => {
      if (signal !== 'SIGKILL') return fail(new Error(`writer ended by itself: ${err || out.slice(-500)}`));
      const commits = [...out.matchAll(/commit (\d+)\n/g)].map((m) => Number(m[1]));
      ok({
        lastCommit: commits.length ? commits[commits.length - 1]! : 0,
        backupsStarted: (out.match(/backup-start/g) ?? []).length,
        backupsDone: (out.match(/backup-done/g) ?? []).length,
      });
    });
  });
}

async function expectSurvived(dataDir: string, run: Run): Promise<void> {
  // Every file under a backup's final name is complete; anything half-written is a .partial.
  const folder = backupsDir(dataDir);
  for (const name of existsSync(folder) ? readdirSync(folder) : []) {
    if (parseBackupName(name)) {
      expect(inspectBackupFile(join(folder, name)), name).toMatchObject({ sound: true });
    } else {
      expect(name, 'only backups and their temporary files').toContain(`.db${PARTIAL_SUFFIX}`);
    }
  }
  const core = await openTestCore({ dataDir });
  expect(core.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
  const committed = new Set(
    (core.sqlite.prepare(`SELECT legal_first_name FROM clients WHERE legal_last_name = 'Commit'`).pluck().all() as string[]).map((s) => Number(s.slice(1))),
  );
  // Every reported commit is there; one more may have committed just before the kill.
  for (let n = 1; n <= run.lastCommit; n++) expect(committed.has(n), `commit ${n} of ${run.lastCommit}`).toBe(true);
  expect(committed.size === run.lastCommit || committed.size === run.lastCommit + 1, `reported ${run.lastCommit}, found ${committed.size}`).toBe(true);
  // Each commit wrote its audit entry in the same transaction, so the chain is whole too.
  expect(expectOk<{ intact: boolean }>(core.invoke('audit/verify', {})).intact).toBe(true);
  core.close();
}

// Each run kills two writers at once (two data folders, two moments), to keep the test short.
const twoMoments = (max: number) => fc.tuple(fc.integer({ min: 0, max }), fc.integer({ min: 0, max }));

it(`keeps every reported commit and a sound file across ${RUNS} SIGKILLs at random moments`, async () => {
  await fc.assert(
    fc.asyncProperty(twoMoments(250), async (moments) => {
      await Promise.all(
        moments.map(async (waitMs) => {
          const dataDir = makeTempDir('palpate-crash-');
          await expectSurvived(dataDir, await runAndKill(dataDir, 'commits', waitMs));
        }),
      );
    }),
    { numRuns: Math.ceil(RUNS / 2) },
  );
}, 150_000);

it(`leaves only sound backups under final names when killed during a backup (${BACKUP_RUNS} runs)`, async () => {
  let killedMidBackup = 0;
  await fc.assert(
    fc.asyncProperty(twoMoments(400), async (moments) => {
      await Promise.all(
        moments.map(async (waitMs) => {
          const dataDir = makeTempDir('palpate-crash-backup-');
          const run = await runAndKill(dataDir, 'backup', waitMs);
          if (run.backupsStarted > run.backupsDone) killedMidBackup += 1;
          await expectSurvived(dataDir, run);
        }),
      );
    }),
    { numRuns: Math.ceil(BACKUP_RUNS / 2) },
  );
  // The point of these runs: the kills landed while createBackup was running.
  expect(killedMidBackup).toBeGreaterThan(BACKUP_RUNS / 2);
}, 120_000);
