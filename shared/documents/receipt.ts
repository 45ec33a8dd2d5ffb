// A receipt for one payment: who paid, when, how (method and reference), how much, for which
// invoice (or on account), and what is left after it: the invoice's remaining balance, or the
// credit on the client's account. A refund prints as a refund receipt.
import type { PaperSize } from '../schemas/documents';
import type { PaymentView } from '../schemas/billing';
import { addressLines, footerText, keyValues, methodLabel, moneyIn, party, renderBillingPage, totalsTable, type AddressParts, type BillingHeader } from './billing-doc';
import { formatDate, fullName, type PersonName } from './format';
import { html, type HtmlValue } from './html';
import type { DocumentPage } from './layout';

export interface ReceiptInput {
  header: BillingHeader;
  paper: PaperSize;
  currency: string;
  client: PersonName & AddressParts;
  payment: Pick<PaymentView, 'paidOn' | 'amountCents' | 'method' | 'reference' | 'notes'>;
  /** The invoice the payment was made on; null for a payment on account. */
  invoice: { number: string | null; issueDate: string | null; totalCents: number; status: 'draft' | 'issued' | 'void' } | null;
  /** Paid on the invoice before this payment (earlier payments, refunds subtracted). */
  paidBeforeCents: number;
  /** The invoice's balance once this payment is counted. */
  balanceAfterCents: number;
  /** For a payment on account: the credit on the account once it is counted. */
  creditAfterCents: number;
  footerText: string;
}

export function receiptTitle(clientName: string, paidOn: string, refund: boolean): string {
  return `${refund ? 'Refund receipt' : 'Receipt'} — ${clientName} — ${formatDate(paidOn)}`;
}

export const RECEIPT_CSS = `
.receipt .amount-box { text-align: left; display: flex; align-items: baseline; justify-content: space-between; gap: 16px; margin: 4px 0 14px; background: #f4f8f8; }
.receipt .statement-line { margin: 0 0 14px; font-size: 10pt; }
.receipt .applied { display: flex; justify-content: flex-end; }
.receipt .applied table.totals { width: 330px; }
.receipt .thanks { margin-top: 18px; font-size: 10pt; font-weight: 600; color: #0d6b68; }
`;

export function renderReceipt(input: ReceiptInput): DocumentPage {
  const { client, payment, invoice } = input;
  const money = moneyIn(input.currency);
  const refund = payment.amountCents < 0;
  const amount = Math.abs(payment.amountCents);
  const name = fullName(client);
  const title = receiptTitle(name, payment.paidOn, refund);
  const method = methodLabel(payment.method);
  const forWhat = invoice ? (invoice.number ? `Invoice ${invoice.number}` : 'Draft invoice') : 'On account';
  const lines = addressLines(client);

  const facts: [string, HtmlValue][] = [
    [refund ? 'Refund date' : 'Payment date', formatDate(payment.paidOn)],
    ['Method', method],
    ['Reference', payment.reference.trim() || html`<span class="muted">—</span>`],
    ['For', forWhat],
  ];
  if (invoice?.issueDate) facts.push(['Invoice date', formatDate(invoice.issueDate)]);

  const applied = invoice
    ? totalsTable([
        [invoice.number ? `Invoice ${invoice.number} total` : 'Invoice total', money(invoice.totalCents)],
        ['Paid before', money(-input.paidBeforeCents), 'sub'],
        [refund ? 'This refund' : 'This payment', money(-payment.amountCents), 'total'],
        ['gap', '', 'gap'],
        [invoice.status === 'void' ? 'Balance remaining (void)' : 'Balance remaining', money(input.balanceAfterCents), 'due'],
      ])
    : totalsTable([
        [refund ? 'Refunded from credit on account' : 'Paid on account', money(amount), 'total'],
        ['gap', '', 'gap'],
        ['Credit on account after this', money(input.creditAfterCents), 'due'],
      ]);

  const sentence = refund
    ? html`${money(amount)} refunded to <strong>${name}</strong> by ${method.toLowerCase()} on ${formatDate(payment.paidOn)}${invoice?.number ? html`, on invoice ${invoice.number}` : ' from credit on account'}.`
    : html`Received with thanks from <strong>${name}</strong>: ${money(amount)} by ${method.toLowerCase()} on ${formatDate(payment.paidOn)}${
        invoice?.number ? html`, for invoice ${invoice.number}` : ', on account'
      }.`;

  const body = html`<article class="doc receipt">
<div class="parties">${party(refund ? 'Refunded to' : 'Received from', name, lines.length > 0 ? lines : [html`<span class="muted">No address on file</span>`])}<div>${keyValues(facts)}</div></div>
<div class="amount-box"><div class="label">${refund ? 'Amount refunded' : 'Amount received'}</div><div class="amount">${money(amount)}</div></div>
<p class="statement-line">${sentence}</p>
${payment.notes.trim() && html`<p class="small"><span class="muted">Note:</span> ${payment.notes.trim()}</p>`}
<div class="applied">${applied}</div>
${!refund && html`<p class="thanks">Thank you for your payment.</p>`}
${footerText(input.footerText)}
</article>`;

  return renderBillingPage({
    title,
    paper: input.paper,
    header: input.header,
    letterhead: { documentName: refund ? 'REFUND' : 'RECEIPT', documentRef: formatDate(payment.paidOn) },
    body,
    css: RECEIPT_CSS,
  });
}
