import type { Page } from '@playwright/test';
import { expect, snapshot, test, type HarnessProcess } from './fixtures';

/** A screenshot of the whole screen's content: the app scrolls inside <main>, so grow the window to fit it. */
async function fullSnapshot(page: Page, name: string): Promise<void> {
  const size = page.viewportSize()!;
  const height = await page.locator('main').evaluate((m) => m.scrollHeight);
  await page.setViewportSize({ width: size.width, height: Math.min(Math.max(size.height, height), 4000) });
  await snapshot(page, name);
  await page.setViewportSize(size);
}

const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' });
const headerAlerts = (page: Page) => page.getByRole('list', { name: 'Precaution alerts' });

async function createClient(harness: HarnessProcess): Promise<string> {
  const r = await harness.invoke('clients/create', { legalFirstName: 'Eleanor', legalLastName: 'Vance', dateOfBirth: '1991-06-02', pronouns: 'she/her' });
  expect(r.ok).toBe(true);
  return r.value.id;
}

/** A few strokes across the signature box, as a mouse would draw them. */
async function drawSignature(page: Page): Promise<void> {
  const pad = page.getByLabel('Signature', { exact: true });
  await pad.scrollIntoViewIfNeeded();
  const box = (await pad.boundingBox())!;
  const y = box.y + box.height * 0.6;
  await page.mouse.move(box.x + 30, y);
  await page.mouse.down();
  for (let i = 1; i <= 14; i++) await page.mouse.move(box.x + 30 + i * 18, y - Math.sin(i) * 28, { steps: 3 });
  await page.mouse.up();
  await page.mouse.move(box.x + 120, y - 40);
  await page.mouse.down();
  await page.mouse.move(box.x + 200, y + 10, { steps: 6 });
  await page.mouse.up();
}

