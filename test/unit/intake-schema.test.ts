import { describe, expect, it } from 'vitest';
import {
  CONSENT_REQUIRED_MESSAGE,
  IntakeAnswers,
  IntakeSignature,
  MAX_SIGNATURE_DATA_URL_LENGTH,
  defaultIntakeAnswers,
} from '../../shared/schemas/intake';

const issues = (schema: { safeParse: (v: unknown) => { error?: { issues: { path: PropertyKey[]; message: string }[] } } }, input: unknown) =>
  (schema.safeParse(input).error?.issues ?? []).map((i) => ({ path: i.path.join('.'), message: i.message }));

const withReason = (edit: (a: ReturnType<typeof defaultIntakeAnswers>) => void = () => {}) => {
  const a = defaultIntakeAnswers();
  a.reasonForVisit = 'Low back pain after lifting';
  edit(a);
  return a;
};

describe('IntakeAnswers', () => {
  it('the defaults are exactly what the schema fills in for a minimal form', () => {
    expect(IntakeAnswers.parse({ reasonForVisit: 'Low back pain after lifting' })).toEqual(withReason());
    expect(IntakeAnswers.parse(withReason())).toEqual(withReason());
    // A fresh object each time, so one form cannot change another's defaults.
    const one = defaultIntakeAnswers();
    one.conditions.dvt.present = true;
    expect(defaultIntakeAnswers().conditions.dvt.present).toBe(false);
  });

  it('requires the reason for visit', () => {
    expect(issues(IntakeAnswers, defaultIntakeAnswers())).toEqual([{ path: 'reasonForVisit', message: 'Reason for visit is required' }]);
    expect(issues(IntakeAnswers, withReason((a) => (a.reasonForVisit = 'x'.repeat(2001))))).toEqual([
      { path: 'reasonForVisit', message: 'Reason for visit must be 2000 characters or fewer' },
    ]);
  });

  it('requires the weeks when pregnant, on the weeks field, beside other errors', () => {
    const pregnant = withReason((a) => (a.conditions.pregnancy.present = true));
    expect(issues(IntakeAnswers, pregnant)).toEqual([{ path: 'conditions.pregnancy.weeks', message: 'Enter how many weeks pregnant' }]);
    expect(issues(IntakeAnswers, { ...pregnant, reasonForVisit: '' }).map((i) => i.path)).toEqual(['reasonForVisit', 'conditions.pregnancy.weeks']);
    expect(issues(IntakeAnswers, withReason((a) => (a.conditions.pregnancy = { present: true, weeks: 24, highRisk: false, obClearance: false })))).toEqual([]);
  });

  it('bounds the weeks to 1–42, whole', () => {
    const weeks = (w: number) => issues(IntakeAnswers, withReason((a) => (a.conditions.pregnancy = { present: true, weeks: w, highRisk: false, obClearance: false })));
    expect(weeks(43)).toEqual([{ path: 'conditions.pregnancy.weeks', message: 'Weeks must be between 1 and 42' }]);
    expect(weeks(0)).toEqual([{ path: 'conditions.pregnancy.weeks', message: 'Weeks must be between 1 and 42' }]);
    expect(weeks(20.5)).toEqual([{ path: 'conditions.pregnancy.weeks', message: 'Weeks must be a whole number' }]);
    expect(weeks(1)).toEqual([]);
    expect(weeks(42)).toEqual([]);
  });

  it('checks dates: chemotherapy and surgery dates are real dates or blank', () => {
    expect(issues(IntakeAnswers, withReason((a) => (a.conditions.cancer.lastChemotherapyDate = '2025-13-01')))).toEqual([
      { path: 'conditions.cancer.lastChemotherapyDate', message: 'Last chemotherapy date: enter the date as YYYY-MM-DD' },
    ]);
    expect(issues(IntakeAnswers, withReason((a) => (a.conditions.recentSurgery.date = 'last May'))).map((i) => i.path)).toEqual([
      'conditions.recentSurgery.date',
    ]);
    expect(
      issues(
        IntakeAnswers,
        withReason((a) => {
          a.conditions.cancer.lastChemotherapyDate = '2025-09-10';
          a.conditions.cancer.nextChemotherapyDate = '2025-09-01';
        }),
      ),
    ).toEqual([{ path: 'conditions.cancer.nextChemotherapyDate', message: 'The next chemotherapy date must be on or after the last one' }]);
  });

  it('checks each medication, and the list length', () => {
    expect(issues(IntakeAnswers, withReason((a) => (a.medications = [{ name: 'Warfarin', isAnticoagulant: true }, { name: ' ', isAnticoagulant: false }])))).toEqual([
      { path: 'medications.1.name', message: 'Medication name is required' },
    ]);
    const many = Array.from({ length: 51 }, (_, i) => ({ name: `Med ${i}`, isAnticoagulant: false }));
    expect(issues(IntakeAnswers, withReason((a) => (a.medications = many)))).toEqual([{ path: 'medications', message: 'List at most 50 medications' }]);
  });

  it('is strict, everywhere', () => {
    expect(IntakeAnswers.safeParse({ ...withReason(), smoker: true }).success).toBe(false);
    const nested = withReason() as unknown as { conditions: { dvt: Record<string, unknown> } };
    nested.conditions.dvt.location = 'left calf';
    expect(issues(IntakeAnswers, nested).map((i) => i.path)).toEqual(['conditions.dvt']);
  });

  it('accepts only the listed pressure preferences and a phone-like physician phone', () => {
    expect(issues(IntakeAnswers, { ...withReason(), pressurePreference: 'extra firm' })).toEqual([
      { path: 'pressurePreference', message: 'Choose light, medium or firm' },
    ]);
    expect(IntakeAnswers.parse({ ...withReason(), pressurePreference: 'firm' }).pressurePreference).toBe('firm');
    expect(issues(IntakeAnswers, { ...withReason(), physicianPhone: 'call me' }).map((i) => i.path)).toEqual(['physicianPhone']);
  });

  it('trims text answers', () => {
    expect(IntakeAnswers.parse({ ...withReason(), allergies: { essentialOils: '  lavender ' } }).allergies.essentialOils).toBe('lavender');
  });
});

