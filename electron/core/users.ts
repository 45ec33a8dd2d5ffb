// Users and the security settings: their SQL, and passcodes kept only as scrypt hashes.
import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import type { CreatedUser, Role, SecuritySettings, UserAccount, UserInput, UserSummary, UserUpdateInput } from '../../shared/schemas/auth';
import { nowIso, type CoreContext } from './context';
import { AppError, notFound } from './errors';
import type { UsersTable } from './schema';
import { all, first, run } from './sql';

// ── Secrets ──────────────────────────────────────────────────────────────────────────────────

/** scrypt cost: ~50 ms here, so guessing is slow even with the file in hand. Stored with each hash. */
const SCRYPT = { N: 2 ** 15, r: 8, p: 1, keyLength: 32 } as const;
const maxmem = 64 * 1024 * 1024;

export function hashSecret(secret: string): string {
  const salt = randomBytes(16);
  const hash = scryptSync(secret.normalize('NFC'), salt, SCRYPT.keyLength, { N: SCRYPT.N, r: SCRYPT.r, p: SCRYPT.p, maxmem });
  return ['scrypt', SCRYPT.N, SCRYPT.r, SCRYPT.p, salt.toString('base64'), hash.toString('base64')].join('$');
}

export function secretMatches(secret: string, stored: string | null): boolean {
  if (!stored) return false;
  const [kind, n, r, p, salt, hash] = stored.split('$');
  if (kind !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const actual = scryptSync(secret.normalize('NFC'), Buffer.from(salt, 'base64'), expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
    maxmem,
  });
  return timingSafeEqual(actual, expected);
}

// Crockford base32: no I, L, O or U, so a printed code cannot be misread.
const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A 20-character recovery code in groups of four, e.g. 7KQ2-M9XD-… (100 bits). */
export function newRecoveryCode(): string {
  const bytes = randomBytes(20);
  const chars = Array.from(bytes, (b) => CODE_ALPHABET[b % 32]).join('');
  return chars.match(/.{4}/g)!.join('-');
}

/** What people type back: any case, with or without dashes and spaces; O/I/L read as 0/1/1. */
export function normalizeRecoveryCode(typed: string): string {
  const plain = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  return plain.match(/.{1,4}/g)?.join('-') ?? '';
}

// ── Users ────────────────────────────────────────────────────────────────────────────────────

type UserRow = Pick<UsersTable, 'id' | 'name' | 'role' | 'practitioner_id' | 'passcode_hash' | 'active' | 'created_at' | 'updated_at'>;

function toAccount(row: UserRow): UserAccount {
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    practitionerId: row.practitioner_id,
    active: row.active === 1,
    hasPasscode: row.passcode_hash !== null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}


export function userRow(ctx: CoreContext, id: string) {
  return first(ctx.sqlite, ctx.qb.selectFrom('users').selectAll().where('id', '=', id));
}

export function getUser(ctx: CoreContext, id: string): UserAccount {
  const row = userRow(ctx, id);
  if (!row) throw notFound('That user');
  return toAccount(row);
}

export function listUsers(ctx: CoreContext): UserAccount[] {
  return all(ctx.sqlite, ctx.qb.selectFrom('users').selectAll().orderBy('active', 'desc').orderBy('name')).map(toAccount);
}

/** The names on the sign-in screen: active users who can sign in. */
export function signInChoices(ctx: CoreContext): UserSummary[] {
  return all(
    ctx.sqlite,
    ctx.qb.selectFrom('users').select(['id', 'name', 'role', 'practitioner_id']).where('active', '=', 1).where('passcode_hash', 'is not', null).orderBy('name'),
  ).map((r) => ({ id: r.id, name: r.name, role: r.role, practitionerId: r.practitioner_id }));
}

function activeOwners(ctx: CoreContext, except?: string): number {
  let q = ctx.qb.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).where('role', '=', 'owner').where('active', '=', 1);
  if (except) q = q.where('id', '!=', except);
  return first(ctx.sqlite, q)?.n ?? 0;
}

function checkPractitioner(ctx: CoreContext, practitionerId: string | null, userId?: string): void {
  if (!practitionerId) return;
  const p = first(ctx.sqlite, ctx.qb.selectFrom('practitioners').select('id').where('id', '=', practitionerId));
  if (!p) throw new AppError('invalid_input', 'Please correct the highlighted field.', { practitionerId: 'Choose a practitioner from the list' });
  let taken = ctx.qb.selectFrom('users').select('name').where('practitioner_id', '=', practitionerId);
  if (userId) taken = taken.where('id', '!=', userId);
  const other = first(ctx.sqlite, taken);
  if (other) throw new AppError('conflict', `${other.name} already charts as this practitioner.`, { practitionerId: `Already linked to ${other.name}` });
}

function requirePractitionerForTherapist(role: Role, practitionerId: string | null): void {
  if (role === 'therapist' && !practitionerId) {
    throw new AppError('invalid_input', 'Please correct the highlighted field.', { practitionerId: 'A therapist charts as a practitioner: choose one' });
  }
}

