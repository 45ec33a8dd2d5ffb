// The file-level part of turning encryption on or off, shaped like a restore (backup-restore.ts):
// a converted copy is written and checked beside the database while it is open, then — with no
// connection open — swapped in by renames that a crash at any point leaves recoverable:
//
//   palpate.db.switch-copy    being written by SQLite, not yet checked: removed at start-up
//   palpate.db.switching      checked, waiting to become palpate.db
//   palpate.db.switched-out   the database as it was (with its -wal/-shm), until the new one opens
//
// recoverInterruptedSwitch runs before anything opens the database: it finishes a half-done
// swap or drops one that never started, so palpate.db is always the old file or the new one.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BackupCounts } from '../../shared/schemas/backup';
import { checkProblems, countRows, fsyncDir, fsyncFile } from './backup-files';
import { DATABASE_FILE } from './backup-restore';
import { exportDatabase, openSqlite } from './encryption-db';
import { AppError } from './errors';

const SWITCH_COPY = `${DATABASE_FILE}.switch-copy`;
const SWITCHING = `${DATABASE_FILE}.switching`;
const SWITCHED_OUT = `${DATABASE_FILE}.switched-out`;
const COMPANIONS = ['-wal', '-shm', '-journal'];

const removeWithCompanions = (path: string) => {
  for (const suffix of ['', ...COMPANIONS]) rmSync(`${path}${suffix}`, { force: true });
};

/**
 * Folders whose swap this process is in the middle of: the host reopens the core (which runs
 * recoverInterruptedSwitch) before it knows the new file opens, and the old one must survive that.
 * Only a swap a crash interrupted is recovered.
 */
const swapping = new Set<string>();

const sameCounts = (a: BackupCounts, b: BackupCounts) => (Object.keys(a) as (keyof BackupCounts)[]).every((k) => a[k] === b[k]);

/**
 * Opens `path` with `key` (null: plain) read-only and checks every page and the row counts
 * against `expected`. Returns the problem in words, or null.
 */
export function checkConvertedFile(path: string, key: Buffer | null, expected: BackupCounts, nativeBinding?: string): string | null {
  let db: Database | null = null;
  try {
    db = openSqlite(path, { readonly: true, fileMustExist: true, nativeBinding, key });
    const problem = checkProblems(db, 'integrity_check');
    if (problem) return problem;
    return sameCounts(countRows(db), expected) ? null : 'its row counts did not match the database';
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    db?.close();
  }
}

/**
 * Step 1 (the core open): the live database, written by SQLite in its new form (`to`, or plain
 * when null) beside it, checked, and renamed palpate.db.switching. Every call runs on this one
 * connection and this is synchronous, so the counts read here are exactly the copy's.
 */
export function stageConvertedDatabase(sqlite: Database, dataDir: string, from: Buffer | null, to: Buffer | null, nativeBinding?: string): void {
  const copy = join(dataDir, SWITCH_COPY);
  removeWithCompanions(copy);
  rmSync(join(dataDir, SWITCHING), { force: true });
  try {
    exportDatabase(sqlite, copy, from, to, nativeBinding);
    const problem = checkConvertedFile(copy, to, countRows(sqlite), nativeBinding);
    if (problem) throw new AppError('internal', `The converted copy of the database failed its check (${problem}), so nothing was switched. Nothing changed; try again.`);
    fsyncFile(copy);
    renameSync(copy, join(dataDir, SWITCHING));
    fsyncDir(dataDir);
  } catch (error) {
    removeWithCompanions(copy);
    throw error;
  }
}

/** Undoes step 1 (something failed before the swap): the live database was never touched. */
export function discardStagedDatabase(dataDir: string): void {
  removeWithCompanions(join(dataDir, SWITCH_COPY));
  rmSync(join(dataDir, SWITCHING), { force: true });
}

/** Step 2 (no connection open): the database moves out first, then its companions, then the new one moves in. */
export function swapInStagedDatabase(dataDir: string): void {
  const live = join(dataDir, DATABASE_FILE);
  const out = join(dataDir, SWITCHED_OUT);
  if (!existsSync(join(dataDir, SWITCHING))) throw new Error('No converted database to switch to');
  removeWithCompanions(out);
  swapping.add(resolve(dataDir));
  renameSync(live, out);
  moveCompanions(live, out);
  renameSync(join(dataDir, SWITCHING), live);
  fsyncDir(dataDir);
}

/** Step 3, once the new database opened: the old one goes (its data is in the new file and in the backup made first). */
export function finishSwap(dataDir: string): void {
  swapping.delete(resolve(dataDir));
  removeWithCompanions(join(dataDir, SWITCHED_OUT));
  fsyncDir(dataDir);
}

/** The new database would not open: the old one goes back in its place. */
export function undoSwap(dataDir: string): void {
  const live = join(dataDir, DATABASE_FILE);
  const out = join(dataDir, SWITCHED_OUT);
  swapping.delete(resolve(dataDir));
  if (!existsSync(out)) return;
  removeWithCompanions(live);
  renameSync(out, live);
  moveCompanions(out, live);
  fsyncDir(dataDir);
}

function moveCompanions(from: string, to: string): void {
  for (const suffix of COMPANIONS) if (existsSync(`${from}${suffix}`)) renameSync(`${from}${suffix}`, `${to}${suffix}`);
}

/**
 * At start-up, before the database is opened: an unchecked copy is removed; a checked one is
 * dropped if palpate.db was never moved, or put in place if it was; an old database left after a
 * finished swap is removed, and one whose replacement vanished is put back.
 */
export function recoverInterruptedSwitch(dataDir: string): 'none' | 'completed' | 'discarded' | 'restored' {
  if (swapping.has(resolve(dataDir))) return 'none';
  const live = join(dataDir, DATABASE_FILE);
  const switching = join(dataDir, SWITCHING);
  const out = join(dataDir, SWITCHED_OUT);
  removeWithCompanions(join(dataDir, SWITCH_COPY));
  let outcome: 'none' | 'completed' | 'discarded' | 'restored' = 'none';
  if (existsSync(switching)) {
    if (existsSync(live)) {
      rmSync(switching, { force: true });
      outcome = 'discarded';
    } else {
      // Killed between moving palpate.db out and moving the new one in: any -wal/-shm still named
      // palpate.db-* belong to the old file, and must not be replayed into the new one.
      moveCompanions(live, out);
      renameSync(switching, live);
      outcome = 'completed';
    }
  }
  if (existsSync(out)) {
    if (existsSync(live)) {
      removeWithCompanions(out);
      if (outcome === 'none') outcome = 'completed';
    } else {
      renameSync(out, live);
      moveCompanions(out, live);
      outcome = 'restored';
    }
  }
  if (outcome !== 'none') fsyncDir(dataDir);
  return outcome;
}
