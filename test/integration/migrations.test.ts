// The real migration chain on real files: schema, pragmas, reopening, and refusing a newer file.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { sql, type Migration } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { appliedMigrations, openDatabase } from '../../electron/core/db';
import { DatabaseFromNewerVersionError } from '../../electron/core/errors';
import { openCore } from '../../electron/core/index';
import { MIGRATION_NAMES, migrations } from '../../migrations';
import { cleanupTestCores, count, expectOk, makeTempDir, openTestCore, sha256 } from '../helpers/core';

afterEach(cleanupTestCores);

const MIGRATIONS_DIR = join(__dirname, '../../migrations');
const FUTURE = '20991231_0001_from_the_future';

/** The registered migrations up to and including `name`, in order. */
function migrationsUpTo(name: string): Record<string, Migration> {
  const end = MIGRATION_NAMES.indexOf(name);
  if (end < 0) throw new Error(`no migration ${name}`);
  return Object.fromEntries(MIGRATION_NAMES.slice(0, end + 1).map((n) => [n, migrations[n]!]));
}

function freshFile(): string {
  return join(makeTempDir(), 'palpate.db');
}

function schemaObjects(db: BetterSqlite3.Database, type: string): string[] {
  return db.prepare(`SELECT name FROM sqlite_schema WHERE type = ? ORDER BY name`).pluck().all(type) as string[];
}

