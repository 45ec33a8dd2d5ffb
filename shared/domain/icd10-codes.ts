// Common ICD-10-CM diagnoses on medical massage referrals, with their official descriptions.
// Every code here is a complete (billable) code in the current code set, never a category header:
// icd10.ts relies on that to recognise headers (a code that is a prefix of one listed here).
// `also` holds the words people search with that the official wording lacks.
// Review this list against the CMS code files each October, when ICD-10-CM changes.

export interface Icd10Entry {
  code: string;
  description: string;
  also?: string;
}

export const ICD10_COMMON: readonly Icd10Entry[] = [
  // Back and neck pain
  { code: 'M54.50', description: 'Low back pain, unspecified', also: 'lumbago lumbar' },
  { code: 'M54.51', description: 'Vertebrogenic low back pain', also: 'lumbago lumbar' },
  { code: 'M54.59', description: 'Other low back pain', also: 'lumbago lumbar' },
  { code: 'M54.2', description: 'Cervicalgia', also: 'neck pain' },
  { code: 'M54.6', description: 'Pain in thoracic spine', also: 'mid back upper back' },
  { code: 'M54.89', description: 'Other dorsalgia', also: 'back pain' },
  { code: 'M54.9', description: 'Dorsalgia, unspecified', also: 'back pain' },
  { code: 'M54.30', description: 'Sciatica, unspecified side' },
  { code: 'M54.31', description: 'Sciatica, right side' },
  { code: 'M54.32', description: 'Sciatica, left side' },
  { code: 'M54.40', description: 'Lumbago with sciatica, unspecified side', also: 'low back pain' },
  { code: 'M54.41', description: 'Lumbago with sciatica, right side', also: 'low back pain' },
  { code: 'M54.42', description: 'Lumbago with sciatica, left side', also: 'low back pain' },
  { code: 'M54.12', description: 'Radiculopathy, cervical region', also: 'pinched nerve neck' },
  { code: 'M54.16', description: 'Radiculopathy, lumbar region', also: 'pinched nerve' },
  { code: 'M54.17', description: 'Radiculopathy, lumbosacral region', also: 'pinched nerve' },
  { code: 'M54.81', description: 'Occipital neuralgia', also: 'headache' },
  { code: 'M53.1', description: 'Cervicobrachial syndrome', also: 'neck arm pain' },
  { code: 'M53.3', description: 'Sacrococcygeal disorders, not elsewhere classified', also: 'coccyx tailbone' },
  { code: 'M43.6', description: 'Torticollis', also: 'wry neck' },
  { code: 'M46.1', description: 'Sacroiliitis, not elsewhere classified', also: 'SI joint sacroiliac' },
  { code: 'M47.812', description: 'Spondylosis without myelopathy or radiculopathy, cervical region', also: 'arthritis neck' },
  { code: 'M47.816', description: 'Spondylosis without myelopathy or radiculopathy, lumbar region', also: 'arthritis back' },
  { code: 'M48.061', description: 'Spinal stenosis, lumbar region without neurogenic claudication' },
  { code: 'M99.01', description: 'Segmental and somatic dysfunction of cervical region' },
  { code: 'M99.02', description: 'Segmental and somatic dysfunction of thoracic region' },
  { code: 'M99.03', description: 'Segmental and somatic dysfunction of lumbar region' },
  { code: 'M99.04', description: 'Segmental and somatic dysfunction of sacral region' },

  // Muscle and soft tissue
  { code: 'M62.830', description: 'Muscle spasm of back' },
  { code: 'M62.831', description: 'Muscle spasm of calf', also: 'cramp' },
  { code: 'M62.838', description: 'Other muscle spasm' },
  { code: 'M62.81', description: 'Muscle weakness (generalized)' },
  { code: 'M79.10', description: 'Myalgia, unspecified site', also: 'muscle pain myofascial trigger point' },
  { code: 'M79.11', description: 'Myalgia of mastication muscle', also: 'jaw muscle pain myofascial' },
  { code: 'M79.12', description: 'Myalgia of auxiliary muscles, head and neck', also: 'muscle pain myofascial trigger point' },
  { code: 'M79.18', description: 'Myalgia, other site', also: 'muscle pain myofascial trigger point' },
  { code: 'M79.7', description: 'Fibromyalgia', also: 'fibrositis' },
  { code: 'M79.2', description: 'Neuralgia and neuritis, unspecified', also: 'nerve pain' },
  { code: 'M79.89', description: 'Other specified soft tissue disorders' },
  { code: 'L90.5', description: 'Scar conditions and fibrosis of skin', also: 'scar tissue adhesion' },

  // Limb pain
  { code: 'M79.601', description: 'Pain in right arm' },
  { code: 'M79.602', description: 'Pain in left arm' },
  { code: 'M79.604', description: 'Pain in right leg' },
  { code: 'M79.605', description: 'Pain in left leg' },
  { code: 'M79.641', description: 'Pain in right hand' },
  { code: 'M79.642', description: 'Pain in left hand' },
  { code: 'M79.651', description: 'Pain in right thigh' },
  { code: 'M79.652', description: 'Pain in left thigh' },
  { code: 'M79.661', description: 'Pain in right lower leg', also: 'shin calf' },
  { code: 'M79.662', description: 'Pain in left lower leg', also: 'shin calf' },
  { code: 'M79.671', description: 'Pain in right foot' },
  { code: 'M79.672', description: 'Pain in left foot' },

  // Joints: shoulder, hip, knee, elbow, wrist
  { code: 'M25.511', description: 'Pain in right shoulder' },
  { code: 'M25.512', description: 'Pain in left shoulder' },
  { code: 'M25.611', description: 'Stiffness of right shoulder, not elsewhere classified' },
  { code: 'M25.612', description: 'Stiffness of left shoulder, not elsewhere classified' },
  { code: 'M75.01', description: 'Adhesive capsulitis of right shoulder', also: 'frozen shoulder' },
  { code: 'M75.02', description: 'Adhesive capsulitis of left shoulder', also: 'frozen shoulder' },
  { code: 'M75.101', description: 'Unspecified rotator cuff tear or rupture of right shoulder, not specified as traumatic' },
  { code: 'M75.102', description: 'Unspecified rotator cuff tear or rupture of left shoulder, not specified as traumatic' },
  { code: 'M75.41', description: 'Impingement syndrome of right shoulder' },
  { code: 'M75.42', description: 'Impingement syndrome of left shoulder' },
  { code: 'M25.551', description: 'Pain in right hip' },
  { code: 'M25.552', description: 'Pain in left hip' },
  { code: 'M70.61', description: 'Trochanteric bursitis, right hip', also: 'hip bursitis' },
  { code: 'M70.62', description: 'Trochanteric bursitis, left hip', also: 'hip bursitis' },
  { code: 'M25.561', description: 'Pain in right knee' },
  { code: 'M25.562', description: 'Pain in left knee' },
  { code: 'M76.30', description: 'Iliotibial band syndrome, unspecified leg', also: 'IT band ITB' },
  { code: 'M76.31', description: 'Iliotibial band syndrome, right leg', also: 'IT band ITB' },
  { code: 'M76.32', description: 'Iliotibial band syndrome, left leg', also: 'IT band ITB' },
  { code: 'M77.11', description: 'Lateral epicondylitis, right elbow', also: 'tennis elbow' },
  { code: 'M77.12', description: 'Lateral epicondylitis, left elbow', also: 'tennis elbow' },
  { code: 'M77.01', description: 'Medial epicondylitis, right elbow', also: "golfer's elbow golfers" },
  { code: 'M77.02', description: 'Medial epicondylitis, left elbow', also: "golfer's elbow golfers" },
  { code: 'M65.4', description: 'Radial styloid tenosynovitis [de Quervain]', also: 'wrist thumb' },
  { code: 'M72.2', description: 'Plantar fascial fibromatosis', also: 'plantar fasciitis heel' },

  // Jaw (TMJ)
  { code: 'M26.601', description: 'Right temporomandibular joint disorder, unspecified', also: 'TMJ TMD jaw' },
  { code: 'M26.602', description: 'Left temporomandibular joint disorder, unspecified', also: 'TMJ TMD jaw' },
  { code: 'M26.603', description: 'Bilateral temporomandibular joint disorder, unspecified', also: 'TMJ TMD jaw' },
  { code: 'M26.609', description: 'Unspecified temporomandibular joint disorder, unspecified side', also: 'TMJ TMD jaw' },
  { code: 'M26.621', description: 'Arthralgia of right temporomandibular joint', also: 'TMJ jaw pain' },
  { code: 'M26.622', description: 'Arthralgia of left temporomandibular joint', also: 'TMJ jaw pain' },
  { code: 'M26.623', description: 'Arthralgia of bilateral temporomandibular joint', also: 'TMJ jaw pain' },

  // Headache
  { code: 'G44.209', description: 'Tension-type headache, unspecified, not intractable' },
  { code: 'G44.219', description: 'Episodic tension-type headache, not intractable' },
  { code: 'G44.229', description: 'Chronic tension-type headache, not intractable' },
  { code: 'G43.909', description: 'Migraine, unspecified, not intractable, without status migrainosus', also: 'headache' },
  { code: 'R51.9', description: 'Headache, unspecified' },

  // Nerves
  { code: 'G56.00', description: 'Carpal tunnel syndrome, unspecified upper limb' },
  { code: 'G56.01', description: 'Carpal tunnel syndrome, right upper limb' },
  { code: 'G56.02', description: 'Carpal tunnel syndrome, left upper limb' },
  { code: 'G56.03', description: 'Carpal tunnel syndrome, bilateral upper limbs' },
  { code: 'G57.01', description: 'Lesion of sciatic nerve, right lower limb', also: 'piriformis syndrome' },
  { code: 'G57.02', description: 'Lesion of sciatic nerve, left lower limb', also: 'piriformis syndrome' },
  { code: 'G54.0', description: 'Brachial plexus disorders', also: 'thoracic outlet syndrome' },

  // Injuries (7th character: A initial encounter, D subsequent encounter)
  { code: 'S13.4XXA', description: 'Sprain of ligaments of cervical spine, initial encounter', also: 'whiplash' },
  { code: 'S13.4XXD', description: 'Sprain of ligaments of cervical spine, subsequent encounter', also: 'whiplash' },
  { code: 'S16.1XXA', description: 'Strain of muscle, fascia and tendon at neck level, initial encounter', also: 'whiplash neck strain' },
  { code: 'S16.1XXD', description: 'Strain of muscle, fascia and tendon at neck level, subsequent encounter', also: 'whiplash neck strain' },
  { code: 'S39.012A', description: 'Strain of muscle, fascia and tendon of lower back, initial encounter', also: 'back strain' },
  { code: 'S39.012D', description: 'Strain of muscle, fascia and tendon of lower back, subsequent encounter', also: 'back strain' },
  { code: 'S33.5XXA', description: 'Sprain of ligaments of lumbar spine, initial encounter', also: 'back sprain' },

  // Pain, gait, swelling
  { code: 'G89.29', description: 'Other chronic pain' },
  { code: 'G89.4', description: 'Chronic pain syndrome' },
  { code: 'R26.89', description: 'Other abnormalities of gait and mobility' },
  { code: 'R26.2', description: 'Difficulty in walking, not elsewhere classified' },
  { code: 'I89.0', description: 'Lymphedema, not elsewhere classified', also: 'lymphatic swelling' },
  { code: 'I97.2', description: 'Postmastectomy lymphedema syndrome', also: 'lymphatic swelling breast cancer' },
  { code: 'R60.0', description: 'Localized edema', also: 'swelling' },
];

/**
 * Codes that were billable once and are no longer (they gained more specific children). Each entry
 * says what to use instead, because a claim with a deleted code is rejected by every payer.
 */
export const DELETED_CODES: Readonly<Record<string, string>> = {
  'M54.5':
    'M54.5 was deleted in 2021 (ICD-10-CM). Use M54.50 (low back pain, unspecified), M54.51 (vertebrogenic low back pain) or M54.59 (other low back pain).',
  'M79.1':
    'M79.1 was deleted in 2022 (ICD-10-CM). Use M79.10 (myalgia, unspecified site), M79.11 (myalgia of mastication muscle), M79.12 (myalgia of auxiliary muscles, head and neck) or M79.18 (myalgia, other site).',
  'R51':
    'R51 was deleted in 2020 (ICD-10-CM). Use R51.9 (headache, unspecified) or R51.0 (headache with orthostatic component).',
  'M26.60':
    'M26.60 was deleted in 2016 (ICD-10-CM). Use M26.601 (right), M26.602 (left), M26.603 (bilateral) or M26.609 (unspecified side) temporomandibular joint disorder.',
};
