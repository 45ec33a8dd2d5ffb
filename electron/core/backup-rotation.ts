// Which old backups the rotation removes: a pure decision, tested over simulated months.
// Kept: the newest `keepToday` from today; the newest of each of the `keepDays` days before today;
// the newest of each of the `keepMonths` calendar months before this one; every 'before-restore'
// backup from the daily window (it is what undoes a restore); and always the newest backup.
// Days and months are the clinic's (its time zone), as the owner counts them.
import { daysBetween, todayIn } from '../../shared/domain/dates';

export interface RotationPolicy {
  keepToday: number;
  keepDays: number;
  keepMonths: number;
}

export const DEFAULT_ROTATION: RotationPolicy = { keepToday: 10, keepDays: 30, keepMonths: 12 };

export interface DatedBackup {
  name: string;
  at: Date;
  reason: string;
}

const monthIndex = (day: string) => Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1;

/** Names to remove, oldest last. Never the newest; never a file the list does not contain. */
export function backupsToRemove(backups: readonly DatedBackup[], now: Date, policy: RotationPolicy, timeZone?: string): string[] {
  const sorted = [...backups].sort((a, b) => b.at.getTime() - a.at.getTime() || (a.name < b.name ? 1 : -1));
  const today = todayIn(now, timeZone);
  const keep = new Set<string>(sorted.slice(0, 1).map((b) => b.name));
  const daysSeen = new Set<string>();
  const monthsSeen = new Set<number>();
  let fromToday = 0;
  for (const backup of sorted) {
    const day = todayIn(backup.at, timeZone);
    const age = daysBetween(day, today);
    // Newest first, so the first backup met on a day (or in a month) is that day's newest.
    const newestOfDay = !daysSeen.has(day);
    const month = monthIndex(day);
    const newestOfMonth = !monthsSeen.has(month);
    daysSeen.add(day);
    monthsSeen.add(month);

    // A backup dated after "now" (the clock was moved back) counts as today's.
    if (age <= 0) {
      if (fromToday < policy.keepToday) keep.add(backup.name);
      fromToday += 1;
      continue;
    }
    if (age <= policy.keepDays && (newestOfDay || backup.reason === 'before-restore')) keep.add(backup.name);
    const monthsAgo = monthIndex(today) - month;
    if (newestOfMonth && monthsAgo >= 1 && monthsAgo <= policy.keepMonths) keep.add(backup.name);
  }
  return sorted.filter((b) => !keep.has(b.name)).map((b) => b.name);
}
