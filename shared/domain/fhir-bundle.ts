// One client's record as a FHIR R4 Bundle of type 'collection': the Patient, the practitioners
// who treated them and the physicians who referred them, an Encounter per session, a Condition per
// diagnosis, an Observation per body-region finding and per pain score, a ServiceRequest per
// referral and a DocumentReference per signed note. Entries are urn:uuid: and refer to each other.
import type { Client } from '../schemas/client';
import type { Practitioner } from '../schemas/clinic';
import type { Referral } from '../schemas/referral';
import type { Session, SessionFinding } from '../schemas/session';
import { findingTypeLabel, regionLabel } from './body-regions';
import { validateIcd10 } from './icd10';
import { modalityLabel } from './modalities';
import { zonedToUtc } from './schedule-time';
import {
  AMBULATORY,
  clinicPractitionerResource,
  compact,
  PAIN_SEVERITY,
  patientResource,
  physicianKey,
  physicianResource,
  PROGRESS_NOTE,
  SEVERITY,
  SYSTEMS,
  type FhirResource,
  type Physician,
  type Reference,
} from './fhir-resources';

export interface ClientRecord {
  client: Client;
  /** Every practitioner of the clinic (those the sessions name are included). */
  practitioners: readonly Practitioner[];
  referrals: readonly Referral[];
  sessions: readonly Session[];
  /** The clinic's IANA zone (session times are wall-clock times there) and its date today. */
  timeZone: string;
  today: string;
  exportedAt: string;
}

export interface BundleHelpers {
  /** A UUID for a record, the same every time for the same key (so two exports agree). */
  uuid: (key: string) => string;
  /** UTF-8 text → base64. */
  base64: (text: string) => string;
}

export interface FhirBundle extends FhirResource {
  resourceType: 'Bundle';
  type: 'collection';
  entry: { fullUrl: string; resource: FhirResource }[];
}

const sessionCategory = [{ coding: [{ system: SYSTEMS.observationCategory, code: 'exam', display: 'Exam' }] }];
const surveyCategory = [{ coding: [{ system: SYSTEMS.observationCategory, code: 'survey', display: 'Survey' }] }];

/** The plain text of a signed note (SOAP, findings, modalities, signature, addenda), as the DocumentReference carries it. */
export function noteText(session: Session, client: Client, names: (id: string | null) => string): string {
  const lines = [`Session note — ${client.legalFirstName} ${client.legalLastName} — ${session.sessionDate}`, `Practitioner: ${names(session.practitionerId)}`];
  const section = (label: string, text: string) => text.trim() && lines.push('', `${label}:`, text.trim());
  const score = (label: string, n: number | null) => n !== null && lines.push(`${label}: ${n}/10`);
  section('Subjective', session.subjective);
  score('Pain before treatment', session.painBefore);
  section('Objective', session.objective);
  if (session.findings.length) {
    lines.push('', 'Findings:');
    for (const f of session.findings) lines.push(`- ${findingLine(f)}`);
  }
  section('Assessment', session.assessment);
  score('Pain after treatment', session.painAfter);
  section('Plan', session.plan);
  section('Home care', session.homeCare);
  if (session.modalities.length) {
    lines.push('', 'Modalities:');
    for (const m of session.modalities) lines.push(`- ${modalityLabel(m.modality)}: ${m.minutes} min${m.cptCode ? ` (CPT ${m.cptCode})` : ''}${m.oils ? `; oils: ${m.oils}` : ''}`);
  }
  lines.push('', `Signed electronically by ${names(session.signedBy)} at ${session.signedAt ?? ''}`);
  for (const a of session.addenda) lines.push('', `Addendum by ${a.authorName} at ${a.createdAt} (reason: ${a.reason}):`, a.text);
  return `${lines.join('\n')}\n`;
}

function findingLine(f: SessionFinding): string {
  const measure = f.pain !== null ? `pain ${f.pain}/10` : f.severity !== null ? `severity ${f.severity} of 3` : '';
  return [`${regionLabel(f.regionId, f.side)}: ${findingTypeLabel(f.type)}`, measure, f.note].filter(Boolean).join(', ');
}

