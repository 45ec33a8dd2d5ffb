import type { Page } from '@playwright/test';
import { expect, snapshot, test } from './fixtures';

/** A screenshot of the whole screen's content: the app scrolls inside <main>, so grow the window to fit it. */
async function fullSnapshot(page: Page, name: string): Promise<void> {
  const size = page.viewportSize()!;
  const height = await page.locator('main').evaluate((m) => m.scrollHeight);
  await page.setViewportSize({ width: size.width, height: Math.min(Math.max(size.height, height), 4000) });
  await snapshot(page, name);
  await page.setViewportSize(size);
}


/** YYYY-MM-DD in the clinic's time zone (the fixtures' clinic is in New York), `days` from today. */
function clinicDate(days = 0): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/New_York' }).format(new Date());
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

// A 1×1 PNG: what a scanner's image export starts with (the core checks the magic bytes).
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

test('add a referral: ICD-10 picker, bad input beside its fields, warnings on the referral and the header; then a plan', async ({ page, harness, setupDone: _ }) => {
  const created = await harness.invoke('clients/create', { legalFirstName: 'Marcus', legalLastName: 'Hale', referringPhysicianName: 'Dr. Ruth Adeyemi' });
  const clientId = created.value.id;
  await page.goto(`/#/clients/${clientId}`);
  await page.getByRole('navigation', { name: 'Client chart' }).getByRole('link', { name: 'Referrals & plan' }).click();
  await expect(page.getByText('No referral yet.')).toBeVisible();
  await expect(page.getByText('No treatment plan yet.')).toBeVisible();
  await snapshot(page, 'referrals-empty');

  await page.getByRole('button', { name: 'Add referral' }).click();
  // The physician on the client's record is filled in already.
  await expect(page.getByLabel('Physician name')).toHaveValue('Dr. Ruth Adeyemi');
  await page.getByLabel('Physician NPI').fill('1234567890');
  await page.getByLabel('Practice').fill('Lakeside Family Medicine');

  // A deleted code points at its replacements as soon as it is typed.
  const diagnoses = page.getByRole('combobox', { name: 'Diagnoses' });
  await diagnoses.fill('M54.5');
  await expect(page.getByText(/M54\.5 was deleted in 2021.*M54\.50.*M54\.51.*M54\.59/)).toBeVisible();
  await expect(diagnoses).toHaveAccessibleDescription(/M54\.5 was deleted/);
  await fullSnapshot(page, 'referral-diagnosis-deleted-code');
  await page.getByRole('option', { name: /^M54\.50/ }).click();
  const chosen = page.getByRole('list', { name: 'Selected diagnoses' });
  await expect(chosen.getByText('M54.50')).toBeVisible();
  await expect(chosen.getByText('Low back pain, unspecified')).toBeVisible();
  // Any other well-formed code can be typed and added with Enter.
  await diagnoses.fill('m62830');
  await diagnoses.press('Enter');
  await expect(chosen.getByText('M62.830')).toBeVisible();
  await expect(diagnoses).toHaveValue('');

  await page.getByLabel('Visits per week').fill('2');
  await page.getByLabel('Duration in weeks').fill('6');
  await page.getByLabel('Visits authorized').fill('2');
  await page.getByLabel('Authorization number').fill('AUTH-7781');
  await page.getByLabel('Start date').fill(clinicDate(0));
  await page.getByLabel('End date').fill(clinicDate(-1));
  await page.getByRole('button', { name: 'Save referral' }).click();
  await expect(page.getByLabel('End date')).toHaveAccessibleDescription('End date must be on or after the start date');
  await expect(page.getByLabel('Physician NPI')).toHaveAccessibleDescription(/This NPI fails its check digit/);
  await fullSnapshot(page, 'referral-errors');
  expect((await harness.invoke('referrals/list', { clientId })).value).toEqual([]);

  await page.getByLabel('Physician NPI').fill('1234567893');
  await page.getByLabel('End date').fill(clinicDate(10));
  await page.getByRole('button', { name: 'Save referral' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Referral added' })).toBeVisible();

  // The referral's warnings as callouts…
  const card = page.getByRole('article', { name: 'Dr. Ruth Adeyemi' });
  const warnings = card.getByRole('list', { name: 'Referral warnings' });
  await expect(warnings.getByText('2 visits left')).toBeVisible();
  await expect(warnings.getByText(/expires .* \(in 10 days\)/)).toBeVisible();
  await expect(card.getByText('0 used of 2 authorized (2 left)')).toBeVisible();
  // …and on the chart header, which refreshed after the save.
  await expect(page.getByRole('link', { name: /^Referral: visits 0 of 2, expires/ })).toBeVisible();
  await expect(page.locator('.chart-header').getByText('2 visits left')).toBeVisible();

  const [referral] = (await harness.invoke('referrals/list', { clientId })).value;
  expect(referral.diagnoses).toEqual(['M54.50', 'M62.830']);
  expect(referral.physicianNpi).toBe('1234567893');

  // The scanned order is stored with the referral and can be downloaded.
  await card.getByLabel('Attach scanned order').setInputFiles({ name: 'order-scan.png', mimeType: 'image/png', buffer: PNG });
  await expect(card.getByRole('button', { name: 'Download order-scan.png' })).toBeVisible();
  const download = page.waitForEvent('download');
  await card.getByRole('button', { name: 'Download order-scan.png' }).click();
  expect((await download).suggestedFilename()).toBe('order-scan.png');
  await fullSnapshot(page, 'referral-saved');

  // A treatment plan on that referral, with a measurable goal.
  await page.getByRole('button', { name: 'Add treatment plan' }).click();
  const plan = page.getByRole('form', { name: 'New treatment plan' });
  await expect(plan.getByLabel('Referral')).toHaveValue(referral.id);
  const goal = plan.getByRole('group', { name: 'Goal 1' });
  await goal.getByLabel('Description').fill('Neck rotation to the right');
  await goal.getByLabel('Baseline').fill('45°');
  await goal.getByLabel('Target').fill('70°');
  await plan.getByLabel('Sessions per week').fill('2');
  await plan.getByLabel('Planned sessions').fill('12');
  await plan.getByLabel('Swedish massage').check();
  await plan.getByLabel('Myofascial release').check();
  await plan.getByLabel('Review date').fill(clinicDate(28));
  await fullSnapshot(page, 'plan-form');
  await plan.getByRole('button', { name: 'Save plan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Treatment plan added' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Neck rotation to the right' })).toBeVisible();
  await expect(page.getByText('Swedish massage, Myofascial release')).toBeVisible();
  await fullSnapshot(page, 'referrals-and-plan');

  const [saved] = (await harness.invoke('plans/list', { clientId })).value;
  expect(saved.referralId).toBe(referral.id);
  expect(saved.goals).toEqual([{ description: 'Neck rotation to the right', baseline: '45°', target: '70°' }]);
  expect(saved.modalities).toEqual(['swedish', 'myofascial_release']);
  expect(saved.plannedSessions).toBe(12);
});

test('a referral is edited in place; a self-pay plan needs a goal', async ({ page, harness, setupDone: _ }) => {
  const clientId = (await harness.invoke('clients/create', { legalFirstName: 'Ana', legalLastName: 'Alvarez' })).value.id;
  const made = await harness.invoke('referrals/create', {
    clientId,
    physicianName: 'Dr. Lee',
    diagnoses: ['M54.2'],
    visitsAuthorized: 12,
    startDate: clinicDate(-30),
    endDate: clinicDate(60),
  });
  expect(made.ok).toBe(true);
  await page.goto(`/#/clients/${clientId}/referrals`);
  const card = page.getByRole('article', { name: 'Dr. Lee' });
  await expect(card.getByText('M54.2')).toBeVisible();
  await expect(card.getByText('Cervicalgia')).toBeVisible();
  await expect(card.getByRole('list', { name: 'Referral warnings' })).toHaveCount(0);

  await card.getByRole('button', { name: 'Edit referral from Dr. Lee' }).click();
  const form = page.getByRole('form', { name: 'Edit referral' });
  await form.getByLabel('Visits authorized').fill('-1');
  await form.getByRole('button', { name: 'Save referral' }).click();
  await expect(form.getByLabel('Visits authorized')).toHaveAccessibleDescription('Visits authorized cannot be negative');
  await form.getByLabel('Visits authorized').fill('1');
  await form.getByRole('button', { name: 'Remove M54.2' }).click();
  await form.getByRole('button', { name: 'Save referral' }).click();
  await expect(form.getByText('Add at least one diagnosis (ICD-10-CM code)')).toBeVisible();
  await form.getByRole('combobox', { name: 'Diagnoses' }).fill('neck');
  await form.getByRole('combobox', { name: 'Diagnoses' }).press('ArrowDown');
  await form.getByRole('combobox', { name: 'Diagnoses' }).press('Enter');
  await form.getByRole('button', { name: 'Save referral' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Referral saved' })).toBeVisible();
  await expect(card.getByRole('list', { name: 'Referral warnings' }).getByText('1 visit left')).toBeVisible();

  await page.getByRole('button', { name: 'Add treatment plan' }).click();
  const plan = page.getByRole('form', { name: 'New treatment plan' });
  await plan.getByLabel('Referral').selectOption({ label: 'Self-pay (no referral)' });
  await plan.getByRole('button', { name: 'Save plan' }).click();
  await expect(plan.getByRole('group', { name: 'Goal 1' }).getByLabel('Description')).toHaveAccessibleDescription('Goal is required');
  await plan.getByRole('group', { name: 'Goal 1' }).getByLabel('Description').fill('Pain 7/10 → 3/10');
  await plan.getByRole('button', { name: 'Save plan' }).click();
  await expect(page.getByText('Self-pay (no referral)')).toBeVisible();
  const [saved] = (await harness.invoke('plans/list', { clientId })).value;
  expect(saved.referralId).toBeNull();
});
