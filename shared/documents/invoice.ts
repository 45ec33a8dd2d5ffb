// The invoice on paper: the practice's letterhead, who it is billed to, the lines (date of service,
// code, modifiers, description, units, unit price, amount), the totals, the payments received and
// what is still due, with the payment terms and the practice's footer. A void invoice keeps its
// number and carries a large VOID across it; a draft says it is not issued and has no number.
// A month's invoices print as one document, each invoice starting on a new page with its letterhead.
import { validateIcd10 } from '../domain/icd10';
import type { PaperSize } from '../schemas/documents';
import type { Invoice, Payer } from '../schemas/billing';
import {
  addressLines,
  billingLetterhead,
  dateOrDash,
  draftBanner,
  footerText,
  formatMonth,
  itemsTable,
  keyValues,
  methodLabel,
  moneyIn,
  party,
  renderBillingPage,
  totalsTable,
  voidBanner,
  watermark,
  VOID_MARK,
  type AddressParts,
  type BillingHeader,
  type TotalsRow,
  type Column,
} from './billing-doc';
import { dateIn, formatDate, fullName, type PersonName } from './format';
import { html, type HtmlValue, type SafeHtml } from './html';
import type { DocumentPage } from './layout';
import { multiline } from './session-note';

/** The client as an invoice names them. */
export type InvoiceClient = PersonName &
  AddressParts & { dateOfBirth: string; insuranceMemberId: string; insuranceGroupNumber: string };

export type InvoicePayer = Pick<Payer, 'name' | 'kind' | 'address' | 'payerCode'>;

export interface InvoiceDocInput {
  header: BillingHeader;
  paper: PaperSize;
  /** The practice's currency (billing settings). */
  currency: string;
  /** The clinic's IANA time zone: the day an invoice was voided, as the clinic reads it. */
  timeZone: string;
  invoice: Invoice;
  client: InvoiceClient;
  payer: InvoicePayer;
  /** Days to pay: the invoice's own (due date − issue date) once issued, the practice's setting for a draft. */
  termsDays: number;
  /** The practice's footer text (billing settings), printed as typed. */
  footerText: string;
}

/** 'Invoice INV-00042 — Eleanor Vance', 'Invoice INV-00042 (void) — …', 'Invoice (draft) — …'. */
export function invoiceTitle(invoice: Pick<Invoice, 'number' | 'status'>, clientName: string): string {
  if (invoice.status === 'draft' || !invoice.number) return `Invoice (draft) — ${clientName}`;
  return `Invoice ${invoice.number}${invoice.status === 'void' ? ' (void)' : ''} — ${clientName}`;
}

/** 'Due within 30 days', 'Due on receipt'. */
export function termsText(days: number): string {
  if (days <= 0) return 'Due on receipt';
  return `Due within ${days} day${days === 1 ? '' : 's'}`;
}

/** The days between two dates (YYYY-MM-DD), for an issued invoice's own terms. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** 'Medicare', a typed address with its line breaks, then 'Payer ID 12345'. */
function payerParty(payer: InvoicePayer, client: InvoiceClient): SafeHtml {
  const lines: HtmlValue[] = payer.address.trim() ? [multiline(payer.address.trim())] : [];
  const extra: [string, HtmlValue][] = [];
  if (payer.payerCode.trim()) extra.push(['Payer ID', payer.payerCode.trim()]);
  extra.push(['Patient', fullName(client)]);
  if (client.dateOfBirth) extra.push(['Date of birth', formatDate(client.dateOfBirth)]);
  if (client.insuranceMemberId.trim()) extra.push(['Member ID', client.insuranceMemberId.trim()]);
  if (client.insuranceGroupNumber.trim()) extra.push(['Group number', client.insuranceGroupNumber.trim()]);
  return party('Bill to', payer.name, lines, extra);
}

function clientParty(client: InvoiceClient): SafeHtml {
  const lines = addressLines(client);
  return party('Bill to', fullName(client), lines.length > 0 ? lines : [html`<span class="muted">No address on file</span>`]);
}

