// Users, roles, sign-in and the lock, on screen: a passcode chosen at first run with its recovery
// code; the Lock button, Ctrl+L and the idle timer hiding every record; a wrong passcode; the
// front desk kept out of clinical notes and therapists out of billing; hand-off needing the
// passcode back; emergency access with the recovery code. The harness has one core session, so
// harness.invoke acts as whoever is signed in in the page.
import type { Locator, Page } from '@playwright/test';
import { join } from 'node:path';
import { expect, SETUP, snapshot, test, type HarnessProcess } from './fixtures';

const PASSCODE = '2468';
const MEDICARE = '01JD0000000000000000PAYER2';

async function ok<T = any>(harness: HarnessProcess, method: string, input: unknown): Promise<T> {
  const result = await harness.invoke(method, input);
  if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

/** Set-up with the owner's passcode (Maya Okafor is signed in afterwards); returns the recovery code. */
async function setUpWithPasscode(harness: HarnessProcess): Promise<string> {
  const status = await ok(harness, 'clinic/setup', { ...SETUP, access: { mode: 'passcode', passcode: PASSCODE } });
  return status.recoveryCode as string;
}

async function createClient(harness: HarnessProcess): Promise<string> {
  const client = await ok(harness, 'clients/create', { legalFirstName: 'Eleanor', legalLastName: 'Vance', dateOfBirth: '1961-06-02' });
  return client.id as string;
}

/** A screenshot of what is on screen (a dialog, a card), where a full-page one of Settings is too tall to read. */
async function shot(target: Page | Locator, name: string): Promise<void> {
  await target.screenshot({ path: join(__dirname, '../../test-results/screens', `${name}.png`) });
}

const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' });
const lockHeading = (page: Page) => page.getByRole('heading', { level: 1, name: 'Palpate is locked' });

test('first run with a passcode shows the recovery code once; Lock and unlock keep the screen', async ({ page, harness }) => {
  await page.goto('/');
  await page.getByLabel('Clinic name').fill('Riverside Medical Massage');
  await page.getByLabel('First name').fill('Maya');
  await page.getByLabel('Last name').fill('Okafor');
  // "Set a passcode" is the default; an empty or mistyped one is caught beside its field.
  await expect(page.getByRole('radio', { name: 'Set a passcode' })).toBeChecked();
  await page.getByRole('button', { name: 'Set up clinic' }).click();
  await expect(page.getByLabel('Passcode', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Choose a passcode')).toBeVisible();
  await page.getByLabel('Passcode', { exact: true }).fill('2468');
  await page.getByLabel('Confirm passcode').fill('2486');
  await page.getByRole('button', { name: 'Set up clinic' }).click();
  await expect(page.getByText('The two passcodes are not the same')).toBeVisible();
  expect((await harness.invoke('app/status', {})).value.needsSetup).toBe(true);
  await snapshot(page, 'auth-setup-passcode');

  await page.getByLabel('Confirm passcode').fill('2468');
  await page.getByRole('button', { name: 'Set up clinic' }).click();
  // The recovery code, once, before the app opens.
  const code = page.getByLabel('Recovery code', { exact: true });
  await expect(code).toBeVisible();
  expect((await code.textContent())!.trim().length).toBeGreaterThan(8);
  await expect(page.getByRole('button', { name: 'Print' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Copy' })).toBeVisible();
  await expect(nav(page)).toHaveCount(0);
  await snapshot(page, 'auth-recovery-code');
  await page.getByRole('button', { name: 'I have stored it' }).click();
  await expect(nav(page)).toBeVisible();

  // Who is signed in, and the Lock button, at the bottom of the sidebar.
  const sidebar = page.getByRole('complementary').filter({ has: nav(page) });
  await expect(sidebar).toContainText('Maya Okafor');
  await expect(sidebar).toContainText('Owner');
  await createClient(harness);
  await page.goto('/#/clients');
  await expect(page.getByRole('link', { name: /Vance, Eleanor|Eleanor Vance/ })).toBeVisible();
  await snapshot(page, 'auth-sidebar-user');

  await sidebar.getByRole('button', { name: /^Lock/ }).click();
  await expect(lockHeading(page)).toBeVisible();
  await expect(nav(page)).toHaveCount(0);
  await expect(page.getByText('Eleanor')).toHaveCount(0);
  expect((await harness.invoke('auth/state', {})).value).toMatchObject({ locked: true, user: { name: 'Maya Okafor' } });
  // The core refuses records while locked, whoever asks.
  expect((await harness.invoke('clients/list', {})).error.code).toBe('locked');
  await snapshot(page, 'auth-locked');

  // A wrong passcode is said beside the field; Enter submits.
  await page.getByLabel('Passcode').fill('1111');
  await page.keyboard.press('Enter');
  await expect(page.getByText(/That passcode is not right/)).toBeVisible();
  await expect(page.getByLabel('Passcode')).toHaveAttribute('aria-invalid', 'true');
  await expect(lockHeading(page)).toBeVisible();
  await snapshot(page, 'auth-wrong-passcode');
  await page.getByLabel('Passcode').fill(PASSCODE);
  await page.keyboard.press('Enter');
  // Back where the owner was.
  await expect(page.getByRole('heading', { level: 1, name: 'Clients' })).toBeVisible();
  await expect(page).toHaveURL(/#\/clients$/);

  // Ctrl+L locks from anywhere.
  await page.keyboard.press('Control+l');
  await expect(lockHeading(page)).toBeVisible();
  await page.getByLabel('Passcode').fill(PASSCODE);
  await page.keyboard.press('Enter');
  await expect(nav(page)).toBeVisible();
});

test('no sign-in at first run: no lock screen, no Lock button, Ctrl+L does nothing', async ({ page, harness }) => {
  await page.goto('/');
  await page.getByLabel('Clinic name').fill('Riverside Medical Massage');
  await page.getByLabel('First name').fill('Maya');
  await page.getByLabel('Last name').fill('Okafor');
  await page.getByRole('radio', { name: /No sign-in/ }).check();
  await expect(page.getByLabel('Passcode', { exact: true })).toHaveCount(0);
  await page.getByRole('button', { name: 'Set up clinic' }).click();
  await expect(nav(page)).toBeVisible();
  await expect(page.getByLabel('Recovery code', { exact: true })).toHaveCount(0);
  expect((await harness.invoke('auth/state', {})).value).toMatchObject({ signInRequired: false, user: { role: 'owner' }, locked: false });
  await expect(page.getByRole('button', { name: /^Lock/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Switch user' })).toHaveCount(0);
  await page.keyboard.press('Control+l');
  await expect(lockHeading(page)).toHaveCount(0);
  await expect(nav(page)).toBeVisible();
});

test('after the idle minutes Palpate locks itself and hides client names; unlocking returns to the chart', async ({ page, harness }) => {
  await setUpWithPasscode(harness);
  const clientId = await createClient(harness);
  await page.clock.install();
  await page.goto(`/#/clients/${clientId}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Eleanor Vance' })).toBeVisible();

  // Four minutes idle: still open. Past five (the default): locked, the name gone from the page.
  await page.clock.fastForward('04:00');
  await expect(page.getByRole('heading', { level: 1, name: 'Eleanor Vance' })).toBeVisible();
  await page.clock.fastForward('01:05');
  await expect(lockHeading(page)).toBeVisible();
  await expect(page.getByText('Eleanor Vance')).toHaveCount(0);
  await expect(page.getByText('Vance')).toHaveCount(0);
  expect((await harness.invoke('auth/state', {})).value.locked).toBe(true);
  await snapshot(page, 'auth-idle-locked');

  await page.getByLabel('Passcode').fill(PASSCODE);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Eleanor Vance' })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`#/clients/${clientId}$`));
});

test('locking straight after typing keeps the note: the draft is saved before the lock', async ({ page, harness }) => {
  await setUpWithPasscode(harness);
  const clientId = await createClient(harness);
  const [practitioner] = await ok(harness, 'practitioners/list', {});
  const session = await ok(harness, 'sessions/start', { clientId, practitionerId: practitioner.id, sessionDate: '2026-11-05', startTime: '10:00', from: 'blank' });
  await page.goto(`/#/clients/${clientId}/sessions/${session.id}`);
  const subjective = page.getByRole('textbox', { name: 'Subjective' });
  await subjective.fill('Low back ache since Saturday.');
  // Within the autosave's debounce: nothing has been saved yet when Ctrl+L is pressed.
  await page.keyboard.press('Control+l');
  await expect(lockHeading(page)).toBeVisible();
  await expect(subjective).toHaveCount(0);
  expect((await harness.invoke('auth/state', {})).value.locked).toBe(true);
  await page.getByLabel('Passcode').fill(PASSCODE);
  await page.keyboard.press('Enter');
  await expect(subjective).toHaveValue('Low back ache since Saturday.');
  expect((await ok(harness, 'sessions/get', { id: session.id })).subjective).toBe('Low back ache since Saturday.');
});

test('a call answered "locked" brings up the lock screen (the core locked on its own)', async ({ page, harness }) => {
  await setUpWithPasscode(harness);
  await createClient(harness);
  await page.goto('/#/');
  await expect(nav(page)).toBeVisible();
  // The core locks (as it does itself after the idle minutes); the next screen's call finds it locked.
  await ok(harness, 'auth/lock', {});
  // The page's next call finds it locked: the click's, or a background refresh that may come first
  // (then the lock screen is already up and there is nothing to click).
  await nav(page)
    .getByRole('link', { name: 'Clients' })
    .click({ timeout: 2_000 })
    .catch(() => undefined);
  await expect(lockHeading(page)).toBeVisible();
  await expect(page.getByText('Eleanor')).toHaveCount(0);
  await page.getByLabel('Passcode').fill(PASSCODE);
  await page.keyboard.press('Enter');
  await nav(page).getByRole('link', { name: 'Clients' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Clients' })).toBeVisible();
  await expect(page.getByText('Eleanor')).not.toHaveCount(0);
});

test('the front desk, added by the owner in Settings, sees no Sessions tab and no session note', async ({ page, harness }) => {
  await setUpWithPasscode(harness);
  const clientId = await createClient(harness);
  const [practitioner] = await ok(harness, 'practitioners/list', {});
  const session = await ok(harness, 'sessions/start', { clientId, practitionerId: practitioner.id, sessionDate: '2026-11-05', startTime: '10:00', from: 'blank' });
  await ok(harness, 'sessions/saveDraft', { id: session.id, practitionerId: practitioner.id, sessionDate: '2026-11-05', subjective: 'Sharp pain since the fall.' });

  // The owner adds Jordan at the front desk.
  await page.goto('/#/settings');
  const users = page.getByRole('region', { name: 'Users' });
  await expect(users.getByRole('row', { name: /Maya Okafor/ })).toContainText('Owner');
  await users.getByRole('button', { name: 'Add user' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add user' });
  await dialog.getByRole('button', { name: 'Add user' }).click();
  await expect(dialog.getByText('Name is required')).toBeVisible();
  await dialog.getByLabel('Name').fill('Jordan Lee');
  await dialog.getByRole('radio', { name: /Front desk/ }).check();
  await expect(dialog.getByLabel('Practitioner')).toHaveCount(0);
  await dialog.getByLabel('Passcode', { exact: true }).fill('1357');
  await dialog.getByLabel('Confirm passcode').fill('1357');
  await shot(page, 'auth-add-user');
  await dialog.getByRole('button', { name: 'Add user' }).click();
  await expect(dialog).toBeHidden();
  await expect(users.getByRole('row', { name: /Jordan Lee/ })).toContainText('Front desk');
  await shot(users, 'auth-settings-users');

  // Switch user: the names, then Jordan's passcode.
  await page.getByRole('button', { name: 'Switch user' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Who is signing in?' })).toBeVisible();
  await expect(nav(page)).toHaveCount(0);
  await snapshot(page, 'auth-pick-user');
  await page.getByRole('button', { name: /Jordan Lee/ }).click();
  await page.getByLabel('Passcode').fill('1357');
  await page.keyboard.press('Enter');
  await expect(nav(page)).toBeVisible();
  await expect(page.getByRole('complementary').filter({ has: nav(page) })).toContainText('Front desk');
  await expect(nav(page).getByRole('link', { name: 'Billing' })).toBeVisible();
  // Today: the appointments, without the clinical "Overdue notes" (and no refused call's error).
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Referrals running out' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Overdue notes' })).toHaveCount(0);
  await expect(page.getByRole('alert')).toHaveCount(0);

  // The chart: demographics and alerts, and why the clinical tabs are missing.
  await page.goto(`/#/clients/${clientId}`);
  const tabs = page.getByRole('navigation', { name: 'Client chart' });
  await expect(tabs.getByRole('link', { name: 'Overview' })).toBeVisible();
  await expect(tabs.getByRole('link', { name: 'Sessions' })).toHaveCount(0);
  await expect(tabs.getByRole('link', { name: 'Intake' })).toHaveCount(0);
  await expect(tabs.getByRole('link', { name: 'Progress' })).toHaveCount(0);
  await expect(tabs).toContainText('clinical records');
  await snapshot(page, 'auth-front-desk-chart');

  // A link straight to the note says "not allowed", and shows nothing of it.
  await page.goto(`/#/clients/${clientId}/sessions/${session.id}`);
  await expect(page.getByText('Not allowed with your sign-in')).toBeVisible();
  await expect(page.getByText('Sharp pain since the fall.')).toHaveCount(0);
  await expect(page.getByLabel('Subjective')).toHaveCount(0);
  expect((await harness.invoke('sessions/get', { id: session.id })).error.code).toBe('forbidden');
  await snapshot(page, 'auth-front-desk-not-allowed');

  // Settings: only their own passcode.
  await nav(page).getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Change my passcode' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Users' })).toHaveCount(0);
  await expect(page.getByLabel('Clinic name')).toHaveCount(0);
});

test('a therapist sees no billing and no Void button; the owner does', async ({ page, harness }) => {
  await setUpWithPasscode(harness);
  const clientId = await createClient(harness);
  const [practitioner] = await ok(harness, 'practitioners/list', {});
  const started = await ok(harness, 'sessions/start', { clientId, practitionerId: practitioner.id, sessionDate: '2026-11-05', startTime: '10:00', from: 'blank' });
  const signed = await ok(harness, 'sessions/sign', {
    id: started.id,
    signedBy: practitioner.id,
    practitionerId: practitioner.id,
    sessionDate: '2026-11-05',
    startTime: '10:00',
    subjective: 'Neck pain.',
    referralId: null,
    modalities: [{ modality: 'swedish', minutes: 38, cptCode: '97124' }],
  });
  const draft = await ok(harness, 'invoices/fromSessions', { clientId, payerId: MEDICARE, sessionIds: [signed.id] });
  const invoice = await ok(harness, 'invoices/issue', { id: draft.id });
  const sam = await ok(harness, 'practitioners/create', { firstName: 'Sam', lastName: 'Rivera', credentials: 'LMT' });
  await ok(harness, 'users/create', { name: 'Sam Rivera', role: 'therapist', practitionerId: sam.id, passcode: '9753' });

  // The owner has the Void button.
  await page.goto(`/#/billing/invoices/${invoice.id}`);
  await expect(page.getByRole('button', { name: 'Void invoice' })).toBeVisible();

  await page.getByRole('button', { name: 'Switch user' }).click();
  await page.getByRole('button', { name: /Sam Rivera/ }).click();
  await page.getByLabel('Passcode').fill('9753');
  await page.keyboard.press('Enter');
  await expect(nav(page)).toBeVisible();
  await expect(nav(page).getByRole('link', { name: 'Billing' })).toHaveCount(0);
  await expect(nav(page).getByRole('link', { name: 'Reports' })).toHaveCount(0);
  await expect(nav(page).getByRole('link', { name: 'Settings' })).toBeVisible();

  await page.goto(`/#/billing/invoices/${invoice.id}`);
  await expect(page.getByText('Not allowed with your sign-in')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Void invoice' })).toHaveCount(0);
  await snapshot(page, 'auth-therapist-invoice');
  await page.goto(`/#/clients/${clientId}`);
  const tabs = page.getByRole('navigation', { name: 'Client chart' });
  await expect(tabs.getByRole('link', { name: 'Sessions' })).toBeVisible();
  await expect(tabs.getByRole('link', { name: 'Billing' })).toHaveCount(0);

  // The schedule: they book only for themselves (the core refuses the rest anyway).
  await nav(page).getByRole('link', { name: 'Schedule' }).click();
  await page.getByRole('button', { name: 'New appointment' }).click();
  const booking = page.getByRole('dialog', { name: 'Book an appointment' });
  await expect(booking.getByLabel('Practitioner')).toHaveValue(sam.id);
  await expect(booking.getByLabel('Practitioner').locator('option')).toHaveText(['Sam Rivera']);
  await booking.getByRole('button', { name: 'Cancel' }).click();

  // Their own passcode: the current one first.
  await nav(page).getByRole('link', { name: 'Settings' }).click();
  await page.getByLabel('Current passcode').fill('0000');
  await page.getByLabel('New passcode', { exact: true }).fill('8642');
  await page.getByLabel('Confirm new passcode').fill('8642');
  await page.getByRole('button', { name: 'Change passcode' }).click();
  await expect(page.getByLabel('Current passcode')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText(/That passcode is not right/)).toBeVisible();
  await page.getByLabel('Current passcode').fill('9753');
  await page.getByRole('button', { name: 'Change passcode' }).click();
  await expect(page.getByText('Your new passcode is saved')).toBeVisible();
  await shot(page, 'auth-therapist-settings');
  await page.keyboard.press('Control+l');
  await page.getByLabel('Passcode').fill('8642');
  await page.keyboard.press('Enter');
  await expect(nav(page)).toBeVisible();
});

test('hand to client: the client sees only the form, and returning needs the passcode', async ({ page, harness }) => {
  await setUpWithPasscode(harness);
  const clientId = await createClient(harness);
  await page.goto(`/#/clients/${clientId}/intake`);
  await page.getByRole('button', { name: 'New intake' }).click();
  await page.getByLabel('Reason for visit').fill('Neck stiffness since Monday');
  await expect(page.getByText(/^Draft saved \d\d:\d\d:\d\d$/)).toBeVisible();
  await page.getByRole('button', { name: 'Hand to client' }).click();
  await expect(page.getByRole('heading', { name: 'Health history for Eleanor Vance' })).toBeVisible();
  await expect(nav(page)).toHaveCount(0);
  expect((await harness.invoke('auth/state', {})).value.handOff).toEqual({ clientId });
  // The core answers only this client's form.
  expect((await harness.invoke('clients/list', {})).error.code).toBe('locked');

  await page.getByRole('button', { name: 'Return to therapist' }).click();
  const dialog = page.getByRole('dialog', { name: 'Return to therapist?' });
  await expect(dialog.getByLabel('Passcode')).toBeFocused();
  await dialog.getByRole('button', { name: 'Return to therapist' }).click();
  await expect(dialog.getByText('Enter your passcode')).toBeVisible();
  await dialog.getByLabel('Passcode').fill('1111');
  await page.keyboard.press('Enter');
  await expect(dialog.getByText(/That passcode is not right/)).toBeVisible();
  await expect(nav(page)).toHaveCount(0);
  await snapshot(page, 'auth-hand-off-return');
  await dialog.getByLabel('Passcode').fill(PASSCODE);
  await page.keyboard.press('Enter');
  await expect(nav(page)).toBeVisible();
  await expect(page.getByLabel('Reason for visit')).toHaveValue('Neck stiffness since Monday');
  expect((await harness.invoke('auth/state', {})).value.handOff).toBeNull();
});

test('emergency access with the recovery code, then a new passcode', async ({ page, harness }) => {
  const recoveryCode = await setUpWithPasscode(harness);
  await page.goto('/');
  await page.getByRole('button', { name: 'Switch user' }).click();
  // One person: straight to the passcode. The owner has forgotten it.
  await expect(page.getByText('Maya Okafor')).toBeVisible();
  await page.getByRole('button', { name: /Emergency access/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Emergency access' })).toBeVisible();
  await page.getByRole('button', { name: 'Open Palpate as the owner' }).click();
  await expect(page.getByText('Enter the recovery code')).toBeVisible();
  await expect(page.getByText('Reason is required')).toBeVisible();
  await page.getByLabel('Recovery code').fill('WRONG-CODE-1234');
  await page.getByLabel('Reason').fill('Forgot my passcode after the holidays');
  await page.getByRole('button', { name: 'Open Palpate as the owner' }).click();
  await expect(page.getByText('That recovery code is not right', { exact: true })).toBeVisible();
  await snapshot(page, 'auth-emergency');
  await page.getByLabel('Recovery code').fill(recoveryCode);
  await page.getByRole('button', { name: 'Open Palpate as the owner' }).click();

  const prompt = page.getByRole('dialog', { name: 'Choose a new passcode' });
  await expect(prompt).toBeVisible();
  expect((await harness.invoke('auth/state', {})).value).toMatchObject({ emergency: true, user: { name: 'Maya Okafor' } });
  await snapshot(page, 'auth-emergency-new-passcode');
  await prompt.getByLabel('New passcode', { exact: true }).fill('1593');
  await prompt.getByLabel('Confirm new passcode').fill('1593');
  await prompt.getByRole('button', { name: 'Save new passcode' }).click();
  await expect(prompt).toBeHidden();
  expect((await harness.invoke('auth/state', {})).value.emergency).toBe(false);

  await page.keyboard.press('Control+l');
  await page.getByLabel('Passcode').fill('1593');
  await page.keyboard.press('Enter');
  await expect(nav(page)).toBeVisible();
});

test('the owner turns sign-in off only after a warning', async ({ page, harness }) => {
  await setUpWithPasscode(harness);
  await page.goto('/#/settings');
  const card = page.getByRole('region', { name: 'Sign-in and locking' });
  await card.getByLabel('Lock after (minutes)').fill('0');
  await card.getByRole('button', { name: 'Save sign-in settings' }).click();
  await expect(card.getByText('Lock after at least 1 minute')).toBeVisible();
  await shot(card, 'auth-security-card');
  await card.getByLabel('Lock after (minutes)').fill('10');
  await card.getByRole('button', { name: 'Save sign-in settings' }).click();
  await expect.poll(async () => (await harness.invoke('security/settings', {})).value.lockMinutes).toBe(10);

  await card.getByLabel('Require a passcode to use Palpate').uncheck();
  await card.getByRole('button', { name: 'Save sign-in settings' }).click();
  const confirm = page.getByRole('dialog', { name: 'Turn off sign-in?' });
  await expect(confirm).toContainText('Anyone at this computer will see every record');
  await shot(page, 'auth-turn-off-sign-in');
  await confirm.getByRole('button', { name: 'Keep sign-in' }).click();
  expect((await harness.invoke('security/settings', {})).value.signInRequired).toBe(true);
  await card.getByRole('button', { name: 'Save sign-in settings' }).click();
  await confirm.getByRole('button', { name: 'Turn off sign-in' }).click();
  await expect(page.getByRole('button', { name: /^Lock/ })).toHaveCount(0);
  expect((await harness.invoke('security/settings', {})).value.signInRequired).toBe(false);
});

test('the owner resets a passcode, deactivates a user, and a second owner gets a recovery code', async ({ page, harness }) => {
  await setUpWithPasscode(harness);
  const sam = await ok(harness, 'practitioners/create', { firstName: 'Sam', lastName: 'Rivera', credentials: 'LMT' });
  await ok(harness, 'users/create', { name: 'Sam Rivera', role: 'therapist', practitionerId: sam.id, passcode: '9753' });
  await page.goto('/#/settings');
  const users = page.getByRole('region', { name: 'Users' });

  // A new passcode for Sam, typed twice.
  await users.getByRole('button', { name: 'Reset passcode for Sam Rivera' }).click();
  const reset = page.getByRole('dialog', { name: 'New passcode for Sam Rivera' });
  await reset.getByLabel('New passcode', { exact: true }).fill('4826');
  await reset.getByLabel('Confirm new passcode').fill('4862');
  await reset.getByRole('button', { name: 'Save passcode' }).click();
  await expect(reset.getByText('The two passcodes are not the same')).toBeVisible();
  await reset.getByLabel('Confirm new passcode').fill('4826');
  await reset.getByRole('button', { name: 'Save passcode' }).click();
  await expect(reset).toBeHidden();
  await expect(page.getByText('New passcode saved for Sam Rivera')).toBeVisible();

  // Sam leaves: inactive, and gone from the sign-in names. The owner cannot deactivate herself.
  await users.getByRole('button', { name: 'Edit Maya Okafor' }).click();
  const editMe = page.getByRole('dialog', { name: 'Edit Maya Okafor' });
  await expect(editMe.getByText('you cannot deactivate yourself')).toBeVisible();
  await expect(editMe.getByLabel('Active: can sign in')).toHaveCount(0);
  await editMe.getByRole('button', { name: 'Cancel' }).click();
  await users.getByRole('button', { name: 'Edit Sam Rivera' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit Sam Rivera' });
  await expect(edit.getByLabel('Practitioner')).toHaveValue(sam.id);
  await edit.getByLabel('Active: can sign in').uncheck();
  await edit.getByRole('button', { name: 'Save user' }).click();
  await expect(edit).toBeHidden();
  await expect(users.getByRole('row', { name: /Sam Rivera/ })).toContainText('Inactive');
  const names = (await ok<Array<{ name: string }>>(harness, 'auth/users', {})).map((u) => u.name);
  expect(names).toEqual(['Maya Okafor']);

  // A second owner: the recovery code is shown once, in the dialog.
  await users.getByRole('button', { name: 'Add user' }).click();
  const add = page.getByRole('dialog', { name: 'Add user' });
  await add.getByLabel('Name').fill('Priya Shah');
  await add.getByRole('radio', { name: /Owner/ }).check();
  await add.getByLabel('Passcode', { exact: true }).fill('7531');
  await add.getByLabel('Confirm passcode').fill('7531');
  await add.getByRole('button', { name: 'Add user' }).click();
  const recovery = page.getByRole('dialog', { name: 'Recovery code for the new owner' });
  await expect(recovery.getByLabel('Recovery code', { exact: true })).toHaveText(/\w{4}/);
  await shot(page, 'auth-new-owner-recovery');
  await recovery.getByRole('button', { name: 'I have stored it' }).click();
  await expect(recovery).toBeHidden();
  await expect(users.getByRole('row', { name: /Priya Shah/ })).toContainText('Owner');
});

test('a clinic without sign-in turns it on later: the owner chooses a passcode first', async ({ page, harness }) => {
  await ok(harness, 'clinic/setup', SETUP);
  await page.goto('/#/settings');
  const card = page.getByRole('region', { name: 'Sign-in and locking' });
  await card.getByLabel('Require a passcode to use Palpate').check();
  await card.getByRole('button', { name: 'Save sign-in settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Choose your passcode first' });
  await dialog.getByLabel('Passcode', { exact: true }).fill('1357');
  await dialog.getByLabel('Confirm passcode').fill('7531');
  await dialog.getByRole('button', { name: 'Save passcode and turn on sign-in' }).click();
  await expect(dialog.getByText('The two passcodes are not the same')).toBeVisible();
  expect((await harness.invoke('security/settings', {})).value.signInRequired).toBe(false);
  await dialog.getByLabel('Confirm passcode').fill('1357');
  await dialog.getByRole('button', { name: 'Save passcode and turn on sign-in' }).click();
  await expect(dialog).toHaveCount(0);
  await expect.poll(async () => (await harness.invoke('security/settings', {})).value.signInRequired).toBe(true);
  await page.keyboard.press('Control+l');
  await expect(lockHeading(page)).toBeVisible();
  await page.getByLabel('Passcode').fill('1357');
  await page.keyboard.press('Enter');
  await expect(nav(page)).toBeVisible();
});
