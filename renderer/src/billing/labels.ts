// How billing records read on screen: invoice states, payment methods, amounts and units.
import { formatMoney } from '../../../shared/domain/money';
import type { InvoiceLineInput, InvoiceSummary } from '../../../shared/schemas/billing';

export const STATE_LABELS: Record<InvoiceSummary['state'], string> = {
  draft: 'Draft',
  issued: 'Open',
  partially_paid: 'Partly paid',
  paid: 'Paid',
  void: 'Void',
};

export const METHOD_LABELS: Record<string, string> = {
  cash: 'Cash',
  card: 'Card',
  check: 'Check',
  insurance: 'Insurance',
  package: 'Prepaid package',
  credit: 'Credit on account',
};

export const METHOD_OPTIONS = (['cash', 'card', 'check', 'insurance'] as const).map((value) => ({ value, label: METHOD_LABELS[value]! }));

export const UNIT_RULE_LABELS: Record<'cms_8_minute' | 'per_code', string> = {
  cms_8_minute: 'CMS 8-minute rule — total timed minutes decide the units (Medicare)',
  per_code: 'Per code — each code on its own',
};

export const KIND_LABELS: Record<'timed' | 'untimed' | 'flat', string> = {
  timed: 'Timed (per 15 min)',
  untimed: 'Untimed (per visit)',
  flat: 'Flat rate',
};

/** An amount in the practice's currency. */
export function money(cents: number, currency = 'USD'): string {
  return formatMoney(cents, currency);
}

/** "97124 · 38 min → 3 units": how the minutes of a timed line became its units. */
export function unitsText(line: Pick<InvoiceLineInput, 'code' | 'minutes' | 'units'>): string {
  const units = `${line.units} unit${line.units === 1 ? '' : 's'}`;
  if (line.minutes <= 0) return units;
  return `${line.code ? `${line.code} · ` : ''}${line.minutes} min → ${units}`;
}

/** "November 2026" for '2026-11'. */
export function monthName(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat(undefined, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, 15)));
}

/** Basis points as a percentage without floats: 825 → "8.25%", 1000 → "10%". */
export function percentText(basisPoints: number): string {
  const whole = Math.trunc(basisPoints / 100);
  const rest = Math.abs(basisPoints % 100);
  return rest === 0 ? `${whole}%` : `${whole}.${String(rest).padStart(2, '0').replace(/0$/, '')}%`;
}
