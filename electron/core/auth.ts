// Who is at the keyboard, and the one gate every call passes: signed in, not locked, not handed to
// a client, and a role allowed to call the method (shared/domain/permissions.ts). The screens hide
// what a role cannot use; this is what actually refuses it.
import type { Handlers, ShellHandlers } from '../../shared/contract';
import { ACCESS, DOCUMENT_ACCESS, HAND_OFF_METHODS } from '../../shared/domain/permissions';
import type { Method } from '../../shared/methods';
import type {
  AuthState,
  EmergencyAccessInput,
  Role,
  SecuritySettings,
  SetPasscodeInput,
  SignInInput,
  UserAccount,
} from '../../shared/schemas/auth';
import { ROLE_LABELS } from '../../shared/schemas/auth';
import type { DocumentKind } from '../../shared/schemas/documents';
import { appendAudit } from './audit-chain';
import type { AuthSession, CoreContext } from './context';
import { AppError } from './errors';
import { all, first } from './sql';
import {
  countUsers,
  ensureOwnerForOlderClinic,
  firstOwner,
  getUser,
  normalizeRecoveryCode,
  recordAttempt,
  saveSecuritySettings,
  secretMatches,
  securitySettings,
  storePasscode,
  userRow,
} from './users';

/** Nobody at the keyboard (also the session a core starts with, before startAuthSession). */
export const signedOut = (now: number): AuthSession => ({
  userId: null,
  role: null,
  practitionerId: null,
  name: '',
  locked: false,
  handOffClientId: null,
  emergency: false,
  lastActivity: now,
});

/** Attempts before a wait; the wait doubles with each further miss, up to 15 minutes. */
export const FREE_ATTEMPTS = 5;
const FIRST_WAIT_SECONDS = 30;
const MAX_WAIT_SECONDS = 15 * 60;

function becomeUser(ctx: CoreContext, user: Pick<UserAccount, 'id' | 'name' | 'role' | 'practitionerId'>, emergency = false): void {
  ctx.auth = {
    userId: user.id,
    role: user.role,
    practitionerId: user.practitionerId,
    name: user.name,
    locked: false,
    handOffClientId: null,
    emergency,
    lastActivity: ctx.clock.now().getTime(),
  };
}

/**
 * At start-up (and after a restore): a clinic without sign-in runs as its owner; otherwise nobody
 * is signed in until someone types a passcode. An older clinic gets its owner user here.
 */
export function startAuthSession(ctx: CoreContext): void {
  ensureOwnerForOlderClinic(ctx);
  ctx.auth = signedOut(ctx.clock.now().getTime());
  // A new, empty database has nobody to protect yet and nobody to sign in as: until set-up creates
  // the owner, calls run unattributed (actor 'system') with the owner's reach.
  if (countUsers(ctx) === 0) {
    ctx.auth.role = 'owner';
    return;
  }
  if (!securitySettings(ctx).signInRequired) {
    const owner = firstOwner(ctx);
    if (owner) becomeUser(ctx, { id: owner.id, name: owner.name, role: owner.role, practitionerId: owner.practitioner_id });
  }
}

/** After first-run set-up: the owner who set it up is at the keyboard. */
export function signInAfterSetup(ctx: CoreContext, user: UserAccount): void {
  becomeUser(ctx, user);
}

export function authState(ctx: CoreContext): AuthState {
  const settings = securitySettings(ctx);
  lockIfIdle(ctx, settings);
  const s = ctx.auth;
  return {
    signInRequired: settings.signInRequired,
    lockMinutes: settings.lockMinutes,
    user: s.userId ? { id: s.userId, name: s.name, role: s.role!, practitionerId: s.practitionerId } : null,
    locked: s.locked,
    handOff: s.handOffClientId ? { clientId: s.handOffClientId } : null,
    emergency: s.emergency,
  };
}

function lockIfIdle(ctx: CoreContext, settings: SecuritySettings): void {
  const s = ctx.auth;
  if (!settings.signInRequired || !s.userId || s.locked || s.handOffClientId) return;
  if (ctx.clock.now().getTime() - s.lastActivity >= settings.lockMinutes * 60_000) s.locked = true;
}

const waitText = (seconds: number) =>
  seconds >= 90 ? `${Math.ceil(seconds / 60)} minutes` : `${seconds} second${seconds === 1 ? '' : 's'}`;

