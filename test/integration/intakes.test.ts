// Intake versions, the signed-intake lock (enforced by the database), and alerts on the header.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ClientHeader, PrecautionRulesState } from '../../shared/schemas/chart';
import type { Intake, IntakeSummary } from '../../shared/schemas/intake';
import { cleanupTestCores, count, expectOk, openTestCore, snapshot, type TestCore } from '../helpers/core';

afterEach(cleanupTestCores);

const SIGNATURE = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
const sign = (typedName = 'Cara Client') => ({ typedName, signatureDataUrl: SIGNATURE, consent: true });

/** The example: blood thinner, 24 weeks pregnant, uncontrolled hypertension. */
const RISKY = {
  reasonForVisit: 'Low back pain in pregnancy',
  takesAnticoagulant: true,
  medications: [{ name: 'Enoxaparin', isAnticoagulant: true }],
  conditions: { pregnancy: { present: true, weeks: 24 }, hypertension: { present: true, controlled: false } },
};

let core: TestCore;
let clientId: string;
beforeEach(async () => {
  core = await openTestCore({ now: '2026-11-27T15:00:00.000Z' });
  expectOk(core.invoke('clinic/setup', { clinic: { name: 'Calm', timeZone: 'America/New_York' }, practitioner: { firstName: 'Pat', lastName: 'K' }, access: { mode: 'none' } }));
  clientId = expectOk<{ id: string }>(core.invoke('clients/create', { legalFirstName: 'Cara', legalLastName: 'Client', dateOfBirth: '1990-11-28' })).id;
});

const header = () => expectOk<ClientHeader>(core.invoke('clients/header', { id: clientId }));

