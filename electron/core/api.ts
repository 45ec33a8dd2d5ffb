// The object that implements shared/contract.ts. Inputs arrive already parsed by dispatch.
import type { Handlers } from '../../shared/contract';
import { createClient, getClient, listClients, searchClients, setClientArchived, updateClient } from './clients';
import {
  appStatus,
  createPractitioner,
  listPractitioners,
  setupClinic,
  updateClinic,
  updatePractitioner,
} from './clinic';
import { today, startSessionFromAppointment } from './agenda';
import { appointmentsInRange, clientAppointments, getAppointment } from './appointment-views';
import { appointmentHistory, bookAppointment, editAppointment, findFreeSlot, moveAppointment, setAppointmentStatus } from './appointments';
import {
  billingCatalog,
  createCatalogService,
  createPackage,
  createPayer,
  createTaxRate,
  saveBillingSettings,
  setFeeOverride,
  updateCatalogService,
  updatePayer,
  updateTaxRate,
} from './billing-catalog';
import { clientHeader } from './chart';
import { getInvoice, invoiceFromSessions, issueInvoice, listInvoices, newInvoice, saveInvoiceDraft, unbilledSessions, voidInvoice } from './invoices';
import { recordPayment, recordRefund, sellPackage, statement, usePackageVisit } from './payments';
import { reportCsv, reports } from './reports';
import {
  addClosedDay,
  createRoom,
  createService,
  removeClosedDay,
  saveBusinessHours,
  savePractitionerHours,
  scheduleSettings,
  updateRoom,
  updateService,
} from './schedule-settings';
import { createSeries, previewSeries } from './series';
import { clientProgress, listSessions, overdueDrafts } from './session-lists';
import { addAddendum, getSession, saveSessionDraft, signSession, startSession } from './sessions';
import { createTemplate, listTemplates, updateTemplate } from './templates';
import type { CoreContext } from './context';
import { notFound } from './errors';
import { renderDocument } from './documents';
import { getIntake, listIntakes, saveIntakeDraft, signIntake } from './intakes';
import { createPlan, listPlans, updatePlan } from './plans';
import { currentPrecautionRules, precautionRuleHistory, resetPrecautionRules, savePrecautionRules } from './precaution-rules';
import { attachReferralOrder, createReferral, getAttachment, getReferral, listReferrals, updateReferral } from './referrals';
import { auditCsv, listAudit, verifyAudit } from './audit';
import { autoBackup, createBackup, listBackups, verifyBackup } from './backup';
import { dataFolderWarning } from './backup-location';
import { getBackupSettings, saveBackupSettings } from './backup-settings';
import { importClients, previewClientImport } from './client-import';
import { exportFhirClient } from './fhir';
import { authState, emergencyAccess, endHandOff, handOff, lock, saveSecurity, setPasscode, signIn, signOut } from './auth';
import { createUser, listUsers, securitySettings, signInChoices, updateUser } from './users';
import { changePassphrase, encryptionStatus, replaceRecoveryKey, UNLOCKED } from './encryption';

