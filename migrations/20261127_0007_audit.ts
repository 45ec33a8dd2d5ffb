// Frozen: never edit once landed. Add a new migration instead.
// The audit trail: one append-only row per thing done to the clinic's records (viewed, created,
// changed, signed, printed, exported, backed up, restored). Each row carries the hash of the row
// before it (computed by the core), so an edit of history breaks the chain; triggers refuse
// UPDATE and DELETE so Palpate itself can never rewrite it.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE audit_log (
      -- Assigned by the core as the previous seq + 1, so a removed row leaves a visible gap.
      seq INTEGER PRIMARY KEY,
      at TEXT NOT NULL,
      -- A practitioner id, or 'system' until users and sign-in exist.
      actor TEXT NOT NULL,
      action TEXT NOT NULL,
      entity TEXT NOT NULL,
      entity_id TEXT,
      client_id TEXT,
      -- Canonical JSON (sorted keys): hashed exactly as stored.
      detail TEXT NOT NULL DEFAULT '{}',
      prev_hash TEXT NOT NULL,
      hash TEXT NOT NULL
    ) STRICT`.execute(db);
  // The viewer filters by client, action and time; coalescing repeated views looks up a record's newest row.
  await sql`CREATE INDEX audit_log_by_client ON audit_log (client_id, seq) WHERE client_id IS NOT NULL`.execute(db);
  await sql`CREATE INDEX audit_log_by_entity ON audit_log (entity, entity_id, seq)`.execute(db);
  await sql`CREATE INDEX audit_log_by_action ON audit_log (action, seq)`.execute(db);
  await sql`CREATE INDEX audit_log_by_at ON audit_log (at)`.execute(db);
  await sql`
    CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'The audit trail cannot be changed'); END`.execute(db);
  await sql`
    CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'The audit trail cannot be changed'); END`.execute(db);
}

export async function down(): Promise<void> {
  // Palpate never migrates down: a clinic's data only moves forward.
  throw new Error('Palpate migrations are forward-only');
}
