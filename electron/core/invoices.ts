// Invoices: drafts made from signed sessions (units by the payer's rule) or by hand; issuing
// gives the next number (never reused); an issued invoice only changes by being voided.
import { balanceCents, dueDate, formatInvoiceNumber, invoiceState, invoiceTotals } from '../../shared/domain/invoice-math';
import { flatVisitLine, sessionToLines, type DraftLine } from '../../shared/domain/session-billing';
import type { Invoice, InvoiceLineInput, InvoiceSummary, PaymentView } from '../../shared/schemas/billing';
import type { SessionSummary } from '../../shared/schemas/session';
import { catalogServices, billingSettings, getPayer } from './billing-catalog';
import { getClient } from './clients';
import { clinicToday } from './clinic';
import { nowIso, type CoreContext } from './context';
import { AppError, notFound } from './errors';
import type { InvoicesTable } from './schema';
import { listSessions } from './session-lists';
import { getSession } from './sessions';
import { all, first, run } from './sql';

function requireDraft(ctx: CoreContext, id: string): InvoicesTable {
  const row = first(ctx.sqlite, ctx.qb.selectFrom('invoices').selectAll().where('id', '=', id));
  if (!row) throw notFound('That invoice');
  if (row.status !== 'draft') throw new AppError('conflict', 'An issued invoice cannot be edited. Void it and issue a new one.');
  return row;
}

function paidCents(ctx: CoreContext, invoiceId: string): number {
  return first(ctx.sqlite, ctx.qb.selectFrom('payments').select((eb) => eb.fn.sum<number>('amount_cents').as('paid')).where('invoice_id', '=', invoiceId))?.paid ?? 0;
}

/** The ICD-10 codes the lines' pointers refer to: those of the referral in force for the first session. */
function diagnosesFor(ctx: CoreContext, invoiceId: string): string[] {
  const line = first(
    ctx.sqlite,
    ctx.qb.selectFrom('invoice_lines').innerJoin('sessions', 'sessions.id', 'invoice_lines.session_id').select(['sessions.referral_id', 'sessions.client_id', 'sessions.session_date']).where('invoice_lines.invoice_id', '=', invoiceId).orderBy('invoice_lines.position').limit(1),
  );
  if (!line) return [];
  const referral =
    (line.referral_id && first(ctx.sqlite, ctx.qb.selectFrom('referrals').select('diagnoses').where('id', '=', line.referral_id))) ||
    first(
      ctx.sqlite,
      ctx.qb.selectFrom('referrals').select('diagnoses').where('client_id', '=', line.client_id).where('start_date', '<=', line.session_date).where('end_date', '>=', line.session_date).orderBy('end_date', 'desc').limit(1),
    );
  return referral ? (JSON.parse(referral.diagnoses) as string[]) : [];
}

function writeLines(ctx: CoreContext, invoiceId: string, lines: readonly (InvoiceLineInput | DraftLine)[], discountCents: number): number {
  const totals = invoiceTotals(lines, discountCents);
  run(ctx.sqlite, ctx.qb.deleteFrom('invoice_lines').where('invoice_id', '=', invoiceId));
  lines.forEach((l, position) =>
    run(
      ctx.sqlite,
      ctx.qb.insertInto('invoice_lines').values({
        id: ctx.newId(),
        invoice_id: invoiceId,
        position,
        session_id: l.sessionId,
        service_id: l.serviceId,
        service_date: l.serviceDate,
        code: l.code,
        modifiers: l.modifiers,
        description: l.description,
        minutes: l.minutes,
        units: l.units,
        unit_price_cents: l.unitPriceCents,
        tax_basis_points: l.taxBasisPoints,
        diagnosis_pointers: l.diagnosisPointers,
      }),
    ),
  );
  return totals.totalCents;
}

