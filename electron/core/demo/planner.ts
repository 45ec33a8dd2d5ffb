// Plans the whole demo clinic in memory before anything is written: who arrives when, their
// treatment plans, every visit in a free slot of a therapist's week, what happens at each visit
// and when each bill is paid. The result is a time-ordered list of events that generate.ts then
// carries out through the core's API with the clock set to each event's time.
import { addDays, dateOfDayNumber, dayNumber } from '../../../shared/domain/schedule-time';
import { Book, findSlot, holidays, localInstant, type Length } from './calendar';
import { makePerson, type DemoPerson } from './people';
import type { Rng } from './random';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** Visits are booked this far past "now", so the coming weeks are already filling up. */
const FUTURE_DAYS = 28;

export type Outcome = 'attended' | 'cancelled' | 'no_show' | 'booked' | 'in_progress' | 'draft';
export type Billing = 'medicare' | 'self' | 'package' | 'none';

export interface PlannedPayment {
  visit: PlannedVisit;
  at: number;
  /** Share of the invoice total, or 'rest' for whatever is still owed. */
  share: number | 'rest';
  method: 'cash' | 'card' | 'check' | 'insurance';
}

export interface PlannedVisit {
  plan: PlannedPlan;
  /** 0 is the plan's first visit. */
  k: number;
  therapist: number;
  date: string;
  startMinute: number;
  length: Length;
  start: number;
  end: number;
  /** Booked as part of the plan's series (else on its own: the evaluation, or a moved visit). */
  inSeries: boolean;
  outcome: Outcome;
  billing: Billing;
  signAt: number;
  ids: { appointment?: string; session?: string; invoice?: string };
  invoiceTotal: number;
  paid: number;
}

export interface PlannedPlan {
  client: PlannedClient;
  index: number;
  therapist: number;
  every: 1 | 2;
  length: Length;
  startDate: string;
  bookAt: number;
  visits: PlannedVisit[];
  referral: boolean;
  /** A prepaid package bought at the plan's first visit (self-pay only), 0 for none. */
  packageVisits: 0 | 5 | 10;
  /** How far findings improve by the end of the plan (0–1). */
  improvement: number;
  ids: { referral?: string; plan?: string; clientPackage?: string };
}

export interface PlannedClient {
  index: number;
  person: DemoPerson;
  therapist: number;
  callAt: number;
  plans: PlannedPlan[];
  archiveAt: number | null;
  ids: { client?: string };
}

export type DemoEvent =
  | { kind: 'client'; at: number; client: PlannedClient }
  | { kind: 'referral' | 'series'; at: number; plan: PlannedPlan }
  | { kind: 'intake'; at: number; client: PlannedClient }
  | { kind: 'book' | 'confirm' | 'cancel' | 'noshow' | 'start' | 'sign'; at: number; visit: PlannedVisit }
  | { kind: 'pay'; at: number; payment: PlannedPayment }
  | { kind: 'archive'; at: number; client: PlannedClient };

export interface DemoPlan {
  clients: PlannedClient[];
  events: DemoEvent[];
  closedDays: { date: string; reason: string }[];
  firstDay: string;
}

export interface PlanOptions {
  years: number;
  clients: number;
  therapists: number;
  now: number;
}

/** Preferred start times: early mornings, lunch and after work are the busy hours. */
const PREFERRED_STARTS = [[8 * 60, 3], [9 * 60, 4], [10 * 60, 4], [11 * 60, 3], [12 * 60, 3], [13 * 60, 3], [14 * 60, 3], [15 * 60, 4], [16 * 60, 5], [17 * 60, 5]] as const;

function planVisitCount(rng: Rng, pattern: DemoPerson['pattern'], index: number): number {
  if (pattern === 'brief') return rng.int(1, 4);
  if (pattern === 'standard') return index === 0 ? rng.int(6, 12) : rng.int(4, 8);
  return rng.int(8, 12);
}

/** Whether another plan follows this one. */
function continues(rng: Rng, pattern: DemoPerson['pattern'], index: number): boolean {
  if (pattern === 'brief') return false;
  if (pattern === 'standard') return index === 0 && rng.chance(0.3);
  return rng.chance(0.75);
}

function outcomeOf(rng: Rng, v: PlannedVisit, now: number): Outcome {
  if (v.start >= now) return 'booked';
  if (v.signAt > now) return 'in_progress';
  // The first visit of a client is never missed: they would simply have booked another day.
  if (!(v.k === 0 && v.plan.index === 0)) {
    const r = rng.next();
    if (r < 0.05) return 'cancelled';
    if (r < 0.08) return 'no_show';
  }
  // A few recent notes are still unsigned: the "overdue notes" list has something to show.
  if (now - v.start < 3 * DAY && rng.chance(0.08)) return 'draft';
  return 'attended';
}

