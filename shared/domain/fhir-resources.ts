// FHIR R4 building blocks for one client's record: the code systems Palpate uses, references
// between entries, and the people (Patient, Practitioner). Pure: the core reads the records and
// passes them in. FHIR refuses empty strings, arrays and objects, so every resource is compacted.
import type { Client } from '../schemas/client';
import type { Practitioner } from '../schemas/clinic';

export type FhirResource = { resourceType: string } & Record<string, unknown>;
export type Reference = { reference: string; display?: string };

export const SYSTEMS = {
  npi: 'http://hl7.org/fhir/sid/us-npi',
  icd10cm: 'http://hl7.org/fhir/sid/icd-10-cm',
  loinc: 'http://loinc.org',
  snomed: 'http://snomed.info/sct',
  actCode: 'http://terminology.hl7.org/CodeSystem/v3-ActCode',
  observationCategory: 'http://terminology.hl7.org/CodeSystem/observation-category',
  conditionClinical: 'http://terminology.hl7.org/CodeSystem/condition-clinical',
  conditionVerification: 'http://terminology.hl7.org/CodeSystem/condition-ver-status',
  conditionCategory: 'http://terminology.hl7.org/CodeSystem/condition-category',
  ucum: 'http://unitsofmeasure.org',
} as const;

/** LOINC 72514-3: Pain severity - 0-10 verbal numeric rating [Score] - Reported. */
export const PAIN_SEVERITY = { system: SYSTEMS.loinc, code: '72514-3', display: 'Pain severity - 0-10 verbal numeric rating [Score] - Reported' };
/** LOINC 11506-3: Progress note. */
export const PROGRESS_NOTE = { system: SYSTEMS.loinc, code: '11506-3', display: 'Progress note' };
export const AMBULATORY = { system: SYSTEMS.actCode, code: 'AMB', display: 'ambulatory' };

/** Finding severity 1–3 as SNOMED CT's mild / moderate / severe (FHIR's condition-severity codes). */
export const SEVERITY = {
  1: { system: SYSTEMS.snomed, code: '255604002', display: 'Mild' },
  2: { system: SYSTEMS.snomed, code: '6736007', display: 'Moderate' },
  3: { system: SYSTEMS.snomed, code: '24484000', display: 'Severe' },
} as const;

/** Drops '', null, undefined, [] and {} at every level: FHIR JSON allows none of them. */
export function compact<T>(value: T): T {
  if (Array.isArray(value)) return value.map(compact).filter((v) => !isEmpty(v)) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const c = compact(v);
      if (!isEmpty(c)) out[k] = c;
    }
    return out as T;
  }
  return value;
}

function isEmpty(v: unknown): boolean {
  if (v === undefined || v === null) return true;
  if (typeof v === 'string') return v.trim() === '';
  if (Array.isArray(v)) return v.length === 0;
  if (typeof v === 'object') return Object.keys(v).length === 0;
  return false;
}

const GENDER: Record<string, string> = { female: 'female', male: 'male', intersex: 'other', unknown: 'unknown' };

export function patientResource(client: Client): FhirResource {
  const official = `${client.legalFirstName} ${client.legalLastName}`;
  return compact({
    resourceType: 'Patient',
    identifier: [{ use: 'usual', type: { text: 'Palpate client ID' }, value: client.id }],
    active: client.status === 'active',
    name: [
      { use: 'official', text: official, family: client.legalLastName, given: [client.legalFirstName] },
      client.preferredName ? { use: 'usual', text: `${client.preferredName} ${client.legalLastName}`, family: client.legalLastName, given: [client.preferredName] } : null,
    ],
    telecom: [client.phone ? { system: 'phone', value: client.phone } : null, client.email ? { system: 'email', value: client.email } : null],
    gender: GENDER[client.sex],
    birthDate: client.dateOfBirth,
    address: [
      {
        line: [client.addressLine1, client.addressLine2],
        city: client.city,
        state: client.region,
        postalCode: client.postalCode,
        country: client.country,
      },
    ],
    contact: [
      client.emergencyContactName || client.emergencyContactPhone
        ? {
            relationship: [{ text: client.emergencyContactRelationship ? `Emergency contact (${client.emergencyContactRelationship})` : 'Emergency contact' }],
            name: { text: client.emergencyContactName },
            telecom: [client.emergencyContactPhone ? { system: 'phone', value: client.emergencyContactPhone } : null],
          }
        : null,
    ],
  });
}

const npiIdentifier = (npi: string) => (npi ? [{ system: SYSTEMS.npi, value: npi }] : []);

/** A practitioner of the clinic (who treated, signed or wrote an addendum). */
export function clinicPractitionerResource(p: Practitioner): FhirResource {
  return compact({
    resourceType: 'Practitioner',
    identifier: npiIdentifier(p.npi),
    active: p.active,
    name: [{ use: 'official', text: `${p.firstName} ${p.lastName}`, family: p.lastName, given: [p.firstName] }],
    qualification: p.credentials || p.licenseNumber ? [{ code: { text: p.credentials || 'License' }, identifier: [p.licenseNumber ? { value: p.licenseNumber } : null] }] : [],
  });
}

export interface Physician {
  name: string;
  npi: string;
  phone: string;
  fax: string;
  practice: string;
}

/** A referring physician, as written on a referral (one name line, no given/family split). */
export function physicianResource(p: Physician): FhirResource {
  return compact({
    resourceType: 'Practitioner',
    identifier: npiIdentifier(p.npi),
    name: [{ text: p.name }],
    telecom: [p.phone ? { system: 'phone', value: p.phone, use: 'work' } : null, p.fax ? { system: 'fax', value: p.fax, use: 'work' } : null],
    address: p.practice ? [{ text: p.practice }] : [],
  });
}

/** Physicians named on several referrals are one Practitioner: the same NPI, else the same name. */
export const physicianKey = (p: Physician) => (p.npi ? `npi:${p.npi}` : `name:${p.name.trim().toLowerCase()}`);