const LINE_COLUMNS: Column[] = [
  { label: 'Date of service', cls: 'nowrap' },
  { label: 'Code', cls: 'code nowrap' },
  { label: 'Modifiers', cls: 'nowrap' },
  { label: 'Description', cls: 'desc' },
];

/** The diagnoses the lines' pointers name, in a line under the table: 'A M54.50 Low back pain, unspecified'. */
export function pointerLegend(diagnoses: readonly string[]): HtmlValue {
  if (diagnoses.length === 0) return null;
  return html`<p class="small dx-legend"><span class="muted">Diagnoses (ICD-10-CM):</span> ${diagnoses.map((code, i) => {
    const check = validateIcd10(code);
    return html`${i > 0 && '; '}<strong>${String.fromCharCode(65 + i)}</strong> ${code}${check.ok && check.description ? ` ${check.description}` : ''}`;
  })}</p>`;
}

function linesTable(invoice: Invoice, money: (c: number) => string): SafeHtml {
  const withPointers = invoice.lines.some((l) => l.diagnosisPointers);
  const columns: Column[] = [
    ...LINE_COLUMNS,
    ...(withPointers ? [{ label: 'Dx', cls: 'nowrap' }] : []),
    { label: 'Units', cls: 'num' },
    { label: 'Unit price', cls: 'num' },
    { label: 'Amount', cls: 'num' },
  ];
  const rows = invoice.lines.map((l) => [
    formatDate(l.serviceDate),
    l.code || html`<span class="muted">—</span>`,
    l.modifiers,
    l.description,
    ...(withPointers ? [l.diagnosisPointers] : []),
    String(l.units),
    money(l.unitPriceCents),
    money(l.amountCents),
  ]);
  return itemsTable(columns, rows);
}

function paymentsBlock(invoice: Invoice, money: (c: number) => string): SafeHtml {
  if (invoice.payments.length === 0) {
    return html`<div class="subtle-label">Payments received</div><p class="muted small">${invoice.status === 'issued' ? 'No payments received yet.' : 'None.'}</p>`;
  }
  return html`<div class="subtle-label">Payments received</div>${itemsTable(
    [{ label: 'Date', cls: 'nowrap' }, { label: 'Method' }, { label: 'Reference' }, { label: 'Amount', cls: 'num' }],
    invoice.payments.map((p) => [formatDate(p.paidOn), p.amountCents < 0 ? `Refund (${methodLabel(p.method)})` : methodLabel(p.method), p.reference || html`<span class="muted">—</span>`, money(p.amountCents)]),
  )}`;
}

