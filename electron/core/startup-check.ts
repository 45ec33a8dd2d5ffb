// The start-up check of the database file (PRAGMA quick_check), off the critical path when it can
// be. It reads every page, 0.7–1.2 s for the ten-year reference clinic on two cores: too long to
// stand between a click on Palpate's icon and the schedule.
//
// - After an unclean shutdown (a crash, a kill, a power cut) the file is checked before it is
//   opened, as always: a damaged file is never migrated or written.
// - After a clean shutdown — Core.close() left a note of the file's size and modification time,
//   nothing is left in a -wal or -journal, the file still matches the note, and this build has no
//   migration to apply to it (a file about to be migrated is checked first) — it opens at once
//   and is checked right after, on its own read-only connection in a worker thread, so the window
//   paints meanwhile. If that check finds damage, the core refuses every call but a few
//   (BLOCKED_WHEN_DAMAGED) and app/status reports it, so the renderer shows the damaged-database
//   screen offering the newest good backup.
// The note is removed as the core opens, so a crash during this run means a full check next time.
import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { existsSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Method } from '../../shared/methods';
import type { Envelope } from '../../shared/result';
import type { AppStatus } from '../../shared/schemas/clinic';
import { CLEAN_SHUTDOWN_FILE, DATABASE_FILE, DatabaseDamagedError, isDamage, newestGoodBackup, type GoodBackup } from './backup-restore';
import { appliedMigrations } from './db';
import { openSqlite } from './encryption-db';
import { runSqliteWorker } from './sqlite-worker';

export { CLEAN_SHUTDOWN_FILE };

/**
 * How long after opening the background check starts: the window's first paint (the renderer
 * loading, the first requests) goes first, instead of sharing two cores with a second of
 * quick_check. Measured on the reference clinic: ~0.1–0.3 s sooner to a painted schedule.
 */
export const BACKGROUND_CHECK_DELAY_MS = 1500;

interface CleanShutdown {
  size: number;
  mtimeMs: number;
  at: string;
}

const databaseFile = (dataDir: string) => join(dataDir, DATABASE_FILE);

/** A -wal or -journal with anything in it: the last connection did not finish cleanly. */
function leftovers(dataDir: string): boolean {
  return ['-wal', '-journal'].some((suffix) => {
    try {
      return statSync(`${databaseFile(dataDir)}${suffix}`).size > 0;
    } catch {
      return false;
    }
  });
}

/**
 * Called by Core.close() once the connection is closed (SQLite has checkpointed and removed the
 * -wal): the file as it was left. Nothing is written when something was left behind.
 */
export function writeCleanShutdown(dataDir: string, now: Date): void {
  const file = databaseFile(dataDir);
  if (!existsSync(file) || leftovers(dataDir)) return;
  const { size, mtimeMs } = statSync(file);
  const note: CleanShutdown = { size, mtimeMs, at: now.toISOString() };
  const target = join(dataDir, CLEAN_SHUTDOWN_FILE);
  // No fsync: a note lost to a power cut only means a full check at the next start.
  writeFileSync(`${target}.tmp`, JSON.stringify(note));
  renameSync(`${target}.tmp`, target);
}

/**
 * True when the database is exactly as a clean close left it. The note is removed either way,
 * before the file is opened: if this run does not end cleanly, the next start checks first.
 */
export function takeCleanShutdown(dataDir: string): boolean {
  const target = join(dataDir, CLEAN_SHUTDOWN_FILE);
  let note: Partial<CleanShutdown> | null = null;
  try {
    note = JSON.parse(readFileSync(target, 'utf8')) as Partial<CleanShutdown>;
  } catch {
    note = null;
  }
  rmSync(target, { force: true });
  if (!note || leftovers(dataDir)) return false;
  try {
    const { size, mtimeMs } = statSync(databaseFile(dataDir));
    return size === note.size && mtimeMs === note.mtimeMs;
  } catch {
    return false;
  }
}

