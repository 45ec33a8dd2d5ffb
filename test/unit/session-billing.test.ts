// From a signed session's modalities to invoice lines under the payer's rule (issue 6; DESIGN.md
// "Billing units").
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unitsForMinutes } from '../../shared/domain/billing-units';
import { flatVisitLine, sessionToLines, type CatalogService, type DraftLine, type SessionForBilling } from '../../shared/domain/session-billing';

const service = (code: string, kind: CatalogService['kind'], feeCents: number, description = `Service ${code}`): CatalogService => ({
  id: `svc-${code || 'flat'}`,
  code,
  description,
  kind,
  feeCents,
  taxBasisPoints: 0,
});

const catalog: CatalogService[] = [
  service('97124', 'timed', 3000, 'Therapeutic massage, each 15 minutes'),
  service('97140', 'timed', 3500, 'Manual therapy (myofascial release), each 15 minutes'),
  service('97112', 'timed', 3800, 'Neuromuscular re-education, each 15 minutes'),
  service('97110', 'timed', 3200, 'Therapeutic exercise, each 15 minutes'),
  service('97010', 'untimed', 1500, 'Hot or cold packs'),
  service('', 'flat', 9500, '60-minute massage'),
];

const session = (modalities: SessionForBilling['modalities'], diagnosisCount = 2): SessionForBilling => ({
  id: 'ses-1',
  sessionDate: '2024-05-14',
  modalities,
  diagnosisCount,
});

const lines = (result: ReturnType<typeof sessionToLines>): DraftLine[] => {
  if (!result.ok) throw new Error(result.message);
  return result.lines;
};
const summary = (result: ReturnType<typeof sessionToLines>) => lines(result).map((l) => [l.code, l.units, l.minutes]);

