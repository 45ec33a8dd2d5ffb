// Reports on screen: revenue by month as a chart (with its table), receivables aging, visits and
// no-shows, referral utilization, and "Export CSV" handing over a formula-safe file.
import { readFileSync } from 'node:fs';
import { expect, snapshot, SETUP, test, type HarnessProcess } from './fixtures';

const MEDICARE = '01JD0000000000000000PAYER2';
const ROOM = '01JD000000000000000000R00M';

async function ok<T = any>(harness: HarnessProcess, method: string, input: unknown): Promise<T> {
  const result = await harness.invoke(method, input);
  if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

/** The clinic's today (the report's default range is this year, so the data is dated today). */
function clinicToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: SETUP.clinic.timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

async function seed(harness: HarnessProcess, today: string) {
  const [practitioner] = await ok(harness, 'practitioners/list', {});
  // A name that a spreadsheet would run as a formula, to prove the CSV escapes it.
  const client = await ok(harness, 'clients/create', { legalFirstName: '=HYPERLINK("x")', legalLastName: 'Vance' });
  const referral = await ok(harness, 'referrals/create', { clientId: client.id, physicianName: 'Dr. Ana Rivera', diagnoses: ['M54.50'], visitsAuthorized: 10, startDate: `${today.slice(0, 4)}-01-01`, endDate: `${today.slice(0, 4)}-12-31` });
  const started = await ok(harness, 'sessions/start', { clientId: client.id, practitionerId: practitioner.id, sessionDate: today, startTime: '10:00', from: 'blank' });
  await ok(harness, 'sessions/sign', {
    id: started.id,
    signedBy: practitioner.id,
    practitionerId: practitioner.id,
    sessionDate: today,
    startTime: '10:00',
    referralId: referral.id,
    modalities: [
      { modality: 'swedish', minutes: 38, cptCode: '97124' },
      { modality: 'myofascial_release', minutes: 15, cptCode: '97140' },
    ],
  });
  const invoice = await ok(harness, 'invoices/fromSessions', { clientId: client.id, payerId: MEDICARE, sessionIds: [started.id] });
  await ok(harness, 'invoices/issue', { id: invoice.id });
  await ok(harness, 'payments/record', { clientId: client.id, invoiceId: invoice.id, paidOn: today, amountCents: 5000, method: 'insurance', reference: 'EOB 1', notes: '', allowCredit: false });
  // Three appointments this month: one completed, one no-show, one cancelled.
  for (const [i, status] of (['completed', 'no_show', 'cancelled'] as const).entries()) {
    const booked = await ok(harness, 'appointments/book', { clientId: client.id, practitionerId: practitioner.id, roomId: ROOM, start: `${today.slice(0, 8)}01T1${i + 3}:00:00.000Z`, lengthMinutes: 60, confirmOutsideHours: true });
    if (status === 'completed') await ok(harness, 'appointments/setStatus', { id: booked.id, status: 'arrived', reason: '' });
    await ok(harness, 'appointments/setStatus', { id: booked.id, status, reason: status === 'completed' ? '' : 'Client called' });
  }
}

test('Reports: revenue chart, aging table, visits and referrals, and a CSV download', async ({ page, harness, setupDone: _ }) => {
  const today = clinicToday();
  await seed(harness, today);
  await page.goto('/#/reports');
  await expect(page.getByRole('heading', { level: 1, name: 'Reports' })).toBeVisible();
  await expect(page.getByLabel('From')).toHaveValue(`${today.slice(0, 4)}-01-01`);

  const revenue = page.getByRole('region', { name: 'Revenue by month' });
  await expect(revenue.locator('svg.recharts-surface').first()).toBeVisible();
  await expect(revenue.getByRole('figure')).toContainText('$50.00 received');
  await expect(revenue.getByRole('table', { name: 'Revenue by month' }).getByRole('cell', { name: '$50.00' }).first()).toBeVisible();

  const aging = page.getByRole('table', { name: 'Receivables aging' });
  await expect(aging.getByRole('row', { name: /0-30 days/ }).getByRole('cell')).toHaveText(['1', '$75.00']);
  await expect(aging.getByRole('row', { name: /90\+ days/ }).getByRole('cell')).toHaveText(['0', '$0.00']);

  const visits = page.getByRole('table', { name: 'Visits, cancellations and no-shows by month' });
  await expect(visits.getByRole('row').nth(1).getByRole('cell')).toHaveText(['3', '1', '1', '0', '1', '33.3%']);
  await expect(page.getByRole('table', { name: 'Referral utilization' })).toContainText('Dr. Ana Rivera');
  await snapshot(page, 'reports');

  const download = page.waitForEvent('download');
  await page.getByRole('region', { name: 'Receivables aging' }).getByRole('button', { name: /Export CSV/ }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^aging_\d{4}-01-01_\d{4}-12-31\.csv$/);
  const csv = readFileSync((await file.path())!, 'utf8').replace(/^\uFEFF/, '');
  expect(csv.split('\r\n')).toEqual(['Age,Invoices,Balance', '0-30 days,1,75', '31-60 days,0,0', '61-90 days,0,0', '90+ days,0,0']);

  const referrals = page.waitForEvent('download');
  await page.getByRole('region', { name: 'Referral utilization' }).getByRole('button', { name: /Export CSV/ }).click();
  const text = readFileSync((await (await referrals).path())!, 'utf8');
  // The client's formula-like name is opened as text, never run.
  expect(text).toContain(`"'=HYPERLINK(""x"") Vance — Dr. Ana Rivera`);
});

test('Reports: an end date before the start is pointed out, and the last good range stays', async ({ page, setupDone: _ }) => {
  await page.goto('/#/reports');
  await expect(page.getByRole('table', { name: 'Receivables aging' })).toBeVisible();
  const year = clinicToday().slice(0, 4);
  await page.getByLabel('To').fill(`${Number(year) - 1}-06-30`);
  await expect(page.getByText('Choose two dates, the end on or after the start.')).toBeVisible();
  await expect(page.getByLabel('To')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('table', { name: 'Receivables aging' })).toBeVisible();
  await page.getByRole('button', { name: 'Last year' }).click();
  await expect(page.getByText('Choose two dates, the end on or after the start.')).toBeHidden();
  await expect(page.getByRole('region', { name: 'Revenue by month' })).toContainText('No payments in these dates.');
});
