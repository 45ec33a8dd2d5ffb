// Users, roles, sign-in, the lock, hand-off and emergency access — enforced by the core, on a real
// database file, whatever a screen shows.
import { afterEach, describe, expect, it } from 'vitest';
import { ACCESS } from '../../shared/domain/permissions';
import { METHODS, type Method } from '../../shared/methods';
import type { AuthState, CreatedUser, Role, UserAccount } from '../../shared/schemas/auth';
import { cleanupTestCores, count, expectOk, openTestCore, snapshot, type TestCore } from '../helpers/core';

afterEach(cleanupTestCores);

const PASS = '2468';
const clinicSetup = (access: { mode: 'passcode'; passcode: string } | { mode: 'none' }) => ({
  clinic: { name: 'Calm Hands', timeZone: 'America/New_York' },
  practitioner: { firstName: 'Olive', lastName: 'Owner' },
  access,
});
const ROOM = '01JD000000000000000000R00M';

interface Clinic {
  core: TestCore;
  ownerId: string;
  ownerPractitioner: string;
  recoveryCode: string | null;
  clientId: string;
}

async function clinic(mode: 'passcode' | 'none' = 'passcode', dataDir?: string): Promise<Clinic> {
  const core = await openTestCore(dataDir ? { dataDir } : {});
  const setup = expectOk<{ recoveryCode: string | null }>(
    core.invoke('clinic/setup', clinicSetup(mode === 'passcode' ? { mode, passcode: PASS } : { mode })),
  );
  const owner = expectOk<UserAccount[]>(core.invoke('users/list', {}))[0]!;
  const clientId = expectOk<{ id: string }>(core.invoke('clients/create', { legalFirstName: 'Cara', legalLastName: 'Client' })).id;
  return { core, ownerId: owner.id, ownerPractitioner: owner.practitionerId!, recoveryCode: setup.recoveryCode, clientId };
}

const state = (core: TestCore) => expectOk<AuthState>(core.invoke('auth/state', {}));
const errorOf = (envelope: unknown) => (envelope as { ok: false; error: { code: string; message: string; fields?: Record<string, string> } }).error;

/** A second practitioner, and a user with `role` (signs in as them when asked). */
function addUser(c: Clinic, role: Role, name: string, passcode: string, withPractitioner = role === 'therapist'): string {
  const practitionerId = withPractitioner
    ? expectOk<{ id: string }>(c.core.invoke('practitioners/create', { firstName: name.split(' ')[0], lastName: name.split(' ')[1] ?? 'X' })).id
    : null;
  return expectOk<CreatedUser>(c.core.invoke('users/create', { name, role, practitionerId, passcode })).user.id;
}

describe('first-run set-up', () => {
  it('with a passcode: the owner is signed in, sign-in is required, and a recovery code is handed back once', async () => {
    const c = await clinic('passcode');
    expect(c.recoveryCode).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){4}$/);
    expect(state(c.core)).toMatchObject({ signInRequired: true, lockMinutes: 5, locked: false, user: { id: c.ownerId, role: 'owner', name: 'Olive Owner' } });
    const stored = c.core.sqlite.prepare('SELECT passcode_hash, recovery_hash FROM users').get() as { passcode_hash: string; recovery_hash: string };
    // Only hashes are stored: never the passcode or the code themselves.
    expect(stored.passcode_hash).toMatch(/^scrypt\$/);
    expect(JSON.stringify(stored)).not.toContain(PASS);
    expect(JSON.stringify(stored)).not.toContain(c.recoveryCode!);
  });

  it('"no sign-in" is explicit: the owner is always at the keyboard and locking does nothing', async () => {
    const c = await clinic('none');
    expect(c.recoveryCode).toBeNull();
    expectOk(c.core.invoke('auth/lock', {}));
    expect(state(c.core)).toMatchObject({ signInRequired: false, locked: false, user: { id: c.ownerId } });
    expect(expectOk(c.core.invoke('auth/users', {}))).toEqual([]);
    expectOk(c.core.invoke('clients/get', { id: c.clientId }));
  });

  it('refuses a set-up without a choice, or with a passcode too short, writing nothing', async () => {
    const core = await openTestCore();
    const before = snapshot(core.sqlite);
    const { access: _a, ...noChoice } = clinicSetup({ mode: 'none' });
    expect(errorOf(core.invoke('clinic/setup', noChoice))).toMatchObject({ code: 'invalid_input', fields: { access: expect.any(String) } });
    expect(errorOf(core.invoke('clinic/setup', clinicSetup({ mode: 'passcode', passcode: '12' })))).toMatchObject({
      fields: { 'access.passcode': 'Use at least 4 characters' },
    });
    expect(snapshot(core.sqlite)).toEqual(before);
  });
});