/** Checks a typed passcode for a user, counting misses in the database so a restart does not reset the wait. */
function checkPasscode(ctx: CoreContext, userId: string, passcode: string): UserAccount {
  const row = userRow(ctx, userId);
  if (!row || row.active !== 1 || !row.passcode_hash) {
    throw new AppError('forbidden', 'That person cannot sign in here. Ask the clinic owner.');
  }
  const now = ctx.clock.now().getTime();
  if (row.locked_until && Date.parse(row.locked_until) > now) {
    const seconds = Math.ceil((Date.parse(row.locked_until) - now) / 1000);
    throw new AppError('forbidden', `Too many wrong passcodes. Try again in ${waitText(seconds)}.`);
  }
  if (secretMatches(passcode, row.passcode_hash)) {
    if (row.failed_attempts > 0 || row.locked_until) recordAttempt(ctx, userId, 0, null);
    return getUser(ctx, userId);
  }
  const misses = row.failed_attempts + 1;
  const over = misses - FREE_ATTEMPTS;
  const wait = over >= 0 ? Math.min(MAX_WAIT_SECONDS, FIRST_WAIT_SECONDS * 2 ** over) : 0;
  ctx.sqlite.transaction(() => {
    recordAttempt(ctx, userId, misses, wait > 0 ? new Date(now + wait * 1000).toISOString() : null);
    appendAudit(ctx, { actor: userId, action: 'sign_in_failed', entity: 'user', entityId: userId, detail: { attempt: misses } });
  })();
  if (wait > 0) throw new AppError('forbidden', `That passcode is not right. Too many tries: wait ${waitText(wait)} before the next one.`);
  const left = FREE_ATTEMPTS - misses;
  throw new AppError('forbidden', `That passcode is not right. ${left} more ${left === 1 ? 'try' : 'tries'} before a short wait.`);
}

export function signIn(ctx: CoreContext, input: SignInInput): AuthState {
  if (!securitySettings(ctx).signInRequired) return authState(ctx);
  const user = checkPasscode(ctx, input.userId, input.passcode);
  const unlocking = ctx.auth.userId === user.id && ctx.auth.locked;
  becomeUser(ctx, user);
  appendAudit(ctx, { actor: user.id, action: 'sign_in', entity: 'user', entityId: user.id, detail: { unlock: unlocking } });
  return authState(ctx);
}

export function signOut(ctx: CoreContext): AuthState {
  // Without sign-in there is nobody else to be: the owner stays.
  if (securitySettings(ctx).signInRequired) ctx.auth = signedOut(ctx.clock.now().getTime());
  return authState(ctx);
}

export function lock(ctx: CoreContext): AuthState {
  if (securitySettings(ctx).signInRequired && ctx.auth.userId && !ctx.auth.handOffClientId) ctx.auth.locked = true;
  return authState(ctx);
}

/** The owner's way in when their passcode is lost: the recovery code, a reason, and an audit entry. */
export function emergencyAccess(ctx: CoreContext, input: EmergencyAccessInput): AuthState {
  const owners = all(
    ctx.sqlite,
    ctx.qb.selectFrom('users').select('id').where('role', '=', 'owner').where('active', '=', 1).where('recovery_hash', 'is not', null).orderBy('created_at').orderBy('id'),
  );
  const code = normalizeRecoveryCode(input.recoveryCode);
  for (const { id } of owners) {
    const row = userRow(ctx, id)!;
    if (row.locked_until && Date.parse(row.locked_until) > ctx.clock.now().getTime()) continue;
    if (secretMatches(code, row.recovery_hash)) {
      const user = getUser(ctx, id);
      becomeUser(ctx, user, true);
      recordAttempt(ctx, id, 0, null);
      appendAudit(ctx, { actor: id, action: 'emergency_access', entity: 'user', entityId: id, detail: { reason: input.reason } });
      return authState(ctx);
    }
  }
  appendAudit(ctx, { action: 'sign_in_failed', entity: 'user', detail: { emergency: true } });
  throw new AppError('forbidden', 'That recovery code is not right. It is the code printed when the owner set the passcode.', {
    recoveryCode: 'That recovery code is not right',
  });
}

export function handOff(ctx: CoreContext, clientId: string): AuthState {
  const client = first(ctx.sqlite, ctx.qb.selectFrom('clients').select('id').where('id', '=', clientId));
  if (!client) throw new AppError('not_found', 'That client was not found.');
  ctx.auth.handOffClientId = clientId;
  return authState(ctx);
}

