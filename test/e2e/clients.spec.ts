import type { Page } from '@playwright/test';
import { expect, snapshot, test } from './fixtures';

const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' });

test('create a client, find it by search, edit it, archive and unarchive it', async ({ page, harness, setupDone: _ }) => {
  await page.goto('/');
  await nav(page).getByRole('link', { name: 'Clients' }).click();
  await expect(page.getByRole('heading', { name: 'Clients', exact: true })).toBeVisible();
  await snapshot(page, 'clients-empty');

  await page.getByRole('link', { name: 'New client' }).or(page.getByRole('button', { name: 'New client' })).first().click();
  await page.getByLabel('Legal first name').fill('Eleanor');
  await page.getByLabel('Legal last name').fill('Vance');
  await page.getByLabel('Preferred name').fill('Nell');
  await page.getByLabel('Pronouns').fill('she/her');
  await page.getByLabel('Date of birth').fill('1958-03-14');
  await page.getByLabel('Phone', { exact: true }).fill('(555) 014-2233');
  await page.getByLabel('Email').fill('nell.vance@example.com');
  await page.getByLabel('Insurance payer').fill('Blue Cross');
  await page.getByLabel('Member ID').fill('XJ4410022');
  await snapshot(page, 'client-form');
  await page.getByRole('button', { name: 'Save client' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Eleanor Vance' })).toBeVisible();
  await expect(page.getByText('XJ4410022')).toBeVisible();
  await snapshot(page, 'client-overview');

  // Ctrl+K finds her by phone digits and opens the chart.
  await nav(page).getByRole('link', { name: 'Today' }).click();
  await page.keyboard.press('Control+k');
  const search = page.getByLabel('Search clients');
  await expect(search).toBeFocused();
  await search.fill('5550142');
  await expect(page.getByRole('option').first()).toContainText('Vance');
  await snapshot(page, 'search-dialog');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Eleanor Vance' })).toBeVisible();

  // Edit: change the phone; the list and the database show the change.
  await page.getByRole('button', { name: 'Edit' }).or(page.getByRole('link', { name: 'Edit' })).first().click();
  await expect(page.getByLabel('Legal first name')).toHaveValue('Eleanor');
  await page.getByLabel('Phone', { exact: true }).fill('555-019-8800');
  await page.getByRole('button', { name: 'Save client' }).click();
  await expect(page.getByText('555-019-8800')).toBeVisible();
  const [hit] = (await harness.invoke('clients/search', { query: 'vance' })).value;
  expect(hit.phone).toBe('555-019-8800');

  // Archive asks first, then hides her from the active list but keeps her.
  await page.getByRole('button', { name: 'Archive', exact: true }).click();
  await snapshot(page, 'archive-confirm');
  await page.getByRole('button', { name: 'Archive client' }).click();
  await expect(page.getByRole('button', { name: 'Unarchive' })).toBeVisible();
  expect((await harness.invoke('clients/search', { query: 'vance' })).value).toEqual([]);
  expect((await harness.invoke('clients/list', { status: 'archived' })).value.total).toBe(1);

  await nav(page).getByRole('link', { name: 'Clients' }).click();
  await expect(page.getByRole('link', { name: /Vance/ })).toHaveCount(0);

  await page.goBack();
  await page.getByRole('button', { name: 'Unarchive' }).click();
  await expect(page.getByRole('button', { name: 'Archive', exact: true })).toBeVisible();
  expect((await harness.invoke('clients/search', { query: 'vance' })).value).toHaveLength(1);
});

test('the clients list filters as you type', async ({ page, harness, setupDone: _ }) => {
  const people = [
    ['Ana', 'Alvarez'],
    ['Ben', 'Brooks'],
    ['Carla', 'Chen'],
    ['Dev', 'Desai'],
    ['José', 'Domínguez'],
  ];
  for (const [legalFirstName, legalLastName] of people) {
    const r = await harness.invoke('clients/create', { legalFirstName, legalLastName });
    expect(r.ok).toBe(true);
  }
  await page.goto('/#/clients');
  const table = page.getByRole('table');
  await expect(table.getByRole('link')).toHaveCount(5);
  await snapshot(page, 'clients-list');
  await page.getByLabel('Filter clients').fill('do');
  await expect(table.getByRole('link')).toHaveCount(1);
  await expect(table.getByRole('link', { name: /Domínguez/ })).toBeVisible();
  await page.getByLabel('Filter clients').fill('jose');
  await expect(table.getByRole('link', { name: /Domínguez/ })).toBeVisible();
  await page.getByLabel('Filter clients').fill('zzz');
  await expect(table.getByRole('link')).toHaveCount(0);
  await expect(page.getByText(/no (active )?clients match/i)).toBeVisible();
});
