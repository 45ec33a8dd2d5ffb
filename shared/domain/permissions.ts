// Who may call what. One map, read by the core (which refuses, whatever the screen shows) and by
// the renderer (which hides what a role cannot use). Typed over every method, so a new method
// cannot be added without deciding who may call it.
import type { Method } from '../methods';
import type { Role } from '../schemas/auth';
import type { DocumentKind } from '../schemas/documents';

/**
 * - 'public': answered to anyone at the keyboard, even signed out or locked (status, signing in,
 *   first-run set-up, the demo switch).
 * - 'system': housekeeping the host runs on a timer whoever is signed in (the automatic backup).
 * - 'signedIn': any signed-in, unlocked user.
 * - a list of roles.
 */
export type Access = 'public' | 'system' | 'signedIn' | readonly Role[];

const ALL: readonly Role[] = ['owner', 'therapist', 'front_desk'];
/** Clinical records: intakes, session notes, plans, progress. Never the front desk. */
const CLINICAL: readonly Role[] = ['owner', 'therapist'];
/** Money: invoices, payments, statements, reports. Not therapists. */
const DESK: readonly Role[] = ['owner', 'front_desk'];
/** Settings, users, the audit trail, backups and restores. */
const OWNER: readonly Role[] = ['owner'];

export const ACCESS: Record<Method, Access> = {
  'app/status': 'public',
  'clinic/setup': 'public',
  'clinic/update': OWNER,
  'practitioners/list': ALL,
  'practitioners/create': OWNER,
  'practitioners/update': OWNER,
  'clients/create': ALL,
  'clients/update': ALL,
  'clients/get': ALL,
  'clients/list': ALL,
  'clients/search': ALL,
  'clients/archive': ALL,
  'clients/unarchive': ALL,
  'clients/header': ALL,
  'intakes/list': CLINICAL,
  'intakes/get': CLINICAL,
  'intakes/saveDraft': CLINICAL,
  'intakes/sign': CLINICAL,
  'precautions/get': ALL,
  'precautions/save': OWNER,
  'precautions/reset': OWNER,
  'precautions/history': CLINICAL,
  'referrals/list': ALL,
  'referrals/get': ALL,
  'referrals/create': ALL,
  'referrals/update': ALL,
  'referrals/attachOrder': ALL,
  'attachments/get': ALL,
  'plans/list': ALL,
  'plans/create': CLINICAL,
  'plans/update': CLINICAL,
  'sessions/start': CLINICAL,
  'sessions/get': CLINICAL,
  'sessions/saveDraft': CLINICAL,
  'sessions/sign': CLINICAL,
  'sessions/addendum': CLINICAL,
  'sessions/list': CLINICAL,
  'sessions/overdue': CLINICAL,
  'clients/progress': CLINICAL,
  'templates/list': CLINICAL,
  'templates/create': CLINICAL,
  'templates/update': CLINICAL,
  'schedule/settings': ALL,
  'schedule/saveHours': OWNER,
  'schedule/savePractitionerHours': OWNER,
  'schedule/addClosedDay': OWNER,
  'schedule/removeClosedDay': OWNER,
  'schedule/today': ALL,
  'rooms/create': OWNER,
  'rooms/update': OWNER,
  'services/create': OWNER,
  'services/update': OWNER,
  // Therapists book and change only their own appointments (checked in the core against the record).
  'appointments/book': ALL,
  'appointments/move': ALL,
  'appointments/edit': ALL,
  'appointments/setStatus': ALL,
  'appointments/get': ALL,
  'appointments/history': ALL,
  'appointments/range': ALL,
  'appointments/forClient': ALL,
  'appointments/freeSlot': ALL,
  'appointments/startSession': CLINICAL,
  'series/preview': ALL,
  'series/create': ALL,
  'billing/catalog': ALL,
  'billing/saveSettings': OWNER,
  'taxRates/create': OWNER,
  'taxRates/update': OWNER,
  'catalog/create': OWNER,
  'catalog/update': OWNER,
  'packages/create': OWNER,
  'payers/create': OWNER,
  'payers/update': OWNER,
  'payers/setFee': OWNER,
  'invoices/new': DESK,
  'invoices/fromSessions': DESK,
  'invoices/saveDraft': DESK,
  'invoices/issue': DESK,
  'invoices/void': DESK,
  'invoices/get': DESK,
  'invoices/list': DESK,
  'payments/record': DESK,
  'payments/refund': DESK,
  'packages/sell': DESK,
  'packages/useVisit': DESK,
  'billing/statement': DESK,
  'billing/unbilledSessions': DESK,
  'reports/get': DESK,
  'reports/csv': DESK,
  // Printing: which roles depends on the document (documentAccess below).
  'documents/render': ALL,
  'documents/savePdf': ALL,
  'documents/print': ALL,
  'backups/list': OWNER,
  'backups/create': OWNER,
  'backups/verify': OWNER,
  'backups/settings': OWNER,
  'backups/saveSettings': OWNER,
  'backups/auto': 'system',
  'backups/restore': OWNER,
  'backups/chooseFolder': OWNER,
  'audit/list': OWNER,
  'audit/verify': OWNER,
  'audit/csv': OWNER,
  'auth/state': 'public',
  'auth/users': 'public',
  'auth/signIn': 'public',
  'auth/signOut': 'public',
  'auth/lock': 'public',
  'auth/emergency': 'public',
  'auth/handOff': ALL,
  'auth/endHandOff': 'public',
  'users/list': OWNER,
  'users/create': OWNER,
  'users/update': OWNER,
  // Anyone may change their own passcode; only the owner sets someone else's (checked in the core).
  'users/setPasscode': 'signedIn',
  'security/settings': ALL,
  'security/saveSettings': OWNER,
  // Encryption at rest: the unlock screen comes before anyone can sign in (the data is not readable
  // yet); everything else about it is the owner's.
  'security/databaseLock': 'public',
  'security/unlockDatabase': 'public',
  'security/encryption': OWNER,
  'security/setEncryption': OWNER,
  'security/changePassphrase': OWNER,
  'security/newRecoveryKey': OWNER,
  'app/openDemo': 'public',
  'app/closeDemo': 'public',
  // Every table, the audit trail included: the owner's. One client's record for another clinician: clinicians.
  'export/full': OWNER,
  'export/fhirClient': CLINICAL,
  // Importing clients is demographics, like creating one, but in bulk: not therapists.
  'clients/importPreview': DESK,
  'clients/import': DESK,
};

