// The treatments a therapist can record in a session, with the CPT code each bills under by
// default. Services and fees (Settings) may bill a modality differently; this is the starting point.

export const MODALITY_IDS = [
  'swedish',
  'deep_tissue',
  'trigger_point',
  'myofascial_release',
  'cupping',
  'aromatherapy',
  'reflexology',
  'prenatal',
  'postnatal',
  'lymphatic_drainage',
  'neuromuscular_reeducation',
  'hot_packs',
  'cold_packs',
] as const;

export type ModalityId = (typeof MODALITY_IDS)[number];

export interface Modality {
  id: ModalityId;
  label: string;
  /** Default CPT code; '' when the modality is an add-on that is not billed on its own. */
  cptCode: string;
  /** Timed codes bill in 15-minute units; untimed codes bill one unit per visit. */
  timed: boolean;
}

export const MODALITIES: readonly Modality[] = [
  // 97124: massage (effleurage, petrissage, tapotement). 97140: manual therapy techniques
  // (mobilization, manual traction, myofascial release); trigger point work is billed there.
  { id: 'swedish', label: 'Swedish massage', cptCode: '97124', timed: true },
  { id: 'deep_tissue', label: 'Deep tissue', cptCode: '97124', timed: true },
  { id: 'trigger_point', label: 'Trigger point therapy', cptCode: '97140', timed: true },
  { id: 'myofascial_release', label: 'Myofascial release', cptCode: '97140', timed: true },
  { id: 'cupping', label: 'Cupping', cptCode: '97140', timed: true },
  // Aromatherapy is an add-on to a massage: there is no CPT code for it.
  { id: 'aromatherapy', label: 'Aromatherapy', cptCode: '', timed: false },
  { id: 'reflexology', label: 'Reflexology', cptCode: '97124', timed: true },
  { id: 'prenatal', label: 'Prenatal massage', cptCode: '97124', timed: true },
  { id: 'postnatal', label: 'Postnatal massage', cptCode: '97124', timed: true },
  { id: 'lymphatic_drainage', label: 'Manual lymphatic drainage', cptCode: '97140', timed: true },
  { id: 'neuromuscular_reeducation', label: 'Neuromuscular re-education / stretching', cptCode: '97112', timed: true },
  // 97010 (hot or cold packs) is untimed, and Medicare bundles it into the other services of the
  // visit, so many payers will not pay it separately.
  { id: 'hot_packs', label: 'Hot packs', cptCode: '97010', timed: false },
  { id: 'cold_packs', label: 'Cold packs', cptCode: '97010', timed: false },
];

const BY_ID = new Map<string, Modality>(MODALITIES.map((m) => [m.id, m]));

export function isModalityId(value: string): value is ModalityId {
  return BY_ID.has(value);
}

export function modalityById(id: ModalityId): Modality {
  // Every id in MODALITY_IDS has an entry (a unit test holds the two lists together).
  return BY_ID.get(id)!;
}

/** The label people read ("Deep tissue"); an unknown id (say, from old data) is shown as is. */
export function modalityLabel(id: string): string {
  return BY_ID.get(id)?.label ?? id;
}
