import type { Page } from '@playwright/test';
import { expect, snapshot, test } from './fixtures';

const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' });
const backups = (page: Page) => page.getByRole('region', { name: 'Backups' });
const audit = (page: Page) => page.getByRole('region', { name: 'Audit trail' });

async function openSettings(page: Page): Promise<void> {
  await nav(page).getByRole('link', { name: 'Settings' }).click();
  await expect(backups(page).getByRole('heading', { name: 'Backups' })).toBeVisible();
}

async function clientNames(page: Page): Promise<void> {
  await nav(page).getByRole('link', { name: 'Clients' }).click();
  await expect(page.getByRole('heading', { name: 'Clients', exact: true })).toBeVisible();
}

test('back up, restore the earlier backup, undo the restore; the audit trail lists it', async ({ page, harness, setupDone: _ }) => {
  await page.goto('/');
  await openSettings(page);
  await expect(backups(page).getByText(/No backup yet/).first()).toBeVisible();
  await backups(page).getByRole('button', { name: 'Back up now' }).click();
  await expect(backups(page).getByRole('button', { name: /^Restore… the backup of/ })).toHaveCount(1);
  await backups(page).getByRole('button', { name: 'Verify latest backup' }).click();
  await expect(backups(page).getByRole('status').filter({ hasText: /^The backup of .* is sound: 0 clients/ })).toBeVisible();
  await snapshot(page, 'backups-card');

  // A client created after that backup.
  await clientNames(page);
  await page.getByRole('link', { name: 'New client' }).or(page.getByRole('button', { name: 'New client' })).first().click();
  await page.getByLabel('Legal first name').fill('Eleanor');
  await page.getByLabel('Legal last name').fill('Vance');
  await page.getByRole('button', { name: 'Save client' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Eleanor Vance' })).toBeVisible();

  // Restore the earlier backup: the current data is backed up first, then replaced.
  await openSettings(page);
  await backups(page).getByRole('button', { name: /^Restore… the backup of/ }).click();
  const confirm = page.getByRole('dialog', { name: 'Restore a backup?' });
  await expect(confirm).toContainText('Your current data is saved as a backup first, so you can undo this.');
  await snapshot(page, 'restore-confirm');
  await confirm.getByRole('button', { name: 'Restore' }).click();
  await expect(backups(page).getByRole('button', { name: 'Undo restore' })).toBeVisible();
  await expect(backups(page).getByRole('row').filter({ hasText: 'Before a restore' })).toHaveCount(1);
  expect((await harness.invoke('clients/list', { status: 'all' })).value.total).toBe(0);
  await clientNames(page);
  await expect(page.getByRole('link', { name: /Vance/ })).toHaveCount(0);

  // Undo: restore the backup made just before; Eleanor is back.
  await openSettings(page);
  await backups(page).getByRole('button', { name: 'Undo restore' }).click();
  await page.getByRole('dialog', { name: 'Undo the restore?' }).getByRole('button', { name: 'Undo the restore' }).click();
  await expect(backups(page).getByRole('button', { name: 'Undo restore' })).toBeVisible();
  await clientNames(page);
  await expect(page.getByRole('link', { name: /Vance/ })).toHaveCount(1);

  // The audit trail lists the restore, and its chain is intact.
  await openSettings(page);
  await audit(page).getByLabel('Action').selectOption({ label: 'Restored' });
  await expect(audit(page).getByRole('row').filter({ hasText: /Restored the backup of/ })).toHaveCount(1);
  await audit(page).getByRole('button', { name: 'Verify audit trail' }).click();
  await expect(audit(page).getByRole('status')).toHaveText(/The audit trail is intact: all \d+ entries match their fingerprints\./);
  await audit(page).getByLabel('Action').selectOption({ label: 'Any action' });
  await expect(audit(page).getByRole('row').filter({ hasText: 'Created client record' })).toHaveCount(1);
  await snapshot(page, 'audit-card');
});

test('the audit viewer filters by client and exports CSV', async ({ page, harness, setupDone: _ }) => {
  const ada = (await harness.invoke('clients/create', { legalFirstName: 'Ada', legalLastName: 'Lovelace' })).value;
  await harness.invoke('clients/create', { legalFirstName: 'Ben', legalLastName: 'Okri' });
  await harness.invoke('clients/get', { id: ada.id });
  await page.goto('/#/settings');
  await audit(page).getByLabel('Client').fill('lovelace');
  await audit(page).getByRole('list', { name: 'Matching clients' }).getByRole('button', { name: 'Ada Lovelace' }).click();
  await expect(audit(page).getByRole('button', { name: /Show every client/ })).toBeVisible();
  await expect(audit(page).getByRole('row').filter({ hasText: 'Ben Okri' })).toHaveCount(0);
  await expect(audit(page).getByRole('row').filter({ hasText: 'Viewed client record' })).toHaveCount(1);
  // Who: the users (set-up made the owner, who is signed in with no sign-in), named in each row.
  await expect(audit(page).getByLabel('Who').locator('option')).toHaveText(['Anyone', 'Palpate (no one signed in)', 'Maya Okafor']);
  await expect(audit(page).getByRole('row').filter({ hasText: 'Viewed client record' })).toContainText('Maya Okafor');
  await audit(page).screenshot({ path: 'test-results/screens/audit-filtered.png' });
  const download = page.waitForEvent('download');
  await audit(page).getByRole('button', { name: 'Export CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^Audit trail - \d{4}-\d{2}-\d{2}\.csv$/);
  const text = await (await file.createReadStream()).toArray();
  const csv = Buffer.concat(text as Buffer[]).toString('utf8');
  expect(csv.split('\r\n')).toHaveLength(3);
  expect(csv).toContain('Viewed client record');
  expect(csv).not.toContain('Okri');
});
