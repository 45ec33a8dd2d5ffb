// Money is integer cents (DESIGN.md "Money: integer cents. Never floats"). Text is parsed digit by
// digit, products and ratios go through BigInt, and even display formats an exact decimal string,
// so no amount ever passes through a binary fraction.

const CURRENCY_SYMBOLS = '$€£';
const DIGITS_WITH_GROUPS = /^\d{1,3}(,\d{3})+$/;
const DIGITS = /^\d+$/;

function assertCents(name: string, value: number): void {
  if (!Number.isSafeInteger(value)) throw new RangeError(`${name} must be a whole number of cents, got ${value}`);
}

/**
 * Cents from what a person types: '12', '12.5', '12.50', '.5', '$1,234.56', ' 0.99 ', '-5.00',
 * '-$5', '€3'. At most two decimals; thousands separators only in groups of three. Anything else
 * ('12.345', 'abc', '', '1,2', '--5') is null, never a guess.
 */
export function parseMoney(text: string): number | null {
  let rest = text.trim();
  let negative = false;
  if (rest.startsWith('-')) {
    negative = true;
    rest = rest.slice(1);
  }
  if (rest !== '' && CURRENCY_SYMBOLS.includes(rest.charAt(0))) rest = rest.slice(1).trimStart();
  if (!negative && rest.startsWith('-')) {
    negative = true; // '$-5.00'
    rest = rest.slice(1);
  }

  const dot = rest.indexOf('.');
  const whole = dot === -1 ? rest : rest.slice(0, dot);
  const fraction = dot === -1 ? '' : rest.slice(dot + 1);
  if (whole === '' && fraction === '') return null;
  if (whole !== '' && !DIGITS.test(whole) && !DIGITS_WITH_GROUPS.test(whole)) return null;
  if (fraction !== '' && !DIGITS.test(fraction)) return null;
  if (fraction.length > 2) return null;

  let cents = 0;
  for (const ch of whole.replaceAll(',', '') + fraction.padEnd(2, '0')) {
    cents = cents * 10 + (ch.charCodeAt(0) - 48);
    if (!Number.isSafeInteger(cents)) return null;
  }
  return negative && cents !== 0 ? -cents : cents;
}

/** The exact decimal text of an amount: 123456 → '1234.56', -5 → '-0.05'. For inputs, CSV and Intl. */
export function centsToDecimal(cents: number): string {
  assertCents('Amount', cents);
  const digits = String(Math.abs(cents)).padStart(3, '0');
  return `${cents < 0 ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

/**
 * An amount for display: formatMoney(123456) → '$1,234.56'. Intl gets the exact decimal string,
 * not cents / 100. Amounts are hundredths of the currency, so a currency without two minor
 * digits (JPY) is shown rounded by Intl. An unknown currency or locale still shows the amount.
 */
export function formatMoney(cents: number, currency = 'USD', locale = 'en-US'): string {
  const decimal = centsToDecimal(cents) as `${number}`;
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(decimal);
  } catch {
    return `${currency.toUpperCase()} ${decimal}`;
  }
}

/** Integer a × b / d, rounded half away from zero (d > 0). */
function mulDivRound(a: bigint, b: bigint, d: bigint): bigint {
  const product = a * b;
  const quotient = product / d; // BigInt division truncates toward zero
  const remainder = product % d; // same sign as the product
  const twice = (remainder < 0n ? -remainder : remainder) * 2n;
  if (twice >= d) return quotient + (product < 0n ? -1n : 1n);
  return quotient;
}

/** cents × basisPoints / 10 000, rounded half away from zero: percentOf(1000, 825) = 83 (8.25 %). */
export function percentOf(cents: number, basisPoints: number): number {
  assertCents('Amount', cents);
  if (!Number.isSafeInteger(basisPoints)) throw new RangeError(`A rate must be a whole number of basis points, got ${basisPoints}`);
  const result = Number(mulDivRound(BigInt(cents), BigInt(basisPoints), 10_000n));
  if (!Number.isSafeInteger(result)) throw new RangeError(`${cents} × ${basisPoints} bp is too large to bill`);
  return result === 0 ? 0 : result;
}

/**
 * Splits an amount in proportion to non-negative integer weights (largest-remainder method): each
 * share is its exact proportion rounded down, and the cents left go one each to the largest
 * remainders (ties: the earlier weight). The shares always add up to the total, and each is within
 * one cent of its exact proportion. All-zero weights put everything on the first; no weights → [].
 * A negative total is split as the mirror image of the positive one.
 */
export function allocate(totalCents: number, weights: readonly number[]): number[] {
  assertCents('Amount', totalCents);
  for (const w of weights) {
    if (!Number.isSafeInteger(w) || w < 0) throw new RangeError(`Allocation weights must be whole numbers, 0 or more, got ${w}`);
  }
  if (weights.length === 0) return [];
  if (totalCents < 0) return allocate(-totalCents, weights).map((share) => 0 - share);

  const sum = weights.reduce((a, w) => a + BigInt(w), 0n);
  if (sum === 0n) return weights.map((_, i) => (i === 0 ? totalCents : 0));

  const total = BigInt(totalCents);
  const shares = weights.map((w) => (total * BigInt(w)) / sum);
  const remainders = weights.map((w, index) => ({ index, remainder: (total * BigInt(w)) % sum }));
  let left = total - shares.reduce((a, s) => a + s, 0n);
  remainders.sort((a, b) => (a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1));
  for (const { index } of remainders) {
    if (left <= 0n) break;
    shares[index] = shares[index]! + 1n;
    left -= 1n;
  }
  return shares.map(Number);
}
