// Why demo clients come: each complaint with its ICD-10-CM codes (all from the bundled list), the
// regions and findings a therapist meets, the modalities used, measurable goals and note phrases.
import type { FindingTypeId } from '../../../shared/domain/body-regions';
import type { ModalityId } from '../../../shared/domain/modalities';

/** 'both' puts a finding on the left and another on the right. */
export type SideRule = 'left' | 'right' | 'both' | 'midline';

export interface Complaint {
  id: string;
  /** What the client writes on the intake. */
  reason: string;
  painAreas: string;
  icd10: readonly string[];
  regions: readonly (readonly [regionId: string, side: SideRule])[];
  findings: readonly FindingTypeId[];
  modalities: readonly ModalityId[];
  goals: readonly { description: string; baseline: string; target: string }[];
  /** Subjective phrases; "{pain}" becomes today's pain score. */
  subjective: readonly string[];
  homeCare: readonly string[];
  /** How common it is among the clinic's clients. */
  weight: number;
}

export const COMPLAINTS: readonly Complaint[] = [
  {
    id: 'low_back',
    reason: 'Low back pain, worse after sitting at work',
    painAreas: 'Low back, right buttock',
    icd10: ['M54.50', 'M62.830', 'S39.012D', 'M54.59'],
    regions: [['lumbar_paraspinals', 'both'], ['quadratus_lumborum', 'both'], ['gluteals', 'right'], ['piriformis', 'right'], ['iliopsoas', 'left']],
    findings: ['hypertonicity', 'trigger_point_active', 'tenderness', 'spasm', 'pain', 'reduced_rom'],
    modalities: ['swedish', 'myofascial_release', 'trigger_point', 'neuromuscular_reeducation', 'hot_packs'],
    goals: [
      { description: 'Sit through a full workday without low back pain', baseline: 'pain 7/10 after 2 h sitting', target: 'pain ≤ 2/10 after 8 h' },
      { description: 'Bend to tie shoes without pain', baseline: 'lumbar flexion 50%', target: 'full lumbar flexion' },
    ],
    subjective: ['Low back pain {pain}/10, stiff in the morning.', 'Back felt better for three days after last visit; pain {pain}/10 today.', 'Long drive this weekend flared the low back, {pain}/10.'],
    homeCare: ['Heat 15 min before bed; knee-to-chest and piriformis stretches, 3 × 30 s daily.', 'Stand and walk 5 min every hour at work; cat-cow 10 reps morning and evening.'],
    weight: 22,
  },
  {
    id: 'neck',
    reason: 'Neck and shoulder tension, headaches from desk work',
    painAreas: 'Neck, tops of shoulders, base of skull',
    icd10: ['M54.2', 'M62.838', 'M79.12', 'G44.209'],
    regions: [['upper_trapezius', 'both'], ['levator_scapulae', 'both'], ['cervical_paraspinals', 'both'], ['suboccipitals', 'both'], ['scalenes', 'right']],
    findings: ['hypertonicity', 'trigger_point_active', 'trigger_point_latent', 'tenderness', 'reduced_rom', 'pain'],
    modalities: ['swedish', 'trigger_point', 'myofascial_release', 'neuromuscular_reeducation', 'aromatherapy'],
    goals: [
      { description: 'Turn head fully to check blind spot while driving', baseline: 'rotation 45° right', target: 'rotation 70° both sides' },
      { description: 'Fewer tension headaches', baseline: '4 per week', target: '1 or fewer per week' },
    ],
    subjective: ['Neck tight, {pain}/10; two headaches since last visit.', 'Headaches less frequent; neck {pain}/10 at end of day.', 'Busy week at the computer, upper traps {pain}/10.'],
    homeCare: ['Chin tucks 10 reps 3× daily; upper trapezius stretch 30 s each side.', 'Screen at eye level; shoulder rolls every hour.'],
    weight: 20,
  },
  {
    id: 'shoulder',
    reason: 'Stiff, painful shoulder; cannot reach overhead',
    painAreas: 'Left shoulder and upper arm',
    icd10: ['M25.512', 'M75.02', 'M75.42', 'M25.612'],
    regions: [['rotator_cuff', 'left'], ['deltoid', 'left'], ['pectoralis', 'left'], ['upper_trapezius', 'left'], ['biceps', 'left']],
    findings: ['reduced_rom', 'adhesion', 'trigger_point_active', 'tenderness', 'pain'],
    modalities: ['myofascial_release', 'swedish', 'trigger_point', 'neuromuscular_reeducation', 'hot_packs'],
    goals: [
      { description: 'Reach the top kitchen shelf', baseline: 'flexion 110°', target: 'flexion 160°' },
      { description: 'Sleep on the left side', baseline: 'wakes 3× a night', target: 'sleeps through' },
    ],
    subjective: ['Shoulder {pain}/10 reaching overhead.', 'Can reach higher this week; {pain}/10 at night.', 'Did the wall walks daily; shoulder {pain}/10.'],
    homeCare: ['Pendulum swings and wall walks, 10 reps twice daily.', 'Doorway pectoral stretch 3 × 30 s.'],
    weight: 10,
  },
  {
    id: 'sciatica',
    reason: 'Pain down the back of the leg, buttock pain',
    painAreas: 'Right buttock and back of right thigh',
    icd10: ['M54.31', 'G57.01', 'M54.41', 'M54.16'],
    regions: [['piriformis', 'right'], ['gluteals', 'right'], ['hamstrings', 'right'], ['lumbar_paraspinals', 'both'], ['calf', 'right']],
    findings: ['trigger_point_active', 'hypertonicity', 'numbness_tingling', 'pain', 'tenderness'],
    modalities: ['swedish', 'trigger_point', 'myofascial_release', 'neuromuscular_reeducation'],
    goals: [
      { description: 'Walk 30 minutes without leg pain', baseline: 'pain after 10 min', target: '30 min pain-free' },
      { description: 'No tingling in the right foot', baseline: 'daily', target: 'none' },
    ],
    subjective: ['Buttock pain {pain}/10, tingling into the calf at times.', 'Less tingling; walked 20 min with pain {pain}/10.', 'Sitting still aggravates it, {pain}/10.'],
    homeCare: ['Figure-four stretch 3 × 30 s; avoid sitting on a wallet.', 'Nerve glides 10 reps twice daily, gently.'],
    weight: 9,
  },
  {
    id: 'fibromyalgia',
    reason: 'Widespread pain and fatigue (fibromyalgia)',
    painAreas: 'Neck, shoulders, back, hips',
    icd10: ['M79.7', 'G89.29', 'M79.18'],
    regions: [['upper_trapezius', 'both'], ['thoracic_paraspinals', 'both'], ['gluteals', 'both'], ['lumbar_paraspinals', 'both'], ['tfl_it_band', 'both']],
    findings: ['tenderness', 'hypertonicity', 'pain', 'trigger_point_latent'],
    modalities: ['swedish', 'myofascial_release', 'aromatherapy', 'reflexology'],
    goals: [
      { description: 'Better sleep', baseline: 'sleep quality 3/10', target: 'sleep quality 7/10' },
      { description: 'Manage daily activities with less pain', baseline: 'pain 7/10 daily', target: 'pain 4/10 daily' },
    ],
    subjective: ['Flare this week, generalized pain {pain}/10, poor sleep.', 'Slept better after last session; pain {pain}/10.', 'Fatigued, pain {pain}/10; prefers light pressure.'],
    homeCare: ['Warm bath with Epsom salts; gentle walking 10 min daily.', 'Pacing: rest breaks between chores; gentle stretching.'],
    weight: 7,
  },
  {
    id: 'tmj',
    reason: 'Jaw pain and clenching',
    painAreas: 'Jaw, temples',
    icd10: ['M26.603', 'M26.623', 'M79.11'],
    regions: [['masseter_tmj', 'both'], ['temporalis', 'both'], ['scm', 'both'], ['suboccipitals', 'both']],
    findings: ['hypertonicity', 'trigger_point_active', 'tenderness', 'pain'],
    modalities: ['trigger_point', 'myofascial_release', 'swedish'],
    goals: [{ description: 'Open mouth fully without clicking or pain', baseline: 'opening 30 mm', target: 'opening 45 mm' }],
    subjective: ['Jaw sore on waking, {pain}/10; clenching at night.', 'Less clicking; jaw {pain}/10.', 'Stressful week, temples tight, {pain}/10.'],
    homeCare: ['Jaw self-massage 2 min twice daily; tongue on the roof of the mouth, teeth apart.'],
    weight: 4,
  },
  {
    id: 'plantar',
    reason: 'Heel pain, worst with the first steps in the morning',
    painAreas: 'Left heel and arch',
    icd10: ['M72.2', 'M79.672'],
    regions: [['foot_plantar_fascia', 'left'], ['calf', 'left'], ['tibialis_anterior', 'left']],
    findings: ['tenderness', 'adhesion', 'hypertonicity', 'pain'],
    modalities: ['myofascial_release', 'swedish', 'reflexology', 'cold_packs'],
    goals: [{ description: 'First steps in the morning without heel pain', baseline: 'pain 8/10', target: 'pain ≤ 2/10' }],
    subjective: ['Morning heel pain {pain}/10.', 'Heel better after rolling the foot; {pain}/10.', 'On feet all day at work, heel {pain}/10.'],
    homeCare: ['Roll the arch on a frozen bottle 5 min; calf stretch 3 × 30 s.'],
    weight: 4,
  },
  {
    id: 'it_band',
    reason: 'Outer knee and hip pain when running',
    painAreas: 'Right outer thigh and knee',
    icd10: ['M76.31', 'M70.61', 'M25.561'],
    regions: [['tfl_it_band', 'right'], ['quadriceps', 'right'], ['gluteals', 'right'], ['hamstrings', 'right'], ['adductors', 'right']],
    findings: ['adhesion', 'hypertonicity', 'trigger_point_active', 'tenderness', 'pain'],
    modalities: ['deep_tissue', 'myofascial_release', 'trigger_point', 'cupping', 'neuromuscular_reeducation'],
    goals: [{ description: 'Run 5 km without knee pain', baseline: 'pain after 2 km', target: '5 km pain-free' }],
    subjective: ['Knee pain {pain}/10 after a 3 km run.', 'Ran 4 km this week, pain {pain}/10 at the end.', 'Hip tight after training, {pain}/10.'],
    homeCare: ['Foam roll quads and glutes (not the IT band itself) 5 min; clamshells 3 × 15.'],
    weight: 6,
  },
  {
    id: 'whiplash',
    reason: 'Neck pain after a car accident',
    painAreas: 'Neck, upper back',
    icd10: ['S13.4XXD', 'S16.1XXD', 'M54.2'],
    regions: [['cervical_paraspinals', 'both'], ['scm', 'both'], ['scalenes', 'both'], ['upper_trapezius', 'both'], ['rhomboids', 'both']],
    findings: ['spasm', 'hypertonicity', 'reduced_rom', 'tenderness', 'pain'],
    modalities: ['swedish', 'myofascial_release', 'neuromuscular_reeducation', 'cold_packs'],
    goals: [{ description: 'Return to driving without neck pain', baseline: 'rotation 30°', target: 'rotation 70°' }],
    subjective: ['Neck stiff since the accident, {pain}/10.', 'More movement this week, pain {pain}/10.', 'Headache yesterday, neck {pain}/10.'],
    homeCare: ['Gentle range-of-motion 5 reps each direction 3× daily; ice 10 min after activity.'],
    weight: 5,
  },
  {
    id: 'upper_back',
    reason: 'Upper back ache and rounded shoulders',
    painAreas: 'Between the shoulder blades',
    icd10: ['M54.6', 'M62.838', 'M99.02'],
    regions: [['rhomboids', 'both'], ['middle_lower_trapezius', 'both'], ['thoracic_paraspinals', 'both'], ['pectoralis', 'both'], ['latissimus', 'right']],
    findings: ['hypertonicity', 'trigger_point_latent', 'trigger_point_active', 'tenderness', 'pain'],
    modalities: ['swedish', 'deep_tissue', 'trigger_point', 'cupping', 'myofascial_release'],
    goals: [{ description: 'Work at the desk without upper back ache', baseline: 'ache 6/10 by noon', target: 'ache ≤ 2/10' }],
    subjective: ['Ache between the shoulder blades {pain}/10.', 'Posture better; ache {pain}/10 late in the day.'],
    homeCare: ['Doorway pectoral stretch and band pull-aparts 2 × 15 daily.'],
    weight: 6,
  },
  {
    id: 'carpal',
    reason: 'Forearm pain and numb fingers',
    painAreas: 'Right forearm, wrist and hand',
    icd10: ['G56.01', 'M77.11', 'M79.641'],
    regions: [['forearm_flexors', 'right'], ['forearm_extensors', 'right'], ['hand', 'right'], ['pectoralis', 'right'], ['scalenes', 'right']],
    findings: ['numbness_tingling', 'hypertonicity', 'trigger_point_active', 'tenderness', 'pain'],
    modalities: ['myofascial_release', 'swedish', 'trigger_point', 'neuromuscular_reeducation'],
    goals: [{ description: 'Type for an hour without numbness', baseline: 'numb after 15 min', target: '60 min symptom-free' }],
    subjective: ['Fingers numb at night, forearm {pain}/10.', 'Less numbness with the wrist splint; {pain}/10.'],
    homeCare: ['Wrist flexor and extensor stretches 3 × 30 s; median nerve glides 10 reps.'],
    weight: 4,
  },
  {
    id: 'lymphedema',
    reason: 'Arm swelling after breast cancer surgery',
    painAreas: 'Left arm, chest wall, scar',
    icd10: ['I97.2', 'I89.0', 'L90.5'],
    regions: [['biceps', 'left'], ['triceps', 'left'], ['forearm_flexors', 'left'], ['pectoralis', 'left'], ['hand', 'left']],
    findings: ['edema', 'scar', 'adhesion', 'tenderness', 'pain'],
    modalities: ['lymphatic_drainage', 'myofascial_release', 'swedish'],
    goals: [
      { description: 'Reduce arm swelling', baseline: 'circumference +3 cm', target: '+1 cm or less' },
      { description: 'Full shoulder movement on the surgery side', baseline: 'flexion 120°', target: 'flexion 160°' },
    ],
    subjective: ['Arm feels heavy, {pain}/10; wearing the sleeve.', 'Swelling down this week; {pain}/10.'],
    homeCare: ['Compression sleeve daytime; self-drainage sequence 10 min daily.'],
    weight: 3,
  },
  {
    id: 'prenatal',
    reason: 'Pregnancy low back and hip discomfort',
    painAreas: 'Low back, hips',
    icd10: ['M54.50', 'M25.551', 'M25.552'],
    regions: [['lumbar_paraspinals', 'both'], ['gluteals', 'both'], ['piriformis', 'both'], ['upper_trapezius', 'both']],
    findings: ['hypertonicity', 'tenderness', 'pain', 'edema'],
    modalities: ['prenatal', 'swedish', 'reflexology'],
    goals: [{ description: 'Sleep with less hip pain', baseline: 'pain 6/10 at night', target: 'pain ≤ 3/10' }],
    subjective: ['Low back {pain}/10, hips ache at night.', 'Sleeping better with a pillow between the knees; {pain}/10.'],
    homeCare: ['Side-lying with a pillow between the knees; pelvic tilts 10 reps daily.'],
    weight: 0, // chosen only for pregnant clients
  },
  {
    id: 'hip',
    reason: 'Hip pain lying on the side, stiff hips',
    painAreas: 'Outer hips',
    icd10: ['M70.62', 'M25.552', 'M25.551'],
    regions: [['gluteals', 'both'], ['tfl_it_band', 'both'], ['iliopsoas', 'both'], ['quadratus_lumborum', 'left']],
    findings: ['tenderness', 'hypertonicity', 'reduced_rom', 'pain'],
    modalities: ['swedish', 'myofascial_release', 'neuromuscular_reeducation', 'hot_packs'],
    goals: [{ description: 'Climb stairs without hip pain', baseline: 'pain 6/10', target: 'pain ≤ 2/10' }],
    subjective: ['Hip pain {pain}/10 climbing stairs.', 'Walking more comfortably; {pain}/10.'],
    homeCare: ['Glute bridges 2 × 10; hip flexor stretch 3 × 30 s.'],
    weight: 5,
  },
];

export const COMPLAINT_BY_ID = new Map(COMPLAINTS.map((c) => [c.id, c]));

export const CANCEL_REASONS = ['Client called: sick', 'Work conflict', 'Car trouble', 'Family emergency', 'Weather', 'Rescheduling after vacation', 'Childcare fell through'] as const;
export const NO_SHOW_REASONS = ['No call, no show', 'Forgot the appointment', 'Did not answer reminder call'] as const;

export const ASSESSMENTS = [
  'Tissue more pliable than last visit; tolerated moderate pressure well.',
  'Progressing toward goals; less guarding and improved range of motion.',
  'Responded well to treatment; trigger points released with ischemic compression.',
  'Slow but steady improvement; symptoms flare with workload.',
  'Good response; client reports relief immediately after treatment.',
] as const;

export const PLAN_NOTES = [
  'Continue per treatment plan; focus on the same regions next visit.',
  'Continue plan; add neuromuscular re-education next visit.',
  'Re-assess goals at the next visit.',
  'Continue; progress home exercises.',
] as const;

export const ESSENTIAL_OILS = ['lavender', 'peppermint', 'eucalyptus', 'chamomile', 'frankincense', 'bergamot'] as const;
