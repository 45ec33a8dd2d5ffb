// Booking from the client chart: "Book" in the header opens the schedule's booking dialog with the
// client chosen and the next free slot proposed; after booking, a line names the time and the
// practitioner and links to that week of the schedule. Archived clients have no Book button.
import { expect, snapshot, test } from './fixtures';

test('book the next appointment from the chart header, then find it in the schedule', async ({ page, harness, setupDone: _ }) => {
  const clientId = (await harness.invoke('clients/create', { legalFirstName: 'Nadia', legalLastName: 'Brennan' })).value.id;
  await page.goto(`/#/clients/${clientId}`);
  const header = page.locator('.chart-header');
  await expect(header.getByRole('heading', { name: 'Nadia Brennan' })).toBeVisible();

  await header.getByRole('button', { name: 'Book', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Book an appointment' });
  await expect(dialog).toBeVisible();
  // The client is already chosen, and the next free slot is proposed with the default service.
  await expect(dialog.getByText('Nadia Brennan', { exact: true })).toBeVisible();
  await expect(dialog.getByLabel('Start time')).toHaveValue(/^\d\d:\d\d$/);
  await expect(dialog.getByLabel('Date')).toHaveValue(/^\d{4}-\d\d-\d\d$/);
  await expect(dialog.getByLabel('Length (minutes)')).toHaveValue('60');
  await expect(dialog.getByLabel('Practitioner')).toHaveValue((await harness.invoke('practitioners/list', {})).value[0].id);
  const date = await dialog.getByLabel('Date').inputValue();
  const time = await dialog.getByLabel('Start time').inputValue();
  await snapshot(page, 'book-from-chart-dialog');

  await dialog.getByRole('button', { name: 'Book', exact: true }).click();
  await expect(dialog).toBeHidden();
  const note = page.getByRole('status').filter({ hasText: /^Booked / });
  await expect(note).toContainText(new RegExp(`^Booked \\w+ \\d+ \\w+ ${time} with Maya Okafor`));
  await snapshot(page, 'book-from-chart-booked');

  const [booked] = (await harness.invoke('appointments/forClient', { clientId })).value;
  expect(booked).toMatchObject({ localDate: date, localStart: time, status: 'booked' });

  await note.getByRole('link', { name: 'Open in schedule' }).click();
  await expect(page).toHaveURL(new RegExp(`#/schedule\\?view=week&date=${date}$`));
  await expect(page.locator(`[data-date="${date}"]`)).toBeVisible();
  await expect(page.getByRole('button', { name: /^Nadia Brennan, / })).toBeVisible();
});

test('an archived client has no Book button', async ({ page, harness, setupDone: _ }) => {
  const clientId = (await harness.invoke('clients/create', { legalFirstName: 'Otto', legalLastName: 'Lind' })).value.id;
  await page.goto(`/#/clients/${clientId}`);
  const header = page.locator('.chart-header');
  await expect(header.getByRole('button', { name: 'Book', exact: true })).toBeVisible();

  expect((await harness.invoke('clients/archive', { id: clientId })).ok).toBe(true);
  await page.reload();
  await expect(header.getByRole('button', { name: 'Unarchive' })).toBeVisible();
  await expect(header.getByRole('button', { name: 'Book', exact: true })).toHaveCount(0);
});
