// What the report charts share: colours (never the only cue — every chart has its table), axis
// styling, and labels for months and amounts.
import { formatMoney } from '../../../shared/domain/money';

export const COLORS = {
  accent: '#0d6b68',
  soft: '#7fbfbb',
  amber: '#b45309',
  red: '#b42318',
  gray: '#8a94a3',
  grid: '#e2e5ea',
  axis: '#c9ced6',
  text: '#56606d',
} as const;

export const AXIS_TICK = { fill: COLORS.text, fontSize: 12 } as const;

/** '2026-11' → 'Nov 2026' */
export function monthLabel(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  if (!y || !m) return month;
  return new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, 15)));
}

/** An axis tick: whole amounts without cents ("$1,200"). */
export function axisMoney(cents: number, currency: string): string {
  return formatMoney(cents, currency).replace(/[.,]00(?=\D*$)/, '');
}

/** Every month from `from` to `to` (YYYY-MM-DD), when there are at most 36 of them; else null. */
export function monthsBetween(from: string, to: string): string[] | null {
  let y = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7));
  const endY = Number(to.slice(0, 4));
  const endM = Number(to.slice(5, 7));
  const out: string[] = [];
  while (y < endY || (y === endY && m <= endM)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    if (out.length > 36) return null;
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}

/** Basis points as a percentage, from integers only: 1250 → "12.5%". */
export function rateText(basisPoints: number): string {
  const whole = Math.trunc(basisPoints / 100);
  const tenths = Math.round((basisPoints % 100) / 10);
  return tenths === 10 ? `${whole + 1}%` : tenths === 0 ? `${whole}%` : `${whole}.${tenths}%`;
}
