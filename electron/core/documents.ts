// Printed documents: gathers a document's data and renders it to HTML (shared/documents). Turning
// the HTML into a PDF or a print job is the host's part (electron/print.ts, or the test harness),
// because that needs a browser engine; both hosts print exactly what this returns.
import { evaluatePrecautions } from '../../shared/domain/precautions';
import { addressLines, type BillingHeader } from '../../shared/documents/billing-doc';
import { renderDaySheet } from '../../shared/documents/day-sheet';
import { dateIn, formatDateTime, safeFileName, sortName } from '../../shared/documents/format';
import { renderBlankIntake, renderFilledIntake } from '../../shared/documents/intake-form';
import { daysBetween, renderInvoice, renderInvoicesMonth, type InvoiceDocInput } from '../../shared/documents/invoice';
import type { DocumentPage, Letterhead } from '../../shared/documents/layout';
import { renderChartExport } from '../../shared/documents/chart-export';
import { renderProgressReport, summarizeProgress, type Physician } from '../../shared/documents/progress-report';
import { renderReceipt } from '../../shared/documents/receipt';
import { renderSessionNote } from '../../shared/documents/session-note';
import { renderStatement } from '../../shared/documents/statement';
import { renderSuperbill, type SuperbillProvider } from '../../shared/documents/superbill';
import type { BillingSettings, Invoice } from '../../shared/schemas/billing';
import type { Client } from '../../shared/schemas/client';
import type { Clinic } from '../../shared/schemas/clinic';
import type { DocumentRequest, RenderedDocument } from '../../shared/schemas/documents';
import type { TreatmentPlan } from '../../shared/schemas/plan';
import type { Referral } from '../../shared/schemas/referral';
import type { Session } from '../../shared/schemas/session';
import { today as agendaFor } from './agenda';
import { billingSettings, catalogServices, listPayers } from './billing-catalog';
import { clientHeader } from './chart';
import { getClient } from './clients';
import { clinicToday, getClinic, listPractitioners } from './clinic';
import { nowIso, type CoreContext } from './context';
import { AppError, notFound } from './errors';
import { getIntake } from './intakes';
import { getInvoice } from './invoices';
import { statement } from './payments';
import { listPlans } from './plans';
import { currentPrecautionRules } from './precaution-rules';
import { currentReferral, getReferral, listReferrals } from './referrals';
import { closedDays } from './schedule-settings';
import { clientProgress } from './session-lists';
import { getSession } from './sessions';
import { all, first } from './sql';

/**
 * The practitioner a clinic-wide document (intake, progress report, chart) speaks for: the
 * clinic's first practitioner (the one who set it up) while they are active. A session note
 * speaks for the session's own practitioner.
 */
function documentPractitioner(ctx: CoreContext): Letterhead['practitioner'] {
  const active = listPractitioners(ctx).filter((p) => p.active);
  return active.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))[0] ?? null;
}

function requireId(request: DocumentRequest): string {
  if (request.id) return request.id;
  throw new AppError('invalid_input', 'Say which record to print.', { id: 'Say which record to print' });
}

/** The referral's physician, else the referring physician typed on the client's record. */
function physicianFor(client: Client, referral: Referral | null): Physician | null {
  if (referral) {
    const { physicianName: name, physicianPractice: practice, physicianPhone: phone, physicianFax: fax, physicianNpi: npi } = referral;
    return { name, practice, phone, fax, npi };
  }
  if (client.referringPhysicianName) {
    return { name: client.referringPhysicianName, practice: '', phone: client.referringPhysicianPhone, fax: '', npi: '' };
  }
  return null;
}

/** The plan the report is about: the active plan under this referral, else any active plan, else the latest. */
function planFor(plans: TreatmentPlan[], referral: Referral | null): TreatmentPlan | null {
  const active = plans.filter((p) => p.status === 'active');
  return active.find((p) => referral !== null && p.referralId === referral.id) ?? active[0] ?? plans[0] ?? null;
}