describe('the lock', () => {
  it('locking hides every record until the passcode; a wrong one is refused in words and counted', async () => {
    const c = await clinic();
    expectOk(c.core.invoke('auth/lock', {}));
    expect(state(c.core)).toMatchObject({ locked: true, user: { id: c.ownerId } });
    expect(errorOf(c.core.invoke('clients/get', { id: c.clientId }))).toMatchObject({ code: 'locked', message: 'Palpate is locked. Sign in to continue.' });
    expect(errorOf(c.core.invoke('clients/search', { query: 'Cara' })).code).toBe('locked');

    const wrong = errorOf(c.core.invoke('auth/signIn', { userId: c.ownerId, passcode: '0000' }));
    expect(wrong).toMatchObject({ code: 'forbidden', message: 'That passcode is not right. 4 more tries before a short wait.' });
    expect(state(c.core).locked).toBe(true);
    expect(expectOk<AuthState>(c.core.invoke('auth/signIn', { userId: c.ownerId, passcode: PASS }))).toMatchObject({ locked: false });
    expectOk(c.core.invoke('clients/get', { id: c.clientId }));
    const actions = c.core.sqlite.prepare(`SELECT action FROM audit_log WHERE entity = 'user' ORDER BY seq`).pluck().all();
    expect(actions).toEqual(['sign_in_failed', 'sign_in']);
  });

  it('every method but the public ones answers "locked" while locked, and nothing is written', async () => {
    const c = await clinic();
    expectOk(c.core.invoke('auth/lock', {}));
    const before = snapshot(c.core.sqlite);
    const gated = METHODS.filter((m) => ACCESS[m] !== 'public' && ACCESS[m] !== 'system');
    expect(gated.length).toBeGreaterThan(100);
    for (const method of gated) {
      const answer = await c.core.withShell({})(method, {});
      expect(errorOf(answer).code, method).toBe('locked');
    }
    expect(snapshot(c.core.sqlite)).toEqual(before);
  });

  it('locks itself after the idle minutes, counted by the core’s own clock', async () => {
    const c = await clinic();
    expectOk(c.core.invoke('security/saveSettings', { signInRequired: true, lockMinutes: 3 }));
    c.core.clock.advance(2 * 60_000);
    expectOk(c.core.invoke('clients/get', { id: c.clientId }));
    c.core.clock.advance(2 * 60_000 + 59_000);
    expectOk(c.core.invoke('clients/list', {}));
    c.core.clock.advance(3 * 60_000);
    expect(errorOf(c.core.invoke('clients/list', {})).code).toBe('locked');
    expect(state(c.core).locked).toBe(true);
  });

  it('waits after five wrong passcodes, doubling, and the wait survives a restart', async () => {
    const c = await clinic();
    expectOk(c.core.invoke('auth/signOut', {}));
    for (let i = 0; i < 4; i++) expect(errorOf(c.core.invoke('auth/signIn', { userId: c.ownerId, passcode: 'nope' })).code).toBe('forbidden');
    expect(errorOf(c.core.invoke('auth/signIn', { userId: c.ownerId, passcode: 'nope' })).message).toBe(
      'That passcode is not right. Too many tries: wait 30 seconds before the next one.',
    );
    // Even the right passcode is not checked during the wait.
    expect(errorOf(c.core.invoke('auth/signIn', { userId: c.ownerId, passcode: PASS })).message).toBe('Too many wrong passcodes. Try again in 30 seconds.');

    const dataDir = c.core.ctx.dataDir;
    c.core.close();
    const again = await openTestCore({ dataDir });
    expect(state(again)).toMatchObject({ signInRequired: true, user: null });
    expect(errorOf(again.invoke('auth/signIn', { userId: c.ownerId, passcode: PASS })).message).toMatch(/Try again in 30 seconds/);
    again.clock.advance(31_000);
    expect(errorOf(again.invoke('auth/signIn', { userId: c.ownerId, passcode: 'nope' })).message).toMatch(/wait 60 seconds/);
    again.clock.advance(61_000);
    expect(expectOk<AuthState>(again.invoke('auth/signIn', { userId: c.ownerId, passcode: PASS })).user?.id).toBe(c.ownerId);
    expect(again.sqlite.prepare('SELECT failed_attempts, locked_until FROM users WHERE id = ?').get(c.ownerId)).toEqual({ failed_attempts: 0, locked_until: null });
  });

  it('a restart signs everyone out when sign-in is required; the picker lists who can sign in', async () => {
    const c = await clinic();
    addUser(c, 'front_desk', 'Fran Desk', '1357');
    const dataDir = c.core.ctx.dataDir;
    c.core.close();
    const again = await openTestCore({ dataDir });
    expect(state(again).user).toBeNull();
    expect(errorOf(again.invoke('clients/list', {})).code).toBe('locked');
    expect(expectOk<{ name: string; role: string }[]>(again.invoke('auth/users', {})).map((u) => [u.name, u.role])).toEqual([
      ['Fran Desk', 'front_desk'],
      ['Olive Owner', 'owner'],
    ]);
  });
});