describe('sessionToLines', () => {
  // The issue's E2E example: 53 timed minutes = 4 units; 97124's 8 leftover minutes take the fourth.
  const e2e = session([
    { cptCode: '97124', minutes: 38 },
    { cptCode: '97140', minutes: 15 },
  ]);

  it('38 min 97124 + 15 min 97140 under the CMS rule → 3 × 97124 + 1 × 97140, at catalog fees', () => {
    expect(lines(sessionToLines(e2e, catalog, 'cms_8_minute'))).toEqual([
      {
        sessionId: 'ses-1',
        serviceDate: '2024-05-14',
        serviceId: 'svc-97124',
        code: '97124',
        description: 'Therapeutic massage, each 15 minutes',
        minutes: 38,
        units: 3,
        unitPriceCents: 3000,
        taxBasisPoints: 0,
        diagnosisPointers: 'AB',
        modifiers: '',
      },
      {
        sessionId: 'ses-1',
        serviceDate: '2024-05-14',
        serviceId: 'svc-97140',
        code: '97140',
        description: 'Manual therapy (myofascial release), each 15 minutes',
        minutes: 15,
        units: 1,
        unitPriceCents: 3500,
        taxBasisPoints: 0,
        diagnosisPointers: 'AB',
        modifiers: '',
      },
    ]);
  });

  it('the same session under the per-code rule → 3 × 97124 (38 min = 2 + 8 leftover) + 1 × 97140', () => {
    expect(summary(sessionToLines(e2e, catalog, 'per_code'))).toEqual([
      ['97124', 3, 38],
      ['97140', 1, 15],
    ]);
  });

  it('adds the minutes of modalities that share a code (Swedish and deep tissue are both 97124)', () => {
    const split = session([
      { cptCode: '97124', minutes: 20 },
      { cptCode: '97140', minutes: 15 },
      { cptCode: '97124', minutes: 18 },
    ]);
    expect(summary(sessionToLines(split, catalog, 'cms_8_minute'))).toEqual([
      ['97124', 3, 38],
      ['97140', 1, 15],
    ]);
  });

  it('bills the DESIGN.md examples exactly', () => {
    const cms = (modalities: SessionForBilling['modalities']) => summary(sessionToLines(session(modalities), catalog, 'cms_8_minute'));
    expect(cms([{ cptCode: '97112', minutes: 24 }, { cptCode: '97110', minutes: 23 }])).toEqual([
      ['97112', 2, 24],
      ['97110', 1, 23],
    ]);
    expect(cms([{ cptCode: '97110', minutes: 33 }, { cptCode: '97140', minutes: 7 }])).toEqual([
      ['97110', 2, 33],
      ['97140', 1, 7],
    ]);
    expect(cms([{ cptCode: '97124', minutes: 5 }, { cptCode: '97140', minutes: 5 }])).toEqual([['97124', 1, 5]]);
  });

  it('leaves out codes that earn no units', () => {
    const short = session([
      { cptCode: '97124', minutes: 30 },
      { cptCode: '97140', minutes: 5 },
    ]);
    expect(summary(sessionToLines(short, catalog, 'cms_8_minute'))).toEqual([['97124', 2, 30]]);
    expect(lines(sessionToLines(session([{ cptCode: '97124', minutes: 7 }]), catalog, 'cms_8_minute'))).toEqual([]);
    expect(lines(sessionToLines(session([{ cptCode: '97124', minutes: 7 }, { cptCode: '97140', minutes: 7 }]), catalog, 'per_code'))).toEqual([]);
  });

  it('bills an untimed code (97010 hot packs) one unit whatever the minutes, outside the timed total', () => {
    const withPacks = session([
      { cptCode: '97010', minutes: 10 },
      { cptCode: '97124', minutes: 30 },
      { cptCode: '97010', minutes: 5 }, // cold packs: same code, still one unit
    ]);
    expect(summary(sessionToLines(withPacks, catalog, 'cms_8_minute'))).toEqual([
      ['97010', 1, 15],
      ['97124', 2, 30],
    ]);
    expect(summary(sessionToLines(session([{ cptCode: '97010', minutes: 0 }]), catalog, 'per_code'))).toEqual([['97010', 1, 0]]);
  });

  it('ignores modalities without a code, such as aromatherapy', () => {
    const withOils = session([
      { cptCode: '', minutes: 20 },
      { cptCode: '97124', minutes: 30 },
    ]);
    expect(summary(sessionToLines(withOils, catalog, 'cms_8_minute'))).toEqual([['97124', 2, 30]]);
    expect(lines(sessionToLines(session([{ cptCode: '', minutes: 60 }]), catalog, 'cms_8_minute'))).toEqual([]);
  });

  it('refuses a code missing from the catalog, saying where to add it', () => {
    expect(sessionToLines(session([{ cptCode: '97999', minutes: 30 }]), catalog, 'cms_8_minute')).toEqual({
      ok: false,
      message: '97999 is not in the service catalog: add it under Settings → Services and fees',
    });
    expect(
      sessionToLines(
        session([
          { cptCode: '97999', minutes: 30 },
          { cptCode: '97124', minutes: 30 },
          { cptCode: '97035', minutes: 10 },
          { cptCode: '97999', minutes: 5 },
        ]),
        catalog,
        'per_code',
      ),
    ).toEqual({ ok: false, message: '97999 and 97035 are not in the service catalog: add them under Settings → Services and fees' });
  });

  it('does not bill a timed code by a flat-rate service that happens to carry it', () => {
    const flatOnly = [{ ...service('97124', 'flat', 9000), id: 'flat-97124' }];
    expect(sessionToLines(session([{ cptCode: '97124', minutes: 30 }]), flatOnly, 'cms_8_minute').ok).toBe(false);
  });

  it("prices at the payer's fee-schedule override, else the catalog fee", () => {
    const overrides = new Map([['svc-97124', 2800]]);
    expect(lines(sessionToLines(e2e, catalog, 'cms_8_minute', overrides)).map((l) => [l.code, l.unitPriceCents])).toEqual([
      ['97124', 2800],
      ['97140', 3500],
    ]);
    const free = new Map([['svc-97140', 0]]);
    expect(lines(sessionToLines(e2e, catalog, 'cms_8_minute', free)).map((l) => l.unitPriceCents)).toEqual([3000, 0]);
  });

  it('refuses a negative or fractional fee with a message', () => {
    const result = sessionToLines(e2e, catalog, 'cms_8_minute', new Map([['svc-97124', -100]]));
    expect(result).toEqual({ ok: false, message: "The fee for 97124 in the payer's fee schedule must be a whole number of cents, 0 or more (got -100)" });
    const badCatalog = catalog.map((s) => (s.code === '97140' ? { ...s, feeCents: 35.5 } : s));
    expect(sessionToLines(e2e, badCatalog, 'cms_8_minute').ok).toBe(false);
  });

  it('refuses negative or fractional minutes', () => {
    expect(sessionToLines(session([{ cptCode: '97124', minutes: -5 }]), catalog, 'cms_8_minute').ok).toBe(false);
    expect(sessionToLines(session([{ cptCode: '97124', minutes: 7.5 }]), catalog, 'cms_8_minute').ok).toBe(false);
  });

  it.each([
    [0, ''],
    [1, 'A'],
    [2, 'AB'],
    [3, 'ABC'],
    [4, 'ABCD'],
    [12, 'ABCD'],
    [-1, ''],
  ])('%i diagnoses → pointers %j', (count, pointers) => {
    expect(lines(sessionToLines(session([{ cptCode: '97124', minutes: 30 }], count), catalog, 'cms_8_minute'))[0]!.diagnosisPointers).toBe(pointers);
  });

  it('carries the service tax rate', () => {
    const taxed = catalog.map((s) => (s.code === '97124' ? { ...s, taxBasisPoints: 825 } : s));
    expect(lines(sessionToLines(e2e, taxed, 'cms_8_minute')).map((l) => l.taxBasisPoints)).toEqual([825, 0]);
  });

  describe('properties', () => {
    const timedCodes = ['97124', '97140', '97112', '97110'];
    const modalities = fc.array(
      fc.record({ cptCode: fc.constantFrom(...timedCodes, '97010', ''), minutes: fc.integer({ min: 0, max: 120 }) }),
      { maxLength: 8 },
    );
    const minutesByCode = (ms: SessionForBilling['modalities']) => {
      const byCode = new Map<string, number>();
      for (const m of ms) if (m.cptCode) byCode.set(m.cptCode, (byCode.get(m.cptCode) ?? 0) + m.minutes);
      return byCode;
    };

    it('CMS: timed units are never more than the total timed minutes allow, and every code with ≥ 15 minutes gets ≥ 1 unit', () => {
      fc.assert(
        fc.property(modalities, (ms) => {
          const result = lines(sessionToLines(session(ms), catalog, 'cms_8_minute'));
          const byCode = minutesByCode(ms);
          const totalTimed = timedCodes.reduce((a, c) => a + (byCode.get(c) ?? 0), 0);
          const timedUnits = result.filter((l) => timedCodes.includes(l.code)).reduce((a, l) => a + l.units, 0);
          expect(timedUnits).toBeLessThanOrEqual(unitsForMinutes(totalTimed));
          for (const code of timedCodes) {
            if ((byCode.get(code) ?? 0) >= 15) expect(result.find((l) => l.code === code)?.units ?? 0).toBeGreaterThanOrEqual(1);
          }
          for (const line of result) {
            expect(line.units).toBeGreaterThan(0);
            expect(line.minutes).toBe(byCode.get(line.code));
          }
          expect(result.find((l) => l.code === '97010')?.units ?? 0).toBe(byCode.has('97010') ? 1 : 0);
          expect(new Set(result.map((l) => l.code)).size).toBe(result.length);
        }),
      );
    });

    it('per code: each timed code bills its own minutes', () => {
      fc.assert(
        fc.property(modalities, (ms) => {
          const byCode = minutesByCode(ms);
          for (const line of lines(sessionToLines(session(ms), catalog, 'per_code'))) {
            expect(line.units).toBe(line.code === '97010' ? 1 : unitsForMinutes(byCode.get(line.code)!));
          }
        }),
      );
    });
  });
});

describe('flatVisitLine', () => {
  it('bills a self-pay flat-rate visit as one unit at the fee, with no diagnoses', () => {
    const sixty = catalog.find((s) => s.kind === 'flat')!;
    expect(flatVisitLine({ id: 'ses-9', sessionDate: '2024-05-15' }, sixty)).toEqual({
      sessionId: 'ses-9',
      serviceDate: '2024-05-15',
      serviceId: 'svc-flat',
      code: '',
      description: '60-minute massage',
      minutes: 0,
      units: 1,
      unitPriceCents: 9500,
      taxBasisPoints: 0,
      diagnosisPointers: '',
      modifiers: '',
    });
  });
});
