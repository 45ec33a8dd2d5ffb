// Frozen: never edit once landed. Add a new migration instead.
// Scheduling: rooms, business hours, closed days, practitioners' hours, appointment types,
// appointments (instants in UTC) with their change history, and series made from plans.
import { sql, type Kysely } from 'kysely';

/** The one room every clinic starts with (a fixed ULID, so it is the same in every database). */
const DEFAULT_ROOM_ID = '01JD000000000000000000R00M';
const DEFAULT_SERVICES = [
  ['01JD0000000000000000SERV01', 'Medical massage, 60 min', 60, 15, 1],
  ['01JD0000000000000000SERV02', 'Medical massage, 30 min', 30, 15, 2],
  ['01JD0000000000000000SERV03', 'Initial assessment and treatment, 75 min', 75, 15, 3],
  ['01JD0000000000000000SERV04', 'Medical massage, 90 min', 90, 15, 4],
] as const;

export async function up(db: Kysely<any>): Promise<void> {
  const now = new Date().toISOString();
  await sql`
    CREATE TABLE rooms (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
      position INTEGER NOT NULL DEFAULT 0,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT`.execute(db);
  await sql`INSERT INTO rooms (id, name, active, position, created_at, updated_at) VALUES (${DEFAULT_ROOM_ID}, 'Treatment room', 1, 0, ${now}, ${now})`.execute(db);

  // Opening hours per weekday (0 = Sunday); a weekday with no row is closed. Split shifts allowed.
  await sql`
    CREATE TABLE business_hours (
      weekday INTEGER NOT NULL CHECK (weekday BETWEEN 0 AND 6),
      open TEXT NOT NULL,
      close TEXT NOT NULL,
      PRIMARY KEY (weekday, open),
      CHECK (close > open)
    ) STRICT`.execute(db);
  for (const weekday of [1, 2, 3, 4, 5]) {
    await sql`INSERT INTO business_hours (weekday, open, close) VALUES (${weekday}, '09:00', '17:00')`.execute(db);
  }

  await sql`
    CREATE TABLE closed_days (
      date TEXT PRIMARY KEY,
      reason TEXT NOT NULL DEFAULT ''
    ) STRICT`.execute(db);

  // When a practitioner has no rows, the clinic's hours apply to them.
  await sql`
    CREATE TABLE practitioner_hours (
      practitioner_id TEXT NOT NULL REFERENCES practitioners (id),
      weekday INTEGER NOT NULL CHECK (weekday BETWEEN 0 AND 6),
      open TEXT NOT NULL,
      close TEXT NOT NULL,
      PRIMARY KEY (practitioner_id, weekday, open),
      CHECK (close > open)
    ) STRICT`.execute(db);

  await sql`
    CREATE TABLE services (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      length_minutes INTEGER NOT NULL CHECK (length_minutes BETWEEN 5 AND 480),
      buffer_minutes INTEGER NOT NULL DEFAULT 0 CHECK (buffer_minutes BETWEEN 0 AND 120),
      active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
      position INTEGER NOT NULL DEFAULT 0,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT`.execute(db);
  for (const [id, name, length, buffer, position] of DEFAULT_SERVICES) {
    await sql`INSERT INTO services (id, name, length_minutes, buffer_minutes, active, position, created_at, updated_at)
              VALUES (${id}, ${name}, ${length}, ${buffer}, 1, ${position}, ${now}, ${now})`.execute(db);
  }

  await sql`
    CREATE TABLE appointment_series (
      id TEXT PRIMARY KEY,
      plan_id TEXT REFERENCES treatment_plans (id),
      rule TEXT NOT NULL CHECK (json_valid(rule)),
      created_at TEXT NOT NULL
    ) STRICT`.execute(db);

  await sql`
    CREATE TABLE appointments (
      id TEXT PRIMARY KEY,
      client_id TEXT NOT NULL REFERENCES clients (id),
      practitioner_id TEXT NOT NULL REFERENCES practitioners (id),
      room_id TEXT NOT NULL REFERENCES rooms (id),
      service_id TEXT REFERENCES services (id),
      starts_at TEXT NOT NULL,
      ends_at TEXT NOT NULL,
      status TEXT NOT NULL DEFAULT 'booked'
        CHECK (status IN ('booked', 'confirmed', 'arrived', 'completed', 'cancelled', 'late_cancelled', 'no_show')),
      status_reason TEXT NOT NULL DEFAULT '',
      notes TEXT NOT NULL DEFAULT '',
      series_id TEXT REFERENCES appointment_series (id),
      session_id TEXT REFERENCES sessions (id),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      CHECK (ends_at > starts_at)
    ) STRICT`.execute(db);
  await sql`CREATE INDEX appointments_by_start ON appointments (starts_at)`.execute(db);
  await sql`CREATE INDEX appointments_by_practitioner ON appointments (practitioner_id, starts_at)`.execute(db);
  await sql`CREATE INDEX appointments_by_room ON appointments (room_id, starts_at)`.execute(db);
  await sql`CREATE INDEX appointments_by_client ON appointments (client_id, starts_at)`.execute(db);
  await sql`CREATE INDEX appointments_by_series ON appointments (series_id, starts_at)`.execute(db);

  await sql`
    CREATE TABLE appointment_history (
      id TEXT PRIMARY KEY,
      appointment_id TEXT NOT NULL REFERENCES appointments (id),
      at TEXT NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('created', 'moved', 'status', 'edited', 'session')),
      detail TEXT NOT NULL CHECK (json_valid(detail))
    ) STRICT`.execute(db);
  await sql`CREATE INDEX appointment_history_by_appointment ON appointment_history (appointment_id, at)`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('Palpate migrations are forward-only');
}
