// The file-level part of restoring, and the start-up check. These run while NO connection to the
// live database is open (the host closes the core first): only then may its files be replaced.
// Nothing is deleted: the replaced database, with its -wal and -shm, moves to replaced/<time>/.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { AUDIT_ANCHOR_FILE } from './audit-anchor';
import { backupFilesIn, backupsDir, checkProblems, fsyncDir, fsyncFile, inspectBackupFile } from './backup-files';
import { convertFileInPlace, isPlainFile, openSqlite, opensWith, unlockedKey } from './encryption-db';
import { AppError } from './errors';

export const DATABASE_FILE = 'palpate.db';
/** Left by a clean close (startup-check.ts); it describes the file it was written for. */
export const CLEAN_SHUTDOWN_FILE = 'clean-shutdown.json';
export const REPLACED_FOLDER = 'replaced';
/** The backup, copied and checked, waiting to become palpate.db. */
const RESTORING = `${DATABASE_FILE}.restoring`;
/** The copy being made (not yet checked); never mistaken for a finished one. */
const COPYING = `${DATABASE_FILE}.restore-copy`;
const COMPANIONS = ['-wal', '-shm', '-journal'];

const stamp = (at: Date) => at.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);

/** Step 1 (the core may still be open): copy the backup beside the database and check the copy. */
export function prepareRestore({ dataDir, backupPath, nativeBinding }: { dataDir: string; backupPath: string; nativeBinding?: string | undefined }): void {
  const copying = join(dataDir, COPYING);
  rmSync(copying, { force: true });
  // A journal left by an encryption of a copy that was interrupted must never meet a new copy.
  rmSync(`${copying}-journal`, { force: true });
  copyFileSync(backupPath, copying);
  // Encryption at rest (encryption.ts): the restored database takes the clinic's form. An encrypted
  // clinic restoring a backup from before encryption gets it encrypted with its key; a backup
  // encrypted with a key this clinic does not hold (any more) cannot be restored here.
  const key = unlockedKey(dataDir);
  if (!isPlainFile(copying) && (key === null || !opensWith(copying, key, nativeBinding))) {
    rmSync(copying, { force: true });
    throw new AppError(
      'conflict',
      'That backup is encrypted with a key this clinic does not have (it was made while encryption was on with another key). Nothing was changed; choose another backup.',
    );
  }
  let check = inspectBackupFile(copying, 'integrity_check', nativeBinding);
  if (check.sound && key && isPlainFile(copying)) {
    convertFileInPlace(copying, null, key, nativeBinding);
    check = inspectBackupFile(copying, 'quick_check', nativeBinding);
  }
  if (!check.sound) {
    rmSync(copying, { force: true });
    throw new AppError('conflict', `That backup is damaged and cannot be restored (${check.problem ?? 'unreadable'}). Nothing was changed; choose another backup.`);
  }
  fsyncFile(copying);
  renameSync(copying, join(dataDir, RESTORING));
  fsyncDir(dataDir);
}

/** Undoes step 1 (the safety backup failed, say): the live database was never touched. */
export function discardPreparedRestore(dataDir: string): void {
  rmSync(join(dataDir, RESTORING), { force: true });
  rmSync(join(dataDir, COPYING), { force: true });
}

function asideFolder(dataDir: string, at: Date): string {
  const root = join(dataDir, REPLACED_FOLDER);
  let folder = join(root, stamp(at));
  for (let n = 2; existsSync(folder); n++) folder = join(root, `${stamp(at)}-${n}`);
  mkdirSync(folder, { recursive: true });
  return folder;
}

/** The newest replaced/ folder, where a restore interrupted after moving palpate.db put it. */
function newestAsideFolder(dataDir: string): string | null {
  const root = join(dataDir, REPLACED_FOLDER);
  if (!existsSync(root)) return null;
  const names = readdirSync(root).sort();
  return names.length ? join(root, names[names.length - 1]!) : null;
}

/**
 * Step 2 (no connection open): the database moves aside first, then its -wal/-shm (a stale -wal
 * left beside the restored file would be replayed into it), then the checked copy becomes
 * palpate.db. Each step is a rename, and recoverInterruptedRestore finishes a half-done switch.
 */
