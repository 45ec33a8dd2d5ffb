// Frozen: never edit once landed. Add a new migration instead.
// Billing: practice settings, tax rates, the service catalog and packages, payers with their
// unit rule and fee overrides, invoices with sequential numbers (never reused), lines, payments.
import { sql, type Kysely } from 'kysely';

const SELF_PAY_ID = '01JD0000000000000000PAYER1';
const MEDICARE_ID = '01JD0000000000000000PAYER2';
// Plain-language descriptions written by us; fees are starting points the clinic edits.
const CATALOG = [
  ['01JD000000000000000CAT0001', '97124', 'Therapeutic massage (effleurage, petrissage, tapotement), each 15 minutes', 'timed', 3000],
  ['01JD000000000000000CAT0002', '97140', 'Manual therapy: myofascial release, trigger point, mobilization, each 15 minutes', 'timed', 3500],
  ['01JD000000000000000CAT0003', '97112', 'Neuromuscular re-education, each 15 minutes', 'timed', 3500],
  ['01JD000000000000000CAT0004', '97530', 'Therapeutic activities, each 15 minutes', 'timed', 3500],
  ['01JD000000000000000CAT0005', '97110', 'Therapeutic exercise, each 15 minutes', 'timed', 3000],
  ['01JD000000000000000CAT0006', '97010', 'Hot or cold packs (untimed, once per visit)', 'untimed', 1000],
  ['01JD000000000000000CAT0007', '', '60-minute massage (self-pay)', 'flat', 9000],
  ['01JD000000000000000CAT0008', '', '90-minute massage (self-pay)', 'flat', 13000],
] as const;

