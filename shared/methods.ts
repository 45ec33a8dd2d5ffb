// Method names only, with no schema library: the preload imports this list and nothing heavier.
export const METHODS = [
  'app/status',
  'clinic/setup',
  'clinic/update',
  'practitioners/list',
  'practitioners/create',
  'practitioners/update',
  'clients/create',
  'clients/update',
  'clients/get',
  'clients/list',
  'clients/search',
  'clients/archive',
  'clients/unarchive',
  'clients/header',
  'intakes/list',
  'intakes/get',
  'intakes/saveDraft',
  'intakes/sign',
  'precautions/get',
  'precautions/save',
  'precautions/reset',
  'precautions/history',
  'referrals/list',
  'referrals/get',
  'referrals/create',
  'referrals/update',
  'referrals/attachOrder',
  'attachments/get',
  'plans/list',
  'plans/create',
  'plans/update',
  'sessions/start',
  'sessions/get',
  'sessions/saveDraft',
  'sessions/sign',
  'sessions/addendum',
  'sessions/list',
  'sessions/overdue',
  'clients/progress',
  'templates/list',
  'templates/create',
  'templates/update',
  'schedule/settings',
  'schedule/saveHours',
  'schedule/savePractitionerHours',
  'schedule/addClosedDay',
  'schedule/removeClosedDay',
  'schedule/today',
  'rooms/create',
  'rooms/update',
  'services/create',
  'services/update',
  'appointments/book',
  'appointments/move',
  'appointments/edit',
  'appointments/setStatus',
  'appointments/get',
  'appointments/history',
  'appointments/range',
  'appointments/forClient',
  'appointments/freeSlot',
  'appointments/startSession',
  'series/preview',
  'series/create',
  'billing/catalog',
  'billing/saveSettings',
  'taxRates/create',
  'taxRates/update',
  'catalog/create',
  'catalog/update',
  'packages/create',
  'payers/create',
  'payers/update',
  'payers/setFee',
  'invoices/new',
  'invoices/fromSessions',
  'invoices/saveDraft',
  'invoices/issue',
  'invoices/void',
  'invoices/get',
  'invoices/list',
  'payments/record',
  'payments/refund',
  'packages/sell',
  'packages/useVisit',
  'billing/statement',
  'billing/unbilledSessions',
  'reports/get',
  'reports/csv',
  'documents/render',
  'backups/list',
  'backups/create',
  'backups/verify',
  'backups/settings',
  'backups/saveSettings',
  'backups/auto',
  'audit/list',
  'audit/verify',
  'audit/csv',
  'auth/state',
  'auth/users',
  'auth/signIn',
  'auth/signOut',
  'auth/lock',
  'auth/emergency',
  'auth/handOff',
  'auth/endHandOff',
  'users/list',
  'users/create',
  'users/update',
  'users/setPasscode',
  'security/settings',
  'security/saveSettings',
  'export/fhirClient',
  'clients/importPreview',
  'clients/import',
  // Encryption at rest: the lock at start-up (answered before any data), the status for Settings,
  // and re-sealing the key under a new passphrase or recovery key.
  'security/databaseLock',
  'security/unlockDatabase',
  'security/encryption',
  'security/changePassphrase',
  'security/newRecoveryKey',
  // Shell methods: carried out by the host (Electron's main, or the test harness), not the core,
  // because printing needs a browser engine.
  'documents/savePdf',
  'documents/print',
  // Restoring replaces the open database file, so the host closes and reopens the core around it;
  // choosing a folder needs the host's file dialog.
  'backups/restore',
  'backups/chooseFolder',
  // Opening the demo clinic (a generated practice in its own data folder) and leaving it: the host
  // closes one clinic's core and opens the other's.
  'app/openDemo',
  'app/closeDemo',
  // Exporting all data writes a folder of files where the person chooses: the host's folder dialog.
  'export/full',
  // Turning encryption on or off rewrites the database file: the host closes and reopens the core.
  'security/setEncryption',
] as const;

export type Method = (typeof METHODS)[number];

export const SHELL_METHODS = ['documents/savePdf', 'documents/print', 'backups/restore', 'backups/chooseFolder', 'app/openDemo', 'app/closeDemo', 'export/full', 'security/setEncryption'] as const satisfies readonly Method[];
export type ShellMethod = (typeof SHELL_METHODS)[number];
export type CoreMethod = Exclude<Method, ShellMethod>;

/**
 * Core methods that answer with a promise: SQLite's online backup API copies the file a few pages
 * at a time between other calls, so the app keeps answering while a backup runs.
 */
export const ASYNC_METHODS = ['backups/create', 'backups/auto'] as const satisfies readonly CoreMethod[];
export type AsyncMethod = (typeof ASYNC_METHODS)[number];

const shell: ReadonlySet<string> = new Set(SHELL_METHODS);
export function isShellMethod(name: Method): name is ShellMethod {
  return shell.has(name);
}

const asynchronous: ReadonlySet<string> = new Set(ASYNC_METHODS);
export function isAsyncMethod(name: Method): name is AsyncMethod {
  return asynchronous.has(name);
}

const known: ReadonlySet<string> = new Set(METHODS);
export function isMethod(name: unknown): name is Method {
  return typeof name === 'string' && known.has(name);
}

/** The IPC channel the preload and main share. */
export const INVOKE_CHANNEL = 'palpate:invoke';
