// Kysely's view of the tables (snake_case, as stored). Rows are mapped to shared types at the edge.
import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

export interface ClinicTable {
  id: number;
  name: string;
  time_zone: string;
  created_at: string;
  updated_at: string;
}

export interface PractitionersTable {
  id: string;
  first_name: string;
  last_name: string;
  credentials: string;
  license_number: string;
  npi: string;
  active: number;
  created_at: string;
  updated_at: string;
}

export interface ClientsTable {
  row_id: Generated<number>;
  id: string;
  legal_first_name: string;
  legal_last_name: string;
  preferred_name: string;
  pronouns: string;
  date_of_birth: string;
  sex: string;
  phone: string;
  email: string;
  address_line1: string;
  address_line2: string;
  city: string;
  region: string;
  postal_code: string;
  country: string;
  emergency_contact_name: string;
  emergency_contact_relationship: string;
  emergency_contact_phone: string;
  referring_physician_name: string;
  referring_physician_phone: string;
  insurance_payer: string;
  insurance_member_id: string;
  insurance_group_number: string;
  insurance_subscriber_name: string;
  insurance_subscriber_relationship: string;
  notes: string;
  sort_key: string;
  status: 'active' | 'archived';
  archived_at: string | null;
  created_at: string;
  updated_at: string;
}

/** The FTS5 index; `doc` is write-only (contentless). */
export interface ClientSearchTable {
  rowid: number;
  doc: string;
  client_search: string;
}