/** A client's sessions in visit order (date, start time), ids and status only: the chart export reads each in full. */
function sessionsInOrder(ctx: CoreContext, clientId: string) {
  return all(
    ctx.sqlite,
    ctx.qb
      .selectFrom('sessions')
      .select(['id', 'status', 'session_date'])
      .where('client_id', '=', clientId)
      .orderBy('session_date')
      .orderBy('start_time')
      .orderBy('created_at')
      .orderBy('id'),
  );
}

// ── Billing documents ─────────────────────────────────────────────────────────────────────────

/** The practice as its billing paper names it: the legal name from billing settings, else the clinic's. */
function billingHeader(settings: BillingSettings, clinic: Clinic): BillingHeader {
  return {
    name: settings.legalName.trim() || clinic.name,
    addressLines: addressLines(settings),
    phone: settings.phone,
    email: settings.email,
    taxId: settings.taxId,
    practiceNpi: settings.practiceNpi,
    logoDataUrl: settings.logoPng,
  };
}

type Payers = ReturnType<typeof listPayers>;

/** What an invoice prints besides itself: its client, its payer, its terms, the practice's currency and footer. */
function invoiceDoc(ctx: CoreContext, invoice: Invoice, settings: BillingSettings, clinic: Clinic, payers: Payers): Omit<InvoiceDocInput, 'header' | 'paper' | 'client'> & { client: Client } {
  const payer = payers.find((p) => p.id === invoice.payerId) ?? { name: invoice.payerName, kind: 'self_pay' as const, address: '', payerCode: '' };
  // An issued invoice keeps the terms it was issued with, whatever the settings say now.
  const termsDays = invoice.issueDate && invoice.dueDate ? daysBetween(invoice.issueDate, invoice.dueDate) : settings.paymentTermsDays;
  return { currency: settings.currency, timeZone: clinic.timeZone, invoice, client: getClient(ctx, invoice.clientId), payer, termsDays, footerText: settings.footerText };
}

/** Each line's treating practitioner: its session's practitioner, else the clinic's first practitioner. */
function lineProviders(ctx: CoreContext, invoice: Invoice): (SuperbillProvider | null)[] {
  const sessionIds = [...new Set(invoice.lines.map((l) => l.sessionId).filter((id): id is string => id !== null))];
  const rows = sessionIds.length > 0 ? all(ctx.sqlite, ctx.qb.selectFrom('sessions').select(['id', 'practitioner_id']).where('id', 'in', sessionIds)) : [];
  const bySession = new Map(rows.map((r) => [r.id, r.practitioner_id]));
  const practitioners = new Map(listPractitioners(ctx).map((p) => [p.id, p]));
  const fallback = documentPractitioner(ctx);
  return invoice.lines.map((l) => (l.sessionId ? practitioners.get(bySession.get(l.sessionId) ?? '') : undefined) ?? fallback);
}

/** Whether each line bills a timed code: the catalog's kind for its service, else a code with minutes. */
function lineTimed(ctx: CoreContext, invoice: Invoice): boolean[] {
  const kinds = new Map(catalogServices(ctx).map((s) => [s.id, s.kind]));
  return invoice.lines.map((l) => {
    const kind = l.serviceId ? kinds.get(l.serviceId) : undefined;
    return kind ? kind === 'timed' : l.code !== '' && l.minutes > 0;
  });
}

/** A receipt's payment and where it leaves the invoice (or the account's credit). */
function receiptFacts(ctx: CoreContext, paymentId: string) {
  const payment = first(ctx.sqlite, ctx.qb.selectFrom('payments').selectAll().where('id', '=', paymentId));
  if (!payment) throw notFound('That payment');
  const view = { paidOn: payment.paid_on, amountCents: payment.amount_cents, method: payment.method, reference: payment.reference, notes: payment.notes };
  if (!payment.invoice_id) {
    const onAccount = all(
      ctx.sqlite,
      ctx.qb.selectFrom('payments').select(['id', 'amount_cents']).where('client_id', '=', payment.client_id).where('invoice_id', 'is', null).orderBy('paid_on').orderBy('created_at').orderBy('id'),
    );
    const upTo = onAccount.slice(0, onAccount.findIndex((p) => p.id === payment.id) + 1);
    const creditAfterCents = upTo.reduce((sum, p) => sum + p.amount_cents, 0);
    return { clientId: payment.client_id, payment: view, invoice: null, paidBeforeCents: 0, balanceAfterCents: 0, creditAfterCents };
  }
  const invoice = getInvoice(ctx, payment.invoice_id);
  const before = invoice.payments.slice(0, Math.max(invoice.payments.findIndex((p) => p.id === payment.id), 0));
  const paidBeforeCents = before.reduce((sum, p) => sum + p.amountCents, 0);
  const balanceAfterCents = invoice.status === 'void' ? 0 : invoice.totalCents - paidBeforeCents - payment.amount_cents;
  return { clientId: payment.client_id, payment: view, invoice, paidBeforeCents, balanceAfterCents, creditAfterCents: 0 };
}