/** Printed documents: clinical ones for clinicians, money for the desk, the day sheet for all. */
export const DOCUMENT_ACCESS: Record<DocumentKind, readonly Role[]> = {
  'intake-blank': ALL,
  intake: CLINICAL,
  'progress-report': CLINICAL,
  'session-note': CLINICAL,
  'chart-export': CLINICAL,
  'day-sheet': ALL,
  invoice: DESK,
  receipt: DESK,
  superbill: DESK,
  statement: DESK,
  'invoices-month': DESK,
};

/**
 * While a client holds the computer ("Hand to client"), only their intake form answers; the core
 * also checks the record belongs to that client.
 */
export const HAND_OFF_METHODS: ReadonlySet<Method> = new Set<Method>([
  'app/status',
  'auth/state',
  'auth/endHandOff',
  'clients/get',
  'clients/header',
  'intakes/list',
  'intakes/get',
  'intakes/saveDraft',
  'intakes/sign',
  'precautions/get',
  'practitioners/list',
]);

/** True when a signed-in user with `role` may call `method` (the screens use this to hide what they cannot). */
export function roleMay(role: Role | null | undefined, method: Method): boolean {
  const access = ACCESS[method];
  if (access === 'public' || access === 'system') return true;
  if (!role) return false;
  if (access === 'signedIn') return true;
  return access.includes(role);
}

export function roleMayPrint(role: Role | null | undefined, kind: DocumentKind): boolean {
  return !!role && DOCUMENT_ACCESS[kind].includes(role);
}