describe('the migration chain on a fresh file', () => {
  it('creates the tables, index, full-text index and triggers', async () => {
    const db = await openDatabase(freshFile());
    const tables = schemaObjects(db, 'table');
    for (const t of ['clinic', 'practitioners', 'clients', 'client_search', 'kysely_migration']) expect(tables).toContain(t);
    expect(schemaObjects(db, 'index')).toContain('clients_by_status_name');
    expect(schemaObjects(db, 'trigger')).toEqual(
      expect.arrayContaining([
        'clients_search_delete',
        'clients_search_insert',
        'clients_search_update',
        'intakes_signed_no_delete',
        'intakes_signed_no_update',
        'sessions_signed_no_update',
        'sessions_signed_no_delete',
        'session_findings_signed_no_insert',
        'session_findings_signed_no_update',
        'session_findings_signed_no_delete',
        'session_addenda_no_update',
        'session_addenda_no_delete',
      ]),
    );
    for (const t of ['sessions', 'session_modalities', 'session_findings', 'session_acknowledgments', 'session_addenda', 'note_templates']) expect(tables).toContain(t);
    for (const t of ['intakes', 'precaution_rule_versions', 'referrals', 'attachments', 'treatment_plans']) expect(tables).toContain(t);
    const fts = db.prepare(`SELECT sql FROM sqlite_schema WHERE name = 'client_search'`).pluck().get() as string;
    expect(fts).toMatch(/USING fts5/i);
    db.close();
  });

  it('makes every Palpate table STRICT (not kysely bookkeeping, not FTS internals)', async () => {
    const db = await openDatabase(freshFile());
    const list = db.prepare(`PRAGMA table_list`).all() as { schema: string; name: string; type: string; strict: number }[];
    const ours = list.filter((t) => t.schema === 'main' && t.type === 'table' && !/^(sqlite_|kysely_)/.test(t.name));
    expect(ours.map((t) => t.name).sort()).toEqual(expect.arrayContaining(['clients', 'clinic', 'practitioners']));
    expect(ours.filter((t) => t.strict !== 1).map((t) => t.name)).toEqual([]);
    db.close();
  });

  it('records every migration and sets user_version to their number', async () => {
    const db = await openDatabase(freshFile());
    expect(appliedMigrations(db)).toEqual(MIGRATION_NAMES);
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATION_NAMES.length);
    db.close();
  });

  it('leaves the pragmas in force after open', async () => {
    const core = await openTestCore();
    expect(core.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(core.sqlite.pragma('synchronous', { simple: true })).toBe(2);
    expect(core.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(core.sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
  });

  it('reopening an up-to-date file runs nothing again and keeps the data', async () => {
    const first = await openTestCore();
    const created = expectOk<{ id: string }>(first.invoke('clients/create', { legalFirstName: 'Ada', legalLastName: 'Byron' }));
    const before = first.sqlite.prepare('SELECT name, timestamp FROM kysely_migration ORDER BY name').all();
    first.close();

    const again = await openTestCore({ dataDir: first.dataDir });
    expect(again.sqlite.prepare('SELECT name, timestamp FROM kysely_migration ORDER BY name').all()).toEqual(before);
    expect(again.sqlite.pragma('user_version', { simple: true })).toBe(MIGRATION_NAMES.length);
    expect(expectOk<{ legalLastName: string }>(again.invoke('clients/get', { id: created.id })).legalLastName).toBe('Byron');
    expect(count(again.sqlite, 'clients')).toBe(1);
  });
});

describe('migration 20261127_0001_foundation', () => {
  const name = '20261127_0001_foundation';

  it('migrates an empty file, and its triggers keep the search index in step', async () => {
    const db = await openDatabase(freshFile(), { migrations: migrationsUpTo(name) });
    expect(appliedMigrations(db)).toEqual([name]);
    const now = '2026-11-27T15:00:00.000Z';
    db.prepare(
      `INSERT INTO clients (id, legal_first_name, legal_last_name, phone, email, date_of_birth, sort_key, created_at, updated_at)
       VALUES ('01JDTEST000000000000000001', 'Zoë', 'Quintana', '(555) 014-2367', 'zq@example.com', '1980-04-12', 'quintana zoe', ?, ?)`,
    ).run(now, now);
    const find = (q: string) => db.prepare(`SELECT rowid FROM client_search WHERE client_search MATCH ?`).pluck().all(q);
    const rowId = db.prepare(`SELECT row_id FROM clients`).pluck().get();
    expect(find('quint*')).toEqual([rowId]);
    expect(find('zoe')).toEqual([rowId]); // diacritics removed
    expect(find('5550142*')).toEqual([rowId]); // phone digits as one run
    expect(find('"1980" "04"')).toEqual([rowId]);

    db.prepare(`UPDATE clients SET legal_last_name = 'Ortega'`).run();
    expect(find('quint*')).toEqual([]);
    expect(find('ortega')).toEqual([rowId]);

    db.prepare(`DELETE FROM clients`).run();
    expect(find('ortega')).toEqual([]);
    db.close();
  });

  it('enforces its CHECK constraints and STRICT types', async () => {
    const db = await openDatabase(freshFile(), { migrations: migrationsUpTo(name) });
    const insert = (status: unknown, first: unknown) =>
      db
        .prepare(`INSERT INTO clients (id, legal_first_name, legal_last_name, status, sort_key, created_at, updated_at) VALUES (?, ?, 'X', ?, 'x', 't', 't')`)
        .run(`id-${String(first)}`, first, status);
    expect(() => insert('deleted', 'A')).toThrow(/CHECK/);
    // STRICT: a value that cannot be coerced to the column's type is refused, not stored as-is.
    expect(() => insert('active', Buffer.from('A'))).toThrow(/cannot store BLOB value in TEXT column/);
    expect(() => db.prepare(`INSERT INTO clinic (id, name, time_zone, created_at, updated_at) VALUES (2, 'n', 'UTC', 't', 't')`).run()).toThrow(/CHECK/);
    db.close();
  });
});

describe('migration 20261127_0002_intake_referrals', () => {
  it('adds intakes, referrals, plans and attachments to a file that already holds clients', async () => {
    const file = freshFile();
    const before = await openDatabase(file, { migrations: migrationsUpTo('20261127_0001_foundation') });
    before
      .prepare(`INSERT INTO clients (id, legal_first_name, legal_last_name, sort_key, created_at, updated_at) VALUES ('01JDTEST000000000000000001', 'Ann', 'Old', 'old ann', 't', 't')`)
      .run();
    before.close();

    const db = await openDatabase(file, { migrations: migrationsUpTo('20261127_0002_intake_referrals') });
    expect(appliedMigrations(db)).toEqual(['20261127_0001_foundation', '20261127_0002_intake_referrals']);
    expect(db.prepare(`SELECT legal_last_name FROM clients`).pluck().get()).toBe('Old');
    const insert = db.prepare(`INSERT INTO intakes (id, client_id, answers, created_at, updated_at) VALUES (?, ?, '{}', 't', 't')`);
    insert.run('i1', '01JDTEST000000000000000001');
    // Foreign keys hold: an intake for a client that does not exist is refused.
    expect(() => insert.run('i2', 'no-such-client')).toThrow(/FOREIGN KEY/);
    // A referral's dates must be in order, whatever code writes it.
    expect(() =>
      db
        .prepare(
          `INSERT INTO referrals (id, client_id, physician_name, diagnoses, visits_authorized, start_date, end_date, created_at, updated_at)
           VALUES ('r1', '01JDTEST000000000000000001', 'Dr', '[]', 4, '2026-02-01', '2026-01-01', 't', 't')`,
        )
        .run(),
    ).toThrow(/CHECK/);
    db.close();
  });
});

describe('every migration file is registered', () => {
  it('lists each migrations/*.ts file (except index.ts) in migrations/index.ts, in order', () => {
    const files = readdirSync(MIGRATIONS_DIR).filter((f) => f !== 'index.ts' && /\.[cm]?[jt]s$/.test(f));
    for (const f of files) expect(f, 'migration files are named YYYYMMDD_NNNN_name.ts').toMatch(/^\d{8}_\d{4}_[a-z0-9_]+\.ts$/);
    const onDisk = files.map((f) => f.replace(/\.ts$/, '')).sort();
    expect(MIGRATION_NAMES).toEqual(onDisk);
    expect([...MIGRATION_NAMES].sort()).toEqual(MIGRATION_NAMES);
  });
});

describe('a database written by a newer Palpate', () => {
  const futureMigration: Migration = {
    up: async (db) => {
      await sql`CREATE TABLE future_things (id INTEGER PRIMARY KEY, what TEXT NOT NULL) STRICT`.execute(db);
      await sql`INSERT INTO future_things (what) VALUES ('kept')`.execute(db);
    },
  };

  /** A file with a client, written by the real chain, then `extend` (run against the closed file). */
  async function newerFile(extend: (file: string) => Promise<void>): Promise<{ dir: string; file: string; clientId: string }> {
    const dir = makeTempDir();
    const core = await openCore({ dataDir: dir });
    const client = expectOk<{ id: string }>(core.invoke('clients/create', { legalFirstName: 'Nina', legalLastName: 'Future' }));
    core.close();
    const file = join(dir, 'palpate.db');
    await extend(file);
    return { dir, file, clientId: client.id };
  }

  const variants: [string, (file: string) => Promise<void>][] = [
    [
      'migrated by a build with an extra migration',
      async (file) => {
        const db = await openDatabase(file, { migrations: { ...migrations, [FUTURE]: futureMigration } });
        expect(db.prepare('SELECT what FROM future_things').pluck().get()).toBe('kept');
        db.close();
      },
    ],
    [
      'with a future name in kysely_migration',
      async (file) => {
        const db = new BetterSqlite3(file);
        db.prepare(`INSERT INTO kysely_migration (name, timestamp) VALUES (?, ?)`).run(FUTURE, '2099-12-31T00:00:00.000Z');
        db.close();
      },
    ],
  ];

  it.each(variants)('is refused, byte for byte untouched, when %s', async (_label, extend) => {
    const { dir, file, clientId } = await newerFile(extend);
    const filesBefore = readdirSync(dir).sort();
    // Closed cleanly: no -wal left to hide writes in (beside it, the notes a clean close leaves).
    expect(filesBefore.filter((f) => f.startsWith('palpate.db'))).toEqual(['palpate.db']);
    const hashBefore = sha256(file);

    const refused = await openDatabase(file).then(
      () => null,
      (e: unknown) => e,
    );
    expect(refused).toBeInstanceOf(DatabaseFromNewerVersionError);
    expect((refused as Error).message).toMatch(/newer version/);
    expect((refused as DatabaseFromNewerVersionError).unknownMigrations).toEqual([FUTURE]);

    // The app's own entry point refuses it too.
    await expect(openCore({ dataDir: dir })).rejects.toThrow(DatabaseFromNewerVersionError);

    // The database and its notes stay (the clean-close note is used up: the next start checks the file in full).
    expect(readdirSync(dir).filter((f) => f !== 'clean-shutdown.json').sort()).toEqual(filesBefore.filter((f) => f !== 'clean-shutdown.json'));
    expect(existsSync(`${file}-wal`)).toBe(false);
    expect(sha256(file)).toBe(hashBefore);

    const db = new BetterSqlite3(file, { readonly: true });
    expect(db.prepare('SELECT legal_last_name FROM clients WHERE id = ?').pluck().get(clientId)).toBe('Future');
    expect(db.prepare('SELECT name FROM kysely_migration ORDER BY name').pluck().all()).toEqual([...MIGRATION_NAMES, FUTURE]);
    db.close();
  });
});