function paymentsFor(rng: Rng, v: PlannedVisit): PlannedPayment[] {
  const later = (min: number, max: number, from = v.signAt) => from + rng.int(min, max) * DAY + rng.int(9, 16) * HOUR;
  if (v.billing === 'medicare') {
    const insurance = later(14, 45);
    const list: PlannedPayment[] = [{ visit: v, at: insurance, share: 0.8, method: 'insurance' }];
    if (rng.chance(0.85)) list.push({ visit: v, at: later(5, 30, insurance), share: 'rest', method: rng.pick(['card', 'card', 'check', 'cash'] as const) });
    return list;
  }
  if (v.billing !== 'self') return [];
  const method = rng.weighted([['card', 70], ['cash', 20], ['check', 10]] as const);
  const r = rng.next();
  if (r < 0.86) return [{ visit: v, at: v.signAt + 2 * MINUTE, share: 1, method }];
  if (r < 0.92) {
    const list: PlannedPayment[] = [{ visit: v, at: v.signAt + 2 * MINUTE, share: 0.5, method }];
    if (rng.chance(0.8)) list.push({ visit: v, at: later(7, 30), share: 'rest', method });
    return list;
  }
  return rng.chance(0.85) ? [{ visit: v, at: later(3, 40), share: 'rest', method }] : [];
}

/** Every client, plan, visit and payment of the demo clinic, and the events that write them. */
export function planClinic(rng: Rng, options: PlanOptions): DemoPlan {
  const { now, therapists } = options;
  const nowDay = dayNumber(new Date(now).toISOString().slice(0, 10));
  const firstDayNumber = nowDay - Math.round(options.years * 365.25);
  const firstDay = dateOfDayNumber(firstDayNumber);
  const closedDays = holidays(Number(firstDay.slice(0, 4)), Number(dateOfDayNumber(nowDay + FUTURE_DAYS).slice(0, 4)));
  const book = new Book(new Set(closedDays.map((d) => dayNumber(d.date))));
  const lastDay = nowDay + FUTURE_DAYS;
  const people = rng.fork('people');
  // How many visits each client makes on average: a small practice sees its few clients often.
  const capacity = therapists * options.years * 52 * 30;
  const loyalty = Math.min(4, Math.max(0.6, capacity / options.clients / 12));
  const choices = rng.fork('choices');

  // Arrivals spread over the years (a week in, so the first clients have a clinic to call). A small
  // practice has its regulars from early on: there, arrivals lean toward the start.
  const lean = Math.min(2, Math.max(1, loyalty / 2));
  const arrivals = Array.from({ length: options.clients }, () => firstDayNumber + 7 + Math.floor(choices.next() ** lean * (nowDay + 10 - firstDayNumber - 7))).sort((a, b) => a - b);
  const clients: PlannedClient[] = [];
  const events: DemoEvent[] = [];
  arrivals.forEach((arrival, index) => {
    const arrivalDate = dateOfDayNumber(arrival);
    const person = makePerson(people, arrivalDate, index, loyalty);
    const therapist = choices.int(0, therapists - 1);
    const wishMinute = choices.weighted(PREFERRED_STARTS);
    const callAt = Math.min(Math.max(localInstant(dateOfDayNumber(Math.max(firstDayNumber, arrival - choices.int(1, 10))), choices.int(9 * 60, 17 * 60)), localInstant(firstDay, 9 * 60)), now - HOUR);
    const client: PlannedClient = { index, person, therapist, callAt, plans: [], archiveAt: null, ids: {} };
    clients.push(client);
    events.push({ kind: 'client', at: callAt, client });

    let planStart = arrivalDate;
    let lastIntake = -Infinity;
    for (let p = 0; p < 40; p++) {
      const count = planVisitCount(choices, person.pattern, p);
      const every: 1 | 2 = person.pattern === 'chronic' && p > 0 && choices.chance(0.4) ? 2 : choices.chance(0.2) ? 2 : 1;
      const length: Length = choices.weighted([[60, 75], [90, 12], [30, 13]] as const);
      const plan: PlannedPlan = {
        client,
        index: p,
        therapist,
        every,
        length,
        startDate: planStart,
        bookAt: 0,
        visits: [],
        referral: person.medicare || choices.chance(0.4),
        packageVisits: !person.medicare && count >= 5 && choices.chance(0.2) ? (count >= 10 ? 10 : 5) : 0,
        improvement: person.pattern === 'chronic' ? 0.3 + choices.next() * 0.3 : 0.55 + choices.next() * 0.4,
        ids: {},
      };
      for (let k = 0; k < count; k++) {
        const wishDate = addDays(planStart, k * 7 * every);
        if (dayNumber(wishDate) > lastDay) break;
        // The client's very first visit is the evaluation: 75 minutes, booked on its own.
        const evaluation = p === 0 && plan.visits.length === 0;
        const visitLength: Length = evaluation ? 75 : length;
        const slot = findSlot(book, { therapist, date: wishDate, startMinute: wishMinute, length: visitLength }, therapists);
        if (!slot) continue;
        const start = localInstant(slot.date, slot.startMinute);
        const end = start + visitLength * MINUTE;
        const visit: PlannedVisit = {
          plan,
          k: plan.visits.length,
          therapist: slot.therapist,
          date: slot.date,
          startMinute: slot.startMinute,
          length: visitLength,
          start,
          end,
          inSeries: !evaluation && slot.therapist === therapist,
          outcome: 'booked',
          billing: 'none',
          signAt: end + choices.int(3, 40) * MINUTE,
          ids: {},
          invoiceTotal: 0,
          paid: 0,
        };
        visit.outcome = outcomeOf(choices, visit, now);
        plan.visits.push(visit);
      }
      if (plan.visits.length === 0) break;
      client.plans.push(plan);
      const first = plan.visits[0]!;
      // Plan 0 is made at the evaluation; later plans a few days before they start.
      plan.bookAt = p === 0 ? first.signAt + MINUTE : Math.max(first.start - choices.int(3, 14) * DAY, prevEnd(client, p) + HOUR);
      if (p === 0 && first.outcome !== 'attended') plan.bookAt = callAt + MINUTE;
      if (plan.bookAt > now) plan.bookAt = Math.min(first.start - HOUR, now - MINUTE);
      if (first.start - lastIntake > 365 * DAY) {
        lastIntake = first.start;
        events.push({ kind: 'intake', at: Math.min(first.start - 15 * MINUTE, now - MINUTE), client });
      }
      if (plan.referral) events.push({ kind: 'referral', at: p === 0 ? callAt + 30 * MINUTE : plan.bookAt - MINUTE, plan });
      for (const v of plan.visits) addVisitEvents(choices, v, events, now);
      if (plan.visits.length > 1 || p > 0) events.push({ kind: 'series', at: plan.bookAt, plan });
      const last = plan.visits[plan.visits.length - 1]!;
      if (!continues(choices, person.pattern, p)) break;
      planStart = addDays(last.date, choices.int(2, 12) * 7);
      if (dayNumber(planStart) > lastDay) break;
    }
    const lastVisit = client.plans.at(-1)?.visits.at(-1);
    if (lastVisit && now - lastVisit.start > 540 * DAY && choices.chance(0.3)) {
      client.archiveAt = lastVisit.start + choices.int(365, 540) * DAY;
      events.push({ kind: 'archive', at: client.archiveAt, client });
    }
  });
  const ordered = events.map((e, seq) => ({ e, seq })).filter(({ e }) => e.at <= now);
  ordered.sort((a, b) => a.e.at - b.e.at || a.seq - b.seq);
  return { clients, events: ordered.map(({ e }) => e), closedDays, firstDay };
}