/**
 * True when opening would migrate the file (this build knows migrations it lacks), or when that
 * cannot be read: such a file is checked before it opens, so a damaged file is never migrated.
 */
export function needsMigrating(dataDir: string, known: readonly string[], nativeBinding?: string): boolean {
  let db: BetterSqlite3.Database | null = null;
  try {
    // Keyed when the clinic is encrypted (the key was unlocked just before): see encryption-db.ts.
    db = openSqlite(databaseFile(dataDir), { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
    const applied = new Set(appliedMigrations(db));
    return known.some((name) => !applied.has(name));
  } catch {
    return true;
  } finally {
    db?.close();
  }
}

/** "ok", or the first few problems in one line (as backup-files.ts words them). */
function summarize(lines: string[]): string | null {
  const text = lines.join('\n');
  if (text === 'ok') return null;
  const problems = lines.filter((line) => line && !/^\*\*\* in database/.test(line));
  const shown = problems.slice(0, 3).join('; ');
  return problems.length > 3 ? `${shown}; and ${problems.length - 3} more` : shown || text;
}

/**
 * PRAGMA quick_check of the database file in a worker thread: the problems in one line, or null.
 * Rejects when the check itself could not run (the worker or the driver failed to load).
 */
export async function quickCheckInWorker(dataDir: string, nativeBinding?: string, key?: Buffer | null): Promise<string | null> {
  const answer = await runSqliteWorker(databaseFile(dataDir), { job: 'quick_check' }, { nativeBinding, key });
  if ('lines' in answer) return summarize(answer.lines);
  if (isDamage(answer.error)) return answer.error.message;
  throw new Error(answer.error.message);
}

export type DatabaseHealth =
  /** Passed quick_check: before opening (after an unclean shutdown), or in the background. */
  | { state: 'checked' }
  /** Opened after a clean shutdown; the check runs in the background. */
  | { state: 'checking' }
  | { state: 'damaged'; problem: string; backup: GoodBackup | null };

/** What app/status carries when the check failed: the renderer shows the damaged-database screen. */
export type DamagedDatabase = NonNullable<AppStatus['damaged']>;

/** What a damaged database still answers: the status (for the screen), backups, and restoring one. */
const OPEN_WHEN_DAMAGED = new Set<string>(['app/status', 'auth/state', 'backups/list', 'backups/restore'] satisfies Method[]);

/** The answer to any other call once the check found damage; null while the file is sound (or unchecked). */
export function refusedWhenDamaged(health: DatabaseHealth, method: unknown): Envelope<never> | null {
  if (health.state !== 'damaged' || (typeof method === 'string' && OPEN_WHEN_DAMAGED.has(method))) return null;
  return {
    ok: false,
    error: {
      code: 'unavailable',
      message: 'Palpate’s database is damaged, so nothing can be opened or saved until a backup is restored. Nothing in it was changed.',
    },
  };
}

export function describeDamage(dataDir: string, health: Extract<DatabaseHealth, { state: 'damaged' }>): DamagedDatabase {
  const { message } = new DatabaseDamagedError(databaseFile(dataDir), health.problem, health.backup);
  return { message, problem: health.problem, backup: health.backup ? { file: health.backup.file, at: health.backup.at } : null };
}

/**
 * The background check, once: quick_check in a worker; on damage, the newest good backup is
 * looked for (also off the main thread's hot path: it runs only when something is wrong). If the
 * worker cannot run at all, the check runs here instead, blocking: slower, never skipped.
 */
export async function checkInBackground(
  dataDir: string,
  nativeBinding: string | undefined,
  fallback: () => string | null,
  key: Buffer | null = null,
): Promise<DatabaseHealth> {
  let problem: string | null;
  try {
    problem = await quickCheckInWorker(dataDir, nativeBinding, key);
  } catch (error) {
    console.error('Palpate: the background database check could not run in a worker; checking here instead', error);
    problem = fallback();
  }
  return problem ? { state: 'damaged', problem, backup: newestGoodBackup(dataDir, nativeBinding) } : { state: 'checked' };
}