/** A session's start and end as FHIR dateTimes: instants when the clock times were charted, else the date. */
function period(s: Session, zone: string): { start: string; end?: string } {
  const at = (time: string) => (time ? zonedToUtc(s.sessionDate, time, zone) : s.sessionDate);
  return s.endTime ? { start: at(s.startTime), end: at(s.endTime) } : { start: at(s.startTime) };
}

function physicianOf(r: Referral): Physician {
  return { name: r.physicianName, npi: r.physicianNpi, phone: r.physicianPhone, fax: r.physicianFax, practice: r.physicianPractice };
}

export function buildClientBundle(record: ClientRecord, helpers: BundleHelpers): FhirBundle {
  const entries: { fullUrl: string; resource: FhirResource }[] = [];
  const add = (key: string, resource: FhirResource, display?: string): Reference => {
    const fullUrl = `urn:uuid:${helpers.uuid(key)}`;
    entries.push({ fullUrl, resource });
    return display ? { reference: fullUrl, display } : { reference: fullUrl };
  };
  const { client, sessions, referrals, timeZone } = record;
  const patient = add(`client:${client.id}`, patientResource(client), `${client.legalFirstName} ${client.legalLastName}`);

  // Practitioners: whoever treated, signed or added to a note.
  const byId = new Map(record.practitioners.map((p) => [p.id, p]));
  const involved = new Set(sessions.flatMap((s) => [s.practitionerId, s.signedBy, ...s.addenda.map((a) => a.authorId)]));
  const practitionerRefs = new Map<string, Reference>();
  for (const p of record.practitioners) {
    if (involved.has(p.id)) practitionerRefs.set(p.id, add(`practitioner:${p.id}`, clinicPractitionerResource(p), `${p.firstName} ${p.lastName}`));
  }
  const nameOf = (id: string | null) => {
    const p = id ? byId.get(id) : undefined;
    return p ? `${p.firstName} ${p.lastName}${p.credentials ? `, ${p.credentials}` : ''}` : 'a former practitioner';
  };

  // Referring physicians, then a Condition per diagnosis code (the first referral naming it asserts it).
  const physicianRefs = new Map<string, Reference>();
  for (const r of referrals) {
    const key = physicianKey(physicianOf(r));
    if (!physicianRefs.has(key)) physicianRefs.set(key, add(`physician:${client.id}:${key}`, physicianResource(physicianOf(r)), r.physicianName));
  }
  const conditionRefs = new Map<string, Reference>();
  for (const r of referrals) {
    for (const code of r.diagnoses) {
      if (conditionRefs.has(code)) continue;
      const check = validateIcd10(code);
      const display = check.ok ? check.description : undefined;
      const condition = compact({
        resourceType: 'Condition',
        clinicalStatus: { coding: [{ system: SYSTEMS.conditionClinical, code: 'active' }] },
        verificationStatus: { coding: [{ system: SYSTEMS.conditionVerification, code: 'confirmed' }] },
        category: [{ coding: [{ system: SYSTEMS.conditionCategory, code: 'encounter-diagnosis', display: 'Encounter Diagnosis' }] }],
        code: { coding: [{ system: SYSTEMS.icd10cm, code, display }], text: display ? `${code} ${display}` : code },
        subject: patient,
        recordedDate: r.createdAt,
        asserter: physicianRefs.get(physicianKey(physicianOf(r))),
      });
      conditionRefs.set(code, add(`condition:${client.id}:${code}`, condition, code));
    }
  }

  const requestRefs = new Map<string, Reference>();
  for (const r of referrals) {
    const frequency = [r.frequencyPerWeek ? `${r.frequencyPerWeek} visits a week` : '', r.durationWeeks ? `for ${r.durationWeeks} weeks` : ''].filter(Boolean).join(' ');
    const request = compact({
      resourceType: 'ServiceRequest',
      identifier: r.authorizationNumber ? [{ type: { text: 'Authorization number' }, value: r.authorizationNumber }] : [],
      status: r.endDate < record.today ? 'completed' : 'active',
      intent: 'order',
      code: { text: 'Medical massage therapy' },
      quantityQuantity: { value: r.visitsAuthorized, unit: 'visits' },
      subject: patient,
      occurrencePeriod: { start: r.startDate, end: r.endDate },
      authoredOn: r.createdAt,
      requester: physicianRefs.get(physicianKey(physicianOf(r))),
      reasonCode: r.diagnoses.map((code) => ({ coding: [{ system: SYSTEMS.icd10cm, code }] })),
      reasonReference: r.diagnoses.map((code) => conditionRefs.get(code)),
      note: [frequency ? { text: `Ordered: ${frequency}.` } : null, r.notes ? { text: r.notes } : null],
    });
    requestRefs.set(r.id, add(`referral:${r.id}`, request, `Referral from ${r.physicianName}`));
  }

  for (const s of sessions) {
    const signed = s.status === 'signed';
    const referral = referrals.find((r) => r.id === s.referralId);
    const performer = practitionerRefs.get(s.practitionerId);
    const when = period(s, timeZone);
    const encounter = add(
      `session:${s.id}`,
      compact({
        resourceType: 'Encounter',
        status: signed ? 'finished' : 'in-progress',
        class: AMBULATORY,
        type: [{ text: 'Medical massage session' }],
        subject: patient,
        participant: [performer ? { individual: performer } : null],
        period: when,
        length: s.totalMinutes !== null ? { value: s.totalMinutes, unit: 'min', system: SYSTEMS.ucum, code: 'min' } : null,
        basedOn: referral ? [requestRefs.get(referral.id)] : [],
        reasonReference: referral ? referral.diagnoses.map((code) => conditionRefs.get(code)) : [],
      }),
      `Session ${s.sessionDate}`,
    );
    const observation = (key: string, body: Record<string, unknown>) =>
      add(key, compact({ resourceType: 'Observation', status: signed ? 'final' : 'preliminary', subject: patient, encounter, effectiveDateTime: when.start, performer: [performer], ...body }));
    const scores = [
      ['pain-before', 'Pain severity before treatment (0-10)', s.painBefore],
      ['pain-after', 'Pain severity after treatment (0-10)', s.painAfter],
    ] as const;
    for (const [key, label, score] of scores) {
      if (score !== null) observation(`${key}:${s.id}`, { category: surveyCategory, code: { coding: [PAIN_SEVERITY], text: label }, valueInteger: score });
    }
    for (const f of s.findings) {
      const site = { text: regionLabel(f.regionId, f.side) };
      const value =
        f.pain !== null
          ? { code: { coding: [PAIN_SEVERITY], text: `Pain, ${site.text}` }, valueInteger: f.pain }
          : { code: { text: findingTypeLabel(f.type) }, valueCodeableConcept: f.severity !== null ? { coding: [SEVERITY[f.severity as 1 | 2 | 3]], text: `Severity ${f.severity} of 3` } : null };
      observation(`finding:${s.id}:${f.id}`, { category: sessionCategory, ...value, bodySite: site, note: f.note ? [{ text: f.note }] : [] });
    }
    if (signed) {
      const author = practitionerRefs.get(s.signedBy ?? s.practitionerId) ?? performer;
      add(
        `note:${s.id}`,
        compact({
          resourceType: 'DocumentReference',
          status: 'current',
          docStatus: s.addenda.length ? 'amended' : 'final',
          type: { coding: [PROGRESS_NOTE], text: 'Massage therapy session note' },
          subject: patient,
          date: s.signedAt,
          author: [author],
          authenticator: author,
          description: `Session note of ${s.sessionDate}${s.addenda.length ? `, with ${s.addenda.length} addendum${s.addenda.length === 1 ? '' : 'a'}` : ''}`,
          content: [{ attachment: { contentType: 'text/plain; charset=utf-8', language: 'en', data: helpers.base64(noteText(s, client, nameOf)), title: `Session note ${s.sessionDate}`, creation: s.signedAt } }],
          context: { encounter: [encounter], period: when },
        }),
      );
    }
  }

  return {
    resourceType: 'Bundle',
    identifier: { system: 'urn:ietf:rfc:3986', value: `urn:uuid:${helpers.uuid(`bundle:${client.id}:${record.exportedAt}`)}` },
    type: 'collection',
    timestamp: record.exportedAt,
    entry: entries,
  };
}

/** Resources in a bundle by type: { Patient: 1, Encounter: 12, … }. */
export function countResources(bundle: FhirBundle): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const e of bundle.entry) counts[e.resource.resourceType] = (counts[e.resource.resourceType] ?? 0) + 1;
  return counts;
}