export async function up(db: Kysely<any>): Promise<void> {
  const now = new Date().toISOString();
  await sql`
    CREATE TABLE billing_settings (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      legal_name TEXT NOT NULL DEFAULT '',
      address_line1 TEXT NOT NULL DEFAULT '',
      address_line2 TEXT NOT NULL DEFAULT '',
      city TEXT NOT NULL DEFAULT '',
      region TEXT NOT NULL DEFAULT '',
      postal_code TEXT NOT NULL DEFAULT '',
      country TEXT NOT NULL DEFAULT '',
      phone TEXT NOT NULL DEFAULT '',
      email TEXT NOT NULL DEFAULT '',
      tax_id TEXT NOT NULL DEFAULT '',
      practice_npi TEXT NOT NULL DEFAULT '',
      logo_png TEXT NOT NULL DEFAULT '',
      currency TEXT NOT NULL DEFAULT 'USD',
      invoice_prefix TEXT NOT NULL DEFAULT 'INV-',
      next_invoice_number INTEGER NOT NULL DEFAULT 1 CHECK (next_invoice_number >= 1),
      payment_terms_days INTEGER NOT NULL DEFAULT 30 CHECK (payment_terms_days BETWEEN 0 AND 365),
      footer_text TEXT NOT NULL DEFAULT '',
      place_of_service TEXT NOT NULL DEFAULT '11',
      updated_at TEXT NOT NULL
    ) STRICT`.execute(db);
  await sql`INSERT INTO billing_settings (id, updated_at) VALUES (1, ${now})`.execute(db);

  await sql`
    CREATE TABLE tax_rates (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      basis_points INTEGER NOT NULL CHECK (basis_points BETWEEN 0 AND 10000),
      active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
      created_at TEXT NOT NULL
    ) STRICT`.execute(db);

  await sql`
    CREATE TABLE billing_services (
      id TEXT PRIMARY KEY,
      code TEXT NOT NULL DEFAULT '',
      description TEXT NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('timed', 'untimed', 'flat')),
      minutes_per_unit INTEGER NOT NULL DEFAULT 15 CHECK (minutes_per_unit > 0),
      fee_cents INTEGER NOT NULL CHECK (fee_cents >= 0),
      tax_rate_id TEXT REFERENCES tax_rates (id),
      active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      -- Timed and untimed services bill under a code; flat-rate self-pay services may have none.
      CHECK (kind = 'flat' OR code <> '')
    ) STRICT`.execute(db);
  await sql`CREATE UNIQUE INDEX billing_services_code ON billing_services (code) WHERE code <> ''`.execute(db);
  for (const [id, code, description, kind, fee] of CATALOG) {
    await sql`INSERT INTO billing_services (id, code, description, kind, fee_cents, created_at, updated_at)
              VALUES (${id}, ${code}, ${description}, ${kind}, ${fee}, ${now}, ${now})`.execute(db);
  }

  await sql`
    CREATE TABLE packages (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      visits INTEGER NOT NULL CHECK (visits BETWEEN 1 AND 100),
      price_cents INTEGER NOT NULL CHECK (price_cents >= 0),
      service_id TEXT NOT NULL REFERENCES billing_services (id),
      active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
      created_at TEXT NOT NULL
    ) STRICT`.execute(db);

  await sql`
    CREATE TABLE payers (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('self_pay', 'insurance')),
      unit_rule TEXT NOT NULL CHECK (unit_rule IN ('cms_8_minute', 'per_code')),
      payer_code TEXT NOT NULL DEFAULT '',
      address TEXT NOT NULL DEFAULT '',
      active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT`.execute(db);
  await sql`INSERT INTO payers (id, name, kind, unit_rule, created_at, updated_at) VALUES (${SELF_PAY_ID}, 'Self-pay', 'self_pay', 'per_code', ${now}, ${now})`.execute(db);
  await sql`INSERT INTO payers (id, name, kind, unit_rule, created_at, updated_at) VALUES (${MEDICARE_ID}, 'Medicare', 'insurance', 'cms_8_minute', ${now}, ${now})`.execute(db);

  await sql`
    CREATE TABLE payer_fee_overrides (
      payer_id TEXT NOT NULL REFERENCES payers (id),
      service_id TEXT NOT NULL REFERENCES billing_services (id),
      fee_cents INTEGER NOT NULL CHECK (fee_cents >= 0),
      PRIMARY KEY (payer_id, service_id)
    ) STRICT`.execute(db);

  // `number` is assigned when the invoice is issued, from billing_settings.next_invoice_number in
  // the same transaction; UNIQUE means it can never be given out twice. A void keeps its number.
  await sql`
    CREATE TABLE invoices (
      id TEXT PRIMARY KEY,
      number TEXT UNIQUE,
      client_id TEXT NOT NULL REFERENCES clients (id),
      payer_id TEXT NOT NULL REFERENCES payers (id),
      status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'issued', 'void')),
      issue_date TEXT,
      due_date TEXT,
      discount_cents INTEGER NOT NULL DEFAULT 0 CHECK (discount_cents >= 0),
      total_cents INTEGER NOT NULL DEFAULT 0,
      notes TEXT NOT NULL DEFAULT '',
      void_reason TEXT NOT NULL DEFAULT '',
      voided_at TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      CHECK ((status = 'draft') = (number IS NULL))
    ) STRICT`.execute(db);
  await sql`CREATE INDEX invoices_by_client ON invoices (client_id, created_at)`.execute(db);
  await sql`CREATE INDEX invoices_by_issue_date ON invoices (issue_date)`.execute(db);
  await sql`CREATE INDEX invoices_by_status ON invoices (status, issue_date)`.execute(db);

  await sql`
    CREATE TABLE invoice_lines (
      id TEXT PRIMARY KEY,
      invoice_id TEXT NOT NULL REFERENCES invoices (id),
      position INTEGER NOT NULL,
      session_id TEXT REFERENCES sessions (id),
      service_id TEXT REFERENCES billing_services (id),
      service_date TEXT NOT NULL,
      code TEXT NOT NULL DEFAULT '',
      modifiers TEXT NOT NULL DEFAULT '',
      description TEXT NOT NULL,
      minutes INTEGER NOT NULL DEFAULT 0 CHECK (minutes >= 0),
      units INTEGER NOT NULL CHECK (units >= 0),
      unit_price_cents INTEGER NOT NULL CHECK (unit_price_cents >= 0),
      tax_basis_points INTEGER NOT NULL DEFAULT 0 CHECK (tax_basis_points BETWEEN 0 AND 10000),
      diagnosis_pointers TEXT NOT NULL DEFAULT ''
    ) STRICT`.execute(db);
  await sql`CREATE INDEX invoice_lines_by_invoice ON invoice_lines (invoice_id, position)`.execute(db);
  await sql`CREATE INDEX invoice_lines_by_session ON invoice_lines (session_id)`.execute(db);

  // Issued invoices are a record sent to someone: lines cannot change; only voiding is allowed.
  const lockedLines = (row: 'new' | 'old') => `(SELECT status FROM invoices WHERE id = ${row}.invoice_id) <> 'draft'`;
  await sql.raw(`CREATE TRIGGER invoice_lines_locked_insert BEFORE INSERT ON invoice_lines WHEN ${lockedLines('new')}
    BEGIN SELECT RAISE(ABORT, 'An issued invoice cannot be changed; void it and issue a new one'); END`).execute(db);
  await sql.raw(`CREATE TRIGGER invoice_lines_locked_update BEFORE UPDATE ON invoice_lines WHEN ${lockedLines('old')}
    BEGIN SELECT RAISE(ABORT, 'An issued invoice cannot be changed; void it and issue a new one'); END`).execute(db);
  await sql.raw(`CREATE TRIGGER invoice_lines_locked_delete BEFORE DELETE ON invoice_lines WHEN ${lockedLines('old')}
    BEGIN SELECT RAISE(ABORT, 'An issued invoice cannot be changed; void it and issue a new one'); END`).execute(db);
  await sql`
    CREATE TRIGGER invoices_issued_locked BEFORE UPDATE ON invoices
    WHEN old.status <> 'draft' AND NOT (old.status = 'issued' AND new.status = 'void'
      AND new.number IS old.number AND new.total_cents = old.total_cents AND new.client_id = old.client_id
      AND new.discount_cents = old.discount_cents AND new.issue_date IS old.issue_date)
    BEGIN SELECT RAISE(ABORT, 'An issued invoice cannot be changed; void it and issue a new one'); END`.execute(db);
  await sql`
    CREATE TRIGGER invoices_no_delete BEFORE DELETE ON invoices WHEN old.status <> 'draft'
    BEGIN SELECT RAISE(ABORT, 'Issued and void invoices are kept forever'); END`.execute(db);

  await sql`
    CREATE TABLE client_packages (
      id TEXT PRIMARY KEY,
      client_id TEXT NOT NULL REFERENCES clients (id),
      package_id TEXT NOT NULL REFERENCES packages (id),
      visits_total INTEGER NOT NULL CHECK (visits_total >= 1),
      price_cents INTEGER NOT NULL CHECK (price_cents >= 0),
      invoice_id TEXT REFERENCES invoices (id),
      purchased_at TEXT NOT NULL
    ) STRICT`.execute(db);
  await sql`CREATE INDEX client_packages_by_client ON client_packages (client_id)`.execute(db);

  // Money received (positive) or refunded (negative). A package visit is a 'package' payment
  // of the line's amount, drawing one visit from a prepaid package.
  await sql`
    CREATE TABLE payments (
      id TEXT PRIMARY KEY,
      client_id TEXT NOT NULL REFERENCES clients (id),
      invoice_id TEXT REFERENCES invoices (id),
      client_package_id TEXT REFERENCES client_packages (id),
      paid_on TEXT NOT NULL,
      amount_cents INTEGER NOT NULL CHECK (amount_cents <> 0),
      method TEXT NOT NULL CHECK (method IN ('cash', 'card', 'check', 'insurance', 'package', 'credit')),
      reference TEXT NOT NULL DEFAULT '',
      notes TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      CHECK ((method = 'package') = (client_package_id IS NOT NULL))
    ) STRICT`.execute(db);
  await sql`CREATE INDEX payments_by_invoice ON payments (invoice_id)`.execute(db);
  await sql`CREATE INDEX payments_by_client ON payments (client_id, paid_on)`.execute(db);
  await sql`CREATE INDEX payments_by_date ON payments (paid_on)`.execute(db);
  await sql`
    CREATE TRIGGER payments_no_change BEFORE UPDATE ON payments
    BEGIN SELECT RAISE(ABORT, 'A recorded payment cannot be changed; record a refund or correction instead'); END`.execute(db);
  await sql`
    CREATE TRIGGER payments_no_delete BEFORE DELETE ON payments
    BEGIN SELECT RAISE(ABORT, 'A recorded payment cannot be deleted; record a refund or correction instead'); END`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('Palpate migrations are forward-only');
}
