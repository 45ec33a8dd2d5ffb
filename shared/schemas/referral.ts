// A physician's referral (prescription) for medical massage. The same schema validates the form and
// the IPC call, so a bad NPI, an end date before the start or negative visits never reach the database.
import { z } from 'zod';
import { isIsoDate } from '../domain/dates';
import { validateIcd10 } from '../domain/icd10';
import { id, optionalNpi, optionalPhone, optionalText, requiredDate, requiredText } from './fields';

/** One ICD-10-CM code: well formed, not deleted, not a category; stored normalized ('m5450' → 'M54.50'). */
export const icd10Code = z
  .string({ error: 'Enter an ICD-10-CM code (e.g. M54.50)' })
  .max(20, 'That is not an ICD-10-CM code')
  .transform((value, ctx) => {
    const check = validateIcd10(value);
    if (check.ok) return check.code;
    ctx.addIssue({ code: 'custom', message: check.message });
    return z.NEVER;
  });

/** A whole number in a range, or null when the physician did not say. */
const optionalCount = (label: string, min: number, max: number) =>
  z
    .number({ error: `${label} must be a number` })
    .int(`${label} must be a whole number`)
    .min(min, `${label} must be between ${min} and ${max}`)
    .max(max, `${label} must be between ${min} and ${max}`)
    .nullable()
    .default(null);

export const referralFields = {
  clientId: id,
  physicianName: requiredText('Physician name', 200),
  physicianNpi: optionalNpi,
  physicianPhone: optionalPhone('Physician phone'),
  physicianFax: optionalPhone('Physician fax'),
  physicianPractice: optionalText('Practice', 200),
  diagnoses: z
    .array(icd10Code, { error: 'Diagnoses must be a list' })
    .min(1, 'Add at least one diagnosis (ICD-10-CM code)')
    .max(12, 'A referral has at most 12 diagnoses')
    .superRefine((codes, ctx) => {
      codes.forEach((code, i) => {
        if (codes.indexOf(code) !== i) ctx.addIssue({ code: 'custom', path: [i], message: `${code} is listed twice` });
      });
    }),
  frequencyPerWeek: optionalCount('Visits per week', 1, 7),
  durationWeeks: optionalCount('Duration in weeks', 1, 104),
  visitsAuthorized: z
    .number({ error: 'Visits authorized is required' })
    .int('Visits authorized must be a whole number')
    .min(0, 'Visits authorized cannot be negative')
    .max(500, 'Visits authorized must be 500 or fewer'),
  startDate: requiredDate('Start date'),
  endDate: requiredDate('End date'),
  authorizationNumber: optionalText('Authorization number', 60),
  notes: optionalText('Notes', 2000),
};

/** The date range rule, shared by create and update; the error sits on the end date field. */
function endNotBeforeStart(value: { startDate: string; endDate: string }, ctx: z.RefinementCtx): void {
  const { startDate, endDate } = value;
  if (isIsoDate(startDate) && isIsoDate(endDate) && endDate < startDate) {
    ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'End date must be on or after the start date' });
  }
}

export const ReferralInput = z.object(referralFields).strict().superRefine(endNotBeforeStart);
export type ReferralInput = z.output<typeof ReferralInput>;
export type ReferralFormValues = z.input<typeof ReferralInput>;

export const ReferralUpdateInput = z
  .object({ id, ...referralFields })
  .strict()
  .superRefine(endNotBeforeStart);
export type ReferralUpdateInput = z.output<typeof ReferralUpdateInput>;

export const ReferralOrderInput = z
  .object({
    referralId: id,
    fileName: requiredText('File name', 200),
    mimeType: z.enum(['application/pdf', 'image/png', 'image/jpeg'], { error: 'Attach a PDF, PNG or JPEG file' }),
    /** The file's bytes, base64-encoded. 10 MB at most. */
    dataBase64: z
      .string({ error: 'The file is missing' })
      .min(1, 'The file is empty')
      .max(Math.ceil((10 * 1024 * 1024 * 4) / 3) + 4, { error: 'The file is too large (10 MB at most)', abort: true })
      .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'The file could not be read'),
  })
  .strict();
export type ReferralOrderInput = z.output<typeof ReferralOrderInput>;

export interface AttachmentSummary {
  id: string;
  fileName: string;
  mimeType: string;
  size: number;
  createdAt: string;
}

export interface Referral extends ReferralInput {
  id: string;
  createdAt: string;
  updatedAt: string;
  /** Signed sessions dated within the referral (0 until charting exists). */
  visitsUsed: number;
  visitsLeft: number;
  warnings: { code: string; message: string }[];
  /** "visits 4 of 12, expires 3 Mar" */
  badge: string;
  orders: AttachmentSummary[];
}
