// The schedule in the browser harness: book by clicking a free slot, move by dragging and by
// keyboard, clashes named by the core, an 8-week series from a plan, and an appointment carried
// through arrived → session → signed → completed. "This week" comes from the real clock, so every
// test works on next week's Tuesday and Wednesday (inside the default 09:00–17:00 hours).
import type { Locator, Page } from '@playwright/test';
import { zonedToUtc } from '../../shared/domain/schedule';
import { expect, snapshot, test, type HarnessProcess } from './fixtures';

const ZONE = 'America/New_York';
/** The grid's geometry (renderer/src/schedule/calendar.ts): 07:00 at the top, 14 px per 15 minutes. */
const GRID_START = 7 * 60;
const SLOT_PX = 14;

/** YYYY-MM-DD in the clinic's zone, `days` after today. */
function clinicDate(days = 0): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(new Date());
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Next week's Monday + `offset` days (1 = Tuesday, 2 = Wednesday). */
function nextWeek(offset: number): string {
  const today = clinicDate(0);
  const weekday = new Date(`${today}T12:00:00Z`).getUTCDay();
  return clinicDate(((8 - weekday) % 7 || 7) + offset);
}

const TUE = nextWeek(1);
const WED = nextWeek(2);
const at = (date: string, time: string) => zonedToUtc(date, time, ZONE);

async function practitionerId(harness: HarnessProcess): Promise<string> {
  return (await harness.invoke('practitioners/list', {})).value[0].id;
}

async function createClient(harness: HarnessProcess, first: string, last: string): Promise<string> {
  return (await harness.invoke('clients/create', { legalFirstName: first, legalLastName: last })).value.id;
}

async function book(harness: HarnessProcess, clientId: string, date: string, time: string, lengthMinutes = 60): Promise<string> {
  const settings = (await harness.invoke('schedule/settings', {})).value;
  const result = await harness.invoke('appointments/book', {
    clientId,
    practitionerId: await practitionerId(harness),
    roomId: settings.rooms[0].id,
    serviceId: settings.services[0].id,
    start: at(date, time),
    lengthMinutes,
  });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value.id;
}

/** A day column of the grid, and the page position of a wall-clock time in it. */
function column(page: Page, date: string): Locator {
  return page.locator(`[data-date="${date}"]`);
}
async function pointAt(page: Page, date: string, time: string): Promise<{ x: number; y: number }> {
  const box = (await column(page, date).boundingBox())!;
  const [h, m] = time.split(':').map(Number) as [number, number];
  return { x: box.x + box.width / 2, y: box.y + ((h * 60 + m - GRID_START) / 15) * SLOT_PX + SLOT_PX / 2 };
}

async function openWeek(page: Page, date: string): Promise<void> {
  await page.goto(`/#/schedule?view=week&date=${date}`);
  await expect(column(page, date)).toBeVisible();
}

function toast(page: Page, text: string | RegExp): Locator {
  return page.getByRole('status').filter({ hasText: text });
}

