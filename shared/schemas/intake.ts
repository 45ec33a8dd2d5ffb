// The health-history form a client fills in, and the consent signature under it. The same schema
// drives the react-hook-form form and validates the IPC call in main. Every optional answer has a
// default ('' for text, false for yes/no, null for numbers), so a half-filled form still parses
// and the precautions engine never has to guess whether a field exists.
import { z } from 'zod';
import { isIsoDate } from '../domain/dates';
import { id, optionalDate, optionalPhone, optionalText, requiredText } from './fields';

const yesNo = z.boolean({ error: 'Answer yes or no' }).default(false);

export const Medication = z
  .object({
    name: requiredText('Medication name', 200),
    isAnticoagulant: yesNo,
  })
  .strict();
export type Medication = z.output<typeof Medication>;

export const PRESSURE_PREFERENCES = ['', 'light', 'medium', 'firm'] as const;
export type PressurePreference = (typeof PRESSURE_PREFERENCES)[number];

const allergies = z
  .object({
    nutOils: yesNo,
    latex: yesNo,
    /** Which essential oils, as the client names them ('' = none). */
    essentialOils: optionalText('Essential oil allergies', 500),
    other: optionalText('Other allergies', 500),
  })
  .strict()
  .prefault({});

const conditions = z
  .object({
    hypertension: z.object({ present: yesNo, controlled: yesNo }).strict().prefault({}),
    heartDisease: z.object({ present: yesNo, pacemaker: yesNo }).strict().prefault({}),
    diabetes: yesNo,
    neuropathy: yesNo,
    dvt: z.object({ present: yesNo, clearedByPhysician: yesNo }).strict().prefault({}),
    cancer: z
      .object({
        present: yesNo,
        activeTreatment: yesNo,
        lastChemotherapyDate: optionalDate('Last chemotherapy date'),
        nextChemotherapyDate: optionalDate('Next chemotherapy date'),
        portSite: optionalText('Port site', 200),
        radiationSites: optionalText('Radiation sites', 200),
      })
      .strict()
      .prefault({}),
    pregnancy: z
      .object({
        present: yesNo,
        weeks: z
          .number({ error: 'Weeks must be a number' })
          .int('Weeks must be a whole number')
          .min(1, 'Weeks must be between 1 and 42')
          .max(42, 'Weeks must be between 1 and 42')
          .nullable()
          .default(null),
        highRisk: yesNo,
        obClearance: yesNo,
      })
      .strict()
      .prefault({}),
    /** Surgery in the last 6 months; the precautions engine checks the date against the visit. */
    recentSurgery: z
      .object({ present: yesNo, date: optionalDate('Surgery date'), where: optionalText('Surgery site', 200) })
      .strict()
      .prefault({}),
    skinCondition: z
      .object({ present: yesNo, contagious: yesNo, where: optionalText('Skin condition area', 200) })
      .strict()
      .prefault({}),
    osteoporosis: yesNo,
    epilepsy: yesNo,
    fibromyalgia: yesNo,
  })
  .strict()
  .prefault({});

const intakeAnswerFields = {
    reasonForVisit: requiredText('Reason for visit', 2000),
    goals: optionalText('Goals', 2000),
    painAreas: optionalText('Pain areas', 2000),
    medications: z
      .array(Medication, { error: 'Medications must be a list' })
      .max(50, 'List at most 50 medications')
      .default([]),
    takesAnticoagulant: yesNo,
    bleedingDisorder: yesNo,
    allergies,
    conditions,
    recentInjuries: optionalText('Recent injuries', 2000),
    pressurePreference: z.enum(PRESSURE_PREFERENCES, { error: 'Choose light, medium or firm' }).default(''),
    areasToAvoid: optionalText('Areas to avoid', 1000),
    physicianName: optionalText('Physician name', 200),
    physicianPhone: optionalPhone('Physician phone'),
  };

/** What signing requires: every rule, including the cross-field ones. */
export const IntakeAnswers = z
  .object(intakeAnswerFields)
  .strict()
  // Cross-field rules put their error on the exact field, so the form shows it beside that input.
  .superRefine((answers, ctx) => {
    const { pregnancy, cancer } = answers.conditions;
    if (pregnancy.present && pregnancy.weeks === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['conditions', 'pregnancy', 'weeks'],
        message: 'Enter how many weeks pregnant',
      });
    }
    const { lastChemotherapyDate: last, nextChemotherapyDate: next } = cancer;
    if (isIsoDate(last) && isIsoDate(next) && next < last) {
      ctx.addIssue({
        code: 'custom',
        path: ['conditions', 'cancer', 'nextChemotherapyDate'],
        message: 'The next chemotherapy date must be on or after the last one',
      });
    }
  });