export function getInvoice(ctx: CoreContext, id: string): Invoice {
  const row = first(ctx.sqlite, ctx.qb.selectFrom('invoices').selectAll().where('id', '=', id));
  if (!row) throw notFound('That invoice');
  const summary = summarize(ctx, [row])[0]!;
  const lineRows = all(ctx.sqlite, ctx.qb.selectFrom('invoice_lines').selectAll().where('invoice_id', '=', id).orderBy('position'));
  const lines = lineRows.map((l) => ({
    serviceDate: l.service_date,
    serviceId: l.service_id,
    sessionId: l.session_id,
    code: l.code,
    modifiers: l.modifiers,
    description: l.description,
    minutes: l.minutes,
    units: l.units,
    unitPriceCents: l.unit_price_cents,
    taxBasisPoints: l.tax_basis_points,
    diagnosisPointers: l.diagnosis_pointers,
  }));
  const totals = invoiceTotals(lines, row.discount_cents);
  return {
    ...summary,
    lines: lines.map((l, i) => ({ ...l, id: lineRows[i]!.id, ...totals.lines[i]! })),
    subtotalCents: totals.subtotalCents,
    discountCents: totals.discountCents,
    taxCents: totals.taxCents,
    notes: row.notes,
    voidReason: row.void_reason,
    voidedAt: row.voided_at,
    payments: invoicePayments(ctx, id),
    diagnoses: diagnosesFor(ctx, id),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function invoicePayments(ctx: CoreContext, invoiceId: string): PaymentView[] {
  return all(ctx.sqlite, ctx.qb.selectFrom('payments').selectAll().where('invoice_id', '=', invoiceId).orderBy('paid_on').orderBy('created_at')).map((p) => ({
    id: p.id,
    clientId: p.client_id,
    invoiceId: p.invoice_id,
    invoiceNumber: null,
    paidOn: p.paid_on,
    amountCents: p.amount_cents,
    method: p.method,
    reference: p.reference,
    notes: p.notes,
    createdAt: p.created_at,
  }));
}

export function summarize(ctx: CoreContext, rows: InvoicesTable[]): InvoiceSummary[] {
  return rows.map((r) => {
    const client = first(ctx.sqlite, ctx.qb.selectFrom('clients').select(['legal_first_name', 'legal_last_name']).where('id', '=', r.client_id));
    const payer = first(ctx.sqlite, ctx.qb.selectFrom('payers').select('name').where('id', '=', r.payer_id));
    const paid = paidCents(ctx, r.id);
    return {
      id: r.id,
      number: r.number,
      clientId: r.client_id,
      clientName: client ? `${client.legal_first_name} ${client.legal_last_name}` : '',
      payerId: r.payer_id,
      payerName: payer?.name ?? '',
      status: r.status,
      state: invoiceState(r.status, r.total_cents, paid),
      issueDate: r.issue_date,
      dueDate: r.due_date,
      totalCents: r.total_cents,
      paidCents: paid,
      balanceCents: balanceCents(r.total_cents, paid, r.status),
    };
  });
}

function insertDraft(ctx: CoreContext, clientId: string, payerId: string): string {
  const id = ctx.newId();
  const now = nowIso(ctx);
  run(ctx.sqlite, ctx.qb.insertInto('invoices').values({ id, number: null, client_id: clientId, payer_id: payerId, status: 'draft', issue_date: null, due_date: null, discount_cents: 0, total_cents: 0, notes: '', void_reason: '', voided_at: null, created_at: now, updated_at: now }));
  return id;
}

export function newInvoice(ctx: CoreContext, input: { clientId: string; payerId: string }): Invoice {
  getClient(ctx, input.clientId);
  getPayer(ctx, input.payerId);
  return getInvoice(ctx, insertDraft(ctx, input.clientId, input.payerId));
}

/** A draft with a line per billable code of each signed session, under the payer's unit rule. */
export function invoiceFromSessions(ctx: CoreContext, input: { clientId: string; payerId: string; sessionIds: string[]; flatServiceId: string | null }): Invoice {
  getClient(ctx, input.clientId);
  const payer = getPayer(ctx, input.payerId);
  const catalog = catalogServices(ctx).map((s) => ({ id: s.id, code: s.code, description: s.description, kind: s.kind, feeCents: s.feeCents, taxBasisPoints: s.taxBasisPoints }));
  const overrides = new Map(payer.feeOverrides.map((o) => [o.serviceId, o.feeCents]));
  const lines: DraftLine[] = [];
  for (const sessionId of [...new Set(input.sessionIds)]) {
    const session = getSession(ctx, sessionId);
    if (session.clientId !== input.clientId) throw new AppError('invalid_input', 'Every session must be this client’s.', { sessionIds: 'Choose this client’s sessions' });
    if (session.status !== 'signed') throw new AppError('conflict', `The note of ${session.sessionDate} is not signed yet: sign it before billing it.`);
    const billed = first(ctx.sqlite, ctx.qb.selectFrom('invoice_lines').innerJoin('invoices', 'invoices.id', 'invoice_lines.invoice_id').select('invoices.number').where('invoice_lines.session_id', '=', sessionId).where('invoices.status', '!=', 'void'));
    if (billed) throw new AppError('conflict', `The visit of ${session.sessionDate} is already on invoice ${billed.number ?? '(draft)'}.`);
    if (input.flatServiceId) {
      const service = catalog.find((s) => s.id === input.flatServiceId);
      if (!service) throw new AppError('invalid_input', 'Choose a flat-rate service.', { flatServiceId: 'Choose a service from the list' });
      lines.push(flatVisitLine(session, service));
      continue;
    }
    const referralDiagnoses = session.referralId ? (JSON.parse(first(ctx.sqlite, ctx.qb.selectFrom('referrals').select('diagnoses').where('id', '=', session.referralId))?.diagnoses ?? '[]') as string[]) : [];
    const result = sessionToLines({ id: session.id, sessionDate: session.sessionDate, modalities: session.modalities, diagnosisCount: referralDiagnoses.length }, catalog, payer.unitRule, overrides);
    if (!result.ok) throw new AppError('invalid_input', result.message);
    lines.push(...result.lines);
  }
  if (lines.length === 0) throw new AppError('invalid_input', 'These sessions have nothing billable (no timed or untimed codes). Add the modalities’ codes or bill a flat-rate visit.');
  const id = ctx.sqlite.transaction(() => {
    const id = insertDraft(ctx, input.clientId, input.payerId);
    const total = writeLines(ctx, id, lines, 0);
    run(ctx.sqlite, ctx.qb.updateTable('invoices').set({ total_cents: total }).where('id', '=', id));
    return id;
  })();
  return getInvoice(ctx, id);
}

export function saveInvoiceDraft(ctx: CoreContext, input: { id: string; payerId: string; lines: InvoiceLineInput[]; discountCents: number; notes: string }): Invoice {
  getPayer(ctx, input.payerId);
  ctx.sqlite.transaction(() => {
    requireDraft(ctx, input.id);
    const subtotal = input.lines.reduce((s, l) => s + l.units * l.unitPriceCents, 0);
    if (input.discountCents > subtotal) throw new AppError('invalid_input', 'The discount is larger than the invoice.', { discountCents: 'The discount cannot be more than the subtotal' });
    const total = writeLines(ctx, input.id, input.lines, input.discountCents);
    run(ctx.sqlite, ctx.qb.updateTable('invoices').set({ payer_id: input.payerId, discount_cents: input.discountCents, notes: input.notes, total_cents: total, updated_at: nowIso(ctx) }).where('id', '=', input.id));
  })();
  return getInvoice(ctx, input.id);
}

/** Gives the invoice the next number, in the same IMMEDIATE transaction that advances the counter. */
export function issueInvoice(ctx: CoreContext, input: { id: string; issueDate?: string | undefined }): Invoice {
  ctx.sqlite
    .transaction(() => {
      const row = requireDraft(ctx, input.id);
      const lineCount = first(ctx.sqlite, ctx.qb.selectFrom('invoice_lines').select((eb) => eb.fn.countAll<number>().as('n')).where('invoice_id', '=', row.id))?.n ?? 0;
      if (lineCount === 0) throw new AppError('invalid_input', 'An invoice needs at least one line before it can be issued.', { lines: 'Add at least one line' });
      const settings = billingSettings(ctx);
      const number = formatInvoiceNumber(settings.invoicePrefix, settings.nextInvoiceNumber);
      const issueDate = input.issueDate ?? clinicToday(ctx);
      run(ctx.sqlite, ctx.qb.updateTable('billing_settings').set({ next_invoice_number: settings.nextInvoiceNumber + 1 }).where('id', '=', 1));
      run(
        ctx.sqlite,
        ctx.qb.updateTable('invoices').set({ number, status: 'issued', issue_date: issueDate, due_date: dueDate(issueDate, settings.paymentTermsDays), updated_at: nowIso(ctx) }).where('id', '=', row.id),
      );
    })
    .immediate();
  return getInvoice(ctx, input.id);
}

/** A void keeps its number and stays listed; its balance is zero. Drafts are simply voided too. */
export function voidInvoice(ctx: CoreContext, input: { id: string; reason: string }): Invoice {
  const row = first(ctx.sqlite, ctx.qb.selectFrom('invoices').selectAll().where('id', '=', input.id));
  if (!row) throw notFound('That invoice');
  if (row.status === 'void') throw new AppError('conflict', 'This invoice is already void.');
  if (row.status === 'draft') throw new AppError('conflict', 'A draft has no number yet: edit it instead of voiding it.');
  if (paidCents(ctx, row.id) !== 0) throw new AppError('conflict', 'This invoice has payments on it. Refund them (or move them to credit) before voiding it.');
  const now = nowIso(ctx);
  run(ctx.sqlite, ctx.qb.updateTable('invoices').set({ status: 'void', void_reason: input.reason, voided_at: now, updated_at: now }).where('id', '=', row.id));
  return getInvoice(ctx, row.id);
}

export function listInvoices(ctx: CoreContext, input: { status: 'all' | 'draft' | 'open' | 'paid' | 'void'; clientId?: string | undefined; from?: string | undefined; to?: string | undefined; limit: number }): InvoiceSummary[] {
  let q = ctx.qb.selectFrom('invoices').selectAll();
  if (input.clientId) q = q.where('client_id', '=', input.clientId);
  if (input.from) q = q.where('issue_date', '>=', input.from);
  if (input.to) q = q.where('issue_date', '<=', input.to);
  if (input.status === 'draft' || input.status === 'void') q = q.where('status', '=', input.status);
  if (input.status === 'open' || input.status === 'paid') q = q.where('status', '=', 'issued');
  const rows = all(ctx.sqlite, q.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(input.limit));
  const summaries = summarize(ctx, rows);
  if (input.status === 'open') return summaries.filter((s) => s.balanceCents > 0);
  if (input.status === 'paid') return summaries.filter((s) => s.state === 'paid');
  return summaries;
}

/** Signed sessions of a client that are on no invoice yet (void invoices do not count). */
export function unbilledSessions(ctx: CoreContext, clientId: string): SessionSummary[] {
  // One query for the client's billed sessions, not one per session.
  const billed = new Set(
    all(
      ctx.sqlite,
      ctx.qb
        .selectFrom('invoice_lines')
        .innerJoin('invoices', 'invoices.id', 'invoice_lines.invoice_id')
        .select('invoice_lines.session_id')
        .where('invoices.client_id', '=', clientId)
        .where('invoices.status', '!=', 'void')
        .where('invoice_lines.session_id', 'is not', null),
    ).map((r) => r.session_id),
  );
  return listSessions(ctx, clientId, 500).filter((s) => s.status === 'signed' && !billed.has(s.id));
}
