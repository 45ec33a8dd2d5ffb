// Every example in DESIGN.md "Billing units", plus properties that must hold for any visit.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { billableUnits, unitsForMinutes, type CodeMinutes } from '../../shared/domain/billing-units';

const timed = (code: string, minutes: number): CodeMinutes => ({ code, minutes, timed: true });
const units = (lines: CodeMinutes[], rule: 'cms_8_minute' | 'per_code' = 'cms_8_minute') =>
  Object.fromEntries(billableUnits(lines, rule).map((l) => [l.code, l.units]));

describe('CMS 8-minute rule', () => {
  it('24 min 97112 + 23 min 97110 → 2 × 97112 + 1 × 97110', () => {
    expect(units([timed('97112', 24), timed('97110', 23)])).toEqual({ '97112': 2, '97110': 1 });
  });
  it('33 min 97110 + 7 min 97140 → 2 × 97110 + 1 × 97140', () => {
    expect(units([timed('97110', 33), timed('97140', 7)])).toEqual({ '97110': 2, '97140': 1 });
  });
  it('5 + 5 min → 1 unit of one code', () => {
    const result = units([timed('97124', 5), timed('97140', 5)]);
    expect(Object.values(result).reduce((a, b) => a + b, 0)).toBe(1);
    expect(result).toEqual({ '97124': 1, '97140': 0 });
  });
  it('under 8 minutes in total bills nothing', () => {
    expect(units([timed('97124', 7)])).toEqual({ '97124': 0 });
    expect(units([timed('97124', 3), timed('97140', 4)])).toEqual({ '97124': 0, '97140': 0 });
  });
  it.each([
    [8, 22, 1],
    [23, 37, 2],
    [38, 52, 3],
    [53, 67, 4],
    [68, 82, 5],
    [83, 97, 6],
  ])('%i–%i minutes = %i units', (from, to, expected) => {
    for (let m = from; m <= to; m++) expect(unitsForMinutes(m), `${m} min`).toBe(expected);
    expect(unitsForMinutes(from - 1)).toBe(expected - 1);
  });
  it('adds the minutes of one code charted twice', () => {
    expect(billableUnits([timed('97124', 10), timed('97124', 10)], 'cms_8_minute')).toEqual([{ code: '97124', minutes: 20, units: 1 }]);
  });
  it('bills untimed codes one unit per visit, outside the timed total', () => {
    expect(units([timed('97124', 30), { code: '97010', minutes: 15, timed: false }])).toEqual({ '97124': 2, '97010': 1 });
  });
});

describe('per-code rule', () => {
  it('takes each code on its own: 7 + 7 minutes bills nothing, 24 + 23 bills 2 + 2', () => {
    expect(units([timed('97124', 7), timed('97140', 7)], 'per_code')).toEqual({ '97124': 0, '97140': 0 });
    expect(units([timed('97112', 24), timed('97110', 23)], 'per_code')).toEqual({ '97112': 2, '97110': 2 });
  });
});

describe('properties of the CMS rule', () => {
  const visit = fc.uniqueArray(fc.record({ code: fc.constantFrom('97110', '97112', '97124', '97140', '97530'), minutes: fc.integer({ min: 0, max: 120 }) }), {
    selector: (l) => l.code,
    minLength: 1,
    maxLength: 5,
  });
  it('bills exactly the units the total minutes allow', () => {
    fc.assert(
      fc.property(visit, (lines) => {
        const total = lines.reduce((s, l) => s + l.minutes, 0);
        const billed = billableUnits(lines.map((l) => timed(l.code, l.minutes)), 'cms_8_minute').reduce((s, l) => s + l.units, 0);
        expect(billed).toBe(unitsForMinutes(total));
      }),
    );
  });
  it('gives every code with 15 minutes or more at least one unit', () => {
    fc.assert(
      fc.property(visit, (lines) => {
        for (const l of billableUnits(lines.map((x) => timed(x.code, x.minutes)), 'cms_8_minute')) if (l.minutes >= 15) expect(l.units).toBeGreaterThanOrEqual(1);
      }),
    );
  });
});
