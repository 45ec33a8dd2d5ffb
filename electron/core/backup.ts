// Backups through SQLite's online backup API, never a copy of the live file: written to a
// temporary name, converted to a self-contained single file, checked (integrity_check and row
// counts), fsynced, and only then given its final name. Then the rotation, then a copy to the
// owner's second folder. No `electron` import: hosts call these through the contract.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync, copyFileSync } from 'node:fs';
import { copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type {
  BackupAutoResult,
  BackupCounts,
  BackupOverview,
  BackupReason,
  BackupResult,
  BackupVerifyReport,
  SecondCopy,
} from '../../shared/schemas/backup';
import { migrations } from '../../migrations';
import { appendAudit, latestAuditEntry } from './audit';
import {
  backupFileName,
  backupFilesIn,
  backupsDir,
  countRows,
  describeBackup,
  formatBackupTime,
  fsyncDir,
  fsyncFile,
  inspectBackupFile,
  parseBackupName,
  PARTIAL_SUFFIX,
} from './backup-files';
import { backupsToRemove } from './backup-rotation';
import { publicSettings, readBackupSettings, writeBackupSettings, type StoredBackupSettings } from './backup-settings';
import { getClinic } from './clinic';
import type { CoreContext } from './context';
import { appliedMigrations } from './db';
import { keyOf } from './encryption';
import { openSqlite } from './encryption-db';
import { KEY_FILE, keyFilePath } from './encryption-key';
import { runSqliteWorker } from './sqlite-worker';
import { AppError, notFound } from './errors';

export interface BackupOptions {
  reason: BackupReason;
  /** Another folder than <data folder>/backups (tests; a one-off copy). */
  folder?: string;
  /** Pages copied per step of the online backup; smaller steps let other calls in more often. */
  pagesPerStep?: number;
}

export type CreatedBackup = BackupResult & { path: string };

// ---- One backup at a time per data folder; what the last attempt did ----

const queues = new Map<string, Promise<unknown>>();
const failures = new Map<string, { at: string; message: string }>();
/** total_changes() of a connection right after its last backup (or its opening). */
const baselines = new WeakMap<Database, number>();

function serialized<T>(dataDir: string, work: () => Promise<T>): Promise<T> {
  const previous = queues.get(dataDir) ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(work);
  queues.set(dataDir, next);
  return next;
}

const totalChanges = (sqlite: Database) => sqlite.prepare('SELECT total_changes()').pluck().get() as number;

/** Called when the core opens: changes are counted from here. */
export function markBackupBaseline(ctx: CoreContext): void {
  baselines.set(ctx.sqlite, totalChanges(ctx.sqlite));
}

export function changedSinceLastBackup(ctx: CoreContext): boolean {
  return totalChanges(ctx.sqlite) > (baselines.get(ctx.sqlite) ?? -1);
}

// ---- Making one ----

const sameCounts = (a: BackupCounts, b: BackupCounts) => (Object.keys(a) as (keyof BackupCounts)[]).every((k) => a[k] === b[k]);

/** The backup API copies page 1 as it is, WAL flag included; a plain rollback-journal file needs no -wal/-shm beside it. */
function makeSelfContained(path: string, nativeBinding?: string): void {
  const db = openSqlite(path, { fileMustExist: true, nativeBinding });
  try {
    db.pragma('journal_mode = DELETE');
  } finally {
    db.close();
  }
}

/** Leftovers of a backup that was interrupted (a crash, a kill): never backups, never complete. */
function removePartials(folder: string): void {
  for (const name of readdirSync(folder)) if (name.includes(`.db${PARTIAL_SUFFIX}`)) rmSync(join(folder, name), { force: true });
}

function rotate(ctx: CoreContext, folder: string, settings: StoredBackupSettings): string[] {
  const doomed = backupsToRemove(backupFilesIn(folder), ctx.clock.now(), settings, getClinic(ctx)?.timeZone);
  for (const name of doomed) rmSync(join(folder, name), { force: true });
  return doomed;
}

/** VACUUM INTO in a worker (sqlite-worker.ts); if no worker can run, on this thread instead: slower for the app, never skipped. */
async function vacuumIntoOffThread(ctx: CoreContext, target: string, key: Buffer): Promise<void> {
  let answer;
  try {
    answer = await runSqliteWorker(ctx.sqlite.name, { job: 'vacuum_into', target }, { nativeBinding: ctx.nativeBinding, key });
  } catch (error) {
    console.error('Palpate: the backup could not run in a worker; writing it here instead', error);
    rmSync(target, { force: true });
    ctx.sqlite.prepare('VACUUM INTO ?').run(target);
    return;
  }
  if ('error' in answer) throw new AppError('internal', `The backup could not be written (${answer.error.message}). Nothing else changed; try again.`);
}

async function backupNow(ctx: CoreContext, options: BackupOptions): Promise<CreatedBackup> {
  const folder = options.folder ?? backupsDir(ctx.dataDir);
  mkdirSync(folder, { recursive: true });
  removePartials(folder);
  const at = ctx.clock.now();
  const name = backupFileName(at, options.reason, (n) => existsSync(join(folder, n)));
  const path = join(folder, name);
  const partial = `${path}${PARTIAL_SUFFIX}`;
  try {
    const key = keyOf(ctx.sqlite);
    const changesBefore = totalChanges(ctx.sqlite);
    // An encrypted database cannot go through the backup API (SQLite3 Multiple Ciphers refuses a
    // target better-sqlite3 opens without the key): VACUUM INTO writes the copy with the same
    // cipher and key — on a worker thread's read-only connection, so the app keeps answering.
    if (key) await vacuumIntoOffThread(ctx, partial, key);
    else await ctx.sqlite.backup(partial, { progress: () => options.pagesPerStep ?? 256 });
    // The backup API: this runs in the same turn of the event loop as its last step, and every
    // write goes through this one connection (the backup API mirrors them into the copy), so the
    // live counts are exactly the backup's. VACUUM INTO copies one snapshot: the same holds when
    // nothing was written meanwhile; otherwise the copy's own check below is what vouches for it.
    const live = key && totalChanges(ctx.sqlite) !== changesBefore ? null : countRows(ctx.sqlite);
    makeSelfContained(partial, ctx.nativeBinding);
    const check = inspectBackupFile(partial, 'integrity_check', ctx.nativeBinding);
    if (!check.sound || !check.counts) throw new AppError('internal', `The new backup failed its check (${check.problem ?? 'unreadable'}), so it was not kept. Nothing else changed; try again.`);
    if (live && !sameCounts(check.counts, live)) throw new AppError('internal', 'The new backup’s row counts did not match the database, so it was not kept. Try again.');
    // On disk before it gets its name: the file, its folder entry, then the rename, made durable too.
    fsyncFile(partial);
    fsyncDir(folder);
    renameSync(partial, path);
    fsyncDir(folder);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
  appendAudit(ctx, { action: 'backup', entity: 'database', detail: { file: name, reason: options.reason } });
  // After the audit entry: recording this backup is not a change that needs another backup.
  baselines.set(ctx.sqlite, totalChanges(ctx.sqlite));

  const settings = readBackupSettings(ctx.dataDir);
  const rotatedOut = rotate(ctx, folder, settings);
  const secondCopy = await copyToSecondFolder(ctx, path, name, settings);
  return { backup: describeBackup(folder, { name, at: new Date(Math.floor(at.getTime() / 1000) * 1000), reason: options.reason }, ctx.nativeBinding), secondCopy, rotatedOut, path };
}

const isFolder = (path: string) => {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
};

/**
 * An encrypted clinic's backups are useless without the key, and the key file lives beside the
 * database: if that computer is lost, so is the key. So the second folder keeps a copy of
 * palpate-key.json too. It is sealed (passphrase or keychain, and the recovery key), never the raw key.
 */
function copyKeyFile(dataDir: string, folder: string): void {
  const source = keyFilePath(dataDir);
  if (!existsSync(source)) return;
  const target = join(folder, KEY_FILE);
  const partial = `${target}${PARTIAL_SUFFIX}`;
  copyFileSync(source, partial);
  fsyncFile(partial);
  renameSync(partial, target);
  fsyncDir(folder);
}

/** A copy of the closed, checked backup file (a file copy is safe: nothing writes to it). */
async function copyToSecondFolder(ctx: CoreContext, source: string, name: string, settings: StoredBackupSettings): Promise<SecondCopy> {
  const folder = settings.secondFolder;
  if (!folder) return { status: 'not-set', folder: null, message: null, notify: false };
  const trouble = (status: 'missing' | 'failed', message: string): SecondCopy => {
    // Said once: the flag is cleared the next time a copy gets through.
    const fresh = readBackupSettings(ctx.dataDir);
    const notify = !fresh.missingNoticeGiven;
    if (notify) writeBackupSettings(ctx.dataDir, { ...fresh, missingNoticeGiven: true });
    return { status, folder, message, notify };
  };
  if (!isFolder(folder)) {
    return trouble('missing', `The second backup folder (${folder}) was not found: is the drive plugged in? Backups are still saved in Palpate’s own folder.`);
  }
  const target = join(folder, name);
  const partial = `${target}${PARTIAL_SUFFIX}`;
  try {
    removePartials(folder);
    await copyFile(source, partial);
    const check = inspectBackupFile(partial, 'quick_check', ctx.nativeBinding);
    if (!check.sound) throw new Error(`the copy failed its check (${check.problem ?? 'unreadable'})`);
    fsyncFile(partial);
    renameSync(partial, target);
    fsyncDir(folder);
    rotate(ctx, folder, settings);
    if (keyOf(ctx.sqlite)) copyKeyFile(ctx.dataDir, folder);
  } catch (error) {
    rmSync(partial, { force: true });
    return trouble('failed', `The copy to the second backup folder (${folder}) failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  const fresh = readBackupSettings(ctx.dataDir);
  if (fresh.missingNoticeGiven) writeBackupSettings(ctx.dataDir, { ...fresh, missingNoticeGiven: false });
  return { status: 'copied', folder, message: null, notify: false };
}

/** One verified backup, after any other in progress. A failure is remembered for the Settings card. */
export function createBackup(ctx: CoreContext, options: BackupOptions): Promise<CreatedBackup> {
  return serialized(ctx.dataDir, () => recorded(ctx, () => backupNow(ctx, options)));
}

async function recorded<T>(ctx: CoreContext, work: () => Promise<T>): Promise<T> {
  try {
    const result = await work();
    failures.delete(ctx.dataDir);
    return result;
  } catch (error) {
    failures.set(ctx.dataDir, { at: ctx.clock.now().toISOString(), message: error instanceof Error ? error.message : String(error) });
    throw error;
  }
}

/** The host asks every 15 minutes and on quit; a backup is made only when something changed. */
export function shouldAutoBackup(ctx: CoreContext): 'due' | 'unchanged' | 'not-set-up' {
  if (!getClinic(ctx)) return 'not-set-up';
  if (backupFilesIn(backupsDir(ctx.dataDir)).length === 0) return 'due';
  return changedSinceLastBackup(ctx) ? 'due' : 'unchanged';
}

export function autoBackup(ctx: CoreContext, trigger: 'timer' | 'quit'): Promise<BackupAutoResult> {
  return serialized(ctx.dataDir, async () => {
    const due = shouldAutoBackup(ctx);
    if (due !== 'due') return { created: null, skipped: due };
    const { path: _path, ...created } = await recorded(ctx, () => backupNow(ctx, { reason: trigger === 'quit' ? 'quit' : 'auto' }));
    return { created, skipped: null };
  });
}

// ---- Listing and verifying ----

export function listBackups(ctx: CoreContext): BackupOverview {
  const folder = backupsDir(ctx.dataDir);
  const settings = readBackupSettings(ctx.dataDir);
  const restore = latestAuditEntry(ctx, 'restore');
  const dayAgo = ctx.clock.now().getTime() - 24 * 3600_000;
  const undoFile = typeof restore?.detail.undoFile === 'string' ? restore.detail.undoFile : null;
  return {
    folder,
    backups: backupFilesIn(folder).map((entry) => describeBackup(folder, entry, ctx.nativeBinding)),
    settings: publicSettings(settings),
    secondFolderMissing: settings.secondFolder !== null && !isFolder(settings.secondFolder),
    lastFailure: failures.get(ctx.dataDir) ?? null,
    changedSinceLastBackup: changedSinceLastBackup(ctx),
    lastRestore:
      restore && undoFile && Date.parse(restore.at) >= dayAgo
        ? {
            at: restore.at,
            file: String(restore.detail.file ?? ''),
            backupAt: parseBackupName(String(restore.detail.file ?? ''))?.at.toISOString() ?? null,
            undoFile,
            undoAvailable: existsSync(join(folder, undoFile)),
          }
        : null,
  };
}

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

export function describeCounts(c: BackupCounts): string {
  const parts = [plural(c.clients, 'client'), plural(c.sessions, 'session'), plural(c.findings, 'finding'), plural(c.appointments, 'appointment'), plural(c.invoices, 'invoice')];
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/**
 * Restores a backup into a temporary folder, as a restore would copy it, opens the copy read-only
 * and checks every page and the counts. The backup itself is only read.
 */
export function verifyBackup(ctx: CoreContext, file?: string): BackupVerifyReport {
  const folder = backupsDir(ctx.dataDir);
  const entry = file ? backupFilesIn(folder).find((b) => b.name === file) : backupFilesIn(folder)[0];
  if (!entry) {
    if (file) throw notFound('That backup');
    return { file: null, at: null, sound: false, counts: null, message: 'There is no backup yet. Use “Back up now” to make one.' };
  }
  const when = formatBackupTime(entry.at, getClinic(ctx)?.timeZone);
  const scratch = mkdtempSync(join(tmpdir(), 'palpate-verify-'));
  try {
    const copy = join(scratch, 'palpate.db');
    copyFileSync(join(folder, entry.name), copy);
    const check = inspectBackupFile(copy, 'integrity_check', ctx.nativeBinding);
    let problem = check.sound ? null : check.problem;
    if (check.sound) {
      const db = openSqlite(copy, { readonly: true, nativeBinding: ctx.nativeBinding });
      try {
        const unknown = appliedMigrations(db).filter((m) => !(m in migrations));
        if (unknown.length > 0) problem = 'it was made by a newer version of Palpate';
      } finally {
        db.close();
      }
    }
    const base = { file: entry.name, at: entry.at.toISOString() };
    if (problem || !check.counts) {
      return { ...base, sound: false, counts: null, message: `The backup of ${when} cannot be restored: ${problem ?? 'it could not be read'}. Make a new backup now and keep this file for support.` };
    }
    return { ...base, sound: true, counts: check.counts, message: `The backup of ${when} is sound: ${describeCounts(check.counts)}.` };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

export { backupsDir, formatBackupTime };