describe('roles, checked in the core', () => {
  it('front desk: schedule and billing, demographics and alerts — never a clinical note', async () => {
    const c = await clinic();
    const sessionId = expectOk<{ id: string }>(c.core.invoke('sessions/start', { clientId: c.clientId, practitionerId: c.ownerPractitioner, sessionDate: '2026-11-27' })).id;
    const deskId = addUser(c, 'front_desk', 'Fran Desk', '1357');
    expectOk(c.core.invoke('auth/signIn', { userId: deskId, passcode: '1357' }));
    expect(state(c.core).user).toMatchObject({ id: deskId, role: 'front_desk' });

    const before = snapshot(c.core.sqlite);
    const note = errorOf(c.core.invoke('sessions/get', { id: sessionId }));
    expect(note).toMatchObject({ code: 'forbidden', message: 'Front desk accounts cannot open session notes. Ask the clinic owner if you need this.' });
    expect(errorOf(c.core.invoke('intakes/list', { clientId: c.clientId })).code).toBe('forbidden');
    expect(errorOf(c.core.invoke('sessions/saveDraft', { id: sessionId, subjective: 'x' })).code).toBe('forbidden');
    expect(errorOf(c.core.invoke('documents/render', { kind: 'session-note', id: sessionId })).message).toMatch(/cannot print this document/);
    expect(errorOf(c.core.invoke('audit/list', {})).code).toBe('forbidden');
    expect(snapshot(c.core.sqlite)).toEqual(before);

    expect(expectOk<{ name: string }>(c.core.invoke('clients/header', { id: c.clientId }))).toBeTruthy();
    expectOk(c.core.invoke('invoices/list', {}));
    expectOk(c.core.invoke('appointments/book', { clientId: c.clientId, practitionerId: c.ownerPractitioner, roomId: ROOM, start: '2026-12-02T17:00:00.000Z', lengthMinutes: 60 }));
  });

  it('every method outside a role’s list is refused for that role, before its input is even read', async () => {
    const c = await clinic();
    const users: Record<Role, string> = {
      owner: c.ownerId,
      therapist: addUser(c, 'therapist', 'Theo Rapist', '1111'),
      front_desk: addUser(c, 'front_desk', 'Fran Desk', '2222'),
    };
    const passcodes: Record<Role, string> = { owner: PASS, therapist: '1111', front_desk: '2222' };
    for (const role of ['therapist', 'front_desk'] as Role[]) {
      expectOk(c.core.invoke('auth/signIn', { userId: users[role], passcode: passcodes[role] }));
      const before = snapshot(c.core.sqlite);
      const refused = METHODS.filter((m): m is Method => Array.isArray(ACCESS[m]) && !(ACCESS[m] as Role[]).includes(role));
      expect(refused.length).toBeGreaterThan(10);
      for (const method of refused) expect(errorOf(await c.core.withShell({})(method, {})).code, `${role} ${method}`).toBe('forbidden');
      expect(snapshot(c.core.sqlite)).toEqual(before);
    }
  });

  it('therapists: their own schedule only, no voiding, no settings', async () => {
    const c = await clinic();
    const therapistId = addUser(c, 'therapist', 'Theo Rapist', '1111');
    const theirs = expectOk<UserAccount[]>(c.core.invoke('users/list', {})).find((u) => u.id === therapistId)!.practitionerId!;
    const ownersAppointment = expectOk<{ id: string }>(
      c.core.invoke('appointments/book', { clientId: c.clientId, practitionerId: c.ownerPractitioner, roomId: ROOM, start: '2026-12-02T15:00:00.000Z', lengthMinutes: 60 }),
    ).id;
    expectOk(c.core.invoke('auth/signIn', { userId: therapistId, passcode: '1111' }));

    const book = (practitionerId: string, start: string) =>
      c.core.invoke('appointments/book', { clientId: c.clientId, practitionerId, roomId: ROOM, start, lengthMinutes: 60 });
    expect(errorOf(book(c.ownerPractitioner, '2026-12-02T17:00:00.000Z')).message).toMatch(/only their own appointments/);
    const mine = expectOk<{ id: string }>(book(theirs, '2026-12-02T17:00:00.000Z')).id;
    expectOk(c.core.invoke('appointments/setStatus', { id: mine, status: 'arrived' }));
    expect(errorOf(c.core.invoke('appointments/setStatus', { id: ownersAppointment, status: 'arrived' })).code).toBe('forbidden');
    expect(errorOf(c.core.invoke('appointments/move', { id: mine, start: '2026-12-03T17:00:00.000Z', lengthMinutes: 60, practitionerId: c.ownerPractitioner })).code).toBe(
      'forbidden',
    );
    expect(errorOf(c.core.invoke('invoices/void', { id: mine, reason: 'x' })).code).toBe('forbidden');
    expect(errorOf(c.core.invoke('clinic/update', { name: 'Mine now', timeZone: 'UTC' })).code).toBe('forbidden');
    expect(errorOf(c.core.invoke('users/setPasscode', { id: c.ownerId, passcode: '9999' })).message).toMatch(/Only the clinic owner/);
    // Clinical work is theirs.
    expectOk(c.core.invoke('sessions/start', { clientId: c.clientId, practitionerId: theirs, sessionDate: '2026-11-27' }));
    // Their own passcode, with the current one.
    expect(errorOf(c.core.invoke('users/setPasscode', { id: therapistId, passcode: '4444' })).fields).toEqual({ currentPasscode: 'Enter your current passcode' });
    expectOk(c.core.invoke('users/setPasscode', { id: therapistId, passcode: '4444', currentPasscode: '1111' }));
  });

  it('keeps one active owner, and a therapist must chart as a practitioner', async () => {
    const c = await clinic();
    expect(errorOf(c.core.invoke('users/update', { id: c.ownerId, name: 'Olive Owner', role: 'therapist', practitionerId: c.ownerPractitioner, active: true })).message).toMatch(
      /at least one active owner/,
    );
    expect(errorOf(c.core.invoke('users/create', { name: 'No Chart', role: 'therapist', passcode: '1234' })).fields).toEqual({
      practitionerId: 'A therapist charts as a practitioner: choose one',
    });
    expect(errorOf(c.core.invoke('users/create', { name: 'Twin', role: 'therapist', practitionerId: c.ownerPractitioner, passcode: '1234' })).code).toBe('conflict');
  });
});

