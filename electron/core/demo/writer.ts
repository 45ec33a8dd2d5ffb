// Carries out the planner's events through the core's API (dispatch, so every input is validated
// as the app's own are), remembering the ids each call returns for the events that follow.
import type { Clock } from '../clock';
import { utcToZoned } from '../../../shared/domain/schedule';
import type { CoreContext } from '../context';
import { DEMO_ZONE, SERVICES } from './calendar';
import { CANCEL_REASONS, NO_SHOW_REASONS } from './conditions';
import { npiWithCheckDigit } from './names';
import { noteFor } from './notes';
import type { DemoEvent, PlannedPlan, PlannedVisit } from './planner';
import type { Rng } from './random';
import { FLAT_60, FLAT_90, MEDICARE_PAYER, SELF_PAY_PAYER, type Call, type DemoSetup } from './setup';
import { demoSignature } from './signature';

const MINUTE = 60_000;

/** A clock that only moves forward (set it to each event's time). */
export class WalkingClock implements Clock {
  constructor(private ms: number) {}
  now(): Date {
    return new Date(this.ms);
  }
  set(ms: number): void {
    this.ms = Math.max(this.ms, ms);
  }
  advance(ms: number): void {
    this.ms += ms;
  }
}

/** Carries out one planned event through the API, remembering the ids it gets back. */
export class EventWriter {
  private packageUse = new Map<PlannedPlan, number>();
  private checkNumber = 1000;

  constructor(
    private readonly call: Call,
    private readonly clock: WalkingClock,
    private readonly ctx: CoreContext,
    private readonly setup: DemoSetup,
    private readonly rng: Rng,
  ) {}

  apply(event: DemoEvent): void {
    this.clock.set(event.at);
    try {
      this.dispatch(event);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      throw new Error(`Demo data: the ${event.kind} event of ${new Date(event.at).toISOString()} failed: ${detail}`, { cause: error });
    }
  }

  private dispatch(event: DemoEvent): void {
    const call = this.call;
    switch (event.kind) {
      case 'client':
        event.client.ids.client = call('clients/create', event.client.person.client).id;
        return;
      case 'intake': {
        const { person } = event.client;
        call('intakes/sign', {
          clientId: event.client.ids.client!,
          answers: person.answers,
          signature: { typedName: `${person.client.legalFirstName} ${person.client.legalLastName}`, signatureDataUrl: demoSignature(), consent: true },
        });
        return;
      }
      case 'referral':
        return this.referral(event.plan);
      case 'series':
        return this.series(event.plan);
      case 'book': {
        const v = event.visit;
        v.ids.appointment = call('appointments/book', { ...this.slot(v), start: iso(v.start), lengthMinutes: v.length, notes: '', confirmOutsideHours: true }).id;
        return;
      }
      case 'confirm':
        call('appointments/setStatus', { id: event.visit.ids.appointment!, status: 'confirmed', reason: '' });
        return;
      case 'cancel':
        call('appointments/setStatus', { id: event.visit.ids.appointment!, status: 'cancelled', reason: this.rng.pick(CANCEL_REASONS) });
        return;
      case 'noshow':
        call('appointments/setStatus', { id: event.visit.ids.appointment!, status: 'no_show', reason: this.rng.pick(NO_SHOW_REASONS) });
        return;
      case 'start':
        event.visit.ids.session = call('appointments/startSession', { appointmentId: event.visit.ids.appointment! }).id;
        return;
      case 'sign':
        return this.sign(event.visit);
      case 'pay':
        return this.pay(event.payment.visit, event.payment.share, event.payment.method, event.at);
      case 'archive':
        call('clients/archive', { id: event.client.ids.client! });
        return;
    }
  }

  private slot(v: PlannedVisit) {
    const therapist = this.setup.therapists[v.therapist]!;
    return { clientId: v.plan.client.ids.client!, practitionerId: therapist.id, roomId: therapist.roomId, serviceId: SERVICES[v.length] };
  }

  private referral(plan: PlannedPlan): void {
    const { person } = plan.client;
    const first = plan.visits[0]!;
    const last = plan.visits[plan.visits.length - 1]!;
    const startDate = shiftDate(first.date, -this.rng.int(2, 12));
    const weeks = Math.ceil((last.start - first.start) / (7 * 24 * 60 * MINUTE)) + 2;
    const diagnoses = this.rng.sample(person.complaint.icd10, this.rng.int(1, Math.min(3, person.complaint.icd10.length)));
    const short = this.rng.chance(0.15);
    plan.ids.referral = this.call('referrals/create', {
      clientId: plan.client.ids.client!,
      physicianName: person.physician.name,
      physicianNpi: physicianNpi(person.physician.name),
      physicianPhone: person.client.referringPhysicianPhone,
      physicianFax: `(845) 555-${String(2000 + (hash(person.physician.name) % 7000)).padStart(4, '0')}`,
      physicianPractice: person.physician.practice,
      diagnoses,
      frequencyPerWeek: 1,
      durationWeeks: Math.min(104, weeks),
      visitsAuthorized: Math.max(1, plan.visits.length + (short ? -2 : this.rng.int(0, 2))),
      startDate,
      endDate: shiftDate(startDate, Math.min(104, weeks) * 7 + 14),
      authorizationNumber: person.medicare ? '' : `AUTH-${this.rng.int(100_000, 999_999)}`,
      notes: '',
    }).id;
  }