export interface IntakesTable {
  id: string;
  client_id: string;
  /** IntakeAnswers as JSON. */
  answers: string;
  signed_name: string | null;
  signature_png: string | null;
  signed_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface PrecautionRuleVersionsTable {
  version: Generated<number>;
  /** PrecautionRule[] as JSON. */
  rules: string;
  note: string;
  created_at: string;
}

export interface ReferralsTable {
  id: string;
  client_id: string;
  physician_name: string;
  physician_npi: string;
  physician_phone: string;
  physician_fax: string;
  physician_practice: string;
  /** ICD-10-CM codes as a JSON array. */
  diagnoses: string;
  frequency_per_week: number | null;
  duration_weeks: number | null;
  visits_authorized: number;
  start_date: string;
  end_date: string;
  authorization_number: string;
  notes: string;
  created_at: string;
  updated_at: string;
}

export interface AttachmentsTable {
  id: string;
  client_id: string;
  referral_id: string | null;
  file_name: string;
  mime_type: string;
  size: number;
  content: Buffer;
  created_at: string;
}

export interface TreatmentPlansTable {
  id: string;
  client_id: string;
  referral_id: string | null;
  /** PlanGoal[] as JSON. */
  goals: string;
  frequency_per_week: number | null;
  planned_sessions: number | null;
  /** ModalityId[] as JSON. */
  modalities: string;
  start_date: string;
  review_date: string;
  status: 'active' | 'completed' | 'discontinued';
  notes: string;
  created_at: string;
  updated_at: string;
}

export interface SessionsTable {
  id: string;
  client_id: string;
  practitioner_id: string;
  appointment_id: string | null;
  referral_id: string | null;
  plan_id: string | null;
  session_date: string;
  start_time: string;
  end_time: string;
  total_minutes: number | null;
  subjective: string;
  pain_before: number | null;
  objective: string;
  assessment: string;
  pain_after: number | null;
  plan: string;
  home_care: string;
  next_visit: string;
  status: 'draft' | 'signed';
  signed_at: string | null;
  signed_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface SessionModalitiesTable {
  session_id: string;
  position: number;
  modality: string;
  minutes: number;
  cpt_code: string;
  oils: string;
}

export interface SessionFindingsTable {
  id: string;
  session_id: string;
  position: number;
  region_id: string;
  side: 'left' | 'right' | 'midline';
  type: string;
  severity: number | null;
  pain: number | null;
  note: string;
}

export interface SessionAcknowledgmentsTable {
  session_id: string;
  rule_id: string;
  modality: string;
  level: 'contraindicated' | 'caution';
  text: string;
  acknowledged_by: string;
  acknowledged_at: string;
}

export interface SessionAddendaTable {
  id: string;
  session_id: string;
  author_id: string;
  text: string;
  reason: string;
  created_at: string;
}

export interface NoteTemplatesTable {
  id: string;
  practitioner_id: string;
  name: string;
  /** The template's SOAP text and modalities as JSON. */
  content: string;
  created_at: string;
  updated_at: string;
}

export interface RoomsTable {
  id: string;
  name: string;
  active: number;
  position: number;
  created_at: string;
  updated_at: string;
}

export interface BusinessHoursTable {
  weekday: number;
  open: string;
  close: string;
}

export interface ClosedDaysTable {
  date: string;
  reason: string;
}

export interface PractitionerHoursTable {
  practitioner_id: string;
  weekday: number;
  open: string;
  close: string;
}

export interface ServicesTable {
  id: string;
  name: string;
  length_minutes: number;
  buffer_minutes: number;
  active: number;
  position: number;
  created_at: string;
  updated_at: string;
}

export interface AppointmentSeriesTable {
  id: string;
  plan_id: string | null;
  rule: string;
  created_at: string;
}

export interface AppointmentsTable {
  id: string;
  client_id: string;
  practitioner_id: string;
  room_id: string;
  service_id: string | null;
  starts_at: string;
  ends_at: string;
  status: 'booked' | 'confirmed' | 'arrived' | 'completed' | 'cancelled' | 'late_cancelled' | 'no_show';
  status_reason: string;
  notes: string;
  series_id: string | null;
  session_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface AppointmentHistoryTable {
  id: string;
  appointment_id: string;
  at: string;
  kind: 'created' | 'moved' | 'status' | 'edited' | 'session';
  detail: string;
}

export interface BillingSettingsTable {
  id: number;
  legal_name: string;
  address_line1: string;
  address_line2: string;
  city: string;
  region: string;
  postal_code: string;
  country: string;
  phone: string;
  email: string;
  tax_id: string;
  practice_npi: string;
  logo_png: string;
  currency: string;
  invoice_prefix: string;
  next_invoice_number: number;
  payment_terms_days: number;
  footer_text: string;
  place_of_service: string;
  updated_at: string;
}

export interface TaxRatesTable {
  id: string;
  name: string;
  basis_points: number;
  active: number;
  created_at: string;
}

export interface BillingServicesTable {
  id: string;
  code: string;
  description: string;
  kind: 'timed' | 'untimed' | 'flat';
  minutes_per_unit: number;
  fee_cents: number;
  tax_rate_id: string | null;
  active: number;
  created_at: string;
  updated_at: string;
}

export interface PackagesTable {
  id: string;
  name: string;
  visits: number;
  price_cents: number;
  service_id: string;
  active: number;
  created_at: string;
}

export interface PayersTable {
  id: string;
  name: string;
  kind: 'self_pay' | 'insurance';
  unit_rule: 'cms_8_minute' | 'per_code';
  payer_code: string;
  address: string;
  active: number;
  created_at: string;
  updated_at: string;
}

export interface PayerFeeOverridesTable {
  payer_id: string;
  service_id: string;
  fee_cents: number;
}

export interface InvoicesTable {
  id: string;
  number: string | null;
  client_id: string;
  payer_id: string;
  status: 'draft' | 'issued' | 'void';
  issue_date: string | null;
  due_date: string | null;
  discount_cents: number;
  total_cents: number;
  notes: string;
  void_reason: string;
  voided_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface InvoiceLinesTable {
  id: string;
  invoice_id: string;
  position: number;
  session_id: string | null;
  service_id: string | null;
  service_date: string;
  code: string;
  modifiers: string;
  description: string;
  minutes: number;
  units: number;
  unit_price_cents: number;
  tax_basis_points: number;
  diagnosis_pointers: string;
}

export interface ClientPackagesTable {
  id: string;
  client_id: string;
  package_id: string;
  visits_total: number;
  price_cents: number;
  invoice_id: string | null;
  purchased_at: string;
}

export interface PaymentsTable {
  id: string;
  client_id: string;
  invoice_id: string | null;
  client_package_id: string | null;
  paid_on: string;
  amount_cents: number;
  method: 'cash' | 'card' | 'check' | 'insurance' | 'package' | 'credit';
  reference: string;
  notes: string;
  created_at: string;
}

export interface UsersTable {
  id: string;
  name: string;
  role: 'owner' | 'therapist' | 'front_desk';
  practitioner_id: string | null;
  passcode_hash: string | null;
  recovery_hash: string | null;
  failed_attempts: number;
  locked_until: string | null;
  active: number;
  created_at: string;
  updated_at: string;
}

export interface SecuritySettingsTable {
  id: number;
  sign_in_required: number;
  lock_minutes: number;
  updated_at: string;
}

export interface DB {
  clinic: ClinicTable;
  practitioners: PractitionersTable;
  clients: ClientsTable;
  client_search: ClientSearchTable;
  intakes: IntakesTable;
  precaution_rule_versions: PrecautionRuleVersionsTable;
  referrals: ReferralsTable;
  attachments: AttachmentsTable;
  treatment_plans: TreatmentPlansTable;
  sessions: SessionsTable;
  session_modalities: SessionModalitiesTable;
  session_findings: SessionFindingsTable;
  session_acknowledgments: SessionAcknowledgmentsTable;
  session_addenda: SessionAddendaTable;
  note_templates: NoteTemplatesTable;
  rooms: RoomsTable;
  business_hours: BusinessHoursTable;
  closed_days: ClosedDaysTable;
  practitioner_hours: PractitionerHoursTable;
  services: ServicesTable;
  appointment_series: AppointmentSeriesTable;
  appointments: AppointmentsTable;
  appointment_history: AppointmentHistoryTable;
  billing_settings: BillingSettingsTable;
  tax_rates: TaxRatesTable;
  billing_services: BillingServicesTable;
  packages: PackagesTable;
  payers: PayersTable;
  payer_fee_overrides: PayerFeeOverridesTable;
  invoices: InvoicesTable;
  invoice_lines: InvoiceLinesTable;
  client_packages: ClientPackagesTable;
  payments: PaymentsTable;
  users: UsersTable;
  security_settings: SecuritySettingsTable;
}

export type ClientRow = Selectable<ClientsTable>;
export type NewClientRow = Insertable<ClientsTable>;
export type ClientRowUpdate = Updateable<ClientsTable>;
export type PractitionerRow = Selectable<PractitionersTable>;
