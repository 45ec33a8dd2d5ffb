// Field builders shared by every form and by main's validation, so messages read the same everywhere.
import { z } from 'zod';
import { isIsoDate, isTimeZone, todayIn } from '../domain/dates';
import { isValidNpi } from '../domain/npi';

export const requiredText = (label: string, max = 100) =>
  z
    .string({ error: `${label} is required` })
    .trim()
    .min(1, `${label} is required`)
    .max(max, `${label} must be ${max} characters or fewer`);

/** Optional free text: '' means "not given". */
export const optionalText = (label: string, max = 200) =>
  z
    .string({ error: `${label} must be text` })
    .trim()
    .max(max, `${label} must be ${max} characters or fewer`)
    .default('');

export const optionalPhone = (label = 'Phone') =>
  optionalText(label, 40).refine(
    (v) => v === '' || (/^[0-9+()\-.\s x]+$/i.test(v) && v.replace(/\D/g, '').length >= 7),
    `${label} must be a phone number (at least 7 digits)`,
  );

export const optionalEmail = z
  .string({ error: 'Email must be text' })
  .trim()
  .max(254, 'Email must be 254 characters or fewer')
  .refine((v) => v === '' || z.email().safeParse(v).success, 'Enter an email like name@example.com')
  .default('');

/** Any calendar date, or '' when not given. */
export const optionalDate = (label: string) =>
  z
    .string({ error: `${label} must be a date` })
    .trim()
    .refine((v) => v === '' || isIsoDate(v), `${label}: enter the date as YYYY-MM-DD`)
    .default('');

export const requiredDate = (label: string) =>
  z
    .string({ error: `${label} is required` })
    .trim()
    .min(1, `${label} is required`)
    // '' already has its message above: one message per field.
    .refine((v) => v === '' || isIsoDate(v), `${label}: enter the date as YYYY-MM-DD`);

/** A birth date: YYYY-MM-DD, a real date, not in the future, not before 1900. */
export const optionalBirthDate = z
  .string({ error: 'Date of birth must be a date' })
  .trim()
  .refine((v) => v === '' || /^\d{4}-\d{2}-\d{2}$/.test(v), 'Enter the date as YYYY-MM-DD')
  .refine((v) => v === '' || !/^\d{4}-\d{2}-\d{2}$/.test(v) || isIsoDate(v), 'That date does not exist')
  .refine((v) => v === '' || !isIsoDate(v) || v >= '1900-01-01', 'Date of birth must be after 1900')
  .refine(
    (v) => v === '' || !isIsoDate(v) || v <= todayIn(new Date()),
    'Date of birth cannot be in the future',
  )
  .default('');

export const optionalNpi = z
  .string({ error: 'NPI must be text' })
  .trim()
  .refine((v) => v === '' || /^\d{10}$/.test(v), 'NPI is 10 digits')
  .refine((v) => v === '' || !/^\d{10}$/.test(v) || isValidNpi(v), 'This NPI fails its check digit: check for a typo')
  .default('');

export const timeZone = z
  .string({ error: 'Time zone is required' })
  .trim()
  .min(1, 'Time zone is required')
  .refine(isTimeZone, 'Choose a time zone from the list (e.g. America/New_York)')
  // Store the zone's canonical spelling (Intl accepts "america/new_york" but reports "America/New_York").
  .transform((zone) => new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone);

export const id = z
  .string({ error: 'An id is required' })
  .regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, 'That is not a valid record id');

/** Calls that name one record, or one client's records. */
export const ByIdInput = z.object({ id }).strict();
export const ByClientInput = z.object({ clientId: id }).strict();
export const ByPractitionerInput = z.object({ practitionerId: id }).strict();
