// The intake form's values: the answers and the consent signature under them, shaped exactly like
// `intakes/sign`'s input, so main's field errors (`answers.conditions.pregnancy.weeks`,
// `signature.consent`) land on the same react-hook-form paths.
import { z } from 'zod';
import { defaultIntakeAnswers, IntakeAnswers, IntakeDraftAnswers, IntakeSignature } from '../../../shared/schemas/intake';

export const IntakeFormSchema = z.object({ answers: IntakeAnswers, signature: IntakeSignature });
export type IntakeFormValues = z.input<typeof IntakeFormSchema>;
export type IntakeFormOutput = z.output<typeof IntakeFormSchema>;
export type AnswersValues = NonNullable<IntakeFormValues['answers']>;

export const BLANK_SIGNATURE = { typedName: '', signatureDataUrl: '', consent: false };

export function formValuesFrom(answers: IntakeAnswers): IntakeFormValues {
  return { answers: structuredClone(answers), signature: { ...BLANK_SIGNATURE } };
}

/**
 * What a draft saves: the answers without medication rows the client added but has not named yet
 * (an empty row would otherwise make the whole draft invalid until it is filled in).
 */
export function draftAnswers(values: AnswersValues): AnswersValues {
  return { ...values, medications: (values.medications ?? []).filter((m) => m.name.trim() !== '') };
}

/**
 * The answers as the precautions engine reads them, even while the form is incomplete (no reason
 * typed yet): the form always holds every field, so fill anything missing from the defaults.
 */
export function previewAnswers(values: AnswersValues): IntakeAnswers {
  const parsed = IntakeAnswers.safeParse(draftAnswers(values));
  if (parsed.success) return parsed.data;
  const d = defaultIntakeAnswers();
  const v = draftAnswers(values) as Partial<IntakeAnswers>;
  const c = (v.conditions ?? {}) as Partial<IntakeAnswers['conditions']>;
  return {
    ...d,
    ...v,
    allergies: { ...d.allergies, ...v.allergies },
    conditions: {
      ...d.conditions,
      ...c,
      pregnancy: { ...d.conditions.pregnancy, ...c.pregnancy, weeks: validWeeks(c.pregnancy?.weeks) },
    },
  } as IntakeAnswers;
}

function validWeeks(weeks: unknown): number | null {
  return typeof weeks === 'number' && Number.isInteger(weeks) && weeks >= 1 && weeks <= 42 ? weeks : null;
}

/** The first problem that keeps a draft from saving, as a sentence ("Reason for visit is required"). */
export function firstDraftProblem(values: AnswersValues): string | null {
  const parsed = IntakeDraftAnswers.safeParse(draftAnswers(values));
  return parsed.success ? null : (parsed.error.issues[0]?.message ?? 'Some answers are not valid yet');
}

export function consentStatement(clinicName: string): string {
  return (
    `I confirm that the health information I have given is complete and correct to the best of my knowledge, ` +
    `and I will tell my therapist about any change in my health. I understand that massage therapy does not ` +
    `replace medical diagnosis or treatment, that my therapist will adapt or decline treatment when a health ` +
    `condition calls for it, and that I may ask to change or stop the treatment at any time. I consent to ` +
    `receive massage therapy at ${clinicName}.`
  );
}

export const PRESSURE_LABELS: Record<string, string> = {
  '': 'No preference given',
  light: 'Light',
  medium: 'Medium',
  firm: 'Firm',
};