describe('IntakeSignature', () => {
  const png = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
  const signed = { typedName: 'Jamie Doe', signatureDataUrl: png, consent: true };

  it('accepts a typed name, a PNG signature and consent', () => {
    expect(IntakeSignature.parse(signed)).toEqual(signed);
  });

  it('refuses an unsigned consent with the message the client reads', () => {
    expect(issues(IntakeSignature, { ...signed, consent: false })).toEqual([{ path: 'consent', message: CONSENT_REQUIRED_MESSAGE }]);
    expect(issues(IntakeSignature, { ...signed, consent: undefined })).toEqual([{ path: 'consent', message: CONSENT_REQUIRED_MESSAGE }]);
    expect(CONSENT_REQUIRED_MESSAGE).toBe('The client must agree to the consent statement');
  });

  it('requires the typed name and a signature', () => {
    expect(issues(IntakeSignature, { ...signed, typedName: '' })).toEqual([{ path: 'typedName', message: 'Typed name is required' }]);
    expect(issues(IntakeSignature, { ...signed, signatureDataUrl: '' })).toEqual([
      { path: 'signatureDataUrl', message: 'The client must sign in the signature box' },
    ]);
  });

  it('accepts only a PNG data URL of at most 300 kB', () => {
    const notPng = issues(IntakeSignature, { ...signed, signatureDataUrl: 'data:image/jpeg;base64,/9j/4AAQ' });
    expect(notPng).toEqual([{ path: 'signatureDataUrl', message: 'The signature must be a PNG image' }]);
    expect(issues(IntakeSignature, { ...signed, signatureDataUrl: 'data:image/png;base64,<script>' })).toHaveLength(1);

    const fits = `data:image/png;base64,${'A'.repeat(MAX_SIGNATURE_DATA_URL_LENGTH - 22)}`;
    expect(fits).toHaveLength(300 * 1024);
    expect(issues(IntakeSignature, { ...signed, signatureDataUrl: fits })).toEqual([]);
    expect(issues(IntakeSignature, { ...signed, signatureDataUrl: `${fits}A` })).toEqual([
      { path: 'signatureDataUrl', message: 'The signature image is too large (300 kB at most)' },
    ]);
  });
});