export type IntakeAnswers = z.output<typeof IntakeAnswers>;

/**
 * What a draft may hold: the same shape and limits, but nothing is required yet and the
 * cross-field rules wait for signing, so autosave never loses what is on screen.
 */
export const IntakeDraftAnswers = z
  .object({ ...intakeAnswerFields, reasonForVisit: optionalText('Reason for visit', 2000) })
  .strict();
export type IntakeFormValues = z.input<typeof IntakeAnswers>;

/** A fresh, complete form: what react-hook-form starts from and what `IntakeAnswers` fills in. */
export function defaultIntakeAnswers(): IntakeAnswers {
  return {
    reasonForVisit: '',
    goals: '',
    painAreas: '',
    medications: [],
    takesAnticoagulant: false,
    bleedingDisorder: false,
    allergies: { nutOils: false, latex: false, essentialOils: '', other: '' },
    conditions: {
      hypertension: { present: false, controlled: false },
      heartDisease: { present: false, pacemaker: false },
      diabetes: false,
      neuropathy: false,
      dvt: { present: false, clearedByPhysician: false },
      cancer: {
        present: false,
        activeTreatment: false,
        lastChemotherapyDate: '',
        nextChemotherapyDate: '',
        portSite: '',
        radiationSites: '',
      },
      pregnancy: { present: false, weeks: null, highRisk: false, obClearance: false },
      recentSurgery: { present: false, date: '', where: '' },
      skinCondition: { present: false, contagious: false, where: '' },
      osteoporosis: false,
      epilepsy: false,
      fibromyalgia: false,
    },
    recentInjuries: '',
    pressurePreference: '',
    areasToAvoid: '',
    physicianName: '',
    physicianPhone: '',
  };
}

export const SIGNATURE_PNG_PREFIX = 'data:image/png;base64,';
/** 300 kB of data URL: a pointer-drawn signature PNG is a few kB; anything near this is not one. */
export const MAX_SIGNATURE_DATA_URL_LENGTH = 300 * 1024;
export const CONSENT_REQUIRED_MESSAGE = 'The client must agree to the consent statement';

export const IntakeSignature = z
  .object({
    typedName: requiredText('Typed name', 200),
    signatureDataUrl: z
      .string({ error: 'The client must sign in the signature box' })
      .min(1, 'The client must sign in the signature box')
      // Abort here so a huge string is never scanned by the pattern below.
      .max(MAX_SIGNATURE_DATA_URL_LENGTH, { error: 'The signature image is too large (300 kB at most)', abort: true })
      .refine(
        (v) => v === '' || (v.startsWith(SIGNATURE_PNG_PREFIX) && /^[A-Za-z0-9+/]+={0,2}$/.test(v.slice(SIGNATURE_PNG_PREFIX.length))),
        'The signature must be a PNG image',
      ),
    // The form holds a checkbox (boolean); only `true` passes, so the output type is `true`.
    consent: z.boolean({ error: CONSENT_REQUIRED_MESSAGE }).pipe(z.literal(true, { error: CONSENT_REQUIRED_MESSAGE })),
  })
  .strict();
export type IntakeSignature = z.output<typeof IntakeSignature>;
export type IntakeSignatureFormValues = z.input<typeof IntakeSignature>;

// ── Calls and records ─────────────────────────────────────────────────────────────────────────

/** Save a draft: a new intake when `id` is absent, else the same unsigned draft again. */
export const IntakeSaveInput = z
  .object({ clientId: id, id: id.optional(), answers: IntakeDraftAnswers })
  .strict();
export type IntakeSaveInput = z.output<typeof IntakeSaveInput>;

/** Sign: the final answers and the signature are stored together, then the intake is locked. */
export const IntakeSignInput = z
  .object({ clientId: id, id: id.optional(), answers: IntakeAnswers, signature: IntakeSignature })
  .strict();
export type IntakeSignInput = z.output<typeof IntakeSignInput>;

export interface IntakeSummary {
  id: string;
  clientId: string;
  signed: boolean;
  signedName: string | null;
  signedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface Intake extends IntakeSummary {
  answers: IntakeAnswers;
  signatureDataUrl: string | null;
}
