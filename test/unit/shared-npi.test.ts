import { describe, expect, it } from 'vitest';
import { isValidNpi } from '../../shared/domain/npi';

/**
 * The check digit computed independently, the way the CMS standard phrases it: double every
 * other digit of the 9-digit base starting from its rightmost, add the digits, add the constant
 * 24 (which stands for the 80840 prefix), and the check digit takes the total up to a multiple of 10.
 */
function checkDigit(base9: string): number {
  let sum = 24;
  [...base9].reverse().forEach((ch, i) => {
    const d = Number(ch) * (i % 2 === 0 ? 2 : 1);
    sum += Math.floor(d / 10) + (d % 10);
  });
  return (10 - (sum % 10)) % 10;
}

/** A small deterministic generator, so failures reproduce. */
function* bases(count: number): Generator<string> {
  let x = 123456789;
  for (let i = 0; i < count; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    yield String(x % 1_000_000_000).padStart(9, '0');
  }
}

describe('isValidNpi', () => {
  it('accepts the CMS example 1234567893', () => {
    expect(checkDigit('123456789')).toBe(3);
    expect(isValidNpi('1234567893')).toBe(true);
  });

  it('rejects the same base with any other check digit', () => {
    for (let d = 0; d <= 9; d++) expect(isValidNpi(`123456789${d}`)).toBe(d === 3);
  });

  it('accepts exactly the check digit the CMS rule gives, for many bases', () => {
    for (const base of bases(300)) {
      const good = checkDigit(base);
      for (let d = 0; d <= 9; d++) expect(isValidNpi(`${base}${d}`), `${base}${d}`).toBe(d === good);
    }
  });

  it('catches every single-digit typo in a valid NPI', () => {
    for (const base of [...bases(20), '123456789']) {
      const npi = `${base}${checkDigit(base)}`;
      expect(isValidNpi(npi)).toBe(true);
      for (let pos = 0; pos < 10; pos++) {
        for (let d = 0; d <= 9; d++) {
          if (String(d) === npi[pos]) continue;
          const typo = `${npi.slice(0, pos)}${d}${npi.slice(pos + 1)}`;
          expect(isValidNpi(typo), typo).toBe(false);
        }
      }
    }
  });

  it.each(['', '123456789', '12345678930', '123456789X', ' 1234567893', '1234567893 ', '12345-67893', '１２３４５６７８９３', '+234567893'])(
    'rejects %j (not exactly 10 ASCII digits)',
    (text) => expect(isValidNpi(text)).toBe(false),
  );
});
