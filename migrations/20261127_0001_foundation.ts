// Frozen: never edit once landed. Add a new migration instead.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE clinic (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      name TEXT NOT NULL,
      time_zone TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT`.execute(db);

  await sql`
    CREATE TABLE practitioners (
      id TEXT PRIMARY KEY,
      first_name TEXT NOT NULL,
      last_name TEXT NOT NULL,
      credentials TEXT NOT NULL DEFAULT '',
      license_number TEXT NOT NULL DEFAULT '',
      npi TEXT NOT NULL DEFAULT '',
      active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT`.execute(db);

  // row_id is an explicit INTEGER PRIMARY KEY so the full-text index can key on a rowid that
  // VACUUM never renumbers; `id` (a ULID) is what every other table and the app refer to.
  await sql`
    CREATE TABLE clients (
      row_id INTEGER PRIMARY KEY,
      id TEXT NOT NULL UNIQUE,
      legal_first_name TEXT NOT NULL,
      legal_last_name TEXT NOT NULL,
      preferred_name TEXT NOT NULL DEFAULT '',
      pronouns TEXT NOT NULL DEFAULT '',
      date_of_birth TEXT NOT NULL DEFAULT '',
      sex TEXT NOT NULL DEFAULT '',
      phone TEXT NOT NULL DEFAULT '',
      email TEXT NOT NULL DEFAULT '',
      address_line1 TEXT NOT NULL DEFAULT '',
      address_line2 TEXT NOT NULL DEFAULT '',
      city TEXT NOT NULL DEFAULT '',
      region TEXT NOT NULL DEFAULT '',
      postal_code TEXT NOT NULL DEFAULT '',
      country TEXT NOT NULL DEFAULT '',
      emergency_contact_name TEXT NOT NULL DEFAULT '',
      emergency_contact_relationship TEXT NOT NULL DEFAULT '',
      emergency_contact_phone TEXT NOT NULL DEFAULT '',
      referring_physician_name TEXT NOT NULL DEFAULT '',
      referring_physician_phone TEXT NOT NULL DEFAULT '',
      insurance_payer TEXT NOT NULL DEFAULT '',
      insurance_member_id TEXT NOT NULL DEFAULT '',
      insurance_group_number TEXT NOT NULL DEFAULT '',
      insurance_subscriber_name TEXT NOT NULL DEFAULT '',
      insurance_subscriber_relationship TEXT NOT NULL DEFAULT '',
      notes TEXT NOT NULL DEFAULT '',
      sort_key TEXT NOT NULL,
      status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'archived')),
      archived_at TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT`.execute(db);

  // sort_key (last name, first name, lower-cased, accents removed) is computed by the app, because
  // SQLite's NOCASE folds only ASCII and would sort Álvarez after Zimmer.
  await sql`
    CREATE INDEX clients_by_status_name ON clients (status, sort_key)`.execute(db);

  // Search as you type: a contentless FTS5 index over names, contact details and birth date,
  // kept in step by triggers so no code path can forget it. Phone digits are indexed twice:
  // as typed ("555-0142" → 555, 0142) and as one run of digits ("5550142").
  await sql`
    CREATE VIRTUAL TABLE client_search USING fts5(
      doc,
      content = '',
      contentless_delete = 1,
      tokenize = 'unicode61 remove_diacritics 2',
      prefix = '1 2 3'
    )`.execute(db);

  const doc = (r: 'new') => sql.raw(`concat_ws(' ',
      ${r}.legal_first_name, ${r}.legal_last_name, ${r}.preferred_name, ${r}.email, ${r}.phone,
      replace(replace(replace(replace(replace(replace(replace(${r}.phone,
        ' ', ''), '-', ''), '(', ''), ')', ''), '.', ''), '+', ''), 'x', ''),
      ${r}.date_of_birth)`);

  await sql`
    CREATE TRIGGER clients_search_insert AFTER INSERT ON clients BEGIN
      INSERT INTO client_search (rowid, doc) VALUES (new.row_id, ${doc('new')});
    END`.execute(db);
  await sql`
    CREATE TRIGGER clients_search_update AFTER UPDATE ON clients BEGIN
      DELETE FROM client_search WHERE rowid = old.row_id;
      INSERT INTO client_search (rowid, doc) VALUES (new.row_id, ${doc('new')});
    END`.execute(db);
  await sql`
    CREATE TRIGGER clients_search_delete AFTER DELETE ON clients BEGIN
      DELETE FROM client_search WHERE rowid = old.row_id;
    END`.execute(db);
}

export async function down(): Promise<void> {
  // Palpate never migrates down: a clinic's data only moves forward.
  throw new Error('Palpate migrations are forward-only');
}