/** One invoice's content. In a batch it brings its own letterhead, since each starts a new page. */
export function invoiceBody(input: InvoiceDocInput, inBatch: boolean): SafeHtml {
  const { invoice, client, payer } = input;
  const money = moneyIn(input.currency);
  const isVoid = invoice.status === 'void';
  const isDraft = invoice.status === 'draft';
  const billTo = payer.kind === 'insurance' ? payerParty(payer, client) : clientParty(client);
  const facts: [string, HtmlValue, ('due' | '')?][] = [
    ['Invoice number', isDraft || !invoice.number ? html`<span class="muted">Not issued</span>` : invoice.number],
    ['Issue date', dateOrDash(invoice.issueDate)],
    ['Due date', isDraft ? html`<span class="muted">Set when issued</span>` : dateOrDash(invoice.dueDate)],
  ];
  if (payer.kind !== 'insurance' && payer.name) facts.push(['Payer', payer.name]);
  facts.push(isDraft ? ['Total', money(invoice.totalCents), 'due'] : ['Amount due', money(Math.max(invoice.balanceCents, 0)), 'due']);

  const totals: TotalsRow[] = [
    ['Subtotal', money(invoice.subtotalCents)],
    ['Discount', invoice.discountCents > 0 ? money(-invoice.discountCents) : money(0)],
    ['Tax', money(invoice.taxCents)],
    ['Total', money(invoice.totalCents), 'total'],
  ];
  if (!isDraft) {
    totals.push(['Payments received', money(-invoice.paidCents), 'sub']);
    if (invoice.balanceCents < 0) totals.push(['Credit', money(-invoice.balanceCents), 'sub']);
    totals.push(['gap', '', 'gap'], [isVoid ? 'Amount due (void)' : 'Amount due', money(Math.max(invoice.balanceCents, 0)), isVoid ? 'due void' : 'due']);
  }

  const voidedOn = invoice.voidedAt ? dateIn(invoice.voidedAt, input.timeZone) : null;
  const ref = isDraft || !invoice.number ? 'Draft — not issued' : `No. ${invoice.number}`;
  const terms = isDraft ? `${termsText(input.termsDays)} of the issue date, once issued.` : isVoid ? null : `${termsText(input.termsDays)}${invoice.dueDate && input.termsDays > 0 ? ` (by ${formatDate(invoice.dueDate)})` : ''}.`;
  return html`<article class="doc invoice">
${isVoid && watermark(VOID_MARK, 'void', inBatch)}
${isDraft && watermark('DRAFT', 'draft', inBatch)}
${inBatch && billingLetterhead(input.header, { documentName: 'INVOICE', documentRef: ref, showTaxId: true })}
${isVoid && voidBanner(invoice.voidReason, voidedOn)}
${isDraft && draftBanner()}
<div class="parties">${billTo}<div>${keyValues(facts)}</div></div>
${linesTable(invoice, money)}
${pointerLegend(invoice.diagnoses)}
<div class="after-table"><div class="left">${paymentsBlock(invoice, money)}</div>${totalsTable(totals)}</div>
<div class="terms">
${terms && html`<p><strong>Terms:</strong> ${terms}${invoice.number && !isVoid && html` Please quote invoice ${invoice.number} with your payment.`}</p>`}
${invoice.notes.trim() && html`<p><strong>Notes:</strong> ${multiline(invoice.notes.trim())}</p>`}
</div>
${footerText(input.footerText)}
</article>`;
}

export const INVOICE_CSS = `
.dx-legend { margin: 4px 0 0; }
.invoice .after-table .left table.items { font-size: 8.5pt; }
.invoice .after-table .left table.items th { background: none; padding: 3px 6px; }
.invoice .after-table .left table.items td { padding: 3px 6px; }
`;

export function renderInvoice(input: InvoiceDocInput): DocumentPage {
  const { invoice } = input;
  const title = invoiceTitle(invoice, fullName(input.client));
  const ref = invoice.status === 'draft' || !invoice.number ? 'Draft — not issued' : `No. ${invoice.number}`;
  return renderBillingPage({
    title,
    paper: input.paper,
    header: input.header,
    letterhead: { documentName: 'INVOICE', documentRef: ref, showTaxId: true },
    body: invoiceBody(input, false),
    css: INVOICE_CSS,
  });
}

export interface InvoicesMonthInput {
  header: BillingHeader;
  paper: PaperSize;
  /** YYYY-MM */
  month: string;
  /** Every issued or void invoice issued that month, in the order they print. */
  invoices: readonly Omit<InvoiceDocInput, 'header' | 'paper'>[];
}

export const noInvoicesIn = (month: string) => `No invoices were issued in ${formatMonth(month)}.`;

/** All of a month's invoices for batch printing: each on its own pages, with its own letterhead. */
export function renderInvoicesMonth(input: InvoicesMonthInput): DocumentPage {
  const title = `Invoices — ${formatMonth(input.month)}`;
  if (input.invoices.length === 0) {
    return renderBillingPage({
      title,
      paper: input.paper,
      header: input.header,
      letterhead: { documentName: 'INVOICES', documentRef: formatMonth(input.month) },
      body: html`<div class="empty-month"><p class="big">${noInvoicesIn(input.month)}</p><p class="muted">Drafts are not printed until they are issued.</p></div>`,
    });
  }
  const body = html`${input.invoices.map((inv) => invoiceBody({ ...inv, header: input.header, paper: input.paper }, true))}`;
  return renderBillingPage({ title, paper: input.paper, header: input.header, letterhead: null, body, css: INVOICE_CSS });
}
