// Money is integer cents (DESIGN.md): parsing digit by digit, exact display, rounding and splitting.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocate, centsToDecimal, formatMoney, parseMoney, percentOf } from '../../shared/domain/money';

describe('parseMoney', () => {
  it.each([
    ['12', 1200],
    ['12.5', 1250],
    ['12.50', 1250],
    ['$1,234.56', 123456],
    [' 0.99 ', 99],
    ['-5.00', -500],
    ['-$5', -500],
    ['$-5.25', -525],
    ['19.99', 1999],
    ['0.01', 1],
    ['.5', 50],
    ['12.', 1200],
    ['1,000,000', 100_000_000],
    ['€3.10', 310],
    ['$ 7', 700],
    ['0', 0],
    ['007.05', 705],
  ])('%j → %i cents', (text, cents) => {
    expect(parseMoney(text)).toBe(cents);
  });

  it.each(['12.345', 'abc', '', '   ', '.', '-', '$', '1,2', '12,34', '1,2345', '--5', '+5', '1.2.3', '1e3', '12 34', '0x10', 'NaN', 'Infinity', '12.3a', '$$5', '99999999999999999'])(
    '%j → null',
    (text) => {
      expect(parseMoney(text)).toBeNull();
    },
  );

  it('never returns -0', () => {
    expect(Object.is(parseMoney('-0.00'), 0)).toBe(true);
  });

  it('adds without float drift: 0.10 + 0.20 is 30 cents', () => {
    expect(parseMoney('0.10')! + parseMoney('0.20')!).toBe(30);
    expect(0.1 + 0.2).not.toBe(0.3); // what floats would have done
  });

  it('reads back whatever centsToDecimal writes', () => {
    fc.assert(
      fc.property(fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), (cents) => {
        expect(parseMoney(centsToDecimal(cents))).toBe(cents);
      }),
    );
  });
});

describe('centsToDecimal', () => {
  it.each([
    [0, '0.00'],
    [5, '0.05'],
    [-5, '-0.05'],
    [1999, '19.99'],
    [-123456, '-1234.56'],
    [Number.MAX_SAFE_INTEGER, '90071992547409.91'],
  ])('%i → %s', (cents, text) => {
    expect(centsToDecimal(cents)).toBe(text);
  });
  it('refuses fractions of a cent', () => {
    expect(() => centsToDecimal(12.5)).toThrow(RangeError);
  });
});

describe('formatMoney', () => {
  it('formats dollars by default', () => {
    expect(formatMoney(123456)).toBe('$1,234.56');
    expect(formatMoney(0)).toBe('$0.00');
    expect(formatMoney(5)).toBe('$0.05');
    expect(formatMoney(-500)).toBe('-$5.00');
  });
  it('is exact for the largest amounts (no cents / 100 rounding)', () => {
    expect(formatMoney(Number.MAX_SAFE_INTEGER)).toBe('$90,071,992,547,409.91');
  });
  it('follows the currency and locale', () => {
    expect(formatMoney(123456, 'EUR', 'de-DE')).toBe('1.234,56\u00a0€');
    expect(formatMoney(123456, 'CAD', 'en-CA')).toBe('$1,234.56');
    expect(formatMoney(123456, 'GBP', 'en-GB')).toBe('£1,234.56');
  });
  it('still shows the amount when the currency setting is not a currency', () => {
    expect(formatMoney(1999, 'not-a-code')).toBe('NOT-A-CODE 19.99');
  });
  it('refuses fractions of a cent', () => {
    expect(() => formatMoney(0.1 + 0.2)).toThrow(RangeError);
  });
});