test('book by clicking a free slot, move by dragging, then by keyboard', async ({ page, harness, setupDone: _ }) => {
  const clientId = await createClient(harness, 'Eleanor', 'Vance');
  await openWeek(page, TUE);

  // A click on Tuesday 10:00 opens the booking dialog at that time with the default service.
  const slot = await pointAt(page, TUE, '10:00');
  await page.mouse.click(slot.x, slot.y);
  const dialog = page.getByRole('dialog', { name: 'Book an appointment' });
  await expect(dialog.getByLabel('Date')).toHaveValue(TUE);
  await expect(dialog.getByLabel('Start time')).toHaveValue('10:00');
  await expect(dialog.getByLabel('Length (minutes)')).toHaveValue('60');
  await dialog.getByRole('combobox', { name: 'Client' }).fill('vance');
  await expect(dialog.getByRole('option', { name: /Eleanor Vance/ })).toBeVisible();
  await dialog.getByRole('combobox', { name: 'Client' }).press('Enter');
  await expect(dialog.getByText('Eleanor Vance', { exact: true })).toBeVisible();
  await snapshot(page, 'booking-dialog');
  await dialog.getByRole('button', { name: 'Book', exact: true }).click();
  await expect(toast(page, /^Booked Eleanor Vance, .* 10:00–11:00$/)).toBeVisible();

  const [booked] = (await harness.invoke('appointments/forClient', { clientId })).value;
  expect(booked).toMatchObject({ start: at(TUE, '10:00'), end: at(TUE, '11:00'), localStart: '10:00', status: 'booked' });
  const block = page.getByRole('button', { name: /^Eleanor Vance, / });
  await expect(block).toBeVisible();
  await snapshot(page, 'schedule-week');

  // Drag it to Wednesday, two hours later.
  const box = (await block.boundingBox())!;
  const grab = { x: box.x + box.width / 2, y: box.y + 10 };
  const target = await pointAt(page, WED, '12:00');
  await page.mouse.move(grab.x, grab.y);
  await page.mouse.down();
  await page.mouse.move(grab.x + 30, grab.y + 40, { steps: 4 });
  await page.mouse.move(target.x, grab.y + 8 * SLOT_PX, { steps: 6 });
  await expect(page.locator('.sched-ghost')).toContainText('12:00–13:00');
  await page.mouse.up();
  await expect(toast(page, /^Moved Eleanor Vance to .* 12:00–13:00$/)).toBeVisible();
  expect((await harness.invoke('appointments/get', { id: booked.id })).value).toMatchObject({ localDate: WED, localStart: '12:00', localEnd: '13:00' });

  // Keyboard: Alt+↓ moves 15 minutes later, Shift+Alt+↓ lengthens by 15; focus stays on the block.
  await block.focus();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(toast(page, /12:15–13:15$/)).toBeVisible();
  expect((await harness.invoke('appointments/get', { id: booked.id })).value).toMatchObject({ start: at(WED, '12:15'), localEnd: '13:15' });
  await expect(block).toBeFocused();
  await page.keyboard.press('Shift+Alt+ArrowDown');
  await expect(toast(page, /12:15–13:30$/)).toBeVisible();
  expect((await harness.invoke('appointments/get', { id: booked.id })).value).toMatchObject({ start: at(WED, '12:15'), end: at(WED, '13:30') });

  // D: the one-day view of the week's anchor (Tuesday), then ] to Wednesday with the block on it.
  await page.locator('h1').click();
  await page.keyboard.press('d');
  await expect(page.getByRole('heading', { level: 2, name: /^Tuesday / })).toBeVisible();
  await page.keyboard.press(']');
  await expect(page.getByRole('heading', { level: 2, name: /^Wednesday / })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Eleanor Vance, / })).toBeVisible();
  await snapshot(page, 'schedule-day');
});

test('a clash is refused with the core’s sentence naming the other client, and nothing moves', async ({ page, harness, setupDone: _ }) => {
  const eleanor = await createClient(harness, 'Eleanor', 'Vance');
  const ben = await createClient(harness, 'Ben', 'Brooks');
  const eleanorAppointment = await book(harness, eleanor, TUE, '10:00');
  await book(harness, ben, TUE, '14:00');
  await openWeek(page, TUE);

  // Booking on top of Ben's appointment, from "New appointment".
  await page.getByRole('button', { name: 'New appointment' }).click();
  const dialog = page.getByRole('dialog', { name: 'Book an appointment' });
  await dialog.getByRole('combobox', { name: 'Client' }).fill('Eleanor');
  await dialog.getByRole('option', { name: /Eleanor Vance/ }).click();
  await dialog.getByLabel('Date').fill(TUE);
  await dialog.getByLabel('Start time').fill('14:30');
  await dialog.getByRole('button', { name: 'Book', exact: true }).click();
  await expect(dialog.getByRole('alert')).toContainText(`That time clashes with Ben Brooks's appointment on ${TUE} 14:00–15:00`);
  await expect(dialog.getByLabel('Start time')).toHaveAccessibleDescription('This time is taken');
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  // Dragging Eleanor's block onto it: the banner names Ben, and the block stays at 10:00.
  const block = page.getByRole('button', { name: /^Eleanor Vance, / });
  const box = (await block.boundingBox())!;
  const offset = async () => (await block.boundingBox())!.y - (await column(page, TUE).boundingBox())!.y;
  const before = await offset();
  await page.mouse.move(box.x + box.width / 2, box.y + 10);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2, box.y + 10 + 16 * SLOT_PX, { steps: 8 });
  await page.mouse.up();
  await expect(page.getByRole('alert')).toContainText('clashes with Ben Brooks');
  await snapshot(page, 'schedule-clash');
  expect((await harness.invoke('appointments/get', { id: eleanorAppointment })).value.start).toBe(at(TUE, '10:00'));
  expect(await offset()).toBeCloseTo(before, 0);
});