describe('hand to client', () => {
  it('only that client’s intake answers until the passcode takes the computer back', async () => {
    const c = await clinic();
    const other = expectOk<{ id: string }>(c.core.invoke('clients/create', { legalFirstName: 'Otto', legalLastName: 'Other' })).id;
    expectOk(c.core.invoke('auth/handOff', { clientId: c.clientId }));
    expect(state(c.core).handOff).toEqual({ clientId: c.clientId });

    const intake = expectOk<{ id: string }>(c.core.invoke('intakes/saveDraft', { clientId: c.clientId, answers: { reasonForVisit: 'Neck' } }));
    expectOk(c.core.invoke('intakes/get', { id: intake.id }));
    expect(errorOf(c.core.invoke('intakes/saveDraft', { clientId: other, answers: { reasonForVisit: 'x' } })).code).toBe('forbidden');
    expect(errorOf(c.core.invoke('clients/get', { id: other })).code).toBe('forbidden');
    expect(errorOf(c.core.invoke('clients/search', { query: 'O' })).code).toBe('locked');
    expect(errorOf(c.core.invoke('sessions/list', { clientId: c.clientId })).code).toBe('locked');

    expect(errorOf(c.core.invoke('auth/endHandOff', {})).fields).toEqual({ passcode: 'Enter your passcode' });
    expect(errorOf(c.core.invoke('auth/endHandOff', { passcode: '0000' })).code).toBe('forbidden');
    expect(expectOk<AuthState>(c.core.invoke('auth/endHandOff', { passcode: PASS })).handOff).toBeNull();
    expectOk(c.core.invoke('clients/search', { query: 'O' }));
  });

  it('with no sign-in, taking the computer back needs no passcode', async () => {
    const c = await clinic('none');
    expectOk(c.core.invoke('auth/handOff', { clientId: c.clientId }));
    expect(errorOf(c.core.invoke('clients/list', {})).code).toBe('locked');
    expect(expectOk<AuthState>(c.core.invoke('auth/endHandOff', {})).handOff).toBeNull();
  });
});

