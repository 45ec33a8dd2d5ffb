// Payments, refunds, prepaid packages and statements. Payments are never edited or deleted
// (triggers): a mistake is corrected by a refund or another payment, so the history reconciles.
import { balanceCents, formatInvoiceNumber } from '../../shared/domain/invoice-math';
import { formatMoney } from '../../shared/domain/money';
import type { ClientPackageView, PaymentView, Statement } from '../../shared/schemas/billing';
import { billingSettings, SELF_PAY_PAYER_ID } from './billing-catalog';
import { getClient } from './clients';

import { nowIso, type CoreContext } from './context';
import { AppError } from './errors';
import { getInvoice, summarize } from './invoices';
import { all, first, run } from './sql';

type Method = 'cash' | 'card' | 'check' | 'insurance';

function insertPayment(
  ctx: CoreContext,
  p: { clientId: string; invoiceId: string | null; clientPackageId?: string | null; paidOn: string; amountCents: number; method: Method | 'package' | 'credit'; reference: string; notes: string },
): string {
  const id = ctx.newId();
  run(
    ctx.sqlite,
    ctx.qb.insertInto('payments').values({
      id,
      client_id: p.clientId,
      invoice_id: p.invoiceId,
      client_package_id: p.clientPackageId ?? null,
      paid_on: p.paidOn,
      amount_cents: p.amountCents,
      method: p.method,
      reference: p.reference,
      notes: p.notes,
      created_at: nowIso(ctx),
    }),
  );
  return id;
}

function openInvoice(ctx: CoreContext, invoiceId: string, clientId: string) {
  const invoice = getInvoice(ctx, invoiceId);
  if (invoice.clientId !== clientId) throw new AppError('invalid_input', 'That invoice belongs to another client.', { invoiceId: 'Choose one of this client’s invoices' });
  if (invoice.status !== 'issued') throw new AppError('conflict', invoice.status === 'void' ? 'This invoice is void: it takes no payments.' : 'Issue the invoice before recording payments on it.');
  return invoice;
}

/**
 * Records money received. More than an invoice's balance is refused unless `allowCredit`: then the
 * balance is paid and the rest is kept as credit on the client's account.
 */
export function recordPayment(
  ctx: CoreContext,
  input: { clientId: string; invoiceId: string | null; paidOn: string; amountCents: number; method: Method; reference: string; notes: string; allowCredit: boolean },
): Statement {
  getClient(ctx, input.clientId);
  ctx.sqlite
    .transaction(() => {
      if (!input.invoiceId) {
        insertPayment(ctx, { ...input, invoiceId: null, notes: input.notes || 'Payment on account' });
        return;
      }
      const invoice = openInvoice(ctx, input.invoiceId, input.clientId);
      if (input.amountCents > invoice.balanceCents) {
        if (!input.allowCredit) {
          throw new AppError('needs_confirmation', `That is more than the balance of ${invoice.number} (${formatMoney(invoice.balanceCents, billingSettings(ctx).currency)}). Record the difference as credit on the client's account?`, {
            amountCents: 'More than the balance',
          });
        }
        const onInvoice = Math.max(invoice.balanceCents, 0);
        if (onInvoice > 0) insertPayment(ctx, { ...input, amountCents: onInvoice });
        insertPayment(ctx, { ...input, invoiceId: null, amountCents: input.amountCents - onInvoice, notes: `Credit from payment on ${invoice.number}` });
        return;
      }
      insertPayment(ctx, input);
    })
    .immediate();
  return statement(ctx, input.clientId);
}

/** Money given back: a negative payment, on an invoice or from the account's credit. */
export function recordRefund(ctx: CoreContext, input: { clientId: string; invoiceId: string | null; paidOn: string; amountCents: number; method: Method; reference: string; notes: string }): Statement {
  getClient(ctx, input.clientId);
  ctx.sqlite
    .transaction(() => {
      if (input.invoiceId) {
        const invoice = getInvoice(ctx, input.invoiceId);
        if (invoice.clientId !== input.clientId) throw new AppError('invalid_input', 'That invoice belongs to another client.', { invoiceId: 'Choose one of this client’s invoices' });
        if (input.amountCents > invoice.paidCents) throw new AppError('invalid_input', `Only ${formatMoney(invoice.paidCents, billingSettings(ctx).currency)} was paid on ${invoice.number}.`, { amountCents: 'More than was paid on this invoice' });
      } else if (input.amountCents > statement(ctx, input.clientId).creditCents) {
        throw new AppError('invalid_input', 'That is more than the credit on the client’s account.', { amountCents: 'More than the credit on account' });
      }
      insertPayment(ctx, { ...input, amountCents: -input.amountCents, notes: input.notes || 'Refund' });
    })
    .immediate();
  return statement(ctx, input.clientId);
}

