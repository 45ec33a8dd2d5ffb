// Backups follow the database: when encryption is turned on, every backup (in Palpate's folder
// and in the second folder, when it is reachable) is rewritten encrypted; when it is turned off,
// decrypted — so no backup is ever left needing a key the clinic no longer keeps. Each file is
// rewritten by SQLite into a .partial beside it, checked (integrity_check and the same row counts
// as the original), fsynced and renamed over the original: a crash leaves the original or the
// converted file, and the readers (encryption-db.ts openSqlite) open either.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { renameSync, rmSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupCounts } from '../../shared/schemas/backup';
import { backupFilesIn, backupsDir, countRows, fsyncDir, fsyncFile, PARTIAL_SUFFIX } from './backup-files';
import { readBackupSettings } from './backup-settings';
import { convertFileInPlace, isPlainFile, openSqlite } from './encryption-db';
import { checkConvertedFile } from './encryption-swap';

export interface ConvertedBackups {
  /** Backups now in the new form. */
  converted: number;
  /** Already in it. */
  unchanged: number;
  /** Could not be converted (damaged, or encrypted with another key): left exactly as they were. */
  failed: string[];
  /** The second folder: converted too, or not reachable (its copies stay as they were). */
  secondFolder: 'not-set' | 'converted' | 'missing';
}

const pause = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Rewrites one backup file in the form `to` (null: plain). Throws, leaving it untouched, if that cannot be done safely. */
export function convertBackupFile(path: string, from: Buffer | null, to: Buffer | null, nativeBinding?: string): void {
  const partial = `${path}${PARTIAL_SUFFIX}`;
  const sourceKey = isPlainFile(path) ? null : from;
  const { atime, mtime } = statSync(path);
  rmSync(partial, { force: true });
  try {
    let source: Database | null = null;
    let counts: BackupCounts | null = null;
    try {
      source = openSqlite(path, { readonly: true, fileMustExist: true, nativeBinding, key: sourceKey });
      counts = countRows(source);
      source.prepare('VACUUM INTO ?').run(partial);
    } finally {
      source?.close();
    }
    convertFileInPlace(partial, sourceKey, to, nativeBinding);
    const problem = counts ? checkConvertedFile(partial, to, counts, nativeBinding) : 'it could not be read';
    if (problem) throw new Error(problem);
    // Same modification time: the backup list orders backups made within one second by it.
    utimesSync(partial, atime, mtime);
    fsyncFile(partial);
    renameSync(partial, path);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}

async function convertFolder(folder: string, from: Buffer | null, to: Buffer | null, result: ConvertedBackups, nativeBinding?: string): Promise<void> {
  for (const entry of backupFilesIn(folder)) {
    const path = join(folder, entry.name);
    if (isPlainFile(path) === (to === null)) {
      result.unchanged += 1;
      continue;
    }
    try {
      convertBackupFile(path, from, to, nativeBinding);
      result.converted += 1;
    } catch {
      result.failed.push(entry.name);
    }
    // One file at a time, letting the host answer (busy) between them.
    await pause();
  }
  fsyncDir(folder);
}

const isFolder = (path: string) => {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
};

/** Every backup of `dataDir` (and its second folder) into the form `to`: encrypted with that key, or plain when null. */
export async function convertBackups(dataDir: string, from: Buffer | null, to: Buffer | null, nativeBinding?: string): Promise<ConvertedBackups> {
  const result: ConvertedBackups = { converted: 0, unchanged: 0, failed: [], secondFolder: 'not-set' };
  await convertFolder(backupsDir(dataDir), from, to, result, nativeBinding);
  const second = readBackupSettings(dataDir).secondFolder;
  if (second) {
    if (isFolder(second)) {
      await convertFolder(second, from, to, result, nativeBinding);
      result.secondFolder = 'converted';
    } else result.secondFolder = 'missing';
  }
  return result;
}
