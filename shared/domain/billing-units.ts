// Billable units for a visit's timed codes (DESIGN.md "Billing units"; Medicare Claims Processing
// Manual, Pub 100-04, ch. 5, §20.2). Minutes of the same code are added together first.

export type UnitRule = 'cms_8_minute' | 'per_code';

export interface CodeMinutes {
  code: string;
  minutes: number;
  /** Untimed codes bill one unit per visit whatever the minutes. */
  timed: boolean;
}

export interface CodeUnits {
  code: string;
  minutes: number;
  units: number;
}

/** One code's units on its own: ⌊m/15⌋, plus one when the remainder is 8 minutes or more. */
export function unitsForMinutes(minutes: number): number {
  return Math.floor(minutes / 15) + (minutes % 15 >= 8 ? 1 : 0);
}

function mergeByCode(lines: readonly CodeMinutes[]): CodeMinutes[] {
  const merged = new Map<string, CodeMinutes>();
  for (const line of lines) {
    if (!line.code) continue;
    const seen = merged.get(line.code);
    if (seen) seen.minutes += line.minutes;
    else merged.set(line.code, { ...line });
  }
  return [...merged.values()];
}

/**
 * Units per code for one visit. CMS rule: total timed minutes T give ⌊T/15⌋ units plus one when
 * T mod 15 ≥ 8 (nothing under 8 minutes); each code first gets ⌊mᵢ/15⌋, and the units left go one
 * each to the codes with the most leftover minutes (ties: the code listed first). Per-code rule:
 * each timed code on its own. Untimed codes: one unit each. Codes are returned in input order.
 */
export function billableUnits(lines: readonly CodeMinutes[], rule: UnitRule): CodeUnits[] {
  const codes = mergeByCode(lines);
  const timed = codes.filter((c) => c.timed);
  const units = new Map<string, number>();
  if (rule === 'per_code') {
    for (const c of timed) units.set(c.code, unitsForMinutes(c.minutes));
  } else {
    const total = timed.reduce((sum, c) => sum + c.minutes, 0);
    let left = unitsForMinutes(total);
    for (const c of timed) {
      const whole = Math.floor(c.minutes / 15);
      units.set(c.code, whole);
      left -= whole;
    }
    const byLeftover = timed
      .map((c, index) => ({ code: c.code, leftover: c.minutes % 15, index }))
      .sort((a, b) => b.leftover - a.leftover || a.index - b.index);
    for (const { code } of byLeftover) {
      if (left <= 0) break;
      units.set(code, units.get(code)! + 1);
      left -= 1;
    }
  }
  return codes.map((c) => ({ code: c.code, minutes: c.minutes, units: c.timed ? (units.get(c.code) ?? 0) : 1 }));
}

/** Total timed minutes of a visit (printed on the superbill beside the units). */
export function totalTimedMinutes(lines: readonly CodeMinutes[]): number {
  return lines.filter((l) => l.timed && l.code).reduce((sum, l) => sum + l.minutes, 0);
}