export function completeRestore({ dataDir, now = new Date() }: { dataDir: string; now?: Date }): { movedAsideTo: string | null } {
  const restoring = join(dataDir, RESTORING);
  if (!existsSync(restoring)) throw new Error('No prepared restore to complete');
  const live = join(dataDir, DATABASE_FILE);
  let aside: string | null = null;
  if (existsSync(live)) {
    aside = asideFolder(dataDir, now);
    renameSync(live, join(aside, DATABASE_FILE));
  }
  for (const suffix of COMPANIONS) {
    const companion = `${live}${suffix}`;
    if (!existsSync(companion)) continue;
    aside ??= newestAsideFolder(dataDir) ?? asideFolder(dataDir, now);
    renameSync(companion, join(aside, `${DATABASE_FILE}${suffix}`));
  }
  // The note of the audit trail's newest entry belongs to the replaced database and goes with it;
  // the core writes a new one from the restored trail when it opens. The clean-shutdown note
  // described the replaced file too: the restored one is checked before it opens.
  const anchor = join(dataDir, AUDIT_ANCHOR_FILE);
  if (existsSync(anchor)) {
    aside ??= newestAsideFolder(dataDir) ?? asideFolder(dataDir, now);
    renameSync(anchor, join(aside, AUDIT_ANCHOR_FILE));
  }
  rmSync(join(dataDir, CLEAN_SHUTDOWN_FILE), { force: true });
  if (aside) fsyncDir(aside);
  renameSync(restoring, live);
  fsyncDir(dataDir);
  return { movedAsideTo: aside };
}

/** Both steps: replaces the (closed) database in `dataDir` with a copy of `backupPath`. */
export function restoreFile(options: { dataDir: string; backupPath: string; now?: Date; nativeBinding?: string | undefined }): { movedAsideTo: string | null } {
  prepareRestore(options);
  return completeRestore(options);
}

/**
 * At start-up, before opening: a restore killed half-way is finished (the checked copy is there
 * and palpate.db was already moved aside) or forgotten (palpate.db was never touched).
 */
export function recoverInterruptedRestore(dataDir: string, now = new Date()): 'none' | 'completed' | 'discarded' {
  rmSync(join(dataDir, COPYING), { force: true });
  if (!existsSync(join(dataDir, RESTORING))) return 'none';
  if (existsSync(join(dataDir, DATABASE_FILE))) {
    rmSync(join(dataDir, RESTORING), { force: true });
    return 'discarded';
  }
  completeRestore({ dataDir, now });
  return 'completed';
}

export interface GoodBackup {
  path: string;
  file: string;
  at: string;
}

/** The database failed its start-up check. It was not migrated or changed. */
export class DatabaseDamagedError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
    /** The newest backup that passes its own check, to offer restoring; null when there is none. */
    readonly backup: GoodBackup | null,
  ) {
    super(
      `Palpate's database (${file}) is damaged: ${problem}. Nothing in it was changed. ` +
        (backup ? `The newest good backup is ${backup.file}.` : 'No good backup was found in the backups folder.'),
    );
    this.name = 'DatabaseDamagedError';
  }
}

/** The newest backup that passes quick_check (looking at the 10 newest at most). */
export function newestGoodBackup(dataDir: string, nativeBinding?: string): GoodBackup | null {
  const folder = backupsDir(dataDir);
  for (const entry of backupFilesIn(folder).slice(0, 10)) {
    const path = join(folder, entry.name);
    if (inspectBackupFile(path, 'quick_check', nativeBinding).sound) return { path, file: entry.name, at: entry.at.toISOString() };
  }
  return null;
}

/** SQLite's own word that a file is damaged or not a database (not a busy or permission error). */
export const isDamage = (error: unknown) => {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB');
};

/** PRAGMA quick_check of the database file on a connection of its own: the problems in one line, or null. */
export function databaseFileProblem(dataDir: string, nativeBinding?: string): string | null {
  const file = join(dataDir, DATABASE_FILE);
  if (!existsSync(file)) return null;
  let db: Database | null = null;
  try {
    db = openSqlite(file, { fileMustExist: true, nativeBinding });
    return checkProblems(db, 'quick_check');
  } catch (error) {
    if (!isDamage(error)) throw error;
    return error instanceof Error ? error.message : String(error);
  } finally {
    db?.close();
  }
}

/**
 * PRAGMA quick_check on the database before anything else touches it: on failure the file is not
 * migrated, and DatabaseDamagedError names the newest good backup so the host can offer it.
 * (After a clean shutdown the core opens first and checks in the background: startup-check.ts.)
 */
export function checkDatabaseFile(dataDir: string, nativeBinding?: string): void {
  const problem = databaseFileProblem(dataDir, nativeBinding);
  if (problem) throw new DatabaseDamagedError(join(dataDir, DATABASE_FILE), problem, newestGoodBackup(dataDir, nativeBinding));
}
