import { describe, expect, it } from 'vitest';
import { todayIn } from '../../shared/domain/dates';
import { ClientInput, ClientListInput, ClientSearchInput, ClientUpdateInput, clientFields } from '../../shared/schemas/client';
import { ClinicSetupInput, PractitionerInput } from '../../shared/schemas/clinic';

const NAMES = { legalFirstName: 'Ana', legalLastName: 'Lee' };
const REQUIRED = ['legalFirstName', 'legalLastName'];

/** The message zod gives for `key` when parsing `input`, or undefined when it parses. */
function messageFor(schema: { safeParse(v: unknown): { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } } }, input: unknown, key: string) {
  const result = schema.safeParse(input);
  if (result.success) return undefined;
  return result.error!.issues.find((i) => i.path.map(String).join('.') === key)?.message;
}

describe('ClientInput', () => {
  it("defaults every optional field to ''", () => {
    const parsed = ClientInput.parse(NAMES);
    const optional = Object.keys(clientFields).filter((k) => !REQUIRED.includes(k));
    expect(optional.length).toBeGreaterThan(20);
    for (const key of optional) expect(parsed[key as keyof typeof parsed], key).toBe('');
    expect(Object.keys(parsed).sort()).toEqual(Object.keys(clientFields).sort());
  });

  it('trims surrounding whitespace from every text field', () => {
    const parsed = ClientInput.parse({
      legalFirstName: '  Ana ',
      legalLastName: '\tLee\n',
      preferredName: ' Annie ',
      email: ' ana@example.com ',
      phone: ' 555-0142 ',
      dateOfBirth: ' 1980-04-12 ',
      notes: '  first line\nsecond line  ',
    });
    expect(parsed).toMatchObject({
      legalFirstName: 'Ana',
      legalLastName: 'Lee',
      preferredName: 'Annie',
      email: 'ana@example.com',
      phone: '555-0142',
      dateOfBirth: '1980-04-12',
      notes: 'first line\nsecond line',
    });
  });

  it('requires both legal names, and blank is not a name', () => {
    expect(messageFor(ClientInput, {}, 'legalFirstName')).toBe('Legal first name is required');
    expect(messageFor(ClientInput, { ...NAMES, legalLastName: '   ' }, 'legalLastName')).toBe('Legal last name is required');
  });

  it('rejects unknown keys (strict), also on update', () => {
    expect(ClientInput.safeParse({ ...NAMES, middleName: 'X' }).success).toBe(false);
    expect(ClientUpdateInput.safeParse({ ...NAMES, id: '01JDTEST000000000000000001', extra: 1 }).success).toBe(false);
    expect(ClientUpdateInput.safeParse({ ...NAMES, id: '01JDTEST000000000000000001' }).success).toBe(true);
  });

  it.each([
    ['legalFirstName', 100],
    ['legalLastName', 100],
    ['preferredName', 100],
    ['pronouns', 40],
    ['addressLine1', 200],
    ['postalCode', 20],
    ['insuranceMemberId', 60],
    ['notes', 5000],
  ])('%s takes up to %i characters', (key, max) => {
    expect(ClientInput.safeParse({ ...NAMES, [key]: 'a'.repeat(max) }).success).toBe(true);
    expect(messageFor(ClientInput, { ...NAMES, [key]: 'a'.repeat(max + 1) }, key)).toMatch(`${max} characters or fewer`);
    // Length is counted after trimming.
    expect(ClientInput.safeParse({ ...NAMES, [key]: ` ${'a'.repeat(max)} ` }).success).toBe(true);
  });

  it.each([
    ['555-0142', true],
    ['5550142', true],
    ['(555) 014-2367', true],
    ['+1 555 014 2367', true],
    ['555.014.2367', true],
    ['555-014-2367 x12', true],
    ['555-014', false], // 6 digits
    ['(555) --', false],
    ['555-CALL-NOW', false],
    ['555 0142 ext 3', false],
    ['555/0142', false],
    ['١٢٣٤٥٦٧٨', false], // non-ASCII digits
  ])('phone %j → valid %s', (phone, ok) => {
    for (const key of ['phone', 'emergencyContactPhone', 'referringPhysicianPhone']) {
      expect(ClientInput.safeParse({ ...NAMES, [key]: phone }).success, key).toBe(ok);
    }
  });

  it.each([
    ['ana@example.com', true],
    ['first.last+tag@sub.example.org', true],
    ['', true],
    ['not-an-email', false],
    ['ana@', false],
    ['@example.com', false],
    ['ana@example', false],
    ['ana @example.com', false],
    [`${'a'.repeat(250)}@x.co`, false], // 255 characters
  ])('email %j → valid %s', (email, ok) => {
    expect(ClientInput.safeParse({ ...NAMES, email }).success).toBe(ok);
  });

  it('accepts a birth date of today and refuses tomorrow, 1899 and impossible dates', () => {
    const today = todayIn(new Date());
    const tomorrow = new Date(Date.parse(`${today}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    expect(ClientInput.safeParse({ ...NAMES, dateOfBirth: today }).success).toBe(true);
    expect(messageFor(ClientInput, { ...NAMES, dateOfBirth: tomorrow }, 'dateOfBirth')).toBe('Date of birth cannot be in the future');
    expect(messageFor(ClientInput, { ...NAMES, dateOfBirth: '1899-12-31' }, 'dateOfBirth')).toBe('Date of birth must be after 1900');
    expect(ClientInput.safeParse({ ...NAMES, dateOfBirth: '1900-01-01' }).success).toBe(true);
    for (const bad of ['2023-02-29', '1980-4-12', '12/04/1980', 'yesterday']) {
      expect(messageFor(ClientInput, { ...NAMES, dateOfBirth: bad }, 'dateOfBirth'), bad).toBeDefined();
    }
  });

  it('restricts sex and subscriber relationship to their lists', () => {
    expect(ClientInput.safeParse({ ...NAMES, sex: 'female', insuranceSubscriberRelationship: 'spouse' }).success).toBe(true);
    expect(ClientInput.safeParse({ ...NAMES, sex: 'Female' }).success).toBe(false);
    expect(ClientInput.safeParse({ ...NAMES, insuranceSubscriberRelationship: 'cousin' }).success).toBe(false);
  });
});

describe('list and search inputs', () => {
  it('default to active clients, 100 per page from the start; 20 search results', () => {
    expect(ClientListInput.parse({})).toEqual({ status: 'active', limit: 100, offset: 0 });
    expect(ClientSearchInput.parse({ query: 'a' })).toEqual({ query: 'a', includeArchived: false, limit: 20 });
  });

  it('bound limits and require a search text', () => {
    expect(ClientListInput.safeParse({ limit: 500 }).success).toBe(true);
    expect(ClientListInput.safeParse({ limit: 501 }).success).toBe(false);
    expect(ClientListInput.safeParse({ status: 'deleted' }).success).toBe(false);
    expect(ClientSearchInput.safeParse({}).success).toBe(false);
    expect(ClientSearchInput.safeParse({ query: 'a'.repeat(200) }).success).toBe(true);
    expect(ClientSearchInput.safeParse({ query: 'a'.repeat(201) }).success).toBe(false);
  });
});

describe('clinic and practitioner inputs', () => {
  const practitioner = { firstName: 'Pat', lastName: 'Kneader' };

  it('NPI is optional, 10 digits, and must pass its check digit', () => {
    expect(PractitionerInput.parse(practitioner).npi).toBe('');
    expect(PractitionerInput.parse({ ...practitioner, npi: ' 1234567893 ' }).npi).toBe('1234567893');
    expect(messageFor(PractitionerInput, { ...practitioner, npi: '1234567890' }, 'npi')).toMatch(/check digit/);
    expect(messageFor(PractitionerInput, { ...practitioner, npi: '12345' }, 'npi')).toBe('NPI is 10 digits');
  });

  it('setup nests clinic and practitioner, each strict, with dotted paths', () => {
    const setup = { clinic: { name: ' Calm Hands ', timeZone: 'America/Chicago' }, practitioner, access: { mode: 'none' } };
    expect(ClinicSetupInput.parse(setup).clinic.name).toBe('Calm Hands');
    expect(messageFor(ClinicSetupInput, { ...setup, clinic: { ...setup.clinic, timeZone: 'Mars/Olympus' } }, 'clinic.timeZone')).toMatch(/time zone/i);
    expect(messageFor(ClinicSetupInput, { ...setup, clinic: { ...setup.clinic, name: '' } }, 'clinic.name')).toBe('Clinic name is required');
    expect(ClinicSetupInput.safeParse({ ...setup, practitioner: { ...practitioner, role: 'x' } }).success).toBe(false);
    expect(ClinicSetupInput.safeParse({ clinic: setup.clinic }).success).toBe(false);
    // How the computer is protected is a choice, never a default.
    expect(messageFor(ClinicSetupInput, { clinic: setup.clinic, practitioner }, 'access')).toBe('Choose a passcode, or choose no sign-in');
    expect(messageFor(ClinicSetupInput, { ...setup, access: { mode: 'passcode', passcode: '123' } }, 'access.passcode')).toBe('Use at least 4 characters');
  });
});
