// One demo client: who they are, what their intake says (a realistic share of each precaution),
// why they come and how they pay. Pure: everything is drawn from the seeded generator.
import { addDays } from '../../../shared/domain/schedule-time';
import type { ClientInput } from '../../../shared/schemas/client';
import { defaultIntakeAnswers, type IntakeAnswers } from '../../../shared/schemas/intake';
import { COMPLAINTS, COMPLAINT_BY_ID, ESSENTIAL_OILS, type Complaint } from './conditions';
import { AREA_CODES, FEMALE_NAMES, LAST_NAMES, MALE_NAMES, NEUTRAL_NAMES, PHYSICIANS, PRONOUNS_FEMALE, PRONOUNS_MALE, STREETS, TOWNS } from './names';
import type { Rng } from './random';

/** How a client uses the clinic: a few visits, one plan (maybe two), or years of care. */
export type Pattern = 'brief' | 'standard' | 'chronic';

export interface DemoPerson {
  client: ClientInput;
  answers: IntakeAnswers;
  complaint: Complaint;
  /** Billed to Medicare (CMS 8-minute rule) or self-pay flat rate. */
  medicare: boolean;
  physician: (typeof PHYSICIANS)[number];
  pattern: Pattern;
  age: number;
}

const ascii = (s: string) => s.normalize('NFD').replace(/\p{M}+/gu, '').replace(/[^A-Za-z]/g, '').toLowerCase();
const pad = (n: number, width: number) => String(n).padStart(width, '0');

function birthDate(rng: Rng, age: number, today: string): string {
  const year = Number(today.slice(0, 4)) - age - 1;
  return `${year}-${pad(rng.int(1, 12), 2)}-${pad(rng.int(1, 28), 2)}`;
}

/** A Medicare Beneficiary Identifier look-alike: 11 characters, no S, L, O, I, B or Z. */
function memberId(rng: Rng): string {
  const letters = 'ACDEFGHJKMNPQRTUVWXY';
  const alnum = `${letters}0123456789`;
  const shape = ['1-9', 'L', 'A', '0-9', 'L', 'A', '0-9', 'L', 'L', '0-9', '0-9'];
  return shape.map((s) => (s === 'L' ? rng.pick([...letters]) : s === 'A' ? rng.pick([...alnum]) : s === '1-9' ? String(rng.int(1, 9)) : String(rng.int(0, 9)))).join('');
}

export function phoneNumber(rng: Rng): string {
  return `(${rng.pick(AREA_CODES)}) 555-${pad(rng.int(100, 9999), 4)}`;
}

function intake(rng: Rng, sex: 'female' | 'male', age: number, complaint: Complaint, physician: string, today: string): IntakeAnswers {
  const a = defaultIntakeAnswers();
  const c = a.conditions;
  a.reasonForVisit = complaint.reason;
  a.goals = complaint.goals.map((g) => g.description).join('; ');
  a.painAreas = complaint.painAreas;
  a.pressurePreference = rng.weighted([['medium', 5], ['light', 2], ['firm', 3], ['', 1]]);
  a.physicianName = physician;
  a.physicianPhone = phoneNumber(rng);
  const meds: IntakeAnswers['medications'] = [];
  // Shares close to a general adult massage clientele (DESIGN.md precautions table).
  if (rng.chance(0.08)) {
    a.takesAnticoagulant = true;
    meds.push({ name: rng.pick(['Warfarin (Coumadin)', 'Apixaban (Eliquis)', 'Rivaroxaban (Xarelto)', 'Clopidogrel (Plavix)']), isAnticoagulant: true });
    a.bleedingDisorder = rng.chance(0.1);
  }
  if (rng.chance(age >= 50 ? 0.24 : 0.07)) {
    c.hypertension = { present: true, controlled: rng.chance(0.55) };
    meds.push({ name: rng.pick(['Lisinopril', 'Amlodipine', 'Losartan', 'Hydrochlorothiazide']), isAnticoagulant: false });
  }
  if (rng.chance(age >= 45 ? 0.12 : 0.03)) {
    c.diabetes = true;
    meds.push({ name: 'Metformin', isAnticoagulant: false });
    c.neuropathy = rng.chance(0.4);
  }
  if (!c.neuropathy && rng.chance(0.02)) c.neuropathy = true;
  if (rng.chance(sex === 'female' && age >= 55 ? 0.14 : 0.01)) c.osteoporosis = true;
  if (rng.chance(age >= 60 ? 0.06 : 0.02)) c.heartDisease = { present: true, pacemaker: rng.chance(0.2) };
  if (rng.chance(0.01)) c.epilepsy = true;
  if (rng.chance(0.01)) c.dvt = { present: true, clearedByPhysician: rng.chance(0.5) };
  if (complaint.id === 'fibromyalgia' || rng.chance(0.02)) c.fibromyalgia = true;
  if (complaint.id === 'prenatal') {
    c.pregnancy = { present: true, weeks: rng.int(10, 34), highRisk: rng.chance(0.1), obClearance: rng.chance(0.9) };
  }
  if (complaint.id === 'lymphedema' || rng.chance(0.015)) {
    const active = rng.chance(0.5);
    c.cancer = {
      present: true,
      activeTreatment: active,
      lastChemotherapyDate: '',
      nextChemotherapyDate: '',
      portSite: active && rng.chance(0.6) ? rng.pick(['Right upper chest', 'Left upper chest']) : '',
      radiationSites: rng.chance(0.4) ? rng.pick(['Left breast', 'Right breast', 'Pelvis']) : '',
    };
  }
  if (rng.chance(0.04)) c.recentSurgery = { present: true, date: addDays(today, -rng.int(20, 150)), where: rng.pick(['Right knee (arthroscopy)', 'Abdomen (appendectomy)', 'Left shoulder', 'Lumbar spine']) };
  if (rng.chance(0.02)) c.skinCondition = { present: true, contagious: false, where: rng.pick(['Eczema, both elbows', 'Psoriasis, scalp', 'Rash, lower back']) };
  a.allergies = {
    nutOils: rng.chance(0.05),
    latex: rng.chance(0.02),
    essentialOils: rng.chance(0.03) ? rng.pick(ESSENTIAL_OILS) : '',
    other: rng.chance(0.06) ? rng.pick(['Penicillin', 'Shellfish', 'Bee stings', 'Fragrances']) : '',
  };
  if (rng.chance(0.2)) meds.push({ name: rng.pick(['Ibuprofen as needed', 'Levothyroxine', 'Sertraline', 'Atorvastatin', 'Vitamin D']), isAnticoagulant: false });
  a.medications = meds;
  if (rng.chance(0.2)) a.recentInjuries = rng.pick(['Fell on ice last winter', 'Sprained ankle two months ago', 'Lifted a heavy box at work']);
  if (rng.chance(0.15)) a.areasToAvoid = rng.pick(['Feet (ticklish)', 'Abdomen', 'Face', 'Glutes']);
  return a;
}

