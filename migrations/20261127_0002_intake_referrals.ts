// Frozen: never edit once landed. Add a new migration instead.
// Intake forms (versioned, signed ones locked by triggers), the clinic's precaution rules
// (every edit a new version), physician referrals with their scanned orders, and treatment plans.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  // `answers` is the whole form as JSON: it is read and written as one document, and a new
  // intake never overwrites an old one.
  await sql`
    CREATE TABLE intakes (
      id TEXT PRIMARY KEY,
      client_id TEXT NOT NULL REFERENCES clients (id),
      answers TEXT NOT NULL CHECK (json_valid(answers)),
      signed_name TEXT,
      signature_png TEXT,
      signed_at TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      CHECK ((signed_at IS NULL) = (signed_name IS NULL) AND (signed_at IS NULL) = (signature_png IS NULL))
    ) STRICT`.execute(db);
  await sql`CREATE INDEX intakes_by_client ON intakes (client_id, created_at)`.execute(db);

  // A signed intake is a record of what the client attested: the database itself refuses to
  // change or delete it, whatever code path tries.
  await sql`
    CREATE TRIGGER intakes_signed_no_update BEFORE UPDATE ON intakes WHEN old.signed_at IS NOT NULL
    BEGIN SELECT RAISE(ABORT, 'A signed intake cannot be changed; fill in a new intake instead'); END`.execute(db);
  await sql`
    CREATE TRIGGER intakes_signed_no_delete BEFORE DELETE ON intakes WHEN old.signed_at IS NOT NULL
    BEGIN SELECT RAISE(ABORT, 'A signed intake cannot be deleted'); END`.execute(db);

  await sql`
    CREATE TABLE precaution_rule_versions (
      version INTEGER PRIMARY KEY,
      rules TEXT NOT NULL CHECK (json_valid(rules)),
      note TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL
    ) STRICT`.execute(db);

  await sql`
    CREATE TABLE referrals (
      id TEXT PRIMARY KEY,
      client_id TEXT NOT NULL REFERENCES clients (id),
      physician_name TEXT NOT NULL,
      physician_npi TEXT NOT NULL DEFAULT '',
      physician_phone TEXT NOT NULL DEFAULT '',
      physician_fax TEXT NOT NULL DEFAULT '',
      physician_practice TEXT NOT NULL DEFAULT '',
      diagnoses TEXT NOT NULL CHECK (json_valid(diagnoses)),
      frequency_per_week INTEGER CHECK (frequency_per_week BETWEEN 1 AND 7),
      duration_weeks INTEGER CHECK (duration_weeks BETWEEN 1 AND 104),
      visits_authorized INTEGER NOT NULL CHECK (visits_authorized >= 0),
      start_date TEXT NOT NULL,
      end_date TEXT NOT NULL,
      authorization_number TEXT NOT NULL DEFAULT '',
      notes TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      CHECK (end_date >= start_date)
    ) STRICT`.execute(db);
  await sql`CREATE INDEX referrals_by_client ON referrals (client_id, end_date)`.execute(db);
  await sql`CREATE INDEX referrals_by_end_date ON referrals (end_date)`.execute(db);

  // Scanned orders and other documents live in the database so one file (and one backup) holds
  // the whole record.
  await sql`
    CREATE TABLE attachments (
      id TEXT PRIMARY KEY,
      client_id TEXT NOT NULL REFERENCES clients (id),
      referral_id TEXT REFERENCES referrals (id),
      file_name TEXT NOT NULL,
      mime_type TEXT NOT NULL CHECK (mime_type IN ('application/pdf', 'image/png', 'image/jpeg')),
      size INTEGER NOT NULL CHECK (size > 0),
      content BLOB NOT NULL,
      created_at TEXT NOT NULL
    ) STRICT`.execute(db);
  await sql`CREATE INDEX attachments_by_referral ON attachments (referral_id)`.execute(db);
  await sql`CREATE INDEX attachments_by_client ON attachments (client_id)`.execute(db);

  await sql`
    CREATE TABLE treatment_plans (
      id TEXT PRIMARY KEY,
      client_id TEXT NOT NULL REFERENCES clients (id),
      referral_id TEXT REFERENCES referrals (id),
      goals TEXT NOT NULL CHECK (json_valid(goals)),
      frequency_per_week INTEGER CHECK (frequency_per_week BETWEEN 1 AND 7),
      planned_sessions INTEGER CHECK (planned_sessions BETWEEN 1 AND 200),
      modalities TEXT NOT NULL CHECK (json_valid(modalities)),
      start_date TEXT NOT NULL,
      review_date TEXT NOT NULL DEFAULT '',
      status TEXT NOT NULL CHECK (status IN ('active', 'completed', 'discontinued')),
      notes TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT`.execute(db);
  await sql`CREATE INDEX treatment_plans_by_client ON treatment_plans (client_id, start_date)`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('Palpate migrations are forward-only');
}
