// Billing on screen: an invoice from a signed session under Medicare's 8-minute rule, issued,
// partly paid, an overpayment that asks about credit; a void that keeps its number; the client's
// Billing tab with a package sold; Settings → Billing refusing to move numbers back.
import { expect, snapshot, test, type HarnessProcess } from './fixtures';

const MEDICARE = '01JD0000000000000000PAYER2';
const VISIT = [
  { modality: 'swedish', minutes: 38, cptCode: '97124' },
  { modality: 'myofascial_release', minutes: 15, cptCode: '97140' },
];

async function ok<T = any>(harness: HarnessProcess, method: string, input: unknown): Promise<T> {
  const result = await harness.invoke(method, input);
  if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

/** A client with a referral (two ICD-10 codes) and one signed session: 38 min 97124 + 15 min 97140. */
async function clientWithSignedVisit(harness: HarnessProcess, first = 'Eleanor', last = 'Vance') {
  const client = await ok(harness, 'clients/create', { legalFirstName: first, legalLastName: last, dateOfBirth: '1961-06-02' });
  const referral = await ok(harness, 'referrals/create', { clientId: client.id, physicianName: 'Dr. Ana Rivera', diagnoses: ['M54.50', 'M62.830'], visitsAuthorized: 12, startDate: '2026-01-01', endDate: '2027-12-31' });
  const session = await signedVisit(harness, client.id, referral.id, '2026-11-05');
  return { clientId: client.id as string, referralId: referral.id as string, sessionId: session.id as string };
}

async function signedVisit(harness: HarnessProcess, clientId: string, referralId: string | null, date: string) {
  const [practitioner] = await ok(harness, 'practitioners/list', {});
  const started = await ok(harness, 'sessions/start', { clientId, practitionerId: practitioner.id, sessionDate: date, startTime: '10:00', from: 'blank' });
  return ok(harness, 'sessions/sign', { id: started.id, signedBy: practitioner.id, practitionerId: practitioner.id, sessionDate: date, startTime: '10:00', subjective: 'Neck pain.', referralId, modalities: VISIT });
}

test('Billing: a signed session becomes a Medicare invoice (3 × 97124, 1 × 97140), issued, partly paid, then overpaid with credit', async ({ page, harness, setupDone: _ }) => {
  await clientWithSignedVisit(harness);
  await page.goto('/#/billing');
  await expect(page.getByText('No invoices yet — create one from a client’s signed visits.')).toBeVisible();
  await page.getByRole('button', { name: 'New invoice' }).first().click();

  const dialog = page.getByRole('dialog', { name: 'New invoice' });
  await dialog.getByRole('combobox', { name: 'Client' }).fill('Vance');
  await dialog.getByRole('option', { name: /Eleanor Vance/ }).click();
  await dialog.getByLabel('Payer').selectOption({ label: 'Medicare' });
  await expect(dialog.getByRole('checkbox', { name: /Visit of Nov 5, 2026/ })).toBeChecked();
  await dialog.getByRole('button', { name: 'Create invoice' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Draft invoice' })).toBeVisible();
  const line1 = page.getByRole('group', { name: 'Line 1' });
  const line2 = page.getByRole('group', { name: 'Line 2' });
  await expect(line1.getByLabel('Code')).toHaveValue('97124');
  await expect(line1.getByLabel('Units')).toHaveValue('3');
  await expect(line1.getByLabel('Unit price')).toHaveValue('30.00');
  await expect(line1.getByText('97124 · 38 min → 3 units')).toBeVisible();
  await expect(line2.getByLabel('Code')).toHaveValue('97140');
  await expect(line2.getByLabel('Units')).toHaveValue('1');
  await expect(page.getByRole('complementary', { name: 'Draft actions' })).toContainText('$125.00');
  await snapshot(page, 'invoice-draft');

  await page.getByRole('button', { name: 'Issue invoice' }).click();
  const issue = page.getByRole('dialog', { name: 'Issue INV-00001?' });
  await expect(issue).toContainText('An issued invoice cannot be edited; corrections are made by voiding and reissuing.');
  await issue.getByRole('button', { name: 'Issue invoice' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'INV-00001' })).toBeVisible();
  const paper = page.getByRole('article', { name: 'Invoice INV-00001' });
  await expect(paper.getByRole('row', { name: /97124/ })).toContainText('3');
  await expect(paper).toContainText('M54.50');
  await page.getByRole('button', { name: 'Save as PDF' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Saved to .*Invoice INV-00001/ })).toBeVisible();

  const side = page.getByRole('complementary', { name: 'Invoice actions' });
  await side.getByRole('button', { name: 'Record payment' }).click();
  const pay = page.getByRole('dialog', { name: 'Record payment on INV-00001' });
  await expect(pay.getByLabel('Amount')).toHaveValue('125.00');
  await pay.getByLabel('Amount').fill('50.00');
  await pay.getByLabel('Method').selectOption({ label: 'Check' });
  await pay.getByLabel('Reference').fill('Check 1042');
  await pay.getByRole('button', { name: 'Record payment' }).click();
  await expect(pay).toBeHidden();
  await expect(side).toContainText('Balance due');
  await expect(side).toContainText('$75.00');
  await expect(side).toContainText('Partly paid');
  await expect(paper).toContainText('Check 1042');
  await snapshot(page, 'invoice-issued');

  await side.getByRole('button', { name: 'Record payment' }).click();
  const over = page.getByRole('dialog', { name: 'Record payment on INV-00001' });
  await over.getByLabel('Amount').fill('100.00');
  await over.getByRole('button', { name: 'Record payment' }).click();
  await expect(over.getByText('Record the difference as credit?')).toBeVisible();
  await expect(over).toContainText('$25.00 stays on Eleanor Vance’s account as credit');
  await over.getByRole('button', { name: 'Record with credit' }).click();
  await expect(over).toBeHidden();
  await expect(side).toContainText('Paid');
  await expect(side).toContainText('$0.00');
});

test('Billing: a void invoice keeps its number and stays listed', async ({ page, harness, setupDone: _ }) => {
  const { clientId, sessionId } = await clientWithSignedVisit(harness);
  const first = await ok(harness, 'invoices/fromSessions', { clientId, payerId: MEDICARE, sessionIds: [sessionId] });
  await ok(harness, 'invoices/issue', { id: first.id, issueDate: '2026-11-06' });
  const visit = await signedVisit(harness, clientId, null, '2026-11-12');
  const second = await ok(harness, 'invoices/fromSessions', { clientId, payerId: MEDICARE, sessionIds: [visit.id] });
  await ok(harness, 'invoices/issue', { id: second.id, issueDate: '2026-11-13' });

  await page.goto('/#/billing');
  await page.getByRole('link', { name: 'INV-00002' }).click();
  await page.getByRole('complementary', { name: 'Invoice actions' }).getByRole('button', { name: 'Void invoice' }).click();
  const dialog = page.getByRole('dialog', { name: 'Void INV-00002?' });
  await dialog.getByRole('button', { name: 'Void invoice' }).click();
  await expect(dialog.getByText('Say why it is void (it prints on the invoice)')).toBeVisible();
  await dialog.getByLabel('Reason').fill('Billed to the wrong payer');
  await dialog.getByRole('button', { name: 'Void invoice' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('article', { name: 'Invoice INV-00002' })).toContainText('Billed to the wrong payer');

  await page.getByRole('link', { name: 'Billing' }).first().click();
  const table = page.getByRole('table', { name: 'Invoices' });
  await expect(table.getByRole('row', { name: /INV-00002/ })).toContainText('Void');
  await expect(table.getByRole('row', { name: /INV-00001/ })).toContainText('Open');
  await expect(table).toContainText('Open balance $125.00');
  await page.getByRole('radio', { name: 'Void' }).check();
  await expect(table.getByRole('row', { name: /INV-0000/ })).toHaveCount(1);
  await page.getByRole('radio', { name: 'All' }).check();
  await snapshot(page, 'billing-list');
});

test('Billing tab: what the client owes, unbilled visits, and a package sold', async ({ page, harness, setupDone: _ }) => {
  const { clientId, sessionId } = await clientWithSignedVisit(harness);
  const invoice = await ok(harness, 'invoices/fromSessions', { clientId, payerId: MEDICARE, sessionIds: [sessionId] });
  await ok(harness, 'invoices/issue', { id: invoice.id, issueDate: '2026-11-06' });
  await ok(harness, 'payments/record', { clientId, invoiceId: invoice.id, paidOn: '2026-11-20', amountCents: 5000, method: 'card', reference: '', notes: '', allowCredit: false });
  await signedVisit(harness, clientId, null, '2026-11-19');
  await ok(harness, 'packages/create', { name: '5 × 60-minute massage', visits: 5, priceCents: 40000, serviceId: '01JD000000000000000CAT0007' });

  await page.goto(`/#/clients/${clientId}`);
  await page.getByRole('navigation', { name: 'Client chart' }).getByRole('link', { name: 'Billing' }).click();
  await expect(page).toHaveURL(new RegExp(`#/clients/${clientId}/billing$`));
  await expect(page.getByRole('definition').filter({ hasText: '$75.00' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Signed visits not billed yet' })).toContainText('Nov 19, 2026');
  await expect(page.getByRole('table', { name: 'Payments' })).toContainText('$50.00');

  await page.getByRole('button', { name: 'Sell package' }).click();
  const sell = page.getByRole('dialog', { name: 'Sell a package' });
  await sell.getByLabel('Method').selectOption({ label: 'Cash' });
  await sell.getByRole('button', { name: 'Sell package' }).click();
  await expect(sell).toBeHidden();
  await expect(page.getByRole('region', { name: 'Packages' })).toContainText('5 of 5 visits left');
  await snapshot(page, 'client-billing');

  await page.getByRole('button', { name: 'Create invoice from unbilled visits' }).click();
  const create = page.getByRole('dialog', { name: 'New invoice for Eleanor Vance' });
  await expect(create.getByRole('checkbox', { name: /Visit of Nov 19, 2026/ })).toBeChecked();
  await create.getByRole('button', { name: 'Create invoice' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Draft invoice' })).toBeVisible();
});

test('Settings → Billing: practice details, and the next invoice number only moves forward', async ({ page, harness, setupDone: _ }) => {
  const { clientId, sessionId } = await clientWithSignedVisit(harness);
  const invoice = await ok(harness, 'invoices/fromSessions', { clientId, payerId: MEDICARE, sessionIds: [sessionId] });
  await ok(harness, 'invoices/issue', { id: invoice.id });

  await page.goto('/#/settings');
  await page.getByRole('link', { name: 'Billing settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Billing settings' })).toBeVisible();
  await page.getByLabel('Legal name').fill('Riverside Medical Massage LLC');
  await page.getByLabel('Tax ID (EIN)').fill('12-3456789');
  await page.getByLabel('Next invoice number').fill('1');
  await page.getByRole('button', { name: 'Save practice details' }).click();
  await expect(page.getByText('Must be 2 or more: numbers are never reused')).toBeVisible();
  await page.getByLabel('Next invoice number').fill('100');
  await page.getByRole('button', { name: 'Save practice details' }).click();
  await expect(page.getByText('Practice details saved')).toBeVisible();

  await page.getByRole('button', { name: 'Edit 97124' }).click();
  const service = page.getByRole('dialog', { name: 'Edit 97124' });
  await service.getByLabel(/Fee per unit/).fill('-5');
  await service.getByRole('button', { name: 'Save service' }).click();
  await expect(service.getByText('Fee cannot be negative')).toBeVisible();
  await service.getByLabel(/Fee per unit/).fill('32.50');
  await service.getByRole('button', { name: 'Save service' }).click();
  await expect(service).toBeHidden();
  await expect(page.getByRole('table', { name: 'Service catalog' }).getByRole('row', { name: /97124/ })).toContainText('$32.50');
  await expect(page.getByRole('table', { name: 'Payers' })).toContainText('CMS 8-minute rule');
  await page.getByRole('heading', { level: 1, name: 'Billing settings' }).scrollIntoViewIfNeeded();
  await snapshot(page, 'settings-billing');
});