export function insertUser(
  ctx: CoreContext,
  input: { name: string; role: Role; practitionerId: string | null; passcode: string | null },
): CreatedUser {
  requirePractitionerForTherapist(input.role, input.practitionerId);
  checkPractitioner(ctx, input.practitionerId);
  const now = nowIso(ctx);
  const id = ctx.newId();
  const recoveryCode = input.role === 'owner' && input.passcode ? newRecoveryCode() : null;
  run(
    ctx.sqlite,
    ctx.qb.insertInto('users').values({
      id,
      name: input.name,
      role: input.role,
      practitioner_id: input.practitionerId,
      passcode_hash: input.passcode ? hashSecret(input.passcode) : null,
      recovery_hash: recoveryCode ? hashSecret(recoveryCode) : null,
      failed_attempts: 0,
      locked_until: null,
      active: 1,
      created_at: now,
      updated_at: now,
    }),
  );
  return { user: getUser(ctx, id), recoveryCode };
}

export function createUser(ctx: CoreContext, input: UserInput): CreatedUser {
  return ctx.sqlite.transaction(() => insertUser(ctx, input))();
}

export function updateUser(ctx: CoreContext, input: UserUpdateInput): UserAccount {
  return ctx.sqlite.transaction(() => {
    const current = getUser(ctx, input.id);
    requirePractitionerForTherapist(input.role, input.practitionerId);
    checkPractitioner(ctx, input.practitionerId, input.id);
    const stillOwner = input.role === 'owner' && input.active;
    if (current.role === 'owner' && current.active && !stillOwner && activeOwners(ctx, input.id) === 0) {
      throw new AppError('conflict', 'The clinic needs at least one active owner. Make someone else an owner first.');
    }
    run(
      ctx.sqlite,
      ctx.qb
        .updateTable('users')
        .set({ name: input.name, role: input.role, practitioner_id: input.practitionerId, active: input.active ? 1 : 0, updated_at: nowIso(ctx) })
        .where('id', '=', input.id),
    );
    return getUser(ctx, input.id);
  })();
}

/** A new passcode (clears the wait after wrong tries). An owner gets a fresh recovery code only when asked. */
export function storePasscode(ctx: CoreContext, id: string, passcode: string): UserAccount {
  run(
    ctx.sqlite,
    ctx.qb
      .updateTable('users')
      .set({ passcode_hash: hashSecret(passcode), failed_attempts: 0, locked_until: null, updated_at: nowIso(ctx) })
      .where('id', '=', id),
  );
  return getUser(ctx, id);
}

export function recordAttempt(ctx: CoreContext, id: string, failedAttempts: number, lockedUntil: string | null): void {
  run(ctx.sqlite, ctx.qb.updateTable('users').set({ failed_attempts: failedAttempts, locked_until: lockedUntil }).where('id', '=', id));
}

/** The owner a clinic without sign-in runs as: the first active owner. */
export function firstOwner(ctx: CoreContext) {
  return first(
    ctx.sqlite,
    ctx.qb.selectFrom('users').selectAll().where('role', '=', 'owner').where('active', '=', 1).orderBy('created_at').orderBy('id').limit(1),
  );
}

export function countUsers(ctx: CoreContext): number {
  return first(ctx.sqlite, ctx.qb.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')))?.n ?? 0;
}

/** A clinic set up before users existed: its first practitioner becomes the owner, without a passcode. */
export function ensureOwnerForOlderClinic(ctx: CoreContext): void {
  if (countUsers(ctx) > 0) return;
  const clinic = first(ctx.sqlite, ctx.qb.selectFrom('clinic').select('id'));
  if (!clinic) return;
  const p = first(ctx.sqlite, ctx.qb.selectFrom('practitioners').select(['id', 'first_name', 'last_name']).orderBy('created_at').orderBy('id').limit(1));
  const name = p ? `${p.first_name} ${p.last_name}`.trim() : 'Owner';
  ctx.sqlite.transaction(() => {
    insertUser(ctx, { name, role: 'owner', practitionerId: p?.id ?? null, passcode: null });
    saveSecuritySettings(ctx, { signInRequired: false, lockMinutes: securitySettings(ctx).lockMinutes });
  })();
}

// ── Security settings ────────────────────────────────────────────────────────────────────────

export function securitySettings(ctx: CoreContext): SecuritySettings {
  const row = first(ctx.sqlite, ctx.qb.selectFrom('security_settings').selectAll().where('id', '=', 1));
  return { signInRequired: row?.sign_in_required === 1, lockMinutes: row?.lock_minutes ?? 5 };
}

export function saveSecuritySettings(ctx: CoreContext, input: SecuritySettings): SecuritySettings {
  run(
    ctx.sqlite,
    ctx.qb
      .insertInto('security_settings')
      .values({ id: 1, sign_in_required: input.signInRequired ? 1 : 0, lock_minutes: input.lockMinutes, updated_at: nowIso(ctx) })
      .onConflict((oc) => oc.column('id').doUpdateSet({ sign_in_required: input.signInRequired ? 1 : 0, lock_minutes: input.lockMinutes, updated_at: nowIso(ctx) })),
  );
  return securitySettings(ctx);
}
