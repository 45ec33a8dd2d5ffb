// Frozen: never edit once landed. Add a new migration instead.
// Indexes found missing by the benchmark on ten years of a three-therapist clinic (npm run bench):
// each turned a query that read a whole table into one that reads a handful of rows.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  // The double-booking check (appointments.ts checkSlot) asks for a practitioner's or a room's
  // appointments that end after the new one starts: by end time that is the coming days only,
  // where (…, starts_at) had to read every appointment since the clinic opened.
  await sql`CREATE INDEX appointments_by_practitioner_end ON appointments (practitioner_id, ends_at)`.execute(db);
  await sql`CREATE INDEX appointments_by_room_end ON appointments (room_id, ends_at)`.execute(db);
  // Signing a note completes the appointment it came from: found by session_id.
  await sql`CREATE INDEX appointments_by_session ON appointments (session_id) WHERE session_id IS NOT NULL`.execute(db);
  // A client's statement: their issued invoices in date order (invoices_by_status read every issued invoice).
  await sql`CREATE INDEX invoices_by_client_status ON invoices (client_id, status, issue_date)`.execute(db);
  // A package's visits used (payments drawn from it): every statement counts them, and without
  // this each count read every payment the clinic ever took.
  await sql`CREATE INDEX payments_by_client_package ON payments (client_package_id) WHERE client_package_id IS NOT NULL`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('Palpate migrations are forward-only');
}
