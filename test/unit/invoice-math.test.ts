// Invoice totals, states, balances, numbers and due dates (DESIGN.md "Invoices"; issue 6).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { balanceCents, dueDate, formatInvoiceNumber, invoiceState, invoiceTotals, type LineInput } from '../../shared/domain/invoice-math';
import { percentOf } from '../../shared/domain/money';

// The issue's session: 3 units of 97124 and 1 unit of 97140 at catalog fees of $30.00 and $35.00.
const massage = (taxBasisPoints: number): LineInput => ({ units: 3, unitPriceCents: 3000, taxBasisPoints });
const manual = (taxBasisPoints: number): LineInput => ({ units: 1, unitPriceCents: 3500, taxBasisPoints });

describe('invoiceTotals', () => {
  it('3 × 97124 + 1 × 97140, no discount, no tax', () => {
    expect(invoiceTotals([massage(0), manual(0)], 0)).toEqual({
      subtotalCents: 12500,
      discountCents: 0,
      taxCents: 0,
      totalCents: 12500,
      lines: [
        { amountCents: 9000, discountCents: 0, taxCents: 0 },
        { amountCents: 3500, discountCents: 0, taxCents: 0 },
      ],
    });
  });

  it('allocates a $10.01 discount by line amount (the odd cent to the larger remainder), tax 0', () => {
    expect(invoiceTotals([massage(0), manual(0)], 1001)).toEqual({
      subtotalCents: 12500,
      discountCents: 1001,
      taxCents: 0,
      totalCents: 11499,
      lines: [
        { amountCents: 9000, discountCents: 721, taxCents: 0 },
        { amountCents: 3500, discountCents: 280, taxCents: 0 },
      ],
    });
  });

  it('taxes each line at 8.25 % on what is left after its share of the discount', () => {
    // 97124: (9000 − 721) × 8.25 % = 683.0175 → 683; 97140: (3500 − 280) × 8.25 % = 265.65 → 266.
    expect(invoiceTotals([massage(825), manual(825)], 1001)).toEqual({
      subtotalCents: 12500,
      discountCents: 1001,
      taxCents: 949,
      totalCents: 12448,
      lines: [
        { amountCents: 9000, discountCents: 721, taxCents: 683 },
        { amountCents: 3500, discountCents: 280, taxCents: 266 },
      ],
    });
  });

  it('taxes only the taxed line, after its share of the discount', () => {
    const totals = invoiceTotals([massage(0), manual(825)], 1000);
    expect(totals.lines.map((l) => l.discountCents)).toEqual([720, 280]);
    expect(totals.lines.map((l) => l.taxCents)).toEqual([0, 266]);
    expect(totals.totalCents).toBe(12500 - 1000 + 266);
  });

  it('a discount of the whole subtotal leaves nothing to tax', () => {
    const totals = invoiceTotals([massage(825), manual(825)], 12500);
    expect(totals.taxCents).toBe(0);
    expect(totals.totalCents).toBe(0);
  });

  it('an invoice without lines totals 0', () => {
    expect(invoiceTotals([], 0)).toEqual({ subtotalCents: 0, discountCents: 0, taxCents: 0, totalCents: 0, lines: [] });
  });

  it('refuses a discount above the subtotal or below zero, with a clear message', () => {
    expect(() => invoiceTotals([massage(0), manual(0)], 12501)).toThrow(RangeError);
    expect(() => invoiceTotals([massage(0), manual(0)], 12501)).toThrow('The discount (12501 cents) is more than the invoice subtotal (12500 cents)');
    expect(() => invoiceTotals([massage(0)], -1)).toThrow('The discount cannot be negative');
    expect(() => invoiceTotals([], 1)).toThrow(RangeError);
    expect(() => invoiceTotals([massage(0)], 10.5)).toThrow(RangeError);
  });

  it('refuses negative or fractional units, prices and rates', () => {
    expect(() => invoiceTotals([{ units: 1, unitPriceCents: -3000, taxBasisPoints: 0 }], 0)).toThrow(/unit price on line 1/);
    expect(() => invoiceTotals([{ units: -1, unitPriceCents: 3000, taxBasisPoints: 0 }], 0)).toThrow(/Units on line 1/);
    expect(() => invoiceTotals([massage(0), { units: 1.5, unitPriceCents: 3000, taxBasisPoints: 0 }], 0)).toThrow(/Units on line 2/);
    expect(() => invoiceTotals([{ units: 1, unitPriceCents: 3000, taxBasisPoints: -825 }], 0)).toThrow(/tax rate on line 1/);
  });

  it('for any invoice: total = subtotal − discount + tax, and each line is taxed on its net', () => {
    const line = fc.record({
      units: fc.integer({ min: 0, max: 20 }),
      unitPriceCents: fc.integer({ min: 0, max: 100_000 }),
      taxBasisPoints: fc.constantFrom(0, 500, 825, 1000, 1375),
    });
    const invoice = fc
      .array(line, { maxLength: 10 })
      .chain((lines) => {
        const subtotal = lines.reduce((a, l) => a + l.units * l.unitPriceCents, 0);
        return fc.tuple(fc.constant(lines), fc.integer({ min: 0, max: subtotal }));
      });
    fc.assert(
      fc.property(invoice, ([lines, discount]) => {
        const totals = invoiceTotals(lines, discount);
        expect(totals.totalCents).toBe(totals.subtotalCents - totals.discountCents + totals.taxCents);
        expect(totals.subtotalCents).toBe(totals.lines.reduce((a, l) => a + l.amountCents, 0));
        expect(totals.lines.reduce((a, l) => a + l.discountCents, 0)).toBe(discount);
        expect(totals.taxCents).toBe(totals.lines.reduce((a, l) => a + l.taxCents, 0));
        totals.lines.forEach((l, i) => {
          expect(l.amountCents).toBe(lines[i]!.units * lines[i]!.unitPriceCents);
          expect(l.discountCents).toBeGreaterThanOrEqual(0);
          expect(l.discountCents).toBeLessThanOrEqual(l.amountCents);
          expect(l.taxCents).toBe(percentOf(l.amountCents - l.discountCents, lines[i]!.taxBasisPoints));
        });
      }),
    );
  });
});