test('fill and sign an intake: alerts reach the client header and the signed intake is read-only', async ({ page, harness, setupDone: _ }) => {
  const clientId = await createClient(harness);
  await page.goto(`/#/clients/${clientId}`);
  await page.getByRole('navigation', { name: 'Client chart' }).getByRole('link', { name: 'Intake', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`#/clients/${clientId}/intake$`));
  await expect(page.getByText('No intake yet')).toBeVisible();
  await snapshot(page, 'intake-empty');

  await page.getByRole('button', { name: 'New intake' }).click();
  await page.getByLabel('Reason for visit').fill('Low back pain after lifting boxes');
  await page.getByRole('button', { name: 'Add medication' }).click();
  const med = page.getByRole('group', { name: 'Medication 1' });
  await med.getByLabel('Medication name').fill('Warfarin');
  await med.getByLabel('Blood thinner').check();
  await page.getByLabel('Takes an anticoagulant / blood thinner').check();
  await page.getByLabel('Pregnancy', { exact: true }).check();
  await page.getByLabel('Weeks pregnant').fill('24');
  await page.getByLabel('High blood pressure (hypertension)').check();
  await expect(page.getByLabel('Blood pressure is controlled')).not.toBeChecked();
  // The live preview already names what signing will raise.
  const preview = page.getByRole('list', { name: 'Alerts these answers would raise' });
  await expect(preview.getByRole('button', { name: /Pregnancy/ })).toBeVisible();
  await fullSnapshot(page, 'intake-form');

  // Without consent nothing is signed, and the message sits beside the checkbox.
  await page.getByLabel('Typed name').fill('Eleanor Vance');
  await drawSignature(page);
  await expect(page.getByRole('button', { name: 'Clear signature' })).toBeEnabled();
  await page.getByRole('button', { name: 'Sign intake' }).click();
  const consent = page.getByLabel('The client agrees to the consent statement');
  await expect(consent).toHaveAttribute('aria-invalid', 'true');
  await expect(consent).toHaveAccessibleDescription(/The client must agree to the consent statement/);
  await expect(consent).toBeFocused();
  await fullSnapshot(page, 'intake-consent-error');
  const unsigned = (await harness.invoke('intakes/list', { clientId })).value as Array<{ signed: boolean }>;
  expect(unsigned.every((i) => !i.signed)).toBe(true);

  await consent.check();
  await page.getByRole('button', { name: 'Sign intake' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Intake signed' })).toBeVisible();

  // The header shows the alerts the signed intake raises.
  await expect(headerAlerts(page).getByRole('button', { name: /Anticoagulants/ })).toBeVisible();
  await expect(headerAlerts(page).getByRole('button', { name: /Pregnancy/ })).toBeVisible();
  await expect(headerAlerts(page).getByRole('button', { name: /Hypertension/ })).toBeVisible();

  // Read-only: the answers as text, the signature image, and nothing to edit.
  const view = page.getByRole('article', { name: 'Signed intake' });
  await expect(view.getByText(/^Signed by Eleanor Vance on/)).toBeVisible();
  await expect(view.getByRole('img', { name: 'Signature of Eleanor Vance' })).toBeVisible();
  await expect(view.getByText('Low back pain after lifting boxes')).toBeVisible();
  await expect(view.getByText('Pregnancy; 24 weeks')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Intakes' }).getByRole('button', { name: /Signed by Eleanor Vance/ })).toHaveAttribute('aria-current', 'true');
  await expect(page.getByRole('textbox')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Sign intake' })).toHaveCount(0);
  await fullSnapshot(page, 'intake-signed');

  const [saved] = (await harness.invoke('intakes/list', { clientId })).value;
  expect(saved.signed).toBe(true);
  expect(saved.signedName).toBe('Eleanor Vance');
  const full = (await harness.invoke('intakes/get', { id: saved.id })).value;
  expect(full.answers.conditions.pregnancy.weeks).toBe(24);
  expect(full.answers.medications).toEqual([{ name: 'Warfarin', isAnticoagulant: true }]);
  expect(full.signatureDataUrl).toMatch(/^data:image\/png;base64,/);

  // An alert opens in full, with the disclaimer.
  await headerAlerts(page).getByRole('button', { name: /Anticoagulants/ }).click();
  const dialog = page.getByRole('dialog', { name: /Anticoagulants/ });
  await expect(dialog.getByText('Anticoagulants: Warfarin.')).toBeVisible();
  await expect(dialog.getByText('These are reminders for a licensed therapist, not medical advice.')).toBeVisible();
  await snapshot(page, 'intake-alert-dialog');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // A signed intake is never edited: a new one starts, here from the last answers.
  await page.getByRole('button', { name: 'New intake' }).click();
  await page.getByRole('button', { name: 'Start from the last intake’s answers' }).click();
  await expect(page.getByLabel('Reason for visit')).toHaveValue('Low back pain after lifting boxes');
  await expect(page.getByLabel('Weeks pregnant')).toHaveValue('24');
});

test('a draft saves itself; hand-to-client mode hides the app until the therapist returns', async ({ page, harness, setupDone: _ }) => {
  const clientId = await createClient(harness);
  await page.goto(`/#/clients/${clientId}/intake`);
  await page.getByRole('button', { name: 'New intake' }).click();
  await page.getByLabel('Reason for visit').fill('Neck stiffness since Monday');
  await expect(page.getByText(/^Draft saved \d\d:\d\d:\d\d$/)).toBeVisible();
  const [draft] = (await harness.invoke('intakes/list', { clientId })).value;
  expect(draft.signed).toBe(false);
  expect((await harness.invoke('intakes/get', { id: draft.id })).value.answers.reasonForVisit).toBe('Neck stiffness since Monday');

  // The client gets the form and nothing else: no sidebar, no chart, no search.
  await page.getByRole('button', { name: 'Hand to client' }).click();
  await expect(page.getByRole('heading', { name: 'Health history for Eleanor Vance' })).toBeFocused();
  await expect(nav(page)).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Client chart' })).toBeHidden();
  await expect(headerAlerts(page)).toBeHidden();
  await page.keyboard.press('Control+k');
  await expect(page.getByRole('dialog')).toBeHidden();
  // The draft is the same one, still on screen.
  await expect(page.getByLabel('Reason for visit')).toHaveValue('Neck stiffness since Monday');
  await fullSnapshot(page, 'intake-hand-off');

  // Keyboard alone: tick consent, type the name, sign in the box with Enter, submit.
  await page.getByLabel('Osteoporosis').focus();
  await page.keyboard.press('Space');
  await page.getByLabel('The client agrees to the consent statement').focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Typed name')).toBeFocused();
  await page.keyboard.type('Eleanor Vance');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Signature', { exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Clear signature' })).toBeEnabled();
  await page.getByRole('button', { name: 'Sign intake' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText(/Thank you. Your intake is signed/)).toBeVisible();
  await expect(nav(page)).toBeHidden();
  await fullSnapshot(page, 'intake-hand-off-signed');

  // Returning asks first.
  await page.getByRole('button', { name: 'Return to therapist' }).click();
  const confirm = page.getByRole('dialog', { name: 'Return to therapist?' });
  await expect(confirm).toBeVisible();
  await confirm.getByRole('button', { name: 'Keep filling in' }).click();
  await expect(nav(page)).toBeHidden();
  await page.getByRole('button', { name: 'Return to therapist' }).click();
  await confirm.getByRole('button', { name: 'Return to therapist' }).click();
  await expect(nav(page)).toBeVisible();
  await expect(headerAlerts(page).getByRole('button', { name: /Osteoporosis/ })).toBeVisible();

  const intakes = (await harness.invoke('intakes/list', { clientId })).value;
  expect(intakes).toHaveLength(1);
  expect(intakes[0].signed).toBe(true);
});

test('Settings: precaution rules are reworded as a new version, and reset asks first', async ({ page, harness, setupDone: _ }) => {
  await page.goto('/#/settings');
  const rules = page.getByRole('form', { name: 'Precaution rules' });
  await expect(rules.getByText('Version 0: the built-in defaults, never edited.')).toBeVisible();
  const osteo = rules.getByRole('group', { name: 'Osteoporosis', exact: true });
  await osteo.getByLabel('Alert text').fill('Gentle pressure only; no joint mobilization.');
  await osteo.getByLabel('Severity').selectOption('contraindication');
  await rules.getByLabel('Note for this version').fill('Stricter osteoporosis rule');
  await fullSnapshot(page, 'settings-precaution-rules');
  await rules.getByRole('button', { name: 'Save rules' }).click();
  await expect(rules.getByText(/^Version 1, saved .* — “Stricter osteoporosis rule”$/)).toBeVisible();
  const state = (await harness.invoke('precautions/get', {})).value;
  const rule = state.rules.find((r: { id: string }) => r.id === 'osteoporosis');
  expect(rule.alert).toBe('Gentle pressure only; no joint mobilization.');
  expect(rule.severity).toBe('contraindication');

  await rules.getByRole('button', { name: 'Reset to defaults' }).click();
  const confirm = page.getByRole('dialog', { name: 'Reset precaution rules to the defaults?' });
  await confirm.getByRole('button', { name: 'Reset to defaults' }).click();
  await expect(rules.getByText(/^Version 2, saved .* — “Reset to defaults”$/)).toBeVisible();
  await expect(rules.getByRole('group', { name: 'Osteoporosis', exact: true }).getByLabel('Alert text')).toHaveValue('No deep or forceful pressure.');
});