export function endHandOff(ctx: CoreContext, passcode: string | undefined): AuthState {
  const s = ctx.auth;
  if (!s.handOffClientId) return authState(ctx);
  if (securitySettings(ctx).signInRequired) {
    if (!s.userId) throw new AppError('locked', 'Sign in to continue.');
    if (!passcode) throw new AppError('invalid_input', 'Please correct the highlighted field.', { passcode: 'Enter your passcode' });
    checkPasscode(ctx, s.userId, passcode);
  }
  s.handOffClientId = null;
  s.lastActivity = ctx.clock.now().getTime();
  return authState(ctx);
}

/** The owner sets anyone's passcode; anyone else only their own, typing the current one. */
export function setPasscode(ctx: CoreContext, input: SetPasscodeInput): UserAccount {
  const s = ctx.auth;
  const self = s.userId === input.id;
  if (!self && s.role !== 'owner') throw new AppError('forbidden', 'Only the clinic owner can set someone else’s passcode.');
  const target = getUser(ctx, input.id);
  // Typing the current passcode proves it is you. An owner may skip it (they can reset anyone's,
  // and after emergency access they do not know it), but whatever is typed is checked.
  if (self && target.hasPasscode && (s.role !== 'owner' || input.currentPasscode !== undefined)) {
    if (!input.currentPasscode) throw new AppError('invalid_input', 'Please correct the highlighted field.', { currentPasscode: 'Enter your current passcode' });
    checkPasscodeForChange(ctx, input.id, input.currentPasscode);
  }
  const user = storePasscode(ctx, input.id, input.passcode);
  if (self) s.emergency = false;
  return user;
}

function checkPasscodeForChange(ctx: CoreContext, id: string, typed: string): void {
  try {
    checkPasscode(ctx, id, typed);
  } catch (error) {
    if (error instanceof AppError && error.code === 'forbidden') {
      throw new AppError('invalid_input', 'Please correct the highlighted field.', { currentPasscode: error.message });
    }
    throw error;
  }
}

/** Turning sign-in on needs the owner at the keyboard to have a passcode, so nobody is locked out. */
export function saveSecurity(ctx: CoreContext, input: SecuritySettings): SecuritySettings {
  if (input.signInRequired) {
    const me = ctx.auth.userId ? userRow(ctx, ctx.auth.userId) : undefined;
    if (!me?.passcode_hash) {
      throw new AppError('conflict', 'Set your own passcode first, so you can sign in once sign-in is required.', {
        signInRequired: 'Set your passcode first',
      });
    }
  }
  return saveSecuritySettings(ctx, input);
}

// ── The gate ─────────────────────────────────────────────────────────────────────────────────

const LOCKED = 'Palpate is locked. Sign in to continue.';

const text = (input: unknown, key: string): string | null => {
  const v = input && typeof input === 'object' ? (input as Record<string, unknown>)[key] : undefined;
  return typeof v === 'string' ? v : null;
};

function forbidden(role: Role, what: string): AppError {
  return new AppError('forbidden', `${ROLE_LABELS[role]} accounts cannot ${what}. Ask the clinic owner if you need this.`);
}

const WHAT: Partial<Record<string, string>> = {
  sessions: 'open session notes',
  intakes: 'open intake forms',
  plans: 'change treatment plans',
  templates: 'use note templates',
  invoices: 'open invoices',
  payments: 'record payments',
  billing: 'use billing',
  reports: 'open reports',
  audit: 'open the audit trail',
  backups: 'manage backups',
  users: 'manage users',
  export: 'export data',
  security: 'change sign-in settings',
  clinic: 'change the clinic’s details',
  practitioners: 'change practitioners',
  rooms: 'change rooms',
  services: 'change services',
  schedule: 'change the schedule settings',
  precautions: 'change the precaution rules',
  taxRates: 'change tax rates',
  catalog: 'change the service catalog',
  payers: 'change payers',
  packages: 'sell or change packages',
};

/** The client a hand-off call is about, so a client holding the computer sees only their own record. */
function handOffClient(ctx: CoreContext, method: Method, input: unknown): string | null | undefined {
  if (method === 'clients/get' || method === 'clients/header') return text(input, 'id');
  if (method === 'intakes/list' || method === 'intakes/saveDraft') return text(input, 'clientId');
  if (method === 'intakes/get' || method === 'intakes/sign') {
    const id = text(input, 'id');
    return id ? (first(ctx.sqlite, ctx.qb.selectFrom('intakes').select('client_id').where('id', '=', id))?.client_id ?? null) : null;
  }
  return undefined;
}