describe('percentOf', () => {
  it('8.25 % of $10.00 is 83 cents (82.5 rounds away from zero)', () => {
    expect(percentOf(1000, 825)).toBe(83);
  });
  it.each([
    [50, 100, 1], // 0.5 → 1
    [49, 100, 0], // 0.49 → 0
    [150, 100, 2], // 1.5 → 2
    [-50, 100, -1], // -0.5 → -1
    [-49, 100, 0],
    [-150, 100, -2],
    [50, -100, -1],
    [-50, -100, 1],
    [12345, 0, 0],
    [12345, 10_000, 12345],
    [1, 5000, 1], // 0.5 → 1
    [3, 5000, 2], // 1.5 → 2
    [-3, 5000, -2],
    [8279, 825, 683],
    [3220, 825, 266],
  ])('percentOf(%i, %i) = %i', (cents, bp, expected) => {
    expect(percentOf(cents, bp)).toBe(expected);
  });
  it('never returns -0', () => {
    expect(Object.is(percentOf(-49, 100), 0)).toBe(true);
  });
  it('stays exact on amounts whose product is past 2^53', () => {
    const big = Number.MAX_SAFE_INTEGER; // 9 007 199 254 740 991
    const expected = (BigInt(big) * 825n + 5000n) / 10_000n;
    expect(percentOf(big, 825)).toBe(Number(expected));
    expect(percentOf(-big, 825)).toBe(-Number(expected));
    expect(percentOf(big, 10_000)).toBe(big);
  });
  it('refuses a result too large to be a safe integer, and non-integer inputs', () => {
    expect(() => percentOf(Number.MAX_SAFE_INTEGER, 20_000)).toThrow(RangeError);
    expect(() => percentOf(10.5, 825)).toThrow(RangeError);
    expect(() => percentOf(1000, 8.25)).toThrow(RangeError);
  });
  it('rounds half away from zero for any amount and rate', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: -20_000, max: 20_000 }), (cents, bp) => {
        const product = cents * bp; // < 2^53: exact
        const expected = Math.sign(product) * Math.floor((Math.abs(product) * 2 + 10_000) / 20_000);
        expect(percentOf(cents, bp)).toBe(expected === 0 ? 0 : expected);
        expect(percentOf(-cents, bp)).toBe(0 - percentOf(cents, bp));
      }),
    );
  });
});

describe('allocate', () => {
  it('splits by largest remainder, ties to the earlier weight', () => {
    expect(allocate(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(allocate(1001, [9000, 3500])).toEqual([721, 280]);
    expect(allocate(10, [1, 2, 3, 4])).toEqual([1, 2, 3, 4]);
    expect(allocate(5, [1, 0, 1])).toEqual([3, 0, 2]);
    expect(allocate(0, [3, 7])).toEqual([0, 0]);
  });
  it('splits a negative amount as the mirror of the positive one', () => {
    expect(allocate(-100, [1, 1, 1])).toEqual([-34, -33, -33]);
  });
  it('puts everything on the first when all weights are zero, and returns [] for no weights', () => {
    expect(allocate(700, [0, 0, 0])).toEqual([700, 0, 0]);
    expect(allocate(700, [])).toEqual([]);
  });
  it('refuses negative or fractional weights', () => {
    expect(() => allocate(100, [1, -1])).toThrow(RangeError);
    expect(() => allocate(100, [0.5, 0.5])).toThrow(RangeError);
    expect(() => allocate(10.5, [1])).toThrow(RangeError);
  });
  it('always sums exactly to the total, each share within one cent of its exact proportion', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -10_000_000_000, max: 10_000_000_000 }),
        fc.array(fc.integer({ min: 0, max: 1_000_000_000 }), { minLength: 1, maxLength: 12 }),
        (total, weights) => {
          const shares = allocate(total, weights);
          expect(shares).toHaveLength(weights.length);
          expect(shares.reduce((a, b) => a + b, 0)).toBe(total);
          const sum = weights.reduce((a, w) => a + BigInt(w), 0n);
          if (sum === 0n) return;
          shares.forEach((share, i) => {
            expect(Number.isSafeInteger(share)).toBe(true);
            // |share − total·w/W| < 1  ⇔  |share·W − total·w| < W
            const diff = BigInt(share) * sum - BigInt(total) * BigInt(weights[i]!);
            expect(diff < 0n ? -diff : diff).toBeLessThan(sum);
          });
        },
      ),
    );
  });
});
