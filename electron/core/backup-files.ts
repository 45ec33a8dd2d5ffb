// Backup files on disk: their names, durable writes (fsync), and reading one back to check it.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { closeSync, fsyncSync, openSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BACKUP_FILE_PATTERN, type BackupCounts, type BackupInfo } from '../../shared/schemas/backup';
import { openSqlite } from './encryption-db';

export const BACKUPS_FOLDER = 'backups';
/** A backup being written: never a backup's final name, so a crash can only leave one of these. */
export const PARTIAL_SUFFIX = '.partial';

export const backupsDir = (dataDir: string) => join(dataDir, BACKUPS_FOLDER);

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** palpate-YYYYMMDD-HHMMSS-<reason>.db (UTC), with -2, -3… when that name is taken. */
export function backupFileName(at: Date, reason: string, taken: (name: string) => boolean = () => false): string {
  const stamp = `${at.getUTCFullYear()}${pad(at.getUTCMonth() + 1)}${pad(at.getUTCDate())}-${pad(at.getUTCHours())}${pad(at.getUTCMinutes())}${pad(at.getUTCSeconds())}`;
  const base = `palpate-${stamp}-${reason}`;
  if (!taken(`${base}.db`)) return `${base}.db`;
  for (let n = 2; n < 1000; n++) if (!taken(`${base}-${n}.db`)) return `${base}-${n}.db`;
  throw new Error('Too many backups in one second');
}

/** The instant and reason a backup's name records, or null for any other file. */
export function parseBackupName(name: string): { at: Date; reason: string } | null {
  const m = BACKUP_FILE_PATTERN.exec(name);
  if (!m) return null;
  const [, day, time, reason] = m as unknown as [string, string, string, string];
  const at = new Date(
    Date.UTC(Number(day.slice(0, 4)), Number(day.slice(4, 6)) - 1, Number(day.slice(6, 8)), Number(time.slice(0, 2)), Number(time.slice(2, 4)), Number(time.slice(4, 6))),
  );
  return Number.isNaN(at.getTime()) ? null : { at, reason };
}

/** "27 Nov 2026 14:05" on the clinic's clock. */
export function formatBackupTime(at: Date, timeZone?: string): string {
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone })
    .format(at)
    .replace(',', '');
}

/** Backup files in a folder (only names Palpate gives), newest first. */
export function backupFilesIn(folder: string): { name: string; at: Date; reason: string }[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  const modified = (name: string) => {
    try {
      return statSync(join(folder, name)).mtimeMs;
    } catch {
      return 0;
    }
  };
  return names
    .flatMap((name) => {
      const parsed = parseBackupName(name);
      return parsed ? [{ name, ...parsed, written: modified(name) }] : [];
    })
    // Names have whole seconds: within one second, the file written last is the newer.
    .sort((a, b) => b.at.getTime() - a.at.getTime() || b.written - a.written || (a.name < b.name ? 1 : -1))
    .map(({ written: _written, ...backup }) => backup);
}

/** Flushes a file's bytes to the disk. */
export function fsyncFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Flushes a folder's entries (a new or renamed file), where the platform allows it. */
export function fsyncDir(path: string): void {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return; // Windows cannot open a folder; its renames are durable once MoveFileEx returns.
  }
  try {
    fsyncSync(fd);
  } catch {
    // Some filesystems (and Windows) refuse fsync on a folder; the file itself was synced.
  } finally {
    closeSync(fd);
  }
}

const COUNTED: Record<keyof BackupCounts, string> = {
  clients: 'clients',
  intakes: 'intakes',
  referrals: 'referrals',
  sessions: 'sessions',
  findings: 'session_findings',
  appointments: 'appointments',
  invoices: 'invoices',
  payments: 'payments',
  auditEntries: 'audit_log',
};

/** Rows in the tables a person recognises; a table an older backup lacks counts 0. */
export function countRows(sqlite: Database): BackupCounts {
  const present = new Set(sqlite.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table'`).pluck().all() as string[]);
  const counts = {} as BackupCounts;
  for (const [key, table] of Object.entries(COUNTED) as [keyof BackupCounts, string][]) {
    // Table names come from the constant above, never from input.
    counts[key] = present.has(table) ? (sqlite.prepare(`SELECT count(*) FROM "${table}"`).pluck().get() as number) : 0;
  }
  return counts;
}

export interface Inspection {
  sound: boolean;
  /** integrity_check's first lines when not sound. */
  problem: string | null;
  counts: BackupCounts | null;
}

/** What integrity_check or quick_check found, on one line (at most a few problems); null when 'ok'. */
export function checkProblems(db: Database, check: 'integrity_check' | 'quick_check'): string | null {
  const rows = db.pragma(`${check}(10)`) as Record<string, string>[];
  const text = rows.map((row) => String(Object.values(row)[0] ?? '')).join('\n');
  if (text === 'ok') return null;
  const problems = text.split(/\s*\n\s*/).filter((line) => line && !/^\*\*\* in database/.test(line));
  const shown = problems.slice(0, 3).join('; ');
  return problems.length > 3 ? `${shown}; and ${problems.length - 3} more` : shown || text;
}

/**
 * better-sqlite3 for a file Palpate does not write to: a backup, or a file about to be restored.
 * An encrypted one is opened with the clinic's key (encryption-db.ts: the keys unlocked in this process).
 */
export function openReadOnly(path: string, nativeBinding?: string): Database {
  return openSqlite(path, { readonly: true, fileMustExist: true, nativeBinding });
}

/** Opens a closed backup file read-only and checks it page by page (integrity_check or quick_check). */
export function inspectBackupFile(path: string, check: 'integrity_check' | 'quick_check' = 'integrity_check', nativeBinding?: string): Inspection {
  let db: Database | null = null;
  try {
    db = openReadOnly(path, nativeBinding);
    const problem = checkProblems(db, check);
    if (problem) return { sound: false, problem, counts: null };
    return { sound: true, problem: null, counts: countRows(db) };
  } catch (error) {
    return { sound: false, problem: error instanceof Error ? error.message : String(error), counts: null };
  } finally {
    db?.close();
  }
}

// Counting a big backup takes a moment: remember it per file version (name, size, time).
const countCache = new Map<string, BackupCounts | null>();

/** A backup for the list: its date, size and counts (null when the file cannot be read). Not checked: see verify. */
export function describeBackup(folder: string, entry: { name: string; at: Date; reason: string }, nativeBinding?: string): BackupInfo {
  const path = join(folder, entry.name);
  let sizeBytes = 0;
  let key = path;
  try {
    const stat = statSync(path);
    sizeBytes = stat.size;
    key = `${path}|${stat.size}|${stat.mtimeMs}`;
  } catch {
    // Listed a moment ago, gone now (rotation, or removed by hand): report it unreadable.
  }
  let counts = countCache.get(key);
  if (counts === undefined) {
    counts = null;
    let db: Database | null = null;
    try {
      db = openReadOnly(path, nativeBinding);
      counts = countRows(db);
    } catch {
      // Unreadable: listed with no counts; verifying it says what is wrong.
    } finally {
      db?.close();
    }
    countCache.set(key, counts);
  }
  return { file: entry.name, at: entry.at.toISOString(), reason: entry.reason, sizeBytes, counts };
}
