// The demo clinic's settings: name and time zone, therapists, a room each, opening hours,
// holidays, billing details, a 30-minute self-pay service and two prepaid packages.
import type { InputOf, Method, ResultOf } from '../../../shared/contract';
import { DEMO_ZONE, hhmm, OPENING } from './calendar';
import { npiWithCheckDigit, THERAPISTS } from './names';

export const DEMO_CLINIC_NAME = 'Riverside Medical Massage (DEMO)';
export const SELF_PAY_PAYER = '01JD0000000000000000PAYER1';
export const MEDICARE_PAYER = '01JD0000000000000000PAYER2';
/** Flat-rate self-pay services made by migration 0005 (60 and 90 minutes). */
export const FLAT_60 = '01JD000000000000000CAT0007';
export const FLAT_90 = '01JD000000000000000CAT0008';

export type Call = <M extends Method>(method: M, input: InputOf<M>) => ResultOf<M>;

export interface DemoSetup {
  therapists: { id: string; name: string; roomId: string }[];
  flat30: string;
  packages: { 5: string; 10: string };
}

export function setUpClinic(call: Call, therapistCount: number, closedDays: readonly { date: string; reason: string }[]): DemoSetup {
  const people = Array.from({ length: therapistCount }, (_, i) => {
    const t = THERAPISTS[i % THERAPISTS.length]!;
    const suffix = i >= THERAPISTS.length ? ` ${Math.floor(i / THERAPISTS.length) + 1}` : '';
    return { firstName: t.firstName, lastName: `${t.lastName}${suffix}`, credentials: t.credentials, licenseNumber: `MT-${String(20_417 + i * 7_919).padStart(6, '0')}`, npi: npiWithCheckDigit(1_376_000 + i * 104_729) };
  });
  call('clinic/setup', { clinic: { name: DEMO_CLINIC_NAME, timeZone: DEMO_ZONE }, practitioner: people[0]!, access: { mode: 'none' } });
  for (const p of people.slice(1)) call('practitioners/create', p);
  const practitioners = call('practitioners/list', {});
  const ids = people.map((p) => practitioners.find((x) => x.firstName === p.firstName && x.lastName === p.lastName)!.id);

  let settings = call('schedule/settings', {});
  const firstRoom = settings.rooms[0]!;
  call('rooms/update', { id: firstRoom.id, name: 'Room 1', active: true });
  for (let i = 1; i < therapistCount; i++) call('rooms/create', { name: `Room ${i + 1}`, active: true });
  call('schedule/saveHours', {
    hours: Object.entries(OPENING).flatMap(([weekday, h]) => (h ? [{ weekday: Number(weekday), open: hhmm(h[0]), close: hhmm(h[1]) }] : [])),
  });
  for (const day of closedDays) call('schedule/addClosedDay', day);
  settings = call('schedule/settings', {});
  const rooms = settings.rooms.map((r) => r.id);

  call('billing/saveSettings', {
    legalName: 'Riverside Medical Massage, PLLC (DEMO)',
    addressLine1: '12 River Road',
    addressLine2: 'Suite 2',
    city: 'Beacon',
    region: 'NY',
    postalCode: '12508',
    country: 'United States',
    phone: '(845) 555-0100',
    email: 'frontdesk@riverside.example.com',
    taxId: '12-3456789',
    practiceNpi: npiWithCheckDigit(1_992_000),
    currency: 'USD',
    invoicePrefix: 'RMM-',
    nextInvoiceNumber: 1001,
    paymentTermsDays: 30,
    footerText: 'Sample data: this is a demonstration clinic. Thank you for your visit!',
    placeOfService: '11',
  });
  let catalog = call('catalog/create', { code: '', description: '30-minute massage (self-pay)', kind: 'flat', feeCents: 5500 });
  const flat30 = catalog.services.find((s) => s.description === '30-minute massage (self-pay)')!.id;
  call('packages/create', { name: '5-visit package (60 min)', visits: 5, priceCents: 40_000, serviceId: FLAT_60 });
  catalog = call('packages/create', { name: '10-visit package (60 min)', visits: 10, priceCents: 78_000, serviceId: FLAT_60 });
  const pkg = (visits: number) => catalog.packages.find((p) => p.visits === visits)!.id;
  return {
    therapists: people.map((p, i) => ({ id: ids[i]!, name: `${p.firstName} ${p.lastName}, ${p.credentials}`, roomId: rooms[i % rooms.length]! })),
    flat30,
    packages: { 5: pkg(5), 10: pkg(10) },
  };
}