export function createApi(ctx: CoreContext) {
  const view = (id: string) => {
    const found = getAppointment(ctx, id);
    if (!found) throw notFound('That appointment');
    return found;
  };
  return {
    'app/status': () => ({ ...appStatus(ctx), storageWarning: dataFolderWarning(ctx.dataDir) }),
    'clinic/setup': (input) => setupClinic(ctx, input),
    'clinic/update': (input) => updateClinic(ctx, input),
    'practitioners/list': () => listPractitioners(ctx),
    'practitioners/create': (input) => createPractitioner(ctx, input),
    'practitioners/update': (input) => updatePractitioner(ctx, input),
    'clients/create': (input) => createClient(ctx, input),
    'clients/update': (input) => updateClient(ctx, input),
    'clients/get': ({ id }) => getClient(ctx, id),
    'clients/list': (input) => listClients(ctx, input),
    'clients/search': (input) => searchClients(ctx, input),
    'clients/archive': ({ id }) => setClientArchived(ctx, id, true),
    'clients/unarchive': ({ id }) => setClientArchived(ctx, id, false),
    'clients/header': ({ id }) => clientHeader(ctx, id),
    'intakes/list': ({ clientId }) => listIntakes(ctx, clientId),
    'intakes/get': ({ id }) => getIntake(ctx, id),
    'intakes/saveDraft': (input) => saveIntakeDraft(ctx, input),
    'intakes/sign': (input) => signIntake(ctx, input),
    'precautions/get': () => currentPrecautionRules(ctx),
    'precautions/save': (input) => savePrecautionRules(ctx, input),
    'precautions/reset': () => resetPrecautionRules(ctx),
    'precautions/history': () => precautionRuleHistory(ctx),
    'referrals/list': ({ clientId }) => listReferrals(ctx, clientId),
    'referrals/get': ({ id }) => getReferral(ctx, id),
    'referrals/create': (input) => createReferral(ctx, input),
    'referrals/update': (input) => updateReferral(ctx, input),
    'referrals/attachOrder': (input) => attachReferralOrder(ctx, input),
    'attachments/get': ({ id }) => getAttachment(ctx, id),
    'plans/list': ({ clientId }) => listPlans(ctx, clientId),
    'plans/create': (input) => createPlan(ctx, input),
    'plans/update': (input) => updatePlan(ctx, input),
    'sessions/start': (input) => startSession(ctx, input),
    'sessions/get': ({ id }) => getSession(ctx, id),
    'sessions/saveDraft': (input) => saveSessionDraft(ctx, input),
    'sessions/sign': (input) => signSession(ctx, input),
    'sessions/addendum': (input) => addAddendum(ctx, input),
    'sessions/list': ({ clientId }) => listSessions(ctx, clientId),
    'sessions/overdue': () => overdueDrafts(ctx),
    'clients/progress': ({ id }) => clientProgress(ctx, id),
    'templates/list': ({ practitionerId }) => listTemplates(ctx, practitionerId),
    'templates/create': (input) => createTemplate(ctx, input),
    'templates/update': (input) => updateTemplate(ctx, input),
    'schedule/settings': () => scheduleSettings(ctx),
    'schedule/saveHours': ({ hours }) => saveBusinessHours(ctx, hours),
    'schedule/savePractitionerHours': ({ practitionerId, hours }) => savePractitionerHours(ctx, practitionerId, hours),
    'schedule/addClosedDay': ({ date, reason }) => addClosedDay(ctx, date, reason),
    'schedule/removeClosedDay': ({ date }) => removeClosedDay(ctx, date),
    'schedule/today': ({ date }) => today(ctx, date),
    'rooms/create': (input) => createRoom(ctx, input),
    'rooms/update': (input) => updateRoom(ctx, input),
    'services/create': (input) => createService(ctx, input),
    'services/update': (input) => updateService(ctx, input),
    'appointments/book': (input) => view(bookAppointment(ctx, input)),
    'appointments/move': (input) => (moveAppointment(ctx, input), view(input.id)),
    'appointments/edit': (input) => (editAppointment(ctx, input), view(input.id)),
    'appointments/setStatus': (input) => (setAppointmentStatus(ctx, input), view(input.id)),
    'appointments/get': ({ id }) => view(id),
    'appointments/history': ({ id }) => appointmentHistory(ctx, id),
    'appointments/range': (input) => appointmentsInRange(ctx, input),
    'appointments/forClient': ({ clientId }) => clientAppointments(ctx, clientId),
    'appointments/freeSlot': (input) => findFreeSlot(ctx, input),
    'appointments/startSession': ({ appointmentId }) => startSessionFromAppointment(ctx, appointmentId),
    'series/preview': (input) => previewSeries(ctx, input),
    'series/create': (input) => createSeries(ctx, input),
    'billing/catalog': () => billingCatalog(ctx),
    'billing/saveSettings': (input) => saveBillingSettings(ctx, input),
    'taxRates/create': (input) => createTaxRate(ctx, input),
    'taxRates/update': (input) => updateTaxRate(ctx, input),
    'catalog/create': (input) => createCatalogService(ctx, input),
    'catalog/update': (input) => updateCatalogService(ctx, input),
    'packages/create': (input) => createPackage(ctx, input),
    'payers/create': (input) => createPayer(ctx, input),
    'payers/update': (input) => updatePayer(ctx, input),
    'payers/setFee': (input) => setFeeOverride(ctx, input),
    'invoices/new': (input) => newInvoice(ctx, input),
    'invoices/fromSessions': (input) => invoiceFromSessions(ctx, input),
    'invoices/saveDraft': (input) => saveInvoiceDraft(ctx, input),
    'invoices/issue': (input) => issueInvoice(ctx, input),
    'invoices/void': (input) => voidInvoice(ctx, input),
    'invoices/get': ({ id }) => getInvoice(ctx, id),
    'invoices/list': (input) => listInvoices(ctx, input),
    'payments/record': (input) => recordPayment(ctx, input),
    'payments/refund': (input) => recordRefund(ctx, input),
    'packages/sell': (input) => sellPackage(ctx, input),
    'packages/useVisit': (input) => usePackageVisit(ctx, input),
    'billing/statement': ({ clientId }) => statement(ctx, clientId),
    'billing/unbilledSessions': ({ clientId }) => unbilledSessions(ctx, clientId),
    'reports/get': (input) => reports(ctx, input),
    'reports/csv': (input) => reportCsv(ctx, input),
    'documents/render': (input) => renderDocument(ctx, input),
    'backups/list': () => listBackups(ctx),
    'backups/create': async ({ reason }) => {
      const { path: _path, ...made } = await createBackup(ctx, { reason });
      return made;
    },
    'backups/verify': ({ file }) => verifyBackup(ctx, file),
    'backups/settings': () => getBackupSettings(ctx),
    'backups/saveSettings': (input) => saveBackupSettings(ctx, input),
    'backups/auto': ({ trigger }) => autoBackup(ctx, trigger),
    'audit/list': (input) => listAudit(ctx, input),
    'audit/verify': () => verifyAudit(ctx),
    'audit/csv': (input) => auditCsv(ctx, input),
    'auth/state': () => authState(ctx),
    'auth/users': () => (securitySettings(ctx).signInRequired ? signInChoices(ctx) : []),
    'auth/signIn': (input) => signIn(ctx, input),
    'auth/signOut': () => signOut(ctx),
    'auth/lock': () => lock(ctx),
    'auth/emergency': (input) => emergencyAccess(ctx, input),
    'auth/handOff': ({ clientId }) => handOff(ctx, clientId),
    'auth/endHandOff': ({ passcode }) => endHandOff(ctx, passcode),
    'users/list': () => listUsers(ctx),
    'users/create': (input) => createUser(ctx, input),
    'users/update': (input) => updateUser(ctx, input),
    'users/setPasscode': (input) => setPasscode(ctx, input),
    'security/settings': () => securitySettings(ctx),
    'security/saveSettings': (input) => saveSecurity(ctx, input),
    'export/fhirClient': ({ clientId }) => exportFhirClient(ctx, clientId),
    'clients/importPreview': (input) => previewClientImport(ctx, input),
    'clients/import': (input) => importClients(ctx, input),
    // An open core is an unlocked database: a locked one is answered by the host before any core exists (encryption-host.ts).
    'security/databaseLock': () => UNLOCKED,
    'security/unlockDatabase': () => UNLOCKED,
    'security/encryption': () => encryptionStatus(ctx),
    'security/changePassphrase': (input) => changePassphrase(ctx, input),
    'security/newRecoveryKey': () => replaceRecoveryKey(ctx),
  } satisfies Handlers;
}

export type Api = ReturnType<typeof createApi>;
