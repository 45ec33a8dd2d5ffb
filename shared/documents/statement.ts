// The client statement: everything a client owes. The amount due stands out at the top, then the
// invoices (open and paid) with their balances, every charge, payment and refund in date order with
// a running balance, prepaid packages with the visits used and left, and the credit on account.
import type { ClientPackageView, InvoiceSummary, PaymentView, Statement } from '../schemas/billing';
import type { PaperSize } from '../schemas/documents';
import { addressLines, footerText, itemsTable, methodLabel, moneyIn, party, renderBillingPage, totalsTable, type AddressParts, type BillingHeader, type TotalsRow } from './billing-doc';
import { formatDate, fullName, type PersonName } from './format';
import { html, type HtmlValue, type SafeHtml } from './html';
import type { DocumentPage } from './layout';

export interface StatementInput {
  header: BillingHeader;
  paper: PaperSize;
  currency: string;
  /** The statement's date: the clinic's today. */
  today: string;
  client: PersonName & AddressParts;
  statement: Statement;
  /** Invoice numbers by id, void ones included (a payment may name an invoice the statement no longer lists). */
  invoiceNumbers: ReadonlyMap<string, string | null>;
  footerText: string;
}

export const statementTitle = (clientName: string, today: string) => `Statement — ${clientName} — ${formatDate(today)}`;

const STATE_LABELS: Record<InvoiceSummary['state'], string> = {
  draft: 'Draft',
  issued: 'Open',
  partially_paid: 'Partly paid',
  paid: 'Paid',
  void: 'Void',
};

function stateLabel(invoice: InvoiceSummary, today: string): SafeHtml {
  const overdue = invoice.balanceCents > 0 && invoice.dueDate !== null && invoice.dueDate < today;
  if (overdue) return html`<span class="overdue">Overdue</span>`;
  return html`<span class="state-${invoice.state}">${STATE_LABELS[invoice.state]}</span>`;
}

interface Entry {
  date: string;
  /** Charges before payments on the same day. */
  order: number;
  seq: number;
  description: HtmlValue;
  chargeCents: number;
  creditCents: number;
}

/** Invoices as charges, payments as credits, refunds as charges (money back raises what is owed). */
export function accountActivity(statement: Statement, invoiceNumbers: ReadonlyMap<string, string | null>): (Entry & { balanceCents: number })[] {
  const entries: Entry[] = [];
  statement.invoices.forEach((inv, seq) => {
    if (inv.issueDate === null) return;
    entries.push({ date: inv.issueDate, order: 0, seq, description: html`Invoice ${inv.number ?? ''}`, chargeCents: inv.totalCents, creditCents: 0 });
  });
  statement.payments.forEach((p: PaymentView, seq) => {
    const number = p.invoiceId ? (p.invoiceNumber ?? invoiceNumbers.get(p.invoiceId) ?? null) : null;
    const target = p.invoiceId ? (number ? `invoice ${number}` : 'an invoice') : 'on account';
    const how = `${methodLabel(p.method)}${p.reference.trim() ? `, ${p.reference.trim()}` : ''}`;
    if (p.amountCents < 0) {
      entries.push({ date: p.paidOn, order: 1, seq, description: html`Refund — ${how} <span class="muted">(${target === 'on account' ? 'from credit on account' : target})</span>`, chargeCents: -p.amountCents, creditCents: 0 });
    } else {
      entries.push({ date: p.paidOn, order: 1, seq, description: html`Payment — ${how} <span class="muted">(${target})</span>`, chargeCents: 0, creditCents: p.amountCents });
    }
  });
  entries.sort((a, b) => a.date.localeCompare(b.date) || a.order - b.order || a.seq - b.seq);
  let balance = 0;
  return entries.map((e) => {
    balance += e.chargeCents - e.creditCents;
    return { ...e, balanceCents: balance };
  });
}

const packageRow = (p: ClientPackageView, money: (c: number) => string): HtmlValue[] => [
  p.name,
  formatDate(p.purchasedAt),
  money(p.priceCents),
  String(p.visitsTotal),
  String(p.visitsUsed),
  String(Math.max(p.visitsTotal - p.visitsUsed, 0)),
];

