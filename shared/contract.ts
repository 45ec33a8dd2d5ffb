// The typed contract between renderer and main: method → zod input schema → result type.
// Main parses every input with these schemas; the renderer's forms use the same ones.
import { z } from 'zod';
import type { AsyncMethod, CoreMethod, Method, ShellMethod } from './methods';
import {
  ClientIdInput,
  ClientInput,
  ClientListInput,
  ClientSearchInput,
  ClientUpdateInput,
  type Client,
  type ClientPage,
  type ClientSummary,
} from './schemas/client';
import {
  ClinicInput,
  ClinicSetupInput,
  PractitionerInput,
  PractitionerUpdateInput,
  type AppStatus,
  type Clinic,
  type Practitioner,
} from './schemas/clinic';

import type { ClientHeader, PrecautionRulesState } from './schemas/chart';
import { PrecautionRulesSaveInput } from './schemas/chart';
import { DocumentRequest, type RenderedDocument, type SavedPdf } from './schemas/documents';
import { ByClientInput, ByIdInput, ByPractitionerInput } from './schemas/fields';
import { IntakeSaveInput, IntakeSignInput, type Intake, type IntakeSummary } from './schemas/intake';
import {
  AddendumInput,
  SessionDraftInput,
  SessionSignInput,
  SessionStartInput,
  TemplateInput,
  TemplateUpdateInput,
  type ClientProgress,
  type NoteTemplate,
  type Session,
  type SessionSummary,
} from './schemas/session';
import {
  BillingSettingsInput,
  CatalogServiceInput,
  CatalogServiceUpdateInput,
  FeeOverrideInput,
  InvoiceDraftInput,
  InvoiceFromSessionsInput,
  InvoiceIssueInput,
  InvoiceListInput,
  InvoiceNewInput,
  InvoiceVoidInput,
  PackageInput,
  PackageSaleInput,
  PackageVisitInput,
  PayerInput,
  PayerUpdateInput,
  PaymentInput,
  RefundInput,
  ReportCsvInput,
  ReportInput,
  TaxRateInput,
  TaxRateUpdateInput,
  type BillingCatalog,
  type Invoice,
  type InvoiceSummary,
  type Reports,
  type Statement,
} from './schemas/billing';
import {
  AppointmentEditInput,
  AppointmentInput,
  AppointmentMoveInput,
  AppointmentStatusInput,
  BusinessHoursInput,
  ClosedDayInput,
  ClosedDayRemoveInput,
  DayInput,
  FreeSlotInput,
  PractitionerHoursInput,
  RangeInput,
  RoomInput,
  RoomUpdateInput,
  SeriesCreateInput,
  SeriesInput,
  ServiceInput,
  ServiceUpdateInput,
  StartFromAppointmentInput,
  type AppointmentHistoryEntry,
  type AppointmentView,
  type ScheduleSettings,
  type SeriesPreviewItem,
  type TodayView,
} from './schemas/schedule';
import { PlanInput, PlanUpdateInput, type TreatmentPlan } from './schemas/plan';
import { ReferralInput, ReferralOrderInput, ReferralUpdateInput, type AttachmentSummary, type Referral } from './schemas/referral';

import {
  BackupAutoInput,
  BackupCreateInput,
  BackupRestoreInput,
  BackupSettingsInput,
  BackupVerifyInput,
  type BackupAutoResult,
  type BackupOverview,
  type BackupResult,
  type BackupSettings,
  type BackupVerifyReport,
  type ChosenFolder,
  type RestoreResult,
} from './schemas/backup';
import {
  EmergencyAccessInput,
  EndHandOffInput,
  HandOffInput,
  SecuritySettingsInput,
  SetPasscodeInput,
  SignInInput,
  UserInput,
  UserUpdateInput,
  type AuthState,
  type CreatedUser,
  type SecuritySettings,
  type UserAccount,
  type UserSummary,
} from './schemas/auth';
import { AuditCsvInput, AuditListInput, type AuditPage, type AuditVerifyReport } from './schemas/audit';
import { FhirClientExportInput, FullExportInput, type FhirClientExport, type FullExportResult } from './schemas/export';
import { ClientImportInput, ClientImportPreviewInput, type ImportPreview, type ImportResult } from './schemas/import';
import {
  ChangePassphraseInput,
  SetEncryptionInput,
  UnlockDatabaseInput,
  type DatabaseLock,
  type EncryptionChange,
  type EncryptionStatus,
} from './schemas/encryption';