/** Every issued or void invoice issued in `month` (YYYY-MM), by issue date and number. */
function invoicesIssuedIn(ctx: CoreContext, month: string): Invoice[] {
  const rows = all(ctx.sqlite, ctx.qb.selectFrom('invoices').select('id').where('status', '!=', 'draft').where('issue_date', '>=', `${month}-01`).where('issue_date', '<=', `${month}-31`));
  return rows
    .map((r) => getInvoice(ctx, r.id))
    .sort((a, b) => (a.issueDate ?? '').localeCompare(b.issueDate ?? '') || (a.number ?? '').localeCompare(b.number ?? '', 'en', { numeric: true }) || a.id.localeCompare(b.id));
}

export function renderDocument(ctx: CoreContext, request: DocumentRequest): RenderedDocument {
  const clinic = getClinic(ctx);
  if (!clinic) throw new AppError('not_ready', 'Set up the clinic first: its name heads every printed document.');
  const letterhead: Letterhead = { clinicName: clinic.name, practitioner: documentPractitioner(ctx) };
  const { paper } = request;
  const today = clinicToday(ctx);
  const done = (page: DocumentPage, fileName: string): RenderedDocument => ({ ...page, paper, fileName: safeFileName(fileName, 'pdf') });

  switch (request.kind) {
    case 'intake-blank':
      return done(renderBlankIntake({ letterhead, paper }), 'Intake form - blank');

    case 'intake': {
      const intake = getIntake(ctx, requireId(request));
      const client = getClient(ctx, intake.clientId);
      const alerts = evaluatePrecautions(intake.answers, currentPrecautionRules(ctx).rules, today);
      const page = renderFilledIntake({ letterhead, paper, timeZone: clinic.timeZone, client, intake, alerts, alertsDate: today });
      const date = dateIn(intake.signedAt ?? intake.createdAt, clinic.timeZone);
      return done(page, `Intake - ${sortName(client)} - ${date}${intake.signed ? '' : ' - draft'}`);
    }

    case 'progress-report': {
      const clientId = requireId(request);
      const { client, alerts } = clientHeader(ctx, clientId);
      const referral = currentReferral(ctx, clientId);
      const plan = planFor(listPlans(ctx, clientId), referral);
      const progress = summarizeProgress(clientProgress(ctx, clientId), referral);
      const page = renderProgressReport({ letterhead, paper, today, client, physician: physicianFor(client, referral), referral, plan, alerts, progress });
      return done(page, `Progress report - ${sortName(client)} - ${today}`);
    }

    case 'session-note': {
      const session = getSession(ctx, requireId(request));
      const client = getClient(ctx, session.clientId);
      const practitioner = listPractitioners(ctx).find((p) => p.id === session.practitionerId) ?? null;
      const referral = session.referralId ? getReferral(ctx, session.referralId) : null;
      const page = renderSessionNote({
        letterhead: { ...letterhead, practitioner: practitioner ?? letterhead.practitioner },
        paper,
        timeZone: clinic.timeZone,
        client,
        session,
        practitioner,
        referral,
      });
      // Named by the date of service (two visits printed the same day must not share a name).
      return done(page, `Session note - ${sortName(client)} - ${session.sessionDate}${session.status === 'signed' ? '' : ' - draft'}`);
    }

    case 'chart-export': {
      const clientId = requireId(request);
      const { client, age, alerts } = clientHeader(ctx, clientId);
      const rows = sessionsInOrder(ctx, clientId);
      const sessions: Session[] = rows.filter((r) => r.status === 'signed').map((r) => getSession(ctx, r.id));
      const drafts = rows.filter((r) => r.status !== 'signed').map((r) => ({ sessionDate: r.session_date }));
      const practitioners = new Map(listPractitioners(ctx).map((p) => [p.id, p]));
      const page = renderChartExport({
        letterhead,
        paper,
        timeZone: clinic.timeZone,
        today,
        client,
        age,
        alerts,
        referrals: listReferrals(ctx, clientId),
        plans: listPlans(ctx, clientId),
        sessions,
        drafts,
        practitioners,
      });
      return done(page, `Chart - ${sortName(client)} - ${today}`);
    }

    case 'day-sheet': {
      const day = agendaFor(ctx, request.date ?? today);
      const closed = closedDays(ctx).find((c) => c.date === day.date);
      const page = renderDaySheet({
        letterhead,
        paper,
        day,
        printedAt: formatDateTime(nowIso(ctx), clinic.timeZone),
        closedReason: closed ? closed.reason : null,
      });
      return done(page, `Day sheet - ${day.date}`);
    }

    case 'invoice': {
      const invoice = getInvoice(ctx, requireId(request));
      const settings = billingSettings(ctx);
      const doc = invoiceDoc(ctx, invoice, settings, clinic, listPayers(ctx));
      const page = renderInvoice({ ...doc, header: billingHeader(settings, clinic), paper });
      const name = invoice.number && invoice.status !== 'draft' ? `Invoice ${invoice.number}` : 'Invoice draft';
      return done(page, `${name} - ${sortName(doc.client)}${invoice.status === 'void' ? ' - void' : ''}`);
    }

    case 'superbill': {
      const invoice = getInvoice(ctx, requireId(request));
      const settings = billingSettings(ctx);
      const doc = invoiceDoc(ctx, invoice, settings, clinic, listPayers(ctx));
      const providers = lineProviders(ctx, invoice);
      const page = renderSuperbill({
        ...doc,
        header: billingHeader(settings, clinic),
        paper,
        provider: providers[0] ?? documentPractitioner(ctx),
        lineProviders: providers,
        lineTimed: lineTimed(ctx, invoice),
        placeOfService: settings.placeOfService,
      });
      const name = invoice.number && invoice.status !== 'draft' ? `Superbill ${invoice.number}` : 'Superbill draft';
      return done(page, `${name} - ${sortName(doc.client)}${invoice.status === 'void' ? ' - void' : ''}`);
    }

    case 'receipt': {
      const facts = receiptFacts(ctx, requireId(request));
      const client = getClient(ctx, facts.clientId);
      const settings = billingSettings(ctx);
      const page = renderReceipt({ ...facts, header: billingHeader(settings, clinic), paper, currency: settings.currency, client, footerText: settings.footerText });
      return done(page, `${facts.payment.amountCents < 0 ? 'Refund receipt' : 'Receipt'} - ${sortName(client)} - ${facts.payment.paidOn}`);
    }

    case 'statement': {
      const clientId = requireId(request);
      const client = getClient(ctx, clientId);
      const settings = billingSettings(ctx);
      const numbers = new Map(all(ctx.sqlite, ctx.qb.selectFrom('invoices').select(['id', 'number']).where('client_id', '=', clientId)).map((r) => [r.id, r.number]));
      const page = renderStatement({
        header: billingHeader(settings, clinic),
        paper,
        currency: settings.currency,
        today,
        client,
        statement: statement(ctx, clientId),
        invoiceNumbers: numbers,
        footerText: settings.footerText,
      });
      return done(page, `Statement - ${sortName(client)} - ${today}`);
    }

    case 'invoices-month': {
      const month = request.month ?? today.slice(0, 7);
      const settings = billingSettings(ctx);
      const payers = listPayers(ctx);
      const invoices = invoicesIssuedIn(ctx, month).map((invoice) => invoiceDoc(ctx, invoice, settings, clinic, payers));
      const page = renderInvoicesMonth({ header: billingHeader(settings, clinic), paper, month, invoices });
      return done(page, `Invoices ${month}`);
    }
  }
}