test('an 8-week series from a treatment plan, previewed and booked', async ({ page, harness, setupDone: _ }) => {
  const clientId = await createClient(harness, 'Marcus', 'Hale');
  const plan = await harness.invoke('plans/create', {
    clientId,
    goals: [{ description: 'Pain 7/10 → 3/10', baseline: '7/10', target: '3/10' }],
    frequencyPerWeek: 1,
    plannedSessions: 8,
    startDate: clinicDate(0),
  });
  expect(plan.ok).toBe(true);
  await page.goto(`/#/clients/${clientId}/referrals`);
  await page.getByRole('button', { name: /^Schedule series/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Schedule the plan’s series' });
  await expect(dialog.getByLabel('Number of visits')).toHaveValue('8');
  await dialog.getByLabel('First date').fill(TUE);
  await expect(dialog.getByRole('checkbox', { name: 'Tuesday' })).toBeChecked();
  await dialog.getByLabel('Time').fill('10:00');
  await dialog.getByRole('button', { name: 'Preview' }).click();
  const preview = dialog.getByRole('list', { name: 'Series preview' });
  await expect(preview.getByRole('listitem')).toHaveCount(8);
  await expect(preview.getByText('Free')).toHaveCount(8);
  await snapshot(page, 'series-preview');
  await dialog.getByRole('button', { name: 'Book 8 appointments' }).click();
  await expect(toast(page, 'Booked 8 appointments for Marcus Hale')).toBeVisible();

  const appointments = (await harness.invoke('appointments/forClient', { clientId })).value as { localStart: string; localDate: string; seriesId: string }[];
  expect(appointments).toHaveLength(8);
  expect(new Set(appointments.map((a) => a.seriesId)).size).toBe(1);
  expect(appointments.every((a) => a.localStart === '10:00' && new Date(`${a.localDate}T12:00:00Z`).getUTCDay() === 2)).toBe(true);
});

test('mark arrived, start the session from the appointment, sign it: the appointment is completed', async ({ page, harness, setupDone: _ }) => {
  const clientId = await createClient(harness, 'Priya', 'Raman');
  const id = await book(harness, clientId, TUE, '11:00');
  await openWeek(page, TUE);
  await page.getByRole('button', { name: /^Priya Raman, / }).click();
  const details = page.getByRole('dialog', { name: 'Appointment' });
  await expect(details.getByText('Booked', { exact: true })).toBeVisible();
  await details.getByRole('button', { name: 'Mark arrived' }).click();
  await expect(details.getByText('Arrived', { exact: true })).toBeVisible();
  await snapshot(page, 'appointment-details');
  await details.getByRole('button', { name: 'Start session' }).click();
  await expect(page).toHaveURL(new RegExp(`#/clients/${clientId}/sessions/[0-9A-Z]+$`));
  await expect(page.getByLabel('Subjective')).toBeVisible();
  const sessionId = /sessions\/([0-9A-Z]+)$/.exec(page.url())![1]!;

  const signed = await harness.invoke('sessions/sign', { id: sessionId, signedBy: await practitionerId(harness), practitionerId: await practitionerId(harness), sessionDate: TUE });
  expect(signed.ok).toBe(true);
  expect((await harness.invoke('appointments/get', { id })).value).toMatchObject({ status: 'completed', sessionId });
  await openWeek(page, TUE);
  await page.getByRole('button', { name: /^Priya Raman, .*Completed/ }).click();
  await expect(details.getByText('Completed', { exact: true })).toBeVisible();
  await expect(details.getByRole('button', { name: 'Open session' })).toBeVisible();
});
