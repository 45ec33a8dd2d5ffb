// Opening the clinic database: pragmas, migrations, and refusing a file from a newer Palpate.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { Kysely, Migrator, SqliteDialect, type Migration } from 'kysely';
import { migrations as registered } from '../../migrations';
import { DatabaseFromNewerVersionError } from './errors';
import { openSqlite } from './encryption-db';

export interface OpenOptions {
  /** Path to the .node file when the default build is for another runtime (Electron vs Node). */
  nativeBinding?: string;
  /** Only for tests: migrate with a different list (e.g. to stop before the newest migration). */
  migrations?: Record<string, Migration>;
}

const MIGRATION_TABLE = 'kysely_migration';

export function applyPragmas(sqlite: Database): void {
  sqlite.pragma('journal_mode = WAL');
  // better-sqlite3's bundled build defaults WAL to NORMAL; FULL makes every commit durable.
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
}

/** Names of migrations already applied to this file, in order ([] for a new file). */
export function appliedMigrations(sqlite: Database): string[] {
  const table = sqlite
    .prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`)
    .get(MIGRATION_TABLE);
  if (!table) return [];
  return sqlite
    .prepare(`SELECT name FROM ${MIGRATION_TABLE} ORDER BY timestamp, name`)
    .pluck()
    .all() as string[];
}

/**
 * Opens (creating if needed) the database at `file`, then brings its schema up to date.
 * A file that has migrations this build does not know was written by a newer Palpate: it is
 * closed untouched and DatabaseFromNewerVersionError is thrown.
 */
export async function openDatabase(file: string, options: OpenOptions & { key?: Buffer | null } = {}): Promise<Database> {
  // Keyed when the file is encrypted (encryption.ts found the key); a plain file opens plain.
  const sqlite = openSqlite(file, { nativeBinding: options.nativeBinding, key: options.key ?? null });
  try {
    const known = options.migrations ?? registered;
    const unknown = appliedMigrations(sqlite).filter((name) => !(name in known));
    if (unknown.length > 0) throw new DatabaseFromNewerVersionError(file, unknown);
    applyPragmas(sqlite);
    await migrate(sqlite, known);
    return sqlite;
  } catch (error) {
    sqlite.close();
    throw error;
  }
}

async function migrate(sqlite: Database, known: Record<string, Migration>): Promise<void> {
  // The migrator is async; it runs once at start-up, before any handler can touch the file.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the migrator works on any schema, like the migrations
  const db = new Kysely<any>({ dialect: new SqliteDialect({ database: sqlite }) });
  const migrator = new Migrator({ db, provider: { getMigrations: async () => known }, migrationTableName: MIGRATION_TABLE });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`Updating the database failed at migration ${failed}: ${String(error)}`);
  }
  sqlite.pragma(`user_version = ${Object.keys(known).length}`);
  // Kysely's destroy() would close the shared connection; it is owned by the caller.
}