describe('intakes', () => {
  it('saves a draft, saves it again in place, then signs it with the final answers', () => {
    const draft = expectOk<Intake>(core.invoke('intakes/saveDraft', { clientId, answers: { reasonForVisit: 'Neck' } }));
    expect(draft.signed).toBe(false);
    core.clock.advance(60_000);
    const again = expectOk<Intake>(core.invoke('intakes/saveDraft', { clientId, id: draft.id, answers: { reasonForVisit: 'Neck and shoulder' } }));
    expect(again.id).toBe(draft.id);
    expect(again.answers.reasonForVisit).toBe('Neck and shoulder');
    expect(count(core.sqlite, 'intakes')).toBe(1);

    const signed = expectOk<Intake>(core.invoke('intakes/sign', { clientId, id: draft.id, answers: RISKY, signature: sign() }));
    expect(signed).toMatchObject({ id: draft.id, signed: true, signedName: 'Cara Client', signatureDataUrl: SIGNATURE, signedAt: core.clock.iso() });
    expect(signed.answers.conditions.pregnancy.weeks).toBe(24);
  });

  it('never changes a signed intake: the call is refused and the database trigger refuses direct SQL', () => {
    const signed = expectOk<Intake>(core.invoke('intakes/sign', { clientId, answers: RISKY, signature: sign() }));
    const before = snapshot(core.sqlite);
    expect(core.invoke('intakes/saveDraft', { clientId, id: signed.id, answers: { reasonForVisit: 'Changed' } })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(core.invoke('intakes/sign', { clientId, id: signed.id, answers: RISKY, signature: sign('Someone Else') })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(() => core.sqlite.prepare(`UPDATE intakes SET answers = '{}' WHERE id = ?`).run(signed.id)).toThrow(/signed intake cannot be changed/);
    expect(() => core.sqlite.prepare(`UPDATE intakes SET signed_at = NULL, signed_name = NULL, signature_png = NULL WHERE id = ?`).run(signed.id)).toThrow(/signed intake/);
    expect(() => core.sqlite.prepare(`DELETE FROM intakes WHERE id = ?`).run(signed.id)).toThrow(/cannot be deleted/);
    expect(snapshot(core.sqlite)).toEqual(before);
  });

  it('keeps every intake: a new one is a new version, listed newest first', () => {
    const first = expectOk<Intake>(core.invoke('intakes/sign', { clientId, answers: { reasonForVisit: 'First cycle' }, signature: sign() }));
    core.clock.advance(30 * 86_400_000);
    const second = expectOk<Intake>(core.invoke('intakes/sign', { clientId, answers: { reasonForVisit: 'Second cycle' }, signature: sign() }));
    const list = expectOk<IntakeSummary[]>(core.invoke('intakes/list', { clientId }));
    expect(list.map((i) => i.id)).toEqual([second.id, first.id]);
    expect(expectOk<Intake>(core.invoke('intakes/get', { id: first.id })).answers.reasonForVisit).toBe('First cycle');
  });

  it('refuses an unsigned consent, a missing signature and a missing typed name, writing nothing', () => {
    const before = snapshot(core.sqlite);
    const bad = [
      { ...sign(), consent: false },
      { ...sign(), signatureDataUrl: '' },
      { ...sign(), signatureDataUrl: 'data:image/svg+xml;base64,PHN2Zz4=' },
      { ...sign(), typedName: '' },
    ];
    const fields = bad.map((signature) => {
      const r = core.invoke('intakes/sign', { clientId, answers: RISKY, signature });
      expect(r.ok).toBe(false);
      return Object.keys((r as { error: { fields?: object } }).error.fields ?? {});
    });
    expect(fields).toEqual([['signature.consent'], ['signature.signatureDataUrl'], ['signature.signatureDataUrl'], ['signature.typedName']]);
    expect(snapshot(core.sqlite)).toEqual(before);
  });

  it('saves an incomplete draft (nothing typed yet, pregnant without weeks) but will not sign it', () => {
    const partial = { conditions: { pregnancy: { present: true } } };
    const draft = expectOk<Intake>(core.invoke('intakes/saveDraft', { clientId, answers: partial }));
    expect(draft).toMatchObject({ signed: false, answers: { reasonForVisit: '', conditions: { pregnancy: { present: true, weeks: null } } } });
    expect(expectOk<Intake>(core.invoke('intakes/get', { id: draft.id })).answers.reasonForVisit).toBe('');
    const refused = core.invoke('intakes/sign', { clientId, id: draft.id, answers: partial, signature: sign() }) as { ok: boolean; error?: { fields?: object } };
    expect(refused.ok).toBe(false);
    expect(Object.keys(refused.error!.fields!)).toContain('answers.reasonForVisit');
    const withReason = { ...partial, reasonForVisit: 'Low back pain' };
    const again = core.invoke('intakes/sign', { clientId, id: draft.id, answers: withReason, signature: sign() }) as { ok: boolean; error?: { fields?: object } };
    expect(Object.keys(again.error!.fields!)).toEqual(['answers.conditions.pregnancy.weeks']);
    expect(expectOk<Intake>(core.invoke('intakes/get', { id: draft.id })).signed).toBe(false);
  });

  it('an intake for an unknown client is not_found and writes nothing', () => {
    const r = core.invoke('intakes/saveDraft', { clientId: '01JBXD3Q5W9Z8Y7X6V5T4S3R2Q', answers: { reasonForVisit: 'x' } });
    expect(r).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(count(core.sqlite, 'intakes')).toBe(0);
  });
});

describe('alerts on the client header', () => {
  it('shows nothing before an intake, then the alerts of the latest signed intake, most serious first', () => {
    expect(header()).toMatchObject({ alerts: [], alertSource: null, referral: null, age: 35 });
    expectOk(core.invoke('intakes/sign', { clientId, answers: RISKY, signature: sign() }));
    const { alerts, alertSource } = header();
    expect(alertSource).toMatchObject({ signed: true, date: '2026-11-27' });
    expect(alerts.map((a) => a.ruleId)).toEqual(expect.arrayContaining(['anticoagulants', 'pregnancy', 'hypertension']));
    expect(alerts[0]!.severity).toBe('contraindication');
    const pregnancy = alerts.find((a) => a.ruleId === 'pregnancy')!;
    expect(pregnancy.detail).toMatch(/side-lying/i);
    // A later draft (a new cycle being filled in) does not replace the signed intake's alerts.
    expectOk(core.invoke('intakes/saveDraft', { clientId, answers: { reasonForVisit: 'New cycle' } }));
    expect(header().alerts.length).toBe(alerts.length);
  });

  it('uses the clinic’s edited rules, versioned, and can reset to the defaults', () => {
    expectOk(core.invoke('intakes/sign', { clientId, answers: RISKY, signature: sign() }));
    const state = expectOk<PrecautionRulesState>(core.invoke('precautions/get', {}));
    expect(state.version).toBe(0);
    const edited = state.rules.map((r) => (r.id === 'hypertension' ? { ...r, enabled: false } : r.id === 'anticoagulants' ? { ...r, alert: 'Feather-light pressure only' } : r));
    const saved = expectOk<PrecautionRulesState>(core.invoke('precautions/save', { rules: edited, note: 'Our policy' }));
    expect(saved.version).toBe(1);
    const alerts = header().alerts;
    expect(alerts.map((a) => a.ruleId)).not.toContain('hypertension');
    expect(alerts.find((a) => a.ruleId === 'anticoagulants')!.text).toBe('Feather-light pressure only');

    const reset = expectOk<PrecautionRulesState>(core.invoke('precautions/reset', {}));
    expect(reset.version).toBe(2);
    expect(header().alerts.map((a) => a.ruleId)).toContain('hypertension');
    expect(expectOk<{ version: number; note: string }[]>(core.invoke('precautions/history', {})).map((h) => [h.version, h.note])).toEqual([
      [2, 'Reset to defaults'],
      [1, 'Our policy'],
    ]);
  });

  it('refuses a rule table that lists a condition twice, writing nothing', () => {
    const { rules } = expectOk<PrecautionRulesState>(core.invoke('precautions/get', {}));
    const r = core.invoke('precautions/save', { rules: [...rules, rules[0]], note: '' });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(count(core.sqlite, 'precaution_rule_versions')).toBe(0);
  });
});