describe('invoiceState and balanceCents', () => {
  it.each([
    ['draft', 12500, 0, 'draft', 12500],
    ['issued', 12500, 0, 'issued', 12500],
    ['issued', 12500, 5000, 'partially_paid', 7500],
    ['issued', 12500, 12500, 'paid', 0],
    ['issued', 12500, 15000, 'paid', -2500], // overpaid: a credit
    ['issued', 0, 0, 'paid', 0], // nothing to pay
    ['issued', 12500, -500, 'issued', 13000], // a refund larger than the payments
    ['void', 12500, 0, 'void', 0],
    ['void', 12500, 5000, 'void', 0],
  ] as const)('%s, total %i, paid %i → %s, balance %i', (status, total, paid, state, balance) => {
    expect(invoiceState(status, total, paid)).toBe(state);
    expect(balanceCents(total, paid, status)).toBe(balance);
  });

  it('goes issued → partially paid → paid as payments come in, then a refund brings it back', () => {
    const payments = [0, 4000, 8000, 12500, 10000];
    expect(payments.map((paid) => invoiceState('issued', 12500, paid))).toEqual(['issued', 'partially_paid', 'partially_paid', 'paid', 'partially_paid']);
  });
});

describe('formatInvoiceNumber', () => {
  it('pads to five digits by default', () => {
    expect(formatInvoiceNumber('INV-', 42)).toBe('INV-00042');
    expect(formatInvoiceNumber('INV-', 1)).toBe('INV-00001');
    expect(formatInvoiceNumber('INV-', 99999)).toBe('INV-99999');
  });
  it('grows past the padding instead of wrapping or cutting', () => {
    expect(formatInvoiceNumber('INV-', 100000)).toBe('INV-100000');
    expect(formatInvoiceNumber('', 1234567, 3)).toBe('1234567');
  });
  it('takes any prefix and padding', () => {
    expect(formatInvoiceNumber('2024/', 7, 3)).toBe('2024/007');
    expect(formatInvoiceNumber('', 7, 0)).toBe('7');
  });
  it('refuses negative or fractional numbers', () => {
    expect(() => formatInvoiceNumber('INV-', -1)).toThrow(RangeError);
    expect(() => formatInvoiceNumber('INV-', 1.5)).toThrow(RangeError);
  });
});

describe('dueDate', () => {
  it.each([
    ['2024-03-01', 0, '2024-03-01'],
    ['2024-03-01', 30, '2024-03-31'],
    ['2024-01-31', 30, '2024-03-01'], // leap year: February has 29 days
    ['2023-01-31', 30, '2023-03-02'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2023-02-28', 1, '2023-03-01'],
    ['2024-12-20', 30, '2025-01-19'], // across the year end
    ['2024-12-31', 1, '2025-01-01'],
    ['2024-03-09', 1, '2024-03-10'], // a US DST weekend changes nothing
    ['2024-10-26', 2, '2024-10-28'], // nor a European one
    ['2024-01-01', 365, '2024-12-31'],
  ])('%s + %i days → %s', (issue, terms, due) => {
    expect(dueDate(issue, terms)).toBe(due);
  });
  it('refuses a date that is not YYYY-MM-DD and negative terms', () => {
    expect(() => dueDate('2023-02-29', 30)).toThrow(RangeError);
    expect(() => dueDate('03/01/2024', 30)).toThrow(RangeError);
    expect(() => dueDate('2024-03-01', -1)).toThrow(RangeError);
    expect(() => dueDate('2024-03-01', 1.5)).toThrow(RangeError);
  });
});
