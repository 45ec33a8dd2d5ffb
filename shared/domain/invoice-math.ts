// Invoice arithmetic (DESIGN.md "Invoices"): totals in integer cents, states, balances, numbers
// and due dates. Pure: the core stores what these return, screens show it.
import { isIsoDate } from './dates';
import { allocate, percentOf } from './money';

export interface LineInput {
  /** Integer ≥ 0. */
  units: number;
  /** Integer cents ≥ 0. */
  unitPriceCents: number;
  /** Integer ≥ 0: 825 = 8.25 %. */
  taxBasisPoints: number;
}

export interface Totals {
  subtotalCents: number;
  discountCents: number;
  taxCents: number;
  totalCents: number;
  /** One per input line, in order. */
  lines: { amountCents: number; discountCents: number; taxCents: number }[];
}

function wholeAtLeastZero(value: number, what: string): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${what} must be a whole number, 0 or more (got ${value})`);
}

/**
 * Line amount = units × unit price. The invoice discount is spread over the lines in proportion to
 * their amounts (so a taxed and an untaxed line each get their share), tax is computed per line on
 * what is left of it, and total = subtotal − discount + tax.
 */
export function invoiceTotals(lines: readonly LineInput[], discountCents: number): Totals {
  lines.forEach((line, i) => {
    wholeAtLeastZero(line.units, `Units on line ${i + 1}`);
    wholeAtLeastZero(line.unitPriceCents, `The unit price on line ${i + 1}`);
    wholeAtLeastZero(line.taxBasisPoints, `The tax rate on line ${i + 1}`);
  });
  const amounts = lines.map((line) => line.units * line.unitPriceCents);
  amounts.forEach((amount, i) => {
    if (!Number.isSafeInteger(amount)) throw new RangeError(`Line ${i + 1} is too large to bill`);
  });
  const subtotalCents = amounts.reduce((a, b) => a + b, 0);
  if (!Number.isSafeInteger(subtotalCents)) throw new RangeError('The invoice is too large to bill');
  if (!Number.isSafeInteger(discountCents)) throw new RangeError(`The discount must be a whole number of cents (got ${discountCents})`);
  if (discountCents < 0) throw new RangeError('The discount cannot be negative');
  if (discountCents > subtotalCents) {
    throw new RangeError(`The discount (${discountCents} cents) is more than the invoice subtotal (${subtotalCents} cents)`);
  }

  const discounts = allocate(discountCents, amounts);
  const totals = lines.map((line, i) => {
    const amountCents = amounts[i]!;
    const lineDiscount = discounts[i]!;
    return { amountCents, discountCents: lineDiscount, taxCents: percentOf(amountCents - lineDiscount, line.taxBasisPoints) };
  });
  const taxCents = totals.reduce((a, l) => a + l.taxCents, 0);
  return { subtotalCents, discountCents, taxCents, totalCents: subtotalCents - discountCents + taxCents, lines: totals };
}

export type InvoiceState = 'draft' | 'issued' | 'partially_paid' | 'paid' | 'void';

/**
 * What an invoice shows from its stored status and payments. An issued invoice is paid once the
 * payments reach the total (an overpayment is still 'paid': the excess is a credit, see
 * balanceCents); a 0-total issued invoice is paid; some payment short of the total is partial.
 */
export function invoiceState(status: 'draft' | 'issued' | 'void', totalCents: number, paidCents: number): InvoiceState {
  if (status !== 'issued') return status;
  if (totalCents <= 0 || paidCents >= totalCents) return 'paid';
  if (paidCents > 0) return 'partially_paid';
  return 'issued';
}

/** What the client still owes: total − paid, negative when they paid more (a credit); a void owes nothing. */
export function balanceCents(totalCents: number, paidCents: number, status: 'draft' | 'issued' | 'void'): number {
  if (status === 'void') return 0;
  return totalCents - paidCents;
}

/** ('INV-', 42) → 'INV-00042'; past the padding the number just grows: ('INV-', 123456) → 'INV-123456'. */
export function formatInvoiceNumber(prefix: string, n: number, minDigits = 5): string {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`An invoice number must be a whole number, 0 or more (got ${n})`);
  if (!Number.isSafeInteger(minDigits) || minDigits < 0) throw new RangeError(`The number of digits must be a whole number, 0 or more (got ${minDigits})`);
  return prefix + String(n).padStart(minDigits, '0');
}

/** The issue date plus the payment terms in calendar days, YYYY-MM-DD ('2024-12-20', 30 → '2025-01-19'). */
export function dueDate(issueDate: string, termsDays: number): string {
  if (!isIsoDate(issueDate)) throw new RangeError(`"${issueDate}" is not a date (YYYY-MM-DD)`);
  if (!Number.isSafeInteger(termsDays) || termsDays < 0) throw new RangeError(`Payment terms must be a whole number of days, 0 or more (got ${termsDays})`);
  const [y, m, d] = issueDate.split('-').map(Number) as [number, number, number];
  const due = new Date(0);
  due.setUTCFullYear(y, m - 1, d + termsDays); // not Date.UTC, which reads years 0–99 as 1900–1999
  const text = due.toISOString().slice(0, 10);
  if (!isIsoDate(text)) throw new RangeError(`${termsDays} days after ${issueDate} is past the year 9999`);
  return text;
}
