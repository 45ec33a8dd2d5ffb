// Session notes: drafts, signing (locked by the database), addenda, copy forward, templates,
// precaution acknowledgments, visits used on the referral, overdue drafts and progress.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Referral } from '../../shared/schemas/referral';
import type { ClientProgress, NoteTemplate, Session, SessionSummary } from '../../shared/schemas/session';
import { cleanupTestCores, count, expectOk, openTestCore, snapshot, type TestCore } from '../helpers/core';

afterEach(cleanupTestCores);

const SIGNATURE = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
const F1 = '01JD0000000000000000000001';
const F2 = '01JD0000000000000000000002';

let core: TestCore;
let clientId: string;
let practitionerId: string;
beforeEach(async () => {
  core = await openTestCore({ now: '2026-11-27T15:00:00.000Z' });
  expectOk(core.invoke('clinic/setup', { clinic: { name: 'Calm', timeZone: 'America/New_York' }, practitioner: { firstName: 'Pat', lastName: 'Kneader', credentials: 'LMT' }, access: { mode: 'none' } }));
  practitionerId = expectOk<{ id: string }[]>(core.invoke('practitioners/list', {}))[0]!.id;
  clientId = expectOk<{ id: string }>(core.invoke('clients/create', { legalFirstName: 'Cara', legalLastName: 'Client' })).id;
});

const start = (over: Record<string, unknown> = {}) => expectOk<Session>(core.invoke('sessions/start', { clientId, practitionerId, sessionDate: '2026-11-27', ...over }));
const content = (over: Record<string, unknown> = {}) => ({
  practitionerId,
  sessionDate: '2026-11-27',
  startTime: '10:00',
  endTime: '11:00',
  totalMinutes: 55,
  subjective: 'Neck stiff since Monday',
  painBefore: 6,
  objective: 'Right upper trapezius hypertonic',
  assessment: 'Responded well',
  painAfter: 3,
  plan: 'Weekly for 4 weeks',
  homeCare: 'Heat, chin tucks',
  modalities: [
    { modality: 'swedish', minutes: 25, cptCode: '97124' },
    { modality: 'trigger_point', minutes: 30, cptCode: '97140' },
  ],
  findings: [
    { id: F1, regionId: 'upper_trapezius', side: 'right', type: 'trigger_point_active', severity: 3, note: 'refers to temple' },
    { id: F2, regionId: 'quadratus_lumborum', side: 'left', type: 'pain', pain: 5 },
  ],
  ...over,
});
const sign = (id: string, over: Record<string, unknown> = {}) => core.invoke('sessions/sign', { id, signedBy: practitionerId, ...content(over) });

