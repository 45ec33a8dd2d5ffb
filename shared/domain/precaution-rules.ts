// The precaution table (DESIGN.md, "Precautions") as data the clinic can view and edit in Settings:
// the words, the severity, the modalities named and whether a rule is on. *When* a rule applies is
// code in precautions.ts, keyed by the condition id, because a wrong predicate could hide a
// contraindication; so a clinic can reword or switch off a rule but cannot invent a condition.
import { z } from 'zod';
import { MODALITY_IDS } from './modalities';

export const PRECAUTION_CONDITION_IDS = [
  'anticoagulants',
  'dvt',
  'cancer_treatment',
  'pregnancy',
  'hypertension',
  'epilepsy',
  'recent_surgery',
  'skin_condition',
  'allergies',
  'neuropathy',
  'osteoporosis',
] as const;
export type PrecautionConditionId = (typeof PRECAUTION_CONDITION_IDS)[number];

/** Ordered most serious first; alerts are sorted in this order. */
export const PRECAUTION_SEVERITIES = ['contraindication', 'caution', 'info'] as const;
export type PrecautionSeverity = (typeof PRECAUTION_SEVERITIES)[number];

/** How a named modality is affected: `contraindicated` (do not) or `caution` (adapt). */
export const MODALITY_LEVELS = ['contraindicated', 'caution'] as const;
export type ModalityLevel = (typeof MODALITY_LEVELS)[number];

export const PrecautionModality = z
  .object({
    modality: z.enum([...MODALITY_IDS, 'all'], { error: 'Choose a modality from the list' }),
    level: z.enum(MODALITY_LEVELS, { error: 'Choose contraindicated or caution' }),
    note: z.string({ error: 'Note must be text' }).trim().max(300, 'Note must be 300 characters or fewer').optional(),
  })
  .strict();
export type PrecautionModality = z.output<typeof PrecautionModality>;

export const PrecautionRule = z
  .object({
    id: z.enum(PRECAUTION_CONDITION_IDS, { error: 'Unknown precaution condition' }),
    /** What the condition is called on the chip and in Settings ("Pregnancy"). */
    condition: z.string({ error: 'Condition is required' }).trim().min(1, 'Condition is required').max(120, 'Condition must be 120 characters or fewer'),
    severity: z.enum(PRECAUTION_SEVERITIES, { error: 'Choose contraindication, caution or info' }),
    /** The chart-header text. */
    alert: z.string({ error: 'Alert text is required' }).trim().min(1, 'Alert text is required').max(300, 'Alert text must be 300 characters or fewer'),
    modalities: z
      .array(PrecautionModality, { error: 'Modalities must be a list' })
      .max(20, 'Name at most 20 modalities')
      .superRefine((entries, ctx) => {
        const seen = new Set<string>();
        entries.forEach((entry, i) => {
          if (seen.has(entry.modality)) {
            ctx.addIssue({ code: 'custom', path: [i, 'modality'], message: 'This modality is already listed' });
          }
          seen.add(entry.modality);
        });
      }),
    enabled: z.boolean({ error: 'Enabled must be yes or no' }),
  })
  .strict();
export type PrecautionRule = z.output<typeof PrecautionRule>;

/**
 * A clinic's whole table. Each condition at most once; a missing one simply never fires, and
 * `withDefaultRules` puts back any the stored table lacks (say, a condition added in a later
 * release), so switching a rule off is done with `enabled`, not by deleting it.
 */
export const PrecautionRuleSet = z
  .array(PrecautionRule, { error: 'Precaution rules must be a list' })
  .superRefine((rules, ctx) => {
    const seen = new Set<string>();
    rules.forEach((rule, i) => {
      if (seen.has(rule.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: 'This condition already has a rule' });
      seen.add(rule.id);
    });
  });
export type PrecautionRuleSet = PrecautionRule[];

const PREGNANCY_OILS = 'rosemary, sage, basil, marjoram';
const HYPERTENSION_OILS = 'rosemary, sage, thyme, hyssop';
const EPILEPSY_OILS = 'rosemary, fennel, sage';

