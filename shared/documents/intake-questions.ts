// The intake's questions as people read them on paper, one list for the blank form and the filled
// one, so the two can never ask different things. The wording follows IntakeAnswers field by field.
import type { IntakeAnswers } from '../schemas/intake';

export const INTAKE_CONSENT_STATEMENT =
  'I have answered these questions truthfully and completely to the best of my knowledge. I understand that ' +
  'massage therapy does not replace medical diagnosis or treatment, and that my therapist does not diagnose ' +
  'illness or prescribe medication. I will tell my therapist about any change in my health and about any ' +
  'discomfort during a session, and I know I may stop a session at any time. I consent to massage therapy ' +
  'and to the clinic keeping these answers in my record.';

type Conditions = IntakeAnswers['conditions'];

/** A follow-up question asked when the condition is present. */
export interface FollowUp {
  label: string;
  kind: 'yesno' | 'text';
  value: (c: Conditions) => boolean | string | number | null;
}

export interface ConditionQuestion {
  label: string;
  present: (c: Conditions) => boolean;
  followUps: FollowUp[];
}

const yesno = (label: string, value: (c: Conditions) => boolean): FollowUp => ({ label, kind: 'yesno', value });
const text = (label: string, value: (c: Conditions) => string | number | null): FollowUp => ({ label, kind: 'text', value });

export const CONDITION_QUESTIONS: readonly ConditionQuestion[] = [
  {
    label: 'High blood pressure',
    present: (c) => c.hypertension.present,
    followUps: [yesno('Controlled with treatment?', (c) => c.hypertension.controlled)],
  },
  { label: 'Heart disease', present: (c) => c.heartDisease.present, followUps: [yesno('Pacemaker?', (c) => c.heartDisease.pacemaker)] },
  { label: 'Diabetes', present: (c) => c.diabetes, followUps: [] },
  { label: 'Neuropathy (numbness, tingling)', present: (c) => c.neuropathy, followUps: [] },
  {
    label: 'Blood clots / DVT',
    present: (c) => c.dvt.present,
    followUps: [yesno('Cleared by a physician?', (c) => c.dvt.clearedByPhysician)],
  },
  {
    label: 'Cancer',
    present: (c) => c.cancer.present,
    followUps: [
      yesno('In active treatment?', (c) => c.cancer.activeTreatment),
      text('Last chemotherapy', (c) => c.cancer.lastChemotherapyDate),
      text('Next chemotherapy', (c) => c.cancer.nextChemotherapyDate),
      text('Port site', (c) => c.cancer.portSite),
      text('Radiation sites', (c) => c.cancer.radiationSites),
    ],
  },
  {
    label: 'Pregnancy',
    present: (c) => c.pregnancy.present,
    followUps: [
      text('Weeks', (c) => c.pregnancy.weeks),
      yesno('High-risk?', (c) => c.pregnancy.highRisk),
      yesno('Cleared by OB / midwife?', (c) => c.pregnancy.obClearance),
    ],
  },
  {
    label: 'Surgery in the last 6 months',
    present: (c) => c.recentSurgery.present,
    followUps: [text('Date', (c) => c.recentSurgery.date), text('Where', (c) => c.recentSurgery.where)],
  },
  {
    label: 'Skin condition, rash or infection',
    present: (c) => c.skinCondition.present,
    followUps: [yesno('Contagious?', (c) => c.skinCondition.contagious), text('Where', (c) => c.skinCondition.where)],
  },
  { label: 'Osteoporosis', present: (c) => c.osteoporosis, followUps: [] },
  { label: 'Epilepsy / seizures', present: (c) => c.epilepsy, followUps: [] },
  { label: 'Fibromyalgia', present: (c) => c.fibromyalgia, followUps: [] },
];

export const PRESSURE_LABELS: Record<Exclude<IntakeAnswers['pressurePreference'], ''>, string> = {
  light: 'Light',
  medium: 'Medium',
  firm: 'Firm',
};
