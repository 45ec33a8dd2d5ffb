// The fixed taxonomy of body regions a finding can sit on (DESIGN.md "Body regions and findings"),
// and the finding types. Ids are stored in the database: never rename one, only add.

export type BodyView = 'anterior' | 'posterior';
export type Side = 'left' | 'right' | 'midline';

export interface BodyRegion {
  id: string;
  label: string;
  group: string;
  /** The views the region is drawn on. */
  views: readonly BodyView[];
  /** Paired regions take left/right; midline ones (abdomen) take 'midline'. */
  paired: boolean;
}

const r = (id: string, label: string, group: string, views: BodyView[], paired = true): BodyRegion => ({ id, label, group, views, paired });
const A: BodyView[] = ['anterior'];
const P: BodyView[] = ['posterior'];
const AP: BodyView[] = ['anterior', 'posterior'];

export const BODY_REGIONS: readonly BodyRegion[] = [
  r('temporalis', 'Temporalis', 'Head and jaw', AP),
  r('masseter_tmj', 'Masseter / TMJ', 'Head and jaw', A),
  r('suboccipitals', 'Suboccipitals', 'Head and jaw', P),
  r('scm', 'SCM', 'Neck', A),
  r('scalenes', 'Scalenes', 'Neck', A),
  r('cervical_paraspinals', 'Cervical paraspinals', 'Neck', P),
  r('upper_trapezius', 'Upper trapezius', 'Shoulder girdle', AP),
  r('levator_scapulae', 'Levator scapulae', 'Shoulder girdle', P),
  r('rhomboids', 'Rhomboids', 'Upper back', P),
  r('middle_lower_trapezius', 'Middle / lower trapezius', 'Upper back', P),
  r('thoracic_paraspinals', 'Thoracic paraspinals', 'Back', P),
  r('lumbar_paraspinals', 'Lumbar paraspinals', 'Back', P),
  r('quadratus_lumborum', 'Quadratus lumborum', 'Back', P),
  r('latissimus', 'Latissimus dorsi', 'Back', P),
  r('pectoralis', 'Pectoralis major / minor', 'Chest', A),
  r('deltoid', 'Deltoid', 'Shoulder and arm', AP),
  r('rotator_cuff', 'Rotator cuff', 'Shoulder and arm', P),
  r('biceps', 'Biceps', 'Shoulder and arm', A),
  r('triceps', 'Triceps', 'Shoulder and arm', P),
  r('forearm_flexors', 'Forearm flexors', 'Forearm and hand', A),
  r('forearm_extensors', 'Forearm extensors', 'Forearm and hand', P),
  r('hand', 'Hand', 'Forearm and hand', AP),
  r('abdomen', 'Abdomen', 'Trunk', A, false),
  r('gluteals', 'Gluteals', 'Hip', P),
  r('piriformis', 'Piriformis', 'Hip', P),
  r('iliopsoas', 'Iliopsoas', 'Hip', A),
  r('tfl_it_band', 'TFL / IT band', 'Thigh', AP),
  r('quadriceps', 'Quadriceps', 'Thigh', A),
  r('adductors', 'Adductors', 'Thigh', A),
  r('hamstrings', 'Hamstrings', 'Thigh', P),
  r('calf', 'Calf', 'Lower leg and foot', P),
  r('tibialis_anterior', 'Tibialis anterior', 'Lower leg and foot', A),
  r('foot_plantar_fascia', 'Foot / plantar fascia', 'Lower leg and foot', AP),
];

export const BODY_REGION_IDS = BODY_REGIONS.map((x) => x.id) as [string, ...string[]];
const byId = new Map(BODY_REGIONS.map((x) => [x.id, x]));

export function bodyRegion(id: string): BodyRegion | undefined {
  return byId.get(id);
}

/** The sides a region can take: left and right for paired regions, midline otherwise. */
export function sidesOf(regionId: string): Side[] {
  const region = byId.get(regionId);
  if (!region) return [];
  return region.paired ? ['left', 'right'] : ['midline'];
}

/** "Left upper trapezius", "Abdomen". */
export function regionLabel(regionId: string, side: Side): string {
  const label = byId.get(regionId)?.label ?? regionId;
  if (side === 'midline') return label;
  return `${side === 'left' ? 'Left' : 'Right'} ${label.charAt(0).toLowerCase()}${label.slice(1)}`.replace(/ (scm|tmj|tfl|it)\b/gi, (m) => m.toUpperCase());
}

export const FINDING_TYPES = [
  { id: 'hypertonicity', label: 'Hypertonicity', scale: 'severity' },
  { id: 'trigger_point_active', label: 'Trigger point (active)', scale: 'severity' },
  { id: 'trigger_point_latent', label: 'Trigger point (latent)', scale: 'severity' },
  { id: 'tenderness', label: 'Tenderness', scale: 'severity' },
  { id: 'spasm', label: 'Spasm', scale: 'severity' },
  { id: 'adhesion', label: 'Adhesion / fascial restriction', scale: 'severity' },
  { id: 'edema', label: 'Edema', scale: 'severity' },
  { id: 'reduced_rom', label: 'Reduced ROM', scale: 'severity' },
  { id: 'pain', label: 'Pain', scale: 'pain' },
  { id: 'numbness_tingling', label: 'Numbness / tingling', scale: 'severity' },
  { id: 'scar', label: 'Scar', scale: 'severity' },
] as const;

export type FindingTypeId = (typeof FINDING_TYPES)[number]['id'];
export const FINDING_TYPE_IDS = FINDING_TYPES.map((t) => t.id) as [FindingTypeId, ...FindingTypeId[]];

export function findingTypeLabel(id: string): string {
  return FINDING_TYPES.find((t) => t.id === id)?.label ?? id;
}

/** Pain findings are scored 0–10; every other type is a severity of 1–3. */
export function findingScale(id: FindingTypeId): 'severity' | 'pain' {
  return FINDING_TYPES.find((t) => t.id === id)!.scale;
}
