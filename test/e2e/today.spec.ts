// Today, the landing screen: the day's appointments in order with their alerts, moved through with
// the keyboard (↑/↓, C for the chart, Enter for the session), and the empty day.
import { zonedToUtc } from '../../shared/domain/schedule';
import { expect, snapshot, test, type HarnessProcess } from './fixtures';

const ZONE = 'America/New_York';
const SIGNATURE = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(new Date());

async function bookToday(harness: HarnessProcess, clientId: string, time: string): Promise<string> {
  const practitionerId = (await harness.invoke('practitioners/list', {})).value[0].id;
  const settings = (await harness.invoke('schedule/settings', {})).value;
  // Today may be a Saturday or a Sunday: book it anyway, as the owner would after the question.
  const result = await harness.invoke('appointments/book', {
    clientId,
    practitionerId,
    roomId: settings.rooms[0].id,
    serviceId: settings.services[0].id,
    start: zonedToUtc(today(), time, ZONE),
    lengthMinutes: 60,
    confirmOutsideHours: true,
  });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value.id;
}

test('an empty day says what to do next', async ({ page, setupDone: _ }) => {
  await page.goto('/#/');
  await expect(page.getByText('No appointments today — book one from the Schedule')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Overdue notes' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Referrals running out' })).toBeVisible();
  await page.getByRole('main').getByRole('link', { name: 'Open the schedule' }).last().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Schedule' })).toBeVisible();
});

test('today’s appointments in order with alerts; ↑/↓, C for the chart, Enter starts the session', async ({ page, harness, setupDone: _ }) => {
  const eleanor = (await harness.invoke('clients/create', { legalFirstName: 'Eleanor', legalLastName: 'Vance' })).value.id;
  const marcus = (await harness.invoke('clients/create', { legalFirstName: 'Marcus', legalLastName: 'Hale' })).value.id;
  const signed = await harness.invoke('intakes/sign', {
    clientId: eleanor,
    answers: { reasonForVisit: 'Neck pain', takesAnticoagulant: true },
    signature: { typedName: 'Eleanor Vance', signatureDataUrl: SIGNATURE, consent: true },
  });
  expect(signed.ok).toBe(true);
  await bookToday(harness, marcus, '11:00');
  const first = await bookToday(harness, eleanor, '09:00');

  await page.goto('/#/');
  const list = page.getByRole('list', { name: 'Today’s appointments' });
  const rows = list.locator(':scope > li');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText('09:00');
  await expect(rows.nth(0)).toContainText('Eleanor Vance');
  await expect(rows.nth(0).getByRole('list', { name: 'Alerts and warnings' })).toContainText('Anticoagulants');
  await expect(rows.nth(1)).toContainText('Marcus Hale');
  await snapshot(page, 'today');

  // ↓ then ↑ moves through the rows; C opens the chart of the row in focus.
  await rows.nth(0).focus();
  await page.keyboard.press('ArrowDown');
  await expect(rows.nth(1)).toBeFocused();
  await page.keyboard.press('c');
  await expect(page.getByRole('heading', { level: 1, name: 'Marcus Hale' })).toBeVisible();
  await page.goBack();
  await rows.nth(0).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#/clients/${eleanor}/sessions/[0-9A-Z]+$`));
  expect((await harness.invoke('appointments/get', { id: first })).value).toMatchObject({ status: 'arrived', sessionId: expect.any(String) });
});
