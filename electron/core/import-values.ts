// One spreadsheet cell → the text a client field stores: dates written the local way become
// YYYY-MM-DD, "F"/"Female" becomes 'female', and a cell a spreadsheet export escaped against
// formulas ('=…) gets its apostrophe back off. What still does not fit is left for the client
// schema to refuse, with its usual message.
import { isIsoDate } from '../../shared/domain/dates';
import { SEXES, SUBSCRIBER_RELATIONSHIPS } from '../../shared/schemas/client';
import type { ImportField } from '../../shared/schemas/import';

/** How the clinic writes 03/04/1980: month first in the Americas, day first elsewhere. */
export type DateOrder = 'mdy' | 'dmy';

export const dateOrderFor = (timeZone: string | undefined): DateOrder => (timeZone?.startsWith('America/') ? 'mdy' : 'dmy');

// The same first characters csv.ts escapes on the way out.
const ESCAPED_FORMULA = /^'(?=[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20])/;

const pad = (n: number) => String(n).padStart(2, '0');

/** A birth date as people and spreadsheets write it → YYYY-MM-DD; anything unreadable comes back as typed. */
export function readDate(text: string, order: DateOrder): { value: string; error?: string } {
  // Spreadsheet date-times ("1980-04-12 00:00:00", "1980-04-12T00:00:00Z"): the date part.
  const stamp = /^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}/.exec(text);
  if (stamp) return { value: stamp[1]! };
  const ymd = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text);
  if (ymd) return { value: `${ymd[1]}-${pad(Number(ymd[2]))}-${pad(Number(ymd[3]))}` };
  const other = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})$/.exec(text);
  if (!other) return { value: text };
  const [a, b, year] = [Number(other[1]), Number(other[2]), other[3]!];
  if (year.length === 2) return { value: text, error: `Write the year with four digits (${text} could be 19${year} or 20${year})` };
  // A part over 12 can only be the day; otherwise the clinic's habit decides.
  const monthFirst = a > 12 ? false : b > 12 ? true : order === 'mdy';
  const [month, day] = monthFirst ? [a, b] : [b, a];
  const iso = `${year}-${pad(month)}-${pad(day)}`;
  return isIsoDate(iso) ? { value: iso } : { value: text, error: `${text} is not a real date` };
}

const SEX_WORDS: Record<string, (typeof SEXES)[number]> = {
  f: 'female',
  female: 'female',
  woman: 'female',
  w: 'female',
  m: 'male',
  male: 'male',
  man: 'male',
  x: 'intersex',
  i: 'intersex',
  intersex: 'intersex',
  u: 'unknown',
  unknown: 'unknown',
};

const RELATIONSHIP_WORDS: Record<string, (typeof SUBSCRIBER_RELATIONSHIPS)[number]> = {
  self: 'self',
  client: 'self',
  patient: 'self',
  spouse: 'spouse',
  husband: 'spouse',
  wife: 'spouse',
  partner: 'spouse',
  child: 'child',
  son: 'child',
  daughter: 'child',
  dependent: 'child',
  other: 'other',
};

const listed = (values: readonly string[]) => values.filter(Boolean).join(', ');

/** One cell for one field: the stored text, or a message when it cannot be read. */
export function readCell(field: ImportField, cell: string, order: DateOrder): { value: string; error?: string } {
  const text = cell.trim().replace(ESCAPED_FORMULA, '');
  if (text === '') return { value: '' };
  switch (field) {
    case 'dateOfBirth':
      return readDate(text, order);
    case 'sex': {
      const sex = SEX_WORDS[text.toLowerCase()];
      return sex ? { value: sex } : { value: text, error: `Use one of: ${listed(SEXES)} (or leave it blank)` };
    }
    case 'insuranceSubscriberRelationship': {
      const relationship = RELATIONSHIP_WORDS[text.toLowerCase()];
      return relationship ? { value: relationship } : { value: text, error: `Use one of: ${listed(SUBSCRIBER_RELATIONSHIPS)} (or leave it blank)` };
    }
    default:
      return { value: text };
  }
}
