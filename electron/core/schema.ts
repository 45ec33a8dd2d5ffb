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
}

export type ClientRow = Selectable<ClientsTable>;
export type NewClientRow = Insertable<ClientsTable>;
export type ClientRowUpdate = Updateable<ClientsTable>;
export type PractitionerRow = Selectable<PractitionersTable>;
