// CSV exports that are safe to open in a spreadsheet. A cell that starts with = + - @ TAB or CR
// can run as a formula (OWASP "CSV Injection"), so such text gets a leading apostrophe and is
// quoted. Numbers are written as numbers: a number is never a formula.
import Papa from 'papaparse';
import { centsToDecimal } from './money';

/**
 * papaparse's own `escapeFormulae: true` pattern is /^[=+\-@\t\r].*$/, whose `.` stops at a line
 * break, so "=1+1\nx" would slip through. This one checks the first character only; it also
 * covers the full-width ＝ ＋ － ＠ that some spreadsheet locales read as formula signs.
 */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

export type CsvCell = string | number | null;

/** Ten trillion dollars: below it every amount in cents prints back exactly as a JS number. */
const MONEY_CELL_LIMIT = 1e15;

/**
 * An amount for a CSV money column, as a number so that a negative amount (a refund, a credit)
 * stays a number in the spreadsheet: the text -12.50 would get the leading apostrophe like any
 * cell starting with '-', and open as text. The number is made from the exact decimal text and
 * papaparse writes it back with String(), so -123456 cents is written -1234.56. Display only: never
 * compute with the result.
 */
export function moneyCell(cents: number): number {
  if (Math.abs(cents) > MONEY_CELL_LIMIT) throw new RangeError(`${cents} cents is too large for a CSV money cell`);
  const value = Number(centsToDecimal(cents));
  return value === 0 ? 0 : value;
}

/**
 * Rows only (no header), CRLF between them and none after: for writing a large table a chunk at a
 * time after toCsv(header, []). The same quoting and formula escaping as toCsv.
 */
export function csvRows(width: number, rows: readonly (readonly CsvCell[])[]): string {
  rows.forEach((row, i) => {
    if (row.length !== width) throw new RangeError(`CSV row ${i + 1} has ${row.length} cells but the header has ${width}`);
    for (const cell of row) if (typeof cell === 'number' && !Number.isFinite(cell)) throw new RangeError(`CSV row ${i + 1} has a cell that is not a number (${cell})`);
  });
  if (rows.length === 0) return '';
  // A row of one empty cell would be an empty line, which readers skip: quote it so it stays a row.
  if (width === 1) return rows.map((row) => (row[0] === null || row[0] === '' ? '""' : Papa.unparse([[row[0]]], { escapeFormulae: FORMULA_START, quotes: false }))).join('\r\n');
  return Papa.unparse(
    rows.map((row) => [...row]),
    { escapeFormulae: FORMULA_START, newline: '\r\n', quotes: false, header: false },
  );
}

/** Header plus rows → CSV text with CRLF line endings and no trailing line break; null → ''. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  rows.forEach((row, i) => {
    if (row.length !== header.length) {
      throw new RangeError(`CSV row ${i + 1} has ${row.length} cells but the header has ${header.length}`);
    }
    row.forEach((cell, j) => {
      if (typeof cell === 'number' && !Number.isFinite(cell)) throw new RangeError(`CSV row ${i + 1}, column "${header[j]}" is not a number (${cell})`);
    });
  });
  const text = Papa.unparse(
    { fields: [...header], data: rows.map((row) => [...row]) },
    { escapeFormulae: FORMULA_START, newline: '\r\n', quotes: false, header: true },
  );
  // With no rows papaparse still ends the header with a line break; keep one shape for every export.
  return rows.length === 0 ? text.replace(/\r\n$/, '') : text;
}