export const STATEMENT_CSS = `
.statement .due-col { display: flex; flex-direction: column; gap: 8px; }
.statement .amount-box { background: #f4f8f8; }
.statement .amount-box .amount { font-size: 24pt; }
.statement .overdue { color: #b42318; font-weight: 700; }
.statement .state-paid { color: #0d6b68; font-weight: 600; }
.statement td.desc { width: 99%; }
.statement .closing { display: flex; justify-content: flex-end; margin-top: 10px; break-inside: avoid; }
.statement .closing table.totals { width: 300px; }
.statement .pay-note { font-size: 8.5pt; margin-top: 10px; }
`;

export function renderStatement(input: StatementInput): DocumentPage {
  const { statement, today } = input;
  const money = moneyIn(input.currency);
  const name = fullName(input.client);
  const title = statementTitle(name, today);
  const amountDue = Math.max(statement.balanceCents, 0);
  const credit = statement.balanceCents < 0 ? -statement.balanceCents : 0;
  const owedOnInvoices = statement.invoices.reduce((s, i) => s + i.balanceCents, 0);
  const lines = addressLines(input.client);
  const activity = accountActivity(statement, input.invoiceNumbers);
  const invoices = [...statement.invoices].sort((a, b) => (a.issueDate ?? '').localeCompare(b.issueDate ?? '') || (a.number ?? '').localeCompare(b.number ?? ''));

  const invoicesTable =
    invoices.length === 0
      ? html`<p class="empty">No invoices yet.</p>`
      : itemsTable(
          [
            { label: 'Invoice', cls: 'code nowrap' },
            { label: 'Issued', cls: 'nowrap' },
            { label: 'Due', cls: 'nowrap' },
            { label: 'Status', cls: 'desc' },
            { label: 'Total', cls: 'num' },
            { label: 'Paid', cls: 'num' },
            { label: 'Balance', cls: 'num' },
          ],
          invoices.map((i) => [i.number ?? '', i.issueDate ? formatDate(i.issueDate) : '', i.dueDate ? formatDate(i.dueDate) : '', stateLabel(i, today), money(i.totalCents), money(i.paidCents), money(i.balanceCents)]),
        );

  const activityTable =
    activity.length === 0
      ? html`<p class="empty">No charges or payments yet.</p>`
      : itemsTable(
          [
            { label: 'Date', cls: 'nowrap' },
            { label: 'Description', cls: 'desc' },
            { label: 'Charges', cls: 'num' },
            { label: 'Payments', cls: 'num' },
            { label: 'Balance', cls: 'num' },
          ],
          activity.map((e) => [formatDate(e.date), e.description, e.chargeCents ? money(e.chargeCents) : '', e.creditCents ? money(e.creditCents) : '', money(e.balanceCents)]),
        );

  const packages =
    statement.packages.length > 0
      ? html`<section><h2>Prepaid packages</h2>${itemsTable(
          [
            { label: 'Package', cls: 'desc' },
            { label: 'Purchased', cls: 'nowrap' },
            { label: 'Price', cls: 'num' },
            { label: 'Visits', cls: 'num' },
            { label: 'Used', cls: 'num' },
            { label: 'Left', cls: 'num' },
          ],
          statement.packages.map((p) => packageRow(p, money)),
        )}</section>`
      : null;

  const closing: TotalsRow[] = [['Owed on invoices', money(owedOnInvoices)]];
  if (statement.creditCents !== 0) closing.push(['Credit on account', money(-statement.creditCents), 'sub']);
  closing.push(['gap', '', 'gap'], ['Amount due', money(amountDue), 'due']);
  if (credit > 0) closing.push(['Credit remaining', money(credit), 'sub']);

  const body = html`<article class="doc statement">
<div class="parties">${party('Statement for', name, lines.length > 0 ? lines : [html`<span class="muted">No address on file</span>`])}<div class="due-col">
  <div class="amount-box"><div class="label">Amount due</div><div class="amount">${money(amountDue)}</div><div class="note">${
    credit > 0 ? `Credit on account: ${money(credit)}` : `As of ${formatDate(today)}`
  }</div></div>
</div></div>
<section class="long"><h2>Invoices</h2>${invoicesTable}</section>
<section class="long"><h2>Account activity</h2>${activityTable}</section>
${packages}
<div class="closing">${totalsTable(closing)}</div>
${amountDue > 0 && html`<p class="pay-note">Please pay the amount due, quoting your name and the invoice numbers. Thank you.</p>`}
${footerText(input.footerText)}
</article>`;

  return renderBillingPage({
    title,
    paper: input.paper,
    header: input.header,
    letterhead: { documentName: 'STATEMENT', documentRef: formatDate(today) },
    body,
    css: STATEMENT_CSS,
  });
}