describe('drafts and signing', () => {
  it('autosaves a draft whole and reads it back exactly', () => {
    const s = start();
    expect(s.status).toBe('draft');
    expectOk(core.invoke('sessions/saveDraft', { id: s.id, ...content() }));
    const back = expectOk<Session>(core.invoke('sessions/get', { id: s.id }));
    expect(back).toMatchObject({ subjective: 'Neck stiff since Monday', painBefore: 6, painAfter: 3, totalMinutes: 55, status: 'draft' });
    expect(back.modalities.map((m) => [m.modality, m.minutes])).toEqual([['swedish', 25], ['trigger_point', 30]]);
    expect(back.findings).toEqual([
      { id: F1, regionId: 'upper_trapezius', side: 'right', type: 'trigger_point_active', severity: 3, pain: null, note: 'refers to temple' },
      { id: F2, regionId: 'quadratus_lumborum', side: 'left', type: 'pain', severity: null, pain: 5, note: '' },
    ]);
    // A second save replaces the findings; nothing is duplicated.
    expectOk(core.invoke('sessions/saveDraft', { id: s.id, ...content({ findings: [] }) }));
    expect(count(core.sqlite, 'session_findings')).toBe(0);
  });

  it('locks a signed note: the API refuses, and the database refuses direct SQL on every table', () => {
    const s = start();
    const signed = expectOk<Session>(sign(s.id));
    expect(signed).toMatchObject({ status: 'signed', signedBy: practitionerId, signedByName: 'Pat Kneader, LMT', signedAt: '2026-11-27T15:00:00.000Z' });
    const before = snapshot(core.sqlite);
    expect(core.invoke('sessions/saveDraft', { id: s.id, ...content({ subjective: 'changed' }) })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(sign(s.id)).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const refuse = (statement: string, ...params: unknown[]) => expect(() => core.sqlite.prepare(statement).run(...params), statement).toThrow(/signed session note/);
    refuse(`UPDATE sessions SET subjective = 'tampered' WHERE id = ?`, s.id);
    refuse(`UPDATE sessions SET status = 'draft', signed_at = NULL, signed_by = NULL WHERE id = ?`, s.id);
    refuse(`DELETE FROM sessions WHERE id = ?`, s.id);
    refuse(`UPDATE session_findings SET severity = 1 WHERE session_id = ?`, s.id);
    refuse(`DELETE FROM session_findings WHERE session_id = ?`, s.id);
    refuse(`INSERT INTO session_findings (id, session_id, position, region_id, side, type, severity) VALUES ('x', ?, 9, 'calf', 'left', 'spasm', 1)`, s.id);
    refuse(`UPDATE session_modalities SET minutes = 90 WHERE session_id = ?`, s.id);
    refuse(`DELETE FROM session_modalities WHERE session_id = ?`, s.id);
    expect(snapshot(core.sqlite)).toEqual(before);
  });

  it('appends addenda with author, time and reason; the original stays; addenda themselves are immutable', () => {
    const s = start();
    expect(core.invoke('sessions/addendum', { sessionId: s.id, authorId: practitionerId, text: 'x', reason: 'y' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expectOk(sign(s.id));
    core.clock.advance(3_600_000);
    const withAddendum = expectOk<Session>(core.invoke('sessions/addendum', { sessionId: s.id, authorId: practitionerId, text: 'Pain after was 4, not 3.', reason: 'Correction' }));
    expect(withAddendum.subjective).toBe('Neck stiff since Monday');
    expect(withAddendum.painAfter).toBe(3);
    expect(withAddendum.addenda).toEqual([expect.objectContaining({ text: 'Pain after was 4, not 3.', reason: 'Correction', authorName: 'Pat Kneader, LMT', createdAt: '2026-11-27T16:00:00.000Z' })]);
    expect(() => core.sqlite.prepare(`UPDATE session_addenda SET text = 'x'`).run()).toThrow(/cannot be changed/);
    expect(() => core.sqlite.prepare(`DELETE FROM session_addenda`).run()).toThrow(/cannot be deleted/);
    expect(core.invoke('sessions/addendum', { sessionId: s.id, authorId: practitionerId, text: '   ', reason: '' })).toMatchObject({ ok: false, error: { fields: { text: expect.any(String), reason: expect.any(String) } } });
  });

  it('refuses findings that do not fit the taxonomy, with field paths, writing nothing', () => {
    const s = start();
    const before = snapshot(core.sqlite);
    const bad = (finding: Record<string, unknown>) => core.invoke('sessions/saveDraft', { id: s.id, ...content({ findings: [{ id: F1, ...finding }] }) }) as { ok: boolean; error?: { fields?: Record<string, string> } };
    expect(bad({ regionId: 'abdomen', side: 'left', type: 'spasm', severity: 1 }).error?.fields).toHaveProperty(['findings.0.side']);
    expect(bad({ regionId: 'calf', side: 'midline', type: 'spasm', severity: 1 }).error?.fields).toHaveProperty(['findings.0.side']);
    expect(bad({ regionId: 'calf', side: 'left', type: 'pain' }).error?.fields).toHaveProperty(['findings.0.pain']);
    expect(bad({ regionId: 'calf', side: 'left', type: 'spasm', severity: 4 }).error?.fields).toHaveProperty(['findings.0.severity']);
    expect(bad({ regionId: 'elbow_of_doom', side: 'left', type: 'spasm', severity: 1 }).error?.fields).toHaveProperty(['findings.0.regionId']);
    expect(core.invoke('sessions/saveDraft', { id: s.id, ...content({ startTime: '11:00', endTime: '10:00' }) })).toMatchObject({ ok: false, error: { fields: { endTime: expect.any(String) } } });
    expect(snapshot(core.sqlite)).toEqual(before);
  });
});

describe('precaution acknowledgments', () => {
  beforeEach(() => {
    expectOk(core.invoke('intakes/sign', { clientId, answers: { reasonForVisit: 'Back', takesAnticoagulant: true }, signature: { typedName: 'Cara Client', signatureDataUrl: SIGNATURE, consent: true } }));
  });

  it('will not sign cupping on a client taking anticoagulants until it is acknowledged, and then records it', () => {
    const s = start();
    const modalities = [{ modality: 'cupping', minutes: 20, cptCode: '97140' }];
    const refused = sign(s.id, { modalities }) as { ok: boolean; error?: { code: string; message: string } };
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(refused.error!.message).toMatch(/cupping/i);
    expect(expectOk<Session>(core.invoke('sessions/get', { id: s.id })).status).toBe('draft');

    const ack = { ruleId: 'anticoagulants', modality: 'cupping', level: 'contraindicated', text: 'Cupping is contraindicated: light pressure; bruising risk', acknowledgedBy: 'Pat Kneader', acknowledgedAt: '2026-11-27T15:00:00.000Z' };
    const signed = expectOk<Session>(sign(s.id, { modalities, acknowledgments: [ack] }));
    expect(signed.acknowledgments).toEqual([ack]);
  });

  it('asks nothing for a modality no precaution names', () => {
    expect(sign(start().id, { modalities: [{ modality: 'swedish', minutes: 30 }] }).ok).toBe(true);
  });
});

describe('copy forward and templates', () => {
  it('starts from the last signed session’s findings, modalities and plan, but not its report or pain scores', () => {
    expect(core.invoke('sessions/start', { clientId, practitionerId, sessionDate: '2026-11-27', from: 'last' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expectOk(sign(start().id));
    const next = start({ sessionDate: '2026-12-04', from: 'last' });
    expect(next).toMatchObject({ plan: 'Weekly for 4 weeks', homeCare: 'Heat, chin tucks', subjective: '', painBefore: null, painAfter: null, acknowledgments: [] });
    expect(next.findings.map((f) => [f.regionId, f.side, f.type])).toEqual([
      ['upper_trapezius', 'right', 'trigger_point_active'],
      ['quadratus_lumborum', 'left', 'pain'],
    ]);
    expect(next.findings.map((f) => f.id)).not.toContain(F1);
    expect(next.modalities).toHaveLength(2);
  });

  it('starts from a practitioner’s template', () => {
    const t = expectOk<NoteTemplate>(core.invoke('templates/create', { practitionerId, name: 'Neck 60', objective: 'Check cervical ROM', modalities: [{ modality: 'myofascial_release', minutes: 30 }] }));
    expect(expectOk<NoteTemplate[]>(core.invoke('templates/list', { practitionerId })).map((x) => x.name)).toEqual(['Neck 60']);
    const s = start({ from: t.id });
    expect(s).toMatchObject({ objective: 'Check cervical ROM', modalities: [{ modality: 'myofascial_release', minutes: 30 }] });
  });
});

describe('what signed sessions count for', () => {
  it('counts signed sessions within the referral’s dates as visits used', () => {
    const r = expectOk<Referral>(core.invoke('referrals/create', { clientId, physicianName: 'Dr. R', diagnoses: ['M54.2'], visitsAuthorized: 3, startDate: '2026-11-01', endDate: '2027-01-31' }));
    expectOk(sign(start().id));
    expectOk(sign(start({ sessionDate: '2026-11-20' }).id, { sessionDate: '2026-11-20' }));
    expectOk(sign(start({ sessionDate: '2026-10-15' }).id, { sessionDate: '2026-10-15' })); // before the referral
    start(); // a draft does not count
    const now = expectOk<Referral>(core.invoke('referrals/get', { id: r.id }));
    expect(now).toMatchObject({ visitsUsed: 2, visitsLeft: 1 });
    expect(now.warnings.map((w) => w.code)).toContain('few_visits_left');
  });

  it('lists drafts older than a day as overdue', () => {
    const old = start();
    core.clock.advance(25 * 3_600_000);
    start();
    expect(expectOk<SessionSummary[]>(core.invoke('sessions/overdue', {})).map((s) => [s.id, s.clientName])).toEqual([[old.id, 'Cara Client']]);
  });

  it('gives the progress: pain before/after per session and each region over time', () => {
    expectOk(sign(start({ sessionDate: '2026-11-06' }).id, { sessionDate: '2026-11-06', painBefore: 8, painAfter: 5 }));
    expectOk(
      sign(start({ sessionDate: '2026-11-13' }).id, {
        sessionDate: '2026-11-13',
        painBefore: 5,
        painAfter: 2,
        findings: [{ id: '01JD0000000000000000000003', regionId: 'upper_trapezius', side: 'right', type: 'trigger_point_active', severity: 1 }],
      }),
    );
    const progress = expectOk<ClientProgress>(core.invoke('clients/progress', { id: clientId }));
    expect(progress.sessions.map((s) => [s.sessionDate, s.painBefore, s.painAfter])).toEqual([
      ['2026-11-06', 8, 5],
      ['2026-11-13', 5, 2],
    ]);
    const trap = progress.regions.find((r) => r.regionId === 'upper_trapezius' && r.side === 'right')!;
    expect(trap.points.map((p) => [p.sessionDate, p.severity])).toEqual([
      ['2026-11-06', 3],
      ['2026-11-13', 1],
    ]);
  });
});
