// Where a referral stands on a given day: visits left and the warnings the chart header, the
// referral page and Today's "referrals running out" list show. Dates are YYYY-MM-DD; `today` is
// the clinic's date, passed in so the rules stay pure and testable.
import { daysBetween } from './dates';


export interface ReferralCounts {
  visitsAuthorized: number;
  /** Signed sessions within the referral's dates. */
  visitsUsed: number;
  startDate: string;
  endDate: string;
}

export type ReferralWarningCode = 'few_visits_left' | 'no_visits_left' | 'expires_soon' | 'expired' | 'not_started';

export interface ReferralWarning {
  code: ReferralWarningCode;
  message: string;
}

export interface ReferralStatus {
  /** Never negative: visits used beyond the authorization are reported in the warning instead. */
  visitsLeft: number;
  warnings: ReferralWarning[];
}

/** DESIGN.md: warn when 2 or fewer visits remain and when the referral ends within 14 days. */
export const FEW_VISITS_LEFT = 2;
export const EXPIRES_SOON_DAYS = 14;

export function referralStatus(referral: ReferralCounts, today: string): ReferralStatus {
  const { visitsAuthorized, visitsUsed, startDate, endDate } = referral;
  const visitsLeft = Math.max(0, visitsAuthorized - visitsUsed);
  const warnings: ReferralWarning[] = [];

  if (endDate < today) {
    warnings.push({ code: 'expired', message: `Referral expired ${shortDate(endDate, today)}` });
  } else {
    const days = daysBetween(today, endDate);
    if (days <= EXPIRES_SOON_DAYS) {
      const when = days === 0 ? 'today' : days === 1 ? 'tomorrow' : `in ${days} days`;
      warnings.push({ code: 'expires_soon', message: `Referral expires ${shortDate(endDate, today)} (${when})` });
    }
  }
  if (today < startDate) {
    warnings.push({ code: 'not_started', message: `Referral starts ${shortDate(startDate, today)}` });
  }

  if (visitsLeft === 0) {
    const over = visitsUsed - visitsAuthorized;
    const message =
      over > 0
        ? `No visits left: ${visitsUsed} used of ${visitsAuthorized} authorized`
        : `No visits left of ${visitsAuthorized} authorized`;
    warnings.push({ code: 'no_visits_left', message });
  } else if (visitsLeft <= FEW_VISITS_LEFT) {
    warnings.push({ code: 'few_visits_left', message: `${visitsLeft} ${visitsLeft === 1 ? 'visit' : 'visits'} left` });
  }
  return { visitsLeft, warnings };
}

/** A session dated outside the referral's range is not covered by it. */
export function sessionOutsideReferral(referral: { startDate: string; endDate: string }, sessionDate: string): boolean {
  return sessionDate < referral.startDate || sessionDate > referral.endDate;
}

/** The chart-header badge: "visits 4 of 12, expires 3 Mar" (or "expired 3 Mar", "starts 1 Apr"). */
export function formatReferralBadge(referral: ReferralCounts, today: string): string {
  const { visitsAuthorized, visitsUsed, startDate, endDate } = referral;
  const visits = `visits ${visitsUsed} of ${visitsAuthorized}`;
  if (today < startDate) return `${visits}, starts ${shortDate(startDate, today)}`;
  const verb = endDate < today ? 'expired' : 'expires';
  return `${visits}, ${verb} ${shortDate(endDate, today)}`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "3 Mar", with the year only when it is not this year's ("3 Mar 2027"). Fixed English, no Intl. */
export function shortDate(isoDate: string, today: string): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const text = `${d} ${MONTHS[m - 1]}`;
  return isoDate.slice(0, 4) === today.slice(0, 4) ? text : `${text} ${y}`;
}

