// Which column of a clinic's spreadsheet fills which client field: headers as people write them
// ("First Name", "first", "DOB", "Date of birth", "E-mail", "Zip") matched to Palpate's fields, and
// the checks a chosen mapping must pass before any row is read with it.
import { IMPORT_FIELD_LABELS, IMPORT_FIELDS, REQUIRED_IMPORT_FIELDS, type ImportField, type ImportMapping } from '../../shared/schemas/import';

/** Lower case, accents and everything but letters and digits removed: "E-mail " → "email". */
export function normalizeHeader(header: string): string {
  return header
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

/** What people call each field (already normalized). The field's own label and key are added below. */
const SYNONYMS: Record<ImportField, readonly string[]> = {
  legalFirstName: ['firstname', 'first', 'fname', 'givenname', 'given', 'forename', 'legalfirst', 'clientfirstname', 'patientfirstname'],
  legalLastName: ['lastname', 'last', 'lname', 'surname', 'familyname', 'family', 'legallast', 'clientlastname', 'patientlastname'],
  preferredName: ['preferred', 'nickname', 'goesby', 'knownas', 'preferredfirstname'],
  pronouns: ['pronoun'],
  dateOfBirth: ['dob', 'birthdate', 'birthday', 'dateofbirth', 'born', 'birth', 'bday'],
  sex: ['gender', 'sexatbirth'],
  phone: ['phonenumber', 'telephone', 'tel', 'mobile', 'cell', 'cellphone', 'mobilephone', 'homephone', 'primaryphone', 'phone1'],
  email: ['emailaddress', 'mail', 'email1'],
  addressLine1: ['address', 'address1', 'street', 'streetaddress', 'addressline1', 'addr'],
  addressLine2: ['address2', 'apt', 'suite', 'unit', 'apartment'],
  city: ['town', 'locality'],
  region: ['state', 'province', 'stateprovince', 'county'],
  postalCode: ['zip', 'zipcode', 'postcode', 'postal'],
  country: ['nation'],
  emergencyContactName: ['emergencycontact', 'emergencyname', 'emergencycontactperson', 'incaseofemergency', 'ice'],
  emergencyContactRelationship: ['emergencyrelationship', 'emergencycontactrelation', 'relationship'],
  emergencyContactPhone: ['emergencyphone', 'emergencynumber', 'icephone'],
  referringPhysicianName: ['physician', 'referringphysician', 'doctor', 'referringdoctor', 'physicianname', 'doctorname', 'pcp'],
  referringPhysicianPhone: ['doctorphone', 'referringphysicianphone', 'pcpphone'],
  insurancePayer: ['insurance', 'insurer', 'payer', 'insurancecompany', 'insurancename', 'carrier'],
  insuranceMemberId: ['memberid', 'insuranceid', 'policynumber', 'policyno', 'subscriberid', 'membernumber'],
  insuranceGroupNumber: ['group', 'groupnumber', 'groupno', 'groupid'],
  insuranceSubscriberName: ['subscriber', 'policyholder', 'insured', 'insuredname'],
  insuranceSubscriberRelationship: ['subscriberrelationship', 'relationshiptosubscriber', 'relationshiptoinsured'],
  notes: ['note', 'comments', 'comment', 'remarks', 'memo'],
};

const NAMES: ReadonlyMap<ImportField, readonly string[]> = new Map(
  IMPORT_FIELDS.map((f) => [f, [...new Set([normalizeHeader(f), normalizeHeader(IMPORT_FIELD_LABELS[f]), ...SYNONYMS[f]])]]),
);

/** True when a and b are at most `max` edits apart: insert, delete, replace, or swap two neighbours ("Emial"). */
function within(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  // Optimal string alignment distance over a full table: headers are short.
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]! <= max;
}

/**
 * How well a header names a field: 3 exact, 2 one typo away ("Emial"), 1 containing one of the
 * field's names ("Client First Name", "Home Phone #"); 0 no match. Longer contained names win.
 */
function score(header: string, field: ImportField): number {
  const h = normalizeHeader(header);
  if (!h) return 0;
  const names = NAMES.get(field)!;
  if (names.includes(h)) return 3;
  if (h.length >= 5 && names.some((n) => n.length >= 5 && within(h, n, 1))) return 2;
  const contained = names.filter((n) => n.length >= 4 && h.includes(n));
  return contained.length ? 1 + Math.max(...contained.map((n) => n.length)) / 1000 : 0;
}

/** The best column for each field; each column fills one field at most, the better match first. */
export function suggestMapping(headers: readonly string[]): ImportMapping {
  const candidates: { field: ImportField; header: string; score: number }[] = [];
  for (const field of IMPORT_FIELDS) {
    for (const header of headers) {
      const s = score(header, field);
      if (s > 0) candidates.push({ field, header, score: s });
    }
  }
  // Best first; on a tie, the field listed first and the column further left.
  candidates.sort((a, b) => b.score - a.score || IMPORT_FIELDS.indexOf(a.field) - IMPORT_FIELDS.indexOf(b.field) || headers.indexOf(a.header) - headers.indexOf(b.header));
  const mapping: ImportMapping = {};
  const used = new Set<string>();
  for (const c of candidates) {
    if (mapping[c.field] || used.has(c.header)) continue;
    mapping[c.field] = c.header;
    used.add(c.header);
  }
  for (const field of IMPORT_FIELDS) mapping[field] ??= null;
  return mapping;
}

/**
 * Headers made usable as names: trimmed, a blank one called "Column N", a repeated one "Phone (2)",
 * so the mapping can name every column and two columns never share a name.
 */
export function uniqueHeaders(raw: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return raw.map((h, i) => {
    const base = h.trim() || `Column ${i + 1}`;
    const n = (seen.get(base.toLowerCase()) ?? 0) + 1;
    seen.set(base.toLowerCase(), n);
    return n === 1 ? base : `${base} (${n})`;
  });
}

/** Problems with a mapping itself: a required field with no column, a column that is not in the file or is used twice. */
export function mappingErrors(mapping: ImportMapping, headers: readonly string[]): Partial<Record<ImportField, string>> {
  const errors: Partial<Record<ImportField, string>> = {};
  const usedBy = new Map<string, ImportField>();
  for (const field of IMPORT_FIELDS) {
    const header = mapping[field];
    if (!header) {
      if (REQUIRED_IMPORT_FIELDS.includes(field)) errors[field] = `Choose the column that holds the ${IMPORT_FIELD_LABELS[field].toLowerCase()}`;
      continue;
    }
    if (!headers.includes(header)) {
      errors[field] = `The file has no column called “${header}”`;
      continue;
    }
    const other = usedBy.get(header);
    if (other) errors[field] = `“${header}” is already used for ${IMPORT_FIELD_LABELS[other]}: choose another column`;
    else usedBy.set(header, field);
  }
  return errors;
}
