import { expect, snapshot, test } from './fixtures';

test('first run asks for the clinic and the first practitioner, then opens the app', async ({ page, harness }) => {
  await page.goto('/');
  await expect(page.getByLabel('Clinic name')).toBeVisible();
  await snapshot(page, 'setup-empty');

  // Submitting empty shows errors beside the fields and saves nothing.
  await page.getByRole('button', { name: 'Set up clinic' }).click();
  await expect(page.getByLabel('Clinic name')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Clinic name is required')).toBeVisible();
  expect((await harness.invoke('app/status', {})).value.needsSetup).toBe(true);

  await page.getByLabel('Clinic name').fill('Riverside Medical Massage');
  await page.getByLabel('Time zone').selectOption('America/Chicago');
  await page.getByLabel('First name').fill('Maya');
  await page.getByLabel('Last name').fill('Okafor');
  await page.getByLabel('Credentials').fill('LMT');
  await page.getByLabel('License number').fill('MA.0123456');
  // An NPI with a wrong check digit is caught before anything is saved.
  await page.getByLabel('NPI').fill('1234567890');
  await page.getByRole('button', { name: 'Set up clinic' }).click();
  await expect(page.getByText(/check digit/i)).toBeVisible();
  expect((await harness.invoke('app/status', {})).value.needsSetup).toBe(true);
  await snapshot(page, 'setup-errors');

  await page.getByLabel('NPI').fill('1234567893');
  // A passcode is the default (covered in auth.spec.ts); this clinic explicitly chooses none.
  await page.getByRole('radio', { name: /No sign-in/ }).check();
  await page.getByRole('button', { name: 'Set up clinic' }).click();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();

  const status = await harness.invoke('app/status', {});
  expect(status.value).toMatchObject({ needsSetup: false, clinic: { name: 'Riverside Medical Massage', timeZone: 'America/Chicago' } });
  const practitioners = await harness.invoke('practitioners/list', {});
  expect(practitioners.value).toEqual([expect.objectContaining({ firstName: 'Maya', lastName: 'Okafor', credentials: 'LMT', npi: '1234567893' })]);

  // A reload lands in the app, not in setup again.
  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(page.getByLabel('Clinic name')).toHaveCount(0);
  await snapshot(page, 'today-empty');
});

test('settings edit the clinic', async ({ page, harness, setupDone: _ }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
  await expect(page.getByLabel('Clinic name')).toHaveValue('Riverside Medical Massage');
  await page.getByLabel('Clinic name').fill('Riverside Massage & Bodywork');
  await page.getByRole('button', { name: 'Save clinic' }).click();
  await expect.poll(async () => (await harness.invoke('app/status', {})).value.clinic.name).toBe('Riverside Massage & Bodywork');
  await snapshot(page, 'settings');

  // The long page has an index that stays in view and jumps to each group.
  const index = page.getByRole('navigation', { name: 'Settings sections' });
  const backups = page.getByRole('heading', { name: 'Backups', exact: true });
  await expect(backups).not.toBeInViewport();
  await index.getByRole('button', { name: 'Backups & data' }).click();
  await expect(backups).toBeInViewport();

  await expect(index).toBeInViewport();
  await page.screenshot({ path: 'test-results/screens/settings-index-backups.png' });
});