const NoInput = z.object({}).strict();

/** Ties a schema to the type its handler returns (the result only exists at the type level). */
const returns =
  <R>() =>
  <S extends z.ZodType>(input: S) => ({ input, result: undefined as unknown as R });

export const contract = {
  'app/status': returns<AppStatus>()(NoInput),
  'clinic/setup': returns<AppStatus & { recoveryCode: string | null }>()(ClinicSetupInput),
  'clinic/update': returns<Clinic>()(ClinicInput),
  'practitioners/list': returns<Practitioner[]>()(NoInput),
  'practitioners/create': returns<Practitioner>()(PractitionerInput),
  'practitioners/update': returns<Practitioner>()(PractitionerUpdateInput),
  'clients/create': returns<Client>()(ClientInput),
  'clients/update': returns<Client>()(ClientUpdateInput),
  'clients/get': returns<Client>()(ClientIdInput),
  'clients/list': returns<ClientPage>()(ClientListInput),
  'clients/search': returns<ClientSummary[]>()(ClientSearchInput),
  'clients/archive': returns<Client>()(ClientIdInput),
  'clients/unarchive': returns<Client>()(ClientIdInput),
  'clients/header': returns<ClientHeader>()(ByIdInput),
  'intakes/list': returns<IntakeSummary[]>()(ByClientInput),
  'intakes/get': returns<Intake>()(ByIdInput),
  'intakes/saveDraft': returns<Intake>()(IntakeSaveInput),
  'intakes/sign': returns<Intake>()(IntakeSignInput),
  'precautions/get': returns<PrecautionRulesState>()(NoInput),
  'precautions/save': returns<PrecautionRulesState>()(PrecautionRulesSaveInput),
  'precautions/reset': returns<PrecautionRulesState>()(NoInput),
  'precautions/history': returns<Omit<PrecautionRulesState, 'rules'>[]>()(NoInput),
  'referrals/list': returns<Referral[]>()(ByClientInput),
  'referrals/get': returns<Referral>()(ByIdInput),
  'referrals/create': returns<Referral>()(ReferralInput),
  'referrals/update': returns<Referral>()(ReferralUpdateInput),
  'referrals/attachOrder': returns<Referral>()(ReferralOrderInput),
  'attachments/get': returns<AttachmentSummary & { dataBase64: string }>()(ByIdInput),
  'plans/list': returns<TreatmentPlan[]>()(ByClientInput),
  'plans/create': returns<TreatmentPlan>()(PlanInput),
  'plans/update': returns<TreatmentPlan>()(PlanUpdateInput),
  'sessions/start': returns<Session>()(SessionStartInput),
  'sessions/get': returns<Session>()(ByIdInput),
  'sessions/saveDraft': returns<{ id: string; updatedAt: string }>()(SessionDraftInput),
  'sessions/sign': returns<Session>()(SessionSignInput),
  'sessions/addendum': returns<Session>()(AddendumInput),
  'sessions/list': returns<SessionSummary[]>()(ByClientInput),
  'sessions/overdue': returns<SessionSummary[]>()(NoInput),
  'clients/progress': returns<ClientProgress>()(ByIdInput),
  'templates/list': returns<NoteTemplate[]>()(ByPractitionerInput),
  'templates/create': returns<NoteTemplate>()(TemplateInput),
  'templates/update': returns<NoteTemplate>()(TemplateUpdateInput),
  'schedule/settings': returns<ScheduleSettings>()(NoInput),
  'schedule/saveHours': returns<ScheduleSettings>()(BusinessHoursInput),
  'schedule/savePractitionerHours': returns<ScheduleSettings>()(PractitionerHoursInput),
  'schedule/addClosedDay': returns<ScheduleSettings>()(ClosedDayInput),
  'schedule/removeClosedDay': returns<ScheduleSettings>()(ClosedDayRemoveInput),
  'schedule/today': returns<TodayView>()(DayInput),
  'rooms/create': returns<ScheduleSettings>()(RoomInput),
  'rooms/update': returns<ScheduleSettings>()(RoomUpdateInput),
  'services/create': returns<ScheduleSettings>()(ServiceInput),
  'services/update': returns<ScheduleSettings>()(ServiceUpdateInput),
  'appointments/book': returns<AppointmentView>()(AppointmentInput),
  'appointments/move': returns<AppointmentView>()(AppointmentMoveInput),
  'appointments/edit': returns<AppointmentView>()(AppointmentEditInput),
  'appointments/setStatus': returns<AppointmentView>()(AppointmentStatusInput),
  'appointments/get': returns<AppointmentView>()(ByIdInput),
  'appointments/history': returns<AppointmentHistoryEntry[]>()(ByIdInput),
  'appointments/range': returns<AppointmentView[]>()(RangeInput),
  'appointments/forClient': returns<AppointmentView[]>()(ByClientInput),
  'appointments/freeSlot': returns<{ start: string; end: string } | null>()(FreeSlotInput),
  'appointments/startSession': returns<Session>()(StartFromAppointmentInput),
  'series/preview': returns<SeriesPreviewItem[]>()(SeriesInput),
  'series/create': returns<{ seriesId: string; appointmentIds: string[] }>()(SeriesCreateInput),
  'billing/catalog': returns<BillingCatalog>()(NoInput),
  'billing/saveSettings': returns<BillingCatalog>()(BillingSettingsInput),
  'taxRates/create': returns<BillingCatalog>()(TaxRateInput),
  'taxRates/update': returns<BillingCatalog>()(TaxRateUpdateInput),
  'catalog/create': returns<BillingCatalog>()(CatalogServiceInput),
  'catalog/update': returns<BillingCatalog>()(CatalogServiceUpdateInput),
  'packages/create': returns<BillingCatalog>()(PackageInput),
  'payers/create': returns<BillingCatalog>()(PayerInput),
  'payers/update': returns<BillingCatalog>()(PayerUpdateInput),
  'payers/setFee': returns<BillingCatalog>()(FeeOverrideInput),
  'invoices/new': returns<Invoice>()(InvoiceNewInput),
  'invoices/fromSessions': returns<Invoice>()(InvoiceFromSessionsInput),
  'invoices/saveDraft': returns<Invoice>()(InvoiceDraftInput),
  'invoices/issue': returns<Invoice>()(InvoiceIssueInput),
  'invoices/void': returns<Invoice>()(InvoiceVoidInput),
  'invoices/get': returns<Invoice>()(ByIdInput),
  'invoices/list': returns<InvoiceSummary[]>()(InvoiceListInput),
  'payments/record': returns<Statement>()(PaymentInput),
  'payments/refund': returns<Statement>()(RefundInput),
  'packages/sell': returns<Statement>()(PackageSaleInput),
  'packages/useVisit': returns<Statement>()(PackageVisitInput),
  'billing/statement': returns<Statement>()(ByClientInput),
  'billing/unbilledSessions': returns<SessionSummary[]>()(ByClientInput),
  'reports/get': returns<Reports>()(ReportInput),
  'reports/csv': returns<{ fileName: string; csv: string }>()(ReportCsvInput),
  'documents/render': returns<RenderedDocument>()(DocumentRequest),
  'documents/savePdf': returns<SavedPdf>()(DocumentRequest),
  'documents/print': returns<{ printed: boolean }>()(DocumentRequest),
  'backups/list': returns<BackupOverview>()(NoInput),
  'backups/create': returns<BackupResult>()(BackupCreateInput),
  'backups/verify': returns<BackupVerifyReport>()(BackupVerifyInput),
  'backups/settings': returns<BackupSettings>()(NoInput),
  'backups/saveSettings': returns<BackupSettings>()(BackupSettingsInput),
  'backups/auto': returns<BackupAutoResult>()(BackupAutoInput),
  'backups/restore': returns<RestoreResult>()(BackupRestoreInput),
  'backups/chooseFolder': returns<ChosenFolder>()(NoInput),
  'app/openDemo': returns<AppStatus>()(NoInput),
  'app/closeDemo': returns<AppStatus>()(NoInput),
  'audit/list': returns<AuditPage>()(AuditListInput),
  'audit/verify': returns<AuditVerifyReport>()(NoInput),
  'audit/csv': returns<{ fileName: string; csv: string }>()(AuditCsvInput),
  'auth/state': returns<AuthState>()(NoInput),
  'auth/users': returns<UserSummary[]>()(NoInput),
  'auth/signIn': returns<AuthState>()(SignInInput),
  'auth/signOut': returns<AuthState>()(NoInput),
  'auth/lock': returns<AuthState>()(NoInput),
  'auth/emergency': returns<AuthState>()(EmergencyAccessInput),
  'auth/handOff': returns<AuthState>()(HandOffInput),
  'auth/endHandOff': returns<AuthState>()(EndHandOffInput),
  'users/list': returns<UserAccount[]>()(NoInput),
  'users/create': returns<CreatedUser>()(UserInput),
  'users/update': returns<UserAccount>()(UserUpdateInput),
  'users/setPasscode': returns<UserAccount>()(SetPasscodeInput),
  'security/settings': returns<SecuritySettings>()(NoInput),
  'security/saveSettings': returns<SecuritySettings>()(SecuritySettingsInput),
  'export/full': returns<FullExportResult>()(FullExportInput),
  'export/fhirClient': returns<FhirClientExport>()(FhirClientExportInput),
  'clients/importPreview': returns<ImportPreview>()(ClientImportPreviewInput),
  'clients/import': returns<ImportResult>()(ClientImportInput),
  'security/databaseLock': returns<DatabaseLock>()(NoInput),
  'security/unlockDatabase': returns<DatabaseLock>()(UnlockDatabaseInput),
  'security/encryption': returns<EncryptionStatus>()(NoInput),
  'security/changePassphrase': returns<EncryptionStatus>()(ChangePassphraseInput),
  'security/newRecoveryKey': returns<{ recoveryKey: string }>()(NoInput),
  'security/setEncryption': returns<EncryptionChange>()(SetEncryptionInput),
} satisfies Record<Method, { input: z.ZodType; result: unknown }>;

// Every name in METHODS has a schema, and every schema has a name in METHODS.
type _Exact = [keyof typeof contract] extends [Method] ? ([Method] extends [keyof typeof contract] ? true : never) : never;
const _exact: _Exact = true;
void _exact;

export type Contract = typeof contract;
/** What a caller may send (defaults not yet applied). */
export type InputOf<M extends Method> = z.input<Contract[M]['input']>;
/** What a handler receives (parsed, defaults applied). */
export type ParsedInputOf<M extends Method> = z.output<Contract[M]['input']>;
export type ResultOf<M extends Method> = Contract[M]['result'];

/** The shape `electron/core/api.ts` must satisfy: every method but the shell's (backups answer with a promise). */
export type Handlers = { [M in CoreMethod]: (input: ParsedInputOf<M>) => M extends AsyncMethod ? Promise<ResultOf<M>> : ResultOf<M> };
/** What the host adds (Electron's main, or the harness): printing needs a browser engine. */
export type ShellHandlers = { [M in ShellMethod]: (input: ParsedInputOf<M>) => Promise<ResultOf<M>> };

export type { AsyncMethod, CoreMethod, Method, ShellMethod } from './methods';