  private series(plan: PlannedPlan): void {
    const { person } = plan.client;
    const first = plan.visits[0]!;
    if (plan.visits.length > 1 || plan.index > 0) {
      plan.ids.plan = this.call('plans/create', {
        clientId: plan.client.ids.client!,
        referralId: plan.ids.referral ?? null,
        goals: person.complaint.goals.map((g) => ({ ...g })),
        frequencyPerWeek: 1,
        plannedSessions: plan.visits.length,
        modalities: person.complaint.modalities.slice(0, 3) as never,
        startDate: first.date,
        reviewDate: shiftDate(first.date, plan.visits.length * 7 * plan.every),
        status: 'active',
        notes: plan.every === 2 ? 'Every other week.' : '',
      }).id;
    }
    const inSeries = plan.visits.filter((v) => v.inSeries).sort((a, b) => a.start - b.start);
    if (inSeries.length === 0) return;
    const head = inSeries[0]!;
    const { appointmentIds } = this.call('series/create', {
      series: {
        ...this.slot(head),
        planId: plan.ids.plan ?? null,
        startDate: head.date,
        time: utcToZoned(iso(head.start), DEMO_ZONE).time,
        lengthMinutes: plan.length,
        weekdays: [utcToZoned(iso(head.start), DEMO_ZONE).weekday],
        count: inSeries.length,
        everyNWeeks: plan.every,
        notes: '',
      },
      starts: inSeries.map((v) => iso(v.start)),
      // The generator keeps to business hours itself and packs the day back to back, as a busy
      // clinic does: the services' turnover buffers are the soft warning a desk clicks through.
      confirmOutsideHours: true,
    });
    inSeries.forEach((v, i) => (v.ids.appointment = appointmentIds[i]));
  }

  private sign(v: PlannedVisit): void {
    const therapist = this.setup.therapists[v.therapist]!;
    const plan = v.plan;
    // The answers of the intake signed at the plan's start: the core computes the same alerts when it checks the acknowledgments.
    const answers = plan.client.person.answers;
    const note = noteFor(this.rng, v, answers, therapist.name, iso(this.clock.now().getTime()), this.ctx.newId);
    this.call('sessions/sign', {
      id: v.ids.session!,
      signedBy: therapist.id,
      practitionerId: therapist.id,
      sessionDate: v.date,
      startTime: utcToZoned(iso(v.start), DEMO_ZONE).time,
      endTime: utcToZoned(iso(v.end), DEMO_ZONE).time,
      referralId: plan.ids.referral ?? null,
      planId: plan.ids.plan ?? null,
      ...note,
    });
    if (plan.ids.plan && v === plan.visits[plan.visits.length - 1]) this.completePlan(plan);
    if (v.billing === 'none') return;
    this.clock.advance(MINUTE);
    const clientId = plan.client.ids.client!;
    const usePackage = plan.packageVisits > 0 && v.billing === 'self' && (this.packageUse.get(plan) ?? 0) < plan.packageVisits;
    if (usePackage && !plan.ids.clientPackage) {
      const statement = this.call('packages/sell', { clientId, packageId: this.setup.packages[plan.packageVisits as 5 | 10], paidOn: v.date, method: 'card', reference: '' });
      plan.ids.clientPackage = statement.packages[statement.packages.length - 1]!.id;
    }
    const medicare = v.billing === 'medicare';
    const flat = v.length === 30 ? this.setup.flat30 : v.length === 60 ? FLAT_60 : FLAT_90;
    const invoice = this.call('invoices/fromSessions', { clientId, payerId: medicare ? MEDICARE_PAYER : SELF_PAY_PAYER, sessionIds: [v.ids.session!], flatServiceId: medicare ? null : usePackage ? FLAT_60 : flat });
    const issued = this.call('invoices/issue', { id: invoice.id, issueDate: v.date });
    v.ids.invoice = issued.id;
    v.invoiceTotal = issued.totalCents;
    if (usePackage) {
      this.packageUse.set(plan, (this.packageUse.get(plan) ?? 0) + 1);
      this.call('packages/useVisit', { invoiceId: issued.id, clientPackageId: plan.ids.clientPackage!, paidOn: v.date });
      v.paid = v.invoiceTotal;
    }
  }

  private completePlan(plan: PlannedPlan): void {
    const current = this.call('plans/list', { clientId: plan.client.ids.client! }).find((p) => p.id === plan.ids.plan);
    if (!current) return;
    const { id, createdAt: _c, updatedAt: _u, ...fields } = current;
    this.call('plans/update', { id, ...fields, status: 'completed' });
  }

  private pay(v: PlannedVisit, share: number | 'rest', method: 'cash' | 'card' | 'check' | 'insurance', at: number): void {
    if (!v.ids.invoice) return;
    const owed = v.invoiceTotal - v.paid;
    const amount = share === 'rest' ? owed : Math.min(owed, Math.round(v.invoiceTotal * share));
    if (amount <= 0) return;
    const reference = method === 'check' ? `Check #${this.checkNumber++}` : method === 'insurance' ? `Medicare remittance ${utcToZoned(iso(at), DEMO_ZONE).date}` : '';
    this.call('payments/record', { clientId: v.plan.client.ids.client!, invoiceId: v.ids.invoice, paidOn: utcToZoned(iso(at), DEMO_ZONE).date, amountCents: amount, method, reference, notes: '', allowCredit: false });
    v.paid += amount;
  }
}


const iso = (ms: number) => new Date(ms).toISOString();
const shiftDate = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

function hash(text: string): number {
  let h = 7;
  for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) >>> 0;
  return h;
}

const physicianNpis = new Map<string, string>();
function physicianNpi(name: string): string {
  let npi = physicianNpis.get(name);
  if (!npi) physicianNpis.set(name, (npi = npiWithCheckDigit(hash(name))));
  return npi;
}