/** Sells a prepaid package: an issued invoice for its price, paid at once. */
export function sellPackage(ctx: CoreContext, input: { clientId: string; packageId: string; paidOn: string; method: Method; reference: string }): Statement {
  getClient(ctx, input.clientId);
  const pkg = first(ctx.sqlite, ctx.qb.selectFrom('packages').selectAll().where('id', '=', input.packageId));
  if (!pkg) throw new AppError('invalid_input', 'Choose a package from the list.', { packageId: 'Choose a package from the list' });
  ctx.sqlite
    .transaction(() => {
      const now = nowIso(ctx);
      const settings = billingSettings(ctx);
      const invoiceId = ctx.newId();
      run(
        ctx.sqlite,
        ctx.qb.insertInto('invoices').values({ id: invoiceId, number: null, client_id: input.clientId, payer_id: SELF_PAY_PAYER_ID, status: 'draft', issue_date: null, due_date: null, discount_cents: 0, total_cents: pkg.price_cents, notes: '', void_reason: '', voided_at: null, created_at: now, updated_at: now }),
      );
      run(
        ctx.sqlite,
        ctx.qb.insertInto('invoice_lines').values({ id: ctx.newId(), invoice_id: invoiceId, position: 0, session_id: null, service_id: pkg.service_id, service_date: input.paidOn, code: '', modifiers: '', description: `${pkg.name} (${pkg.visits} prepaid visits)`, minutes: 0, units: 1, unit_price_cents: pkg.price_cents, tax_basis_points: 0, diagnosis_pointers: '' }),
      );
      run(ctx.sqlite, ctx.qb.updateTable('billing_settings').set({ next_invoice_number: settings.nextInvoiceNumber + 1 }).where('id', '=', 1));
      run(ctx.sqlite, ctx.qb.updateTable('invoices').set({ number: formatInvoiceNumber(settings.invoicePrefix, settings.nextInvoiceNumber), status: 'issued', issue_date: input.paidOn, due_date: input.paidOn }).where('id', '=', invoiceId));
      run(ctx.sqlite, ctx.qb.insertInto('client_packages').values({ id: ctx.newId(), client_id: input.clientId, package_id: pkg.id, visits_total: pkg.visits, price_cents: pkg.price_cents, invoice_id: invoiceId, purchased_at: input.paidOn }));
      if (pkg.price_cents > 0) insertPayment(ctx, { clientId: input.clientId, invoiceId, paidOn: input.paidOn, amountCents: pkg.price_cents, method: input.method, reference: input.reference, notes: `Package: ${pkg.name}` });
    })
    .immediate();
  return statement(ctx, input.clientId);
}

function clientPackages(ctx: CoreContext, clientId: string): ClientPackageView[] {
  return all(
    ctx.sqlite,
    ctx.qb
      .selectFrom('client_packages as cp')
      .innerJoin('packages as p', 'p.id', 'cp.package_id')
      .select(['cp.id', 'p.name', 'cp.visits_total', 'cp.price_cents', 'cp.purchased_at', (eb) => eb.selectFrom('payments').select(eb.fn.countAll<number>().as('n')).whereRef('payments.client_package_id', '=', 'cp.id').as('used')])
      .where('cp.client_id', '=', clientId)
      .orderBy('cp.purchased_at'),
  ).map((p) => ({ id: p.id, name: p.name, visitsTotal: p.visits_total, visitsUsed: Number(p.used ?? 0), priceCents: p.price_cents, purchasedAt: p.purchased_at }));
}

/** Pays a visit's invoice from a prepaid package: one visit drawn down. */
export function usePackageVisit(ctx: CoreContext, input: { invoiceId: string; clientPackageId: string; paidOn: string }): Statement {
  const invoice = getInvoice(ctx, input.invoiceId);
  const pkg = clientPackages(ctx, invoice.clientId).find((p) => p.id === input.clientPackageId);
  if (!pkg) throw new AppError('invalid_input', 'Choose one of this client’s packages.', { clientPackageId: 'Choose one of this client’s packages' });
  if (pkg.visitsUsed >= pkg.visitsTotal) throw new AppError('conflict', `${pkg.name} has no visits left.`);
  ctx.sqlite
    .transaction(() => {
      const open = openInvoice(ctx, input.invoiceId, invoice.clientId);
      if (open.balanceCents <= 0) throw new AppError('conflict', 'This invoice is already paid.');
      insertPayment(ctx, { clientId: invoice.clientId, invoiceId: invoice.id, clientPackageId: pkg.id, paidOn: input.paidOn, amountCents: open.balanceCents, method: 'package', reference: pkg.name, notes: `Visit ${pkg.visitsUsed + 1} of ${pkg.visitsTotal}` });
    })
    .immediate();
  return statement(ctx, invoice.clientId);
}

/** Everything a client owes: open invoices, payments, packages, credit. */
export function statement(ctx: CoreContext, clientId: string): Statement {
  const client = getClient(ctx, clientId);
  const invoices = summarize(ctx, all(ctx.sqlite, ctx.qb.selectFrom('invoices').selectAll().where('client_id', '=', clientId).where('status', '=', 'issued').orderBy('issue_date')));
  const numbers = new Map(invoices.map((i) => [i.id, i.number]));
  const payments: PaymentView[] = all(ctx.sqlite, ctx.qb.selectFrom('payments').selectAll().where('client_id', '=', clientId).orderBy('paid_on').orderBy('created_at')).map((p) => ({
    id: p.id,
    clientId: p.client_id,
    invoiceId: p.invoice_id,
    invoiceNumber: p.invoice_id ? (numbers.get(p.invoice_id) ?? null) : null,
    paidOn: p.paid_on,
    amountCents: p.amount_cents,
    method: p.method,
    reference: p.reference,
    notes: p.notes,
    createdAt: p.created_at,
  }));
  const owed = invoices.reduce((s, i) => s + balanceCents(i.totalCents, i.paidCents, i.status), 0);
  const credit = payments.filter((p) => p.invoiceId === null).reduce((s, p) => s + p.amountCents, 0);
  return {
    clientId,
    clientName: `${client.legalFirstName} ${client.legalLastName}`,
    invoices,
    payments,
    packages: clientPackages(ctx, clientId),
    balanceCents: owed - credit,
    creditCents: credit,
  };
}