export const DEFAULT_PRECAUTION_RULES: readonly PrecautionRule[] = [
  {
    id: 'anticoagulants',
    condition: 'Anticoagulants / bleeding disorder',
    severity: 'caution',
    alert: 'Light pressure; bruising risk.',
    modalities: [
      { modality: 'deep_tissue', level: 'caution', note: 'Light pressure only' },
      { modality: 'trigger_point', level: 'caution', note: 'Light pressure only' },
      { modality: 'cupping', level: 'contraindicated', note: 'Bruising and bleeding risk' },
    ],
    enabled: true,
  },
  {
    id: 'dvt',
    condition: 'DVT / blood clot, not cleared',
    severity: 'contraindication',
    alert: 'No massage of the affected limb until a physician clears it.',
    modalities: [
      { modality: 'all', level: 'caution', note: 'Avoid the affected limb' },
      { modality: 'cupping', level: 'contraindicated', note: 'Could dislodge a clot' },
    ],
    enabled: true,
  },
  {
    id: 'cancer_treatment',
    condition: 'Cancer in active treatment',
    severity: 'caution',
    alert: 'Light–medium pressure; avoid port and radiation sites; no massage within 72 h of chemotherapy.',
    modalities: [
      { modality: 'deep_tissue', level: 'caution', note: 'Light–medium pressure only' },
      { modality: 'cupping', level: 'contraindicated' },
    ],
    enabled: true,
  },
  {
    id: 'pregnancy',
    condition: 'Pregnancy',
    severity: 'caution',
    alert: 'First trimester: caution. After 20 weeks: side-lying, not supine. High-risk: needs OB clearance.',
    modalities: [
      { modality: 'cupping', level: 'contraindicated', note: 'Not on the abdomen or low back' },
      { modality: 'aromatherapy', level: 'caution', note: `Avoid ${PREGNANCY_OILS} oils` },
    ],
    enabled: true,
  },
  {
    id: 'hypertension',
    condition: 'Hypertension (uncontrolled)',
    severity: 'contraindication',
    alert: `Contraindicated until blood pressure is controlled; avoid ${HYPERTENSION_OILS} oils.`,
    modalities: [
      { modality: 'aromatherapy', level: 'caution', note: `Avoid ${HYPERTENSION_OILS} oils` },
      { modality: 'deep_tissue', level: 'contraindicated', note: 'Until blood pressure is controlled' },
    ],
    enabled: true,
  },
  {
    id: 'epilepsy',
    condition: 'Epilepsy',
    severity: 'caution',
    alert: `Avoid ${EPILEPSY_OILS} oils.`,
    modalities: [{ modality: 'aromatherapy', level: 'caution', note: `Avoid ${EPILEPSY_OILS} oils` }],
    enabled: true,
  },
  {
    id: 'recent_surgery',
    condition: 'Surgery in the last 6 months',
    severity: 'caution',
    alert: 'Physician approval needed; nothing over incisions.',
    modalities: [
      { modality: 'deep_tissue', level: 'caution', note: 'Not over incisions' },
      { modality: 'cupping', level: 'caution', note: 'Not over incisions' },
      { modality: 'myofascial_release', level: 'caution', note: 'Not over incisions' },
    ],
    enabled: true,
  },
  {
    id: 'skin_condition',
    condition: 'Skin infection / rash',
    severity: 'caution',
    alert: 'Avoid the affected area; if contagious, reschedule.',
    modalities: [{ modality: 'all', level: 'caution', note: 'Not over the affected area' }],
    enabled: true,
  },
  {
    id: 'allergies',
    condition: 'Allergies',
    severity: 'caution',
    alert: 'Check lotions and oils.',
    modalities: [{ modality: 'aromatherapy', level: 'caution', note: 'Check the oils against the allergies listed' }],
    enabled: true,
  },
  {
    id: 'neuropathy',
    condition: 'Neuropathy',
    severity: 'caution',
    alert: 'Reduced sensation: light pressure, no heat packs.',
    modalities: [
      { modality: 'deep_tissue', level: 'caution', note: 'Light pressure: the client may not feel too much' },
      { modality: 'hot_packs', level: 'contraindicated', note: 'Burn risk with reduced sensation' },
    ],
    enabled: true,
  },
  {
    id: 'osteoporosis',
    condition: 'Osteoporosis',
    severity: 'caution',
    alert: 'No deep or forceful pressure.',
    modalities: [{ modality: 'deep_tissue', level: 'contraindicated', note: 'Fracture risk' }],
    enabled: true,
  },
];

/** A fresh, editable copy of the defaults (Settings → "Reset to defaults"). */
export function defaultPrecautionRules(): PrecautionRule[] {
  return DEFAULT_PRECAUTION_RULES.map(copyRule);
}

/** The stored table, plus a default rule for any condition it does not have yet, in default order. */
export function withDefaultRules(rules: readonly PrecautionRule[]): PrecautionRule[] {
  const byId = new Map(rules.map((r) => [r.id, r]));
  return DEFAULT_PRECAUTION_RULES.map((d) => copyRule(byId.get(d.id) ?? d));
}

function copyRule(rule: PrecautionRule): PrecautionRule {
  return { ...rule, modalities: rule.modalities.map((m) => ({ ...m })) };
}
