// Frozen: never edit once landed. Add a new migration instead.
// Users and sign-in: who may open what. A user has a role (owner, therapist, front desk), may
// chart as a practitioner, and signs in with a passcode stored only as a scrypt hash. Failed
// attempts are counted here so a restart does not reset the wait. One settings row says whether
// sign-in is required and after how many idle minutes the app locks.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE users (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      role TEXT NOT NULL CHECK (role IN ('owner', 'therapist', 'front_desk')),
      practitioner_id TEXT REFERENCES practitioners (id),
      -- 'scrypt$N$r$p$salt$hash' (base64 parts); NULL = no passcode (only with sign-in off).
      passcode_hash TEXT,
      -- The owner's recovery code for emergency access, hashed the same way.
      recovery_hash TEXT,
      failed_attempts INTEGER NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
      -- ISO time before which no passcode is checked for this user.
      locked_until TEXT,
      active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT`.execute(db);
  await sql`CREATE UNIQUE INDEX users_by_practitioner ON users (practitioner_id) WHERE practitioner_id IS NOT NULL`.execute(db);
  await sql`
    CREATE TABLE security_settings (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      sign_in_required INTEGER NOT NULL CHECK (sign_in_required IN (0, 1)),
      lock_minutes INTEGER NOT NULL CHECK (lock_minutes BETWEEN 1 AND 240),
      updated_at TEXT NOT NULL
    ) STRICT`.execute(db);
  // A clinic set up before users existed keeps working as it did (no sign-in) until the owner
  // sets a passcode; the core creates its owner user from the first practitioner at start-up.
  await sql`INSERT INTO security_settings (id, sign_in_required, lock_minutes, updated_at) VALUES (1, 0, 5, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`.execute(db);
}

export async function down(): Promise<void> {
  // Palpate never migrates down: a clinic's data only moves forward.
  throw new Error('Palpate migrations are forward-only');
}
