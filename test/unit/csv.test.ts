// CSV exports are safe to open in a spreadsheet (OWASP "CSV Injection"; issue 6 "Bad input").
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { moneyCell, toCsv } from '../../shared/domain/csv';
import { centsToDecimal, parseMoney } from '../../shared/domain/money';

const one = (cell: string | number | null) => toCsv(['x'], [[cell]]).split('\r\n')[1];

describe('toCsv', () => {
  it.each([
    ['=SUM(A1)', `"'=SUM(A1)"`],
    ['+1', `"'+1"`],
    ['-2', `"'-2"`],
    ['@x', `"'@x"`],
    ['\tcmd', `"'\tcmd"`],
    ['\r1', `"'\r1"`],
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['＝1+1', `"'＝1+1"`],
  ])('escapes a cell that could run as a formula: %j', (cell, written) => {
    expect(one(cell)).toBe(written);
  });

  it('escapes a formula even when the cell spans lines (papaparse alone would not)', () => {
    expect(toCsv(['x'], [['=1+1\nnote']])).toBe(`x\r\n"'=1+1\nnote"`);
  });

  it('leaves text that only contains formula signs alone', () => {
    expect(one('a=b')).toBe('a=b');
    expect(one('Smith-Jones')).toBe('Smith-Jones');
    expect(one('jo@example.com')).toBe('jo@example.com');
  });

  it('quotes commas, quotes, line breaks and edge spaces', () => {
    expect(one('Doe, Jane')).toBe('"Doe, Jane"');
    expect(one('the "knot"')).toBe('"the ""knot"""');
    expect(one('line 1\nline 2')).toBe('"line 1\nline 2"');
    expect(one(' padded ')).toBe('" padded "');
  });

  it('writes numbers unquoted and unescaped, and null as an empty cell', () => {
    expect(toCsv(['units', 'amount', 'refund', 'note'], [[3, 12.5, -2, null]])).toBe('units,amount,refund,note\r\n3,12.5,-2,');
  });

  it('escapes the header too, and ends lines with CRLF', () => {
    expect(toCsv(['=cmd', 'b'], [['1', 2], ['3', 4]])).toBe(`"'=cmd",b\r\n1,2\r\n3,4`);
    expect(toCsv(['a'], [])).toBe('a');
  });

  it('reads back to the same cells (with the apostrophe on escaped ones)', () => {
    const rows = [
      ['97124', 'Massage, 15 "min"', 3, null],
      ['=evil()', 'multi\r\nline', -4, 'ok'],
    ];
    const parsed = Papa.parse<string[]>(toCsv(['code', 'description', 'units', 'note'], rows), { newline: '\r\n' });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toEqual([
      ['code', 'description', 'units', 'note'],
      ['97124', 'Massage, 15 "min"', '3', ''],
      ["'=evil()", 'multi\r\nline', '-4', 'ok'],
    ]);
  });

  it('refuses rows that do not match the header, and numbers that are not numbers', () => {
    expect(() => toCsv(['a', 'b'], [['1']])).toThrow('CSV row 1 has 1 cells but the header has 2');
    expect(() => toCsv(['a'], [[Number.NaN]])).toThrow(RangeError);
  });
});

describe('moneyCell', () => {
  it('writes amounts as plain numbers, so a refund stays a number in the spreadsheet', () => {
    expect(toCsv(['net', 'paid', 'zero'], [[moneyCell(-123456), moneyCell(1250), moneyCell(0)]])).toBe('net,paid,zero\r\n-1234.56,12.5,0');
    expect(toCsv(['net'], [[centsToDecimal(-500)]])).toBe(`net\r\n"'-5.00"`); // the text form would be escaped
  });
  it('prints back exactly the cents it was given', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e15, max: 1e15 }), (cents) => {
        expect(parseMoney(String(moneyCell(cents)))).toBe(cents);
      }),
    );
  });
  it('refuses amounts too large to print exactly, and fractions of a cent', () => {
    expect(() => moneyCell(1e15 + 1)).toThrow(RangeError);
    expect(() => moneyCell(0.5)).toThrow(RangeError);
  });
});