function appointmentPractitioner(ctx: CoreContext, id: string | null): string | null {
  if (!id) return null;
  return first(ctx.sqlite, ctx.qb.selectFrom('appointments').select('practitioner_id').where('id', '=', id))?.practitioner_id ?? null;
}

/** Therapists book and change only their own appointments. */
function checkOwnSchedule(ctx: CoreContext, method: Method, input: unknown): void {
  const mine = ctx.auth.practitionerId;
  let theirs: (string | null)[] = [];
  switch (method) {
    case 'appointments/book':
      theirs = [text(input, 'practitionerId')];
      break;
    case 'series/create':
      theirs = [text((input as { series?: unknown }).series, 'practitionerId')];
      break;
    case 'appointments/move':
      theirs = [appointmentPractitioner(ctx, text(input, 'id')), text(input, 'practitionerId')];
      break;
    case 'appointments/edit':
    case 'appointments/setStatus':
      theirs = [appointmentPractitioner(ctx, text(input, 'id'))];
      break;
    case 'appointments/startSession':
      theirs = [appointmentPractitioner(ctx, text(input, 'appointmentId'))];
      break;
    default:
      return;
  }
  // A missing appointment is left to the handler's own "not found".
  if (theirs.some((p) => p !== null && p !== mine)) {
    throw new AppError('forbidden', 'Therapist accounts can book and change only their own appointments. Ask the front desk or the owner.');
  }
}

/**
 * The first half of the gate, before the input is even parsed: someone is signed in, the app is
 * not locked or handed to a client (except that client's intake), and their role may call this.
 */
export function checkRole(ctx: CoreContext, method: Method): void {
  const access = ACCESS[method];
  if (access === 'public' || access === 'system') return;
  lockIfIdle(ctx, securitySettings(ctx));
  const s = ctx.auth;
  if (!s.role) throw new AppError('locked', 'Sign in to continue.');
  if (s.locked) throw new AppError('locked', LOCKED);
  if (s.handOffClientId) {
    if (!HAND_OFF_METHODS.has(method)) throw new AppError('locked', 'This computer is with a client. Return it to the therapist to continue.');
  } else if (access !== 'signedIn' && !access.includes(s.role)) {
    throw forbidden(s.role, WHAT[method.split('/')[0]!] ?? 'do this');
  }
}

/** The second half, on the parsed input: the record is one this person may touch. */
export function checkScope(ctx: CoreContext, method: Method, input: unknown): void {
  const access = ACCESS[method];
  if (access === 'public' || access === 'system') return;
  const s = ctx.auth;
  if (!s.role) throw new AppError('locked', 'Sign in to continue.');
  if (s.handOffClientId) {
    const client = handOffClient(ctx, method, input);
    if (client !== undefined && client !== s.handOffClientId) {
      throw new AppError('forbidden', 'Only this client’s own form is open while the computer is with them.');
    }
  }
  if (method.startsWith('documents/')) {
    const kind = text(input, 'kind') as DocumentKind | null;
    if (kind && DOCUMENT_ACCESS[kind] && !DOCUMENT_ACCESS[kind].includes(s.role)) throw forbidden(s.role, 'print this document');
  }
  if (s.role === 'therapist') checkOwnSchedule(ctx, method, input);
  s.lastActivity = ctx.clock.now().getTime();
}

/** The API with the gate in front of every handler (the audit wrapper runs inside it). */
export function withAccess(ctx: CoreContext, api: Handlers): Handlers {
  const gated: Record<string, unknown> = {};
  for (const [method, handler] of Object.entries(api) as [Method, (input: unknown) => unknown][]) {
    gated[method] = (input: unknown) => {
      checkScope(ctx, method, input);
      return handler(input);
    };
  }
  return gated as Handlers;
}

export function withAccessShell(ctx: CoreContext, shell: Partial<ShellHandlers>): Partial<ShellHandlers> {
  const gated: Record<string, unknown> = {};
  for (const [method, handler] of Object.entries(shell) as [Method, ((input: unknown) => Promise<unknown>) | undefined][]) {
    if (!handler) continue;
    gated[method] = async (input: unknown) => {
      checkScope(ctx, method, input);
      return handler(input);
    };
  }
  return gated as Partial<ShellHandlers>;
}