/**
 * A client, their intake and their reason for coming. `today` is the intake's date (YYYY-MM-DD);
 * `loyalty` above 1 makes long-term clients more common (a small practice with room to spare).
 */
export function makePerson(rng: Rng, today: string, index: number, loyalty = 1): DemoPerson {
  const sex = rng.weighted([['female', 62], ['male', 36], ['intersex', 2]] as const);
  const bodySex = sex === 'male' ? 'male' : 'female';
  const firstName = sex === 'intersex' ? rng.pick(NEUTRAL_NAMES) : rng.pick(bodySex === 'female' ? FEMALE_NAMES : MALE_NAMES);
  const lastName = rng.pick(LAST_NAMES);
  const age = Math.round(rng.weighted([[rng.int(18, 29), 14], [rng.int(30, 44), 26], [rng.int(45, 64), 34], [rng.int(65, 89), 26]]));
  const pregnant = bodySex === 'female' && age >= 20 && age <= 42 && rng.chance(0.12);
  const complaint = pregnant ? COMPLAINT_BY_ID.get('prenatal')! : rng.weighted(COMPLAINTS.filter((c) => c.weight > 0).map((c) => [c, c.weight] as const));
  const physician = rng.pick(PHYSICIANS);
  const medicare = age >= 65 && rng.chance(0.85);
  const [town, zip] = rng.pick(TOWNS);
  const pronouns = rng.chance(0.45) ? (sex === 'intersex' ? 'they/them' : rng.pick(bodySex === 'female' ? PRONOUNS_FEMALE : PRONOUNS_MALE)) : '';
  const contactFirst = rng.pick(rng.chance(0.5) ? FEMALE_NAMES : MALE_NAMES);
  const client: ClientInput = {
    legalFirstName: firstName,
    legalLastName: lastName,
    preferredName: rng.chance(0.08) ? rng.pick(NEUTRAL_NAMES) : '',
    pronouns,
    dateOfBirth: birthDate(rng, age, today),
    sex: rng.chance(0.95) ? sex : '',
    phone: phoneNumber(rng),
    email: rng.chance(0.85) ? `${ascii(firstName)}.${ascii(lastName)}${index % 97}@${rng.pick(['example.com', 'example.org', 'example.net'])}` : '',
    addressLine1: `${rng.int(1, 480)} ${rng.pick(STREETS)}`,
    addressLine2: rng.chance(0.15) ? `Apt ${rng.int(1, 40)}${rng.pick(['', 'A', 'B'])}` : '',
    city: town,
    region: 'NY',
    postalCode: zip,
    country: 'United States',
    emergencyContactName: `${contactFirst} ${rng.chance(0.7) ? lastName : rng.pick(LAST_NAMES)}`,
    emergencyContactRelationship: rng.pick(['Spouse', 'Partner', 'Daughter', 'Son', 'Sister', 'Brother', 'Friend', 'Parent']),
    emergencyContactPhone: phoneNumber(rng),
    referringPhysicianName: physician.name,
    referringPhysicianPhone: phoneNumber(rng),
    insurancePayer: medicare ? 'Medicare' : '',
    insuranceMemberId: medicare ? memberId(rng) : '',
    insuranceGroupNumber: '',
    insuranceSubscriberName: medicare ? `${firstName} ${lastName}` : '',
    insuranceSubscriberRelationship: medicare ? 'self' : '',
    notes: rng.chance(0.1) ? rng.pick(['Prefers morning appointments.', 'Hard of hearing: speak clearly.', 'Uses a cane; ground-floor room.', 'Likes a warm table.']) : '',
  };
  const pattern: Pattern =
    complaint.id === 'prenatal'
      ? rng.weighted([['brief', 4], ['standard', 6]])
      : complaint.id === 'fibromyalgia' || complaint.id === 'lymphedema'
        ? rng.weighted([['chronic', 7], ['standard', 3]])
        : rng.weighted([['brief', 30 / loyalty], ['standard', 52], ['chronic', 18 * loyalty]]);
  return { client, answers: intake(rng, bodySex, age, complaint, physician.name, today), complaint, medicare, physician, pattern, age };
}
