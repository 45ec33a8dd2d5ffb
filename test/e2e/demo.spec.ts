// The demo clinic: offered on first run beside setting up one's own, marked DEMO on every screen,
// full of sample clients, and left again for the (still empty) clinic of one's own.
import { expect, snapshot, test } from './fixtures';

test('first run opens the demo clinic, marked DEMO, and leaving it returns to setup', async ({ page, harness }) => {
  // The first opening generates the demo clinic (a year of a two-therapist practice): a few seconds.
  test.setTimeout(120_000);
  await page.goto('/');
  await expect(page.getByText('Just looking?')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Set up clinic' })).toBeVisible();
  await page.getByRole('button', { name: 'Open demo clinic' }).click();

  const ribbon = page.getByRole('note', { name: 'Demo clinic' });
  await expect(ribbon).toBeVisible({ timeout: 90_000 });
  await expect(ribbon).toContainText('DEMO');
  await expect(ribbon).toContainText('sample data');
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();

  const status = (await harness.invoke('app/status', {})).value;
  expect(status).toMatchObject({ demo: true, needsSetup: false, clinic: { name: 'Riverside Medical Massage (DEMO)' } });

  // The marker stays on every screen.
  for (const section of ['Schedule', 'Clients', 'Settings']) {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: section }).click();
    await expect(ribbon).toBeVisible();
  }

  // Sample clients are there: search finds one.
  const page1 = (await harness.invoke('clients/list', { status: 'active', limit: 1, offset: 0 })).value;
  expect(page1.total).toBeGreaterThan(20);
  const someone = page1.clients[0];
  await page.keyboard.press('Control+K');
  await page.getByRole('combobox', { name: 'Search clients' }).fill(`${someone.legalFirstName} ${someone.legalLastName}`);
  await expect(page.getByRole('option', { name: new RegExp(someone.legalLastName) }).first()).toBeVisible();
  await snapshot(page, 'demo-search');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(someone.legalLastName) })).toBeVisible();
  await expect(ribbon).toBeVisible();

  // Leaving the demo goes back to the clinic's own data: still not set up.
  await ribbon.getByRole('button', { name: 'Leave demo' }).click();
  await expect(page.getByRole('heading', { name: 'Welcome to Palpate' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('button', { name: 'Open demo clinic' })).toBeVisible();
  await expect(ribbon).toHaveCount(0);
  const back = (await harness.invoke('app/status', {})).value;
  expect(back).toMatchObject({ demo: false, needsSetup: true, clinic: null });
  expect(back.dataDir).toBe(harness.dataDir);
});
