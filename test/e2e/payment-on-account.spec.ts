// A payment on account from the client's Billing tab: no invoice, the money is kept as credit on
// the client's account. A bad amount is refused beside the field and records nothing.
import { expect, snapshot, test, type HarnessProcess } from './fixtures';

async function ok<T = any>(harness: HarnessProcess, method: string, input: unknown): Promise<T> {
  const result = await harness.invoke(method, input);
  if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

test('Billing tab: $50 paid on account becomes credit; "abc" and 0 are refused beside the amount', async ({ page, harness, setupDone: _ }) => {
  const client = await ok(harness, 'clients/create', { legalFirstName: 'Eleanor', legalLastName: 'Vance', dateOfBirth: '1961-06-02' });
  await page.goto(`/#/clients/${client.id}/billing`);
  const credit = page.locator('.summary-tile').filter({ hasText: 'Credit on account' });
  await expect(credit).toContainText('$0.00');

  await page.getByRole('button', { name: 'Payment on account' }).click();
  const dialog = page.getByRole('dialog', { name: 'Payment on account for Eleanor Vance' });
  await expect(dialog.getByLabel('Date')).toHaveValue(/^\d{4}-\d{2}-\d{2}$/);
  const amount = dialog.getByLabel('Amount');
  await expect(amount).toHaveValue('');
  await expect(amount).toBeFocused();

  // Not an amount: the error sits beside the field, and nothing is recorded.
  await amount.fill('abc');
  await dialog.getByRole('button', { name: 'Record payment' }).click();
  await expect(amount).toHaveAttribute('aria-invalid', 'true');
  await expect(amount).toHaveAccessibleDescription(/Amount: type an amount like 30\.00/);
  await expect(dialog.locator('.field').filter({ hasText: 'Amount' }).locator('.field-error')).toHaveText('Amount: type an amount like 30.00');
  await snapshot(page, 'payment-on-account-bad-amount');

  await amount.fill('0');
  await dialog.getByRole('button', { name: 'Record payment' }).click();
  await expect(amount).toHaveAccessibleDescription(/Amount must be more than zero/);
  await expect(dialog).toBeVisible();
  expect((await ok(harness, 'billing/statement', { clientId: client.id })).payments).toEqual([]);

  await amount.fill('50');
  await dialog.getByLabel('Method').selectOption({ label: 'Cash' });
  await dialog.getByLabel('Reference').fill('Front desk');
  await expect(amount).not.toHaveAttribute('aria-invalid', 'true');
  await snapshot(page, 'payment-on-account-dialog');
  await dialog.getByRole('button', { name: 'Record payment' }).click();
  await expect(dialog).toBeHidden();

  await expect(page.getByRole('status').filter({ hasText: '$50.00 recorded as credit on Eleanor Vance’s account' })).toBeVisible();
  await expect(credit).toContainText('$50.00');
  const row = page.getByRole('table', { name: 'Payments' }).getByRole('row').filter({ hasText: 'On account' });
  await expect(row).toContainText('$50.00');
  await snapshot(page, 'payment-on-account-credit');

  const statement = await ok(harness, 'billing/statement', { clientId: client.id });
  expect(statement).toMatchObject({ creditCents: 5000, balanceCents: -5000, invoices: [] });
  expect(statement.payments).toEqual([expect.objectContaining({ invoiceId: null, amountCents: 5000, method: 'cash', reference: 'Front desk' })]);
});