describe('emergency access', () => {
  it('the owner’s recovery code and a reason open the clinic, logged, and ask for a new passcode', async () => {
    const c = await clinic();
    expectOk(c.core.invoke('auth/signOut', {}));
    const wrong = errorOf(c.core.invoke('auth/emergency', { recoveryCode: 'AAAA-BBBB-CCCC-DDDD-EEEE', reason: 'Forgot it' }));
    expect(wrong).toMatchObject({ code: 'forbidden', fields: { recoveryCode: 'That recovery code is not right' } });
    expect(state(c.core).user).toBeNull();

    // Typed loosely: lower case, spaces instead of dashes.
    const typed = c.recoveryCode!.toLowerCase().replace(/-/g, ' ');
    expect(expectOk<AuthState>(c.core.invoke('auth/emergency', { recoveryCode: typed, reason: 'Forgot my passcode after the holidays' }))).toMatchObject({
      emergency: true,
      user: { id: c.ownerId, role: 'owner' },
    });
    const logged = c.core.sqlite.prepare(`SELECT actor, detail FROM audit_log WHERE action = 'emergency_access'`).get() as { actor: string; detail: string };
    expect(logged.actor).toBe(c.ownerId);
    expect(JSON.parse(logged.detail)).toEqual({ reason: 'Forgot my passcode after the holidays' });

    expectOk(c.core.invoke('users/setPasscode', { id: c.ownerId, passcode: '8642' }));
    expect(state(c.core).emergency).toBe(false);
    expectOk(c.core.invoke('auth/lock', {}));
    expectOk(c.core.invoke('auth/signIn', { userId: c.ownerId, passcode: '8642' }));
  });
});

describe('turning sign-in on later', () => {
  it('needs the owner’s own passcode first, then applies from the next start', async () => {
    const c = await clinic('none');
    const before = count(c.core.sqlite, 'users');
    expect(errorOf(c.core.invoke('security/saveSettings', { signInRequired: true, lockMinutes: 5 }))).toMatchObject({ code: 'conflict' });
    expectOk(c.core.invoke('users/setPasscode', { id: c.ownerId, passcode: '5555' }));
    expectOk(c.core.invoke('security/saveSettings', { signInRequired: true, lockMinutes: 10 }));
    expect(state(c.core)).toMatchObject({ signInRequired: true, lockMinutes: 10, user: { id: c.ownerId } });
    expect(count(c.core.sqlite, 'users')).toBe(before);
    const dataDir = c.core.ctx.dataDir;
    c.core.close();
    const again = await openTestCore({ dataDir });
    expect(state(again).user).toBeNull();
    expectOk(again.invoke('auth/signIn', { userId: c.ownerId, passcode: '5555' }));
  });

  it('a clinic from before users existed gets its owner from the first practitioner, with no sign-in', async () => {
    const c = await clinic('none');
    const dataDir = c.core.ctx.dataDir;
    // As an older Palpate left it: no users at all.
    c.core.sqlite.exec('DELETE FROM users');
    c.core.close();
    const again = await openTestCore({ dataDir });
    expect(state(again)).toMatchObject({ signInRequired: false, user: { name: 'Olive Owner', role: 'owner' } });
    expectOk(again.invoke('clients/get', { id: c.clientId }));
  });
});
