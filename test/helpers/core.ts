// A real core on a fresh database file in a temp folder, with a clock the test controls.
// No mocked database, ever: every test runs the real migrations on a real SQLite file.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { Clock } from '../../electron/core/clock';
import { DATABASE_FILE, openCore, type Core } from '../../electron/core/index';

export const DEFAULT_NOW = '2026-11-27T15:00:00.000Z';

export interface PinnedClock extends Clock {
  /** Moves the clock forward by `ms` milliseconds. */
  advance(ms: number): void;
  set(iso: string): void;
  iso(): string;
}

export function pinnedClock(iso: string = DEFAULT_NOW): PinnedClock {
  let current = Date.parse(iso);
  if (Number.isNaN(current)) throw new Error(`pinnedClock: not an ISO time: ${iso}`);
  return {
    now: () => new Date(current),
    advance: (ms) => {
      current += ms;
    },
    set: (next) => {
      current = Date.parse(next);
    },
    iso: () => new Date(current).toISOString(),
  };
}

const pending: (() => void)[] = [];

/** A fresh, empty temp folder, removed by cleanupTestCores(). */
export function makeTempDir(prefix = 'palpate-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  pending.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export interface TestCore extends Core {
  clock: PinnedClock;
  dataDir: string;
  dbFile: string;
  /** Close the database and delete the folder. Safe to call twice. */
  cleanup(): void;
}

export async function openTestCore(options: { now?: string; dataDir?: string } = {}): Promise<TestCore> {
  const dataDir = options.dataDir ?? makeTempDir();
  const clock = pinnedClock(options.now);
  const core = await openCore({ dataDir, clock, version: '0.0.0-test' });
  const close = () => {
    if (core.sqlite.open) core.sqlite.close();
  };
  pending.push(close);
  return {
    ...core,
    close,
    clock,
    dataDir,
    dbFile: join(dataDir, DATABASE_FILE),
    cleanup: () => {
      close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** For `afterEach(cleanupTestCores)`: closes every core and removes every temp folder opened so far. */
export function cleanupTestCores(): void {
  // Close databases before removing their folders (reverse order of creation).
  for (const step of pending.splice(0).reverse()) step();
}

/** Unwraps an ok envelope, failing the test with the error when it is not ok. */
export function expectOk<T = unknown>(envelope: { ok: boolean; value?: unknown; error?: unknown }): T {
  if (!envelope.ok) throw new Error(`expected ok, got ${JSON.stringify(envelope.error)}`);
  return envelope.value as T;
}

export function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

export function count(sqlite: Database, table: string): number {
  return sqlite.prepare(`SELECT count(*) FROM "${table}"`).pluck().get() as number;
}

/**
 * Everything in the file: each table's rows (user tables, FTS shadow tables, migration tables)
 * plus this connection's total_changes(), which also counts writes that were rolled back.
 */
export function snapshot(sqlite: Database): { totalChanges: number; tables: Record<string, unknown[]> } {
  const names = sqlite
    .prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
    .pluck()
    .all() as string[];
  const tables: Record<string, unknown[]> = {};
  for (const name of names) {
    // The contentless FTS table itself cannot be read back; its shadow tables hold the index.
    if (name === 'client_search') continue;
    tables[name] = sqlite.prepare(`SELECT * FROM "${name}"`).all();
  }
  return { totalChanges: sqlite.prepare('SELECT total_changes()').pluck().get() as number, tables };
}