function prevEnd(client: PlannedClient, p: number): number {
  const prev = client.plans[p - 1];
  return prev ? prev.visits[prev.visits.length - 1]!.signAt : 0;
}

function addVisitEvents(rng: Rng, v: PlannedVisit, events: DemoEvent[], now: number): void {
  const plan = v.plan;
  // The evaluation is booked when the client calls; the rest with the plan's series.
  const bookedAt = v.k === 0 && plan.index === 0 ? plan.client.callAt + MINUTE : v.inSeries ? plan.bookAt : plan.bookAt + MINUTE;
  if (!v.inSeries) events.push({ kind: 'book', at: bookedAt, visit: v });
  switch (v.outcome) {
    case 'booked':
      if (v.start - now < 2 * DAY) events.push({ kind: 'confirm', at: Math.max(bookedAt + MINUTE, Math.min(v.start - DAY, now - MINUTE)), visit: v });
      return;
    case 'cancelled':
      events.push({ kind: 'cancel', at: Math.max(bookedAt + MINUTE, v.start - rng.int(2, 48) * HOUR), visit: v });
      return;
    case 'no_show':
      events.push({ kind: 'noshow', at: v.start + 20 * MINUTE, visit: v });
      return;
    case 'in_progress':
    case 'draft':
      events.push({ kind: 'start', at: v.start - 5 * MINUTE, visit: v });
      return;
    case 'attended': {
      events.push({ kind: 'start', at: v.start - 5 * MINUTE, visit: v }, { kind: 'sign', at: v.signAt, visit: v });
      const person = plan.client.person;
      v.billing = rng.chance(0.06) ? 'none' : person.medicare ? 'medicare' : 'self';
      for (const payment of paymentsFor(rng, v)) events.push({ kind: 'pay', at: payment.at, payment });
      return;
    }
  }
}
