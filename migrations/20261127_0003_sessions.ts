// Frozen: never edit once landed. Add a new migration instead.
// Session notes (SOAP) with modalities, body-region findings and precaution acknowledgments;
// addenda; note templates. A signed session is locked by triggers on every table that holds it.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE sessions (
      id TEXT PRIMARY KEY,
      client_id TEXT NOT NULL REFERENCES clients (id),
      practitioner_id TEXT NOT NULL REFERENCES practitioners (id),
      -- Linked by the scheduling feature; no foreign key so sessions need no appointment.
      appointment_id TEXT,
      referral_id TEXT REFERENCES referrals (id),
      plan_id TEXT REFERENCES treatment_plans (id),
      session_date TEXT NOT NULL,
      start_time TEXT NOT NULL DEFAULT '',
      end_time TEXT NOT NULL DEFAULT '',
      total_minutes INTEGER CHECK (total_minutes BETWEEN 0 AND 480),
      subjective TEXT NOT NULL DEFAULT '',
      pain_before INTEGER CHECK (pain_before BETWEEN 0 AND 10),
      objective TEXT NOT NULL DEFAULT '',
      assessment TEXT NOT NULL DEFAULT '',
      pain_after INTEGER CHECK (pain_after BETWEEN 0 AND 10),
      plan TEXT NOT NULL DEFAULT '',
      home_care TEXT NOT NULL DEFAULT '',
      next_visit TEXT NOT NULL DEFAULT '',
      status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'signed')),
      signed_at TEXT,
      signed_by TEXT REFERENCES practitioners (id),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      CHECK ((status = 'signed') = (signed_at IS NOT NULL AND signed_by IS NOT NULL))
    ) STRICT`.execute(db);
  await sql`CREATE INDEX sessions_by_client_date ON sessions (client_id, session_date, id)`.execute(db);
  await sql`CREATE INDEX sessions_drafts ON sessions (status, created_at) WHERE status = 'draft'`.execute(db);

  await sql`
    CREATE TABLE session_modalities (
      session_id TEXT NOT NULL REFERENCES sessions (id),
      position INTEGER NOT NULL,
      modality TEXT NOT NULL,
      minutes INTEGER NOT NULL CHECK (minutes BETWEEN 0 AND 480),
      cpt_code TEXT NOT NULL DEFAULT '',
      oils TEXT NOT NULL DEFAULT '',
      PRIMARY KEY (session_id, position)
    ) STRICT`.execute(db);

  await sql`
    CREATE TABLE session_findings (
      -- Made by the renderer so the screen keeps its selection across autosaves: unique per session.
      id TEXT NOT NULL,
      session_id TEXT NOT NULL REFERENCES sessions (id),
      position INTEGER NOT NULL,
      region_id TEXT NOT NULL,
      side TEXT NOT NULL CHECK (side IN ('left', 'right', 'midline')),
      type TEXT NOT NULL,
      severity INTEGER CHECK (severity BETWEEN 1 AND 3),
      pain INTEGER CHECK (pain BETWEEN 0 AND 10),
      note TEXT NOT NULL DEFAULT '',
      PRIMARY KEY (session_id, id)
    ) STRICT`.execute(db);
  await sql`CREATE INDEX session_findings_by_session ON session_findings (session_id, position)`.execute(db);

  await sql`
    CREATE TABLE session_acknowledgments (
      session_id TEXT NOT NULL REFERENCES sessions (id),
      rule_id TEXT NOT NULL,
      modality TEXT NOT NULL,
      level TEXT NOT NULL CHECK (level IN ('contraindicated', 'caution')),
      text TEXT NOT NULL,
      acknowledged_by TEXT NOT NULL,
      acknowledged_at TEXT NOT NULL,
      PRIMARY KEY (session_id, rule_id, modality)
    ) STRICT`.execute(db);

  // Corrections to a signed note: appended, never edited or removed.
  await sql`
    CREATE TABLE session_addenda (
      id TEXT PRIMARY KEY,
      session_id TEXT NOT NULL REFERENCES sessions (id),
      author_id TEXT NOT NULL REFERENCES practitioners (id),
      text TEXT NOT NULL,
      reason TEXT NOT NULL,
      created_at TEXT NOT NULL
    ) STRICT`.execute(db);
  await sql`CREATE INDEX session_addenda_by_session ON session_addenda (session_id, created_at)`.execute(db);

  await sql`
    CREATE TABLE note_templates (
      id TEXT PRIMARY KEY,
      practitioner_id TEXT NOT NULL REFERENCES practitioners (id),
      name TEXT NOT NULL,
      content TEXT NOT NULL CHECK (json_valid(content)),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT`.execute(db);
  await sql`CREATE INDEX note_templates_by_practitioner ON note_templates (practitioner_id, name)`.execute(db);

  // The lock. Signing is the last change a session row accepts (draft → signed in one UPDATE).
  await sql`
    CREATE TRIGGER sessions_signed_no_update BEFORE UPDATE ON sessions WHEN old.status = 'signed'
    BEGIN SELECT RAISE(ABORT, 'A signed session note cannot be changed; add an addendum instead'); END`.execute(db);
  await sql`
    CREATE TRIGGER sessions_signed_no_delete BEFORE DELETE ON sessions WHEN old.status = 'signed'
    BEGIN SELECT RAISE(ABORT, 'A signed session note cannot be deleted'); END`.execute(db);
  for (const table of ['session_modalities', 'session_findings', 'session_acknowledgments']) {
    const locked = (row: 'new' | 'old') => `(SELECT status FROM sessions WHERE id = ${row}.session_id) = 'signed'`;
    await sql
      .raw(
        `CREATE TRIGGER ${table}_signed_no_insert BEFORE INSERT ON ${table} WHEN ${locked('new')}
         BEGIN SELECT RAISE(ABORT, 'A signed session note cannot be changed; add an addendum instead'); END`,
      )
      .execute(db);
    await sql
      .raw(
        `CREATE TRIGGER ${table}_signed_no_update BEFORE UPDATE ON ${table} WHEN ${locked('old')} OR ${locked('new')}
         BEGIN SELECT RAISE(ABORT, 'A signed session note cannot be changed; add an addendum instead'); END`,
      )
      .execute(db);
    await sql
      .raw(
        `CREATE TRIGGER ${table}_signed_no_delete BEFORE DELETE ON ${table} WHEN ${locked('old')}
         BEGIN SELECT RAISE(ABORT, 'A signed session note cannot be changed; add an addendum instead'); END`,
      )
      .execute(db);
  }
  await sql`
    CREATE TRIGGER session_addenda_only_signed BEFORE INSERT ON session_addenda
    WHEN (SELECT status FROM sessions WHERE id = new.session_id) IS NOT 'signed'
    BEGIN SELECT RAISE(ABORT, 'Addenda are for signed notes; edit the draft instead'); END`.execute(db);
  await sql`
    CREATE TRIGGER session_addenda_no_update BEFORE UPDATE ON session_addenda
    BEGIN SELECT RAISE(ABORT, 'An addendum cannot be changed; add another one'); END`.execute(db);
  await sql`
    CREATE TRIGGER session_addenda_no_delete BEFORE DELETE ON session_addenda
    BEGIN SELECT RAISE(ABORT, 'An addendum cannot be deleted'); END`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('Palpate migrations are forward-only');
}
