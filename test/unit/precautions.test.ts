import { describe, expect, it } from 'vitest';
import { MODALITIES, MODALITY_IDS, isModalityId, modalityById, modalityLabel } from '../../shared/domain/modalities';
import {
  DEFAULT_PRECAUTION_RULES,
  PRECAUTION_CONDITION_IDS,
  PrecautionRuleSet,
  defaultPrecautionRules,
  withDefaultRules,
  type PrecautionRule,
} from '../../shared/domain/precaution-rules';
import {
  PRECAUTIONS_DISCLAIMER,
  evaluatePrecautions,
  makeAcknowledgment,
  missingAcknowledgments,
  promptText,
  promptsForModality,
  severityRank,
  type Alert,
} from '../../shared/domain/precautions';
import { IntakeAnswers, defaultIntakeAnswers } from '../../shared/schemas/intake';

const TODAY = '2025-09-15';

/** A valid intake with only what `edit` changes. */
function intake(edit: (a: IntakeAnswers) => void = () => {}): IntakeAnswers {
  const a = defaultIntakeAnswers();
  a.reasonForVisit = 'Neck pain';
  edit(a);
  return IntakeAnswers.parse(a);
}

const alertsFor = (edit: (a: IntakeAnswers) => void, onDate = TODAY, rules?: readonly PrecautionRule[]) =>
  evaluatePrecautions(intake(edit), rules, onDate);

const only = (alerts: Alert[], ruleId: string) => {
  const found = alerts.filter((a) => a.ruleId === ruleId);
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe('modalities', () => {
  it('lists every id once, with the billing codes DESIGN.md names', () => {
    expect(MODALITIES.map((m) => m.id)).toEqual([...MODALITY_IDS]);
    const code = Object.fromEntries(MODALITIES.map((m) => [m.id, m.cptCode]));
    expect(code).toMatchObject({
      swedish: '97124',
      deep_tissue: '97124',
      trigger_point: '97140',
      myofascial_release: '97140',
      cupping: '97140',
      aromatherapy: '',
      lymphatic_drainage: '97140',
      neuromuscular_reeducation: '97112',
      hot_packs: '97010',
      cold_packs: '97010',
    });
    expect(modalityById('hot_packs').timed).toBe(false);
    expect(modalityById('aromatherapy').timed).toBe(false);
    expect(modalityById('swedish').timed).toBe(true);
  });

  it('labels ids and recognises them', () => {
    expect(modalityLabel('deep_tissue')).toBe('Deep tissue');
    expect(modalityLabel('retired_thing')).toBe('retired_thing');
    expect(isModalityId('cupping')).toBe(true);
    expect(isModalityId('all')).toBe(false);
  });
});

describe('default precaution rules', () => {
  it('cover every condition once, are enabled and pass the Settings schema', () => {
    expect(DEFAULT_PRECAUTION_RULES.map((r) => r.id)).toEqual([...PRECAUTION_CONDITION_IDS]);
    expect(DEFAULT_PRECAUTION_RULES.every((r) => r.enabled)).toBe(true);
    expect(PrecautionRuleSet.safeParse(defaultPrecautionRules()).success).toBe(true);
  });

  it('name the modalities and oils of the table', () => {
    const rule = (id: string) => DEFAULT_PRECAUTION_RULES.find((r) => r.id === id)!;
    expect(rule('anticoagulants').modalities).toEqual([
      expect.objectContaining({ modality: 'deep_tissue', level: 'caution' }),
      expect.objectContaining({ modality: 'trigger_point', level: 'caution' }),
      expect.objectContaining({ modality: 'cupping', level: 'contraindicated' }),
    ]);
    expect(rule('dvt').modalities.map((m) => [m.modality, m.level])).toEqual([
      ['all', 'caution'],
      ['cupping', 'contraindicated'],
    ]);
    expect(rule('hypertension').severity).toBe('contraindication');
    const aroma = (id: string) => rule(id).modalities.find((m) => m.modality === 'aromatherapy')!.note;
    expect(aroma('pregnancy')).toMatch(/rosemary, sage, basil, marjoram/);
    expect(aroma('hypertension')).toMatch(/rosemary, sage, thyme, hyssop/);
    expect(aroma('epilepsy')).toMatch(/rosemary, fennel, sage/);
    expect(rule('neuropathy').modalities).toContainEqual(expect.objectContaining({ modality: 'hot_packs', level: 'contraindicated' }));
    expect(rule('osteoporosis').modalities.map((m) => m.modality)).toEqual(['deep_tissue']);
  });

  it('hands out copies, so editing one never changes the defaults', () => {
    const copy = defaultPrecautionRules();
    copy[0]!.alert = 'changed';
    copy[0]!.modalities[0]!.level = 'contraindicated';
    expect(DEFAULT_PRECAUTION_RULES[0]!.alert).not.toBe('changed');
    expect(DEFAULT_PRECAUTION_RULES[0]!.modalities[0]!.level).toBe('caution');
  });

  it('the disclaimer says what the alerts are', () => {
    expect(PRECAUTIONS_DISCLAIMER).toBe('These are reminders for a licensed therapist, not medical advice.');
  });
});

describe('evaluatePrecautions: each default rule', () => {
  it('a blank intake raises nothing', () => {
    expect(alertsFor(() => {})).toEqual([]);
  });

  it('anticoagulants: the flag, a flagged medication or a bleeding disorder', () => {
    const flag = only(alertsFor((a) => (a.takesAnticoagulant = true)), 'anticoagulants');
    expect(flag).toMatchObject({ severity: 'caution', title: 'Anticoagulants / bleeding disorder', text: 'Light pressure; bruising risk.' });

    const med = only(alertsFor((a) => (a.medications = [{ name: 'Warfarin', isAnticoagulant: true }])), 'anticoagulants');
    expect(med.detail).toBe('Anticoagulants: Warfarin.');

    const bleeding = only(alertsFor((a) => (a.bleedingDisorder = true)), 'anticoagulants');
    expect(bleeding.detail).toBe('Bleeding disorder.');

    expect(alertsFor((a) => (a.medications = [{ name: 'Ibuprofen', isAnticoagulant: false }]))).toEqual([]);
  });

  it('DVT: only while not cleared by a physician', () => {
    const alert = only(alertsFor((a) => (a.conditions.dvt.present = true)), 'dvt');
    expect(alert.severity).toBe('contraindication');
    expect(alertsFor((a) => (a.conditions.dvt = { present: true, clearedByPhysician: true }))).toEqual([]);
  });

  it('cancer: in active treatment, with port and radiation sites named', () => {
    const alert = only(
      alertsFor((a) => {
        a.conditions.cancer = { ...a.conditions.cancer, present: true, activeTreatment: true, portSite: 'right chest', radiationSites: 'left breast' };
      }),
      'cancer_treatment',
    );
    expect(alert.severity).toBe('caution');
    expect(alert.detail).toBe('Port: right chest. Radiation: left breast.');
    expect(alertsFor((a) => (a.conditions.cancer.present = true))).toEqual([]);
  });

  it('cancer: within 72 h of chemotherapy, before or after, is a contraindication', () => {
    const withChemo = (last: string, next: string, active = true) =>
      alertsFor((a) => {
        a.conditions.cancer = { ...a.conditions.cancer, present: true, activeTreatment: active, lastChemotherapyDate: last, nextChemotherapyDate: next };
      });
    const after = only(withChemo('2025-09-12', ''), 'cancer_treatment'); // 3 days ago
    expect(after.severity).toBe('contraindication');
    expect(after.detail).toBe('No massage within 72 h of chemotherapy (last 2025-09-12).');
    const before = only(withChemo('', '2025-09-18'), 'cancer_treatment'); // in 3 days
    expect(before.severity).toBe('contraindication');
    expect(before.detail).toMatch(/next 2025-09-18/);
    expect(only(withChemo('2025-09-15', ''), 'cancer_treatment').severity).toBe('contraindication'); // today

    // Four days either side is outside the window: the ordinary caution remains.
    expect(only(withChemo('2025-09-11', '2025-09-19'), 'cancer_treatment')).toMatchObject({ severity: 'caution' });
    expect(only(withChemo('2025-09-11', '2025-09-19'), 'cancer_treatment').detail).toBeUndefined();

    // A chemotherapy date this close means treatment is active even if the box was left unticked.
    expect(only(withChemo('2025-09-14', '', false), 'cancer_treatment').severity).toBe('contraindication');
    expect(withChemo('2024-01-10', '', false)).toEqual([]);
  });

  it('pregnancy: first trimester, past 20 weeks, and high-risk without OB clearance', () => {
    const pregnant = (weeks: number, highRisk = false, obClearance = false) =>
      only(alertsFor((a) => (a.conditions.pregnancy = { present: true, weeks, highRisk, obClearance })), 'pregnancy');

    expect(pregnant(10)).toMatchObject({ severity: 'caution', detail: '10 weeks: first trimester, caution.' });
    expect(pregnant(12).detail).toMatch(/first trimester/);
    expect(pregnant(13).detail).toBe('13 weeks.');
    expect(pregnant(20).detail).toBe('20 weeks.');
    expect(pregnant(21).detail).toBe('21 weeks: side-lying, not supine.');
    expect(pregnant(24)).toMatchObject({ severity: 'caution', detail: '24 weeks: side-lying, not supine.' });

    const highRisk = pregnant(24, true);
    expect(highRisk.severity).toBe('contraindication');
    expect(highRisk.detail).toBe('24 weeks: side-lying, not supine. High-risk: needs OB clearance before massage.');
    expect(pregnant(24, true, true)).toMatchObject({ severity: 'caution', detail: '24 weeks: side-lying, not supine. High-risk: OB clearance on file.' });
  });

  it('hypertension: uncontrolled is a contraindication; controlled raises nothing', () => {
    const alert = only(alertsFor((a) => (a.conditions.hypertension.present = true)), 'hypertension');
    expect(alert).toMatchObject({ severity: 'contraindication', title: 'Hypertension (uncontrolled)' });
    expect(alert.text).toMatch(/rosemary, sage, thyme, hyssop/);
    expect(alertsFor((a) => (a.conditions.hypertension = { present: true, controlled: true }))).toEqual([]);
    // "Controlled" ticked without the condition means nothing.
    expect(alertsFor((a) => (a.conditions.hypertension.controlled = true))).toEqual([]);
  });

  it('epilepsy: avoid rosemary, fennel and sage', () => {
    const alert = only(alertsFor((a) => (a.conditions.epilepsy = true)), 'epilepsy');
    expect(alert.severity).toBe('caution');
    expect(alert.modalities).toEqual([expect.objectContaining({ modality: 'aromatherapy' })]);
  });

  it('surgery: only within 6 months of the visit', () => {
    const surgery = (date: string, onDate = TODAY) =>
      alertsFor((a) => (a.conditions.recentSurgery = { present: true, date, where: 'left knee' }), onDate);

    const recent = only(surgery('2025-07-01'), 'recent_surgery');
    expect(recent).toMatchObject({ severity: 'caution', detail: 'Surgery on 2025-07-01. Site: left knee.' });
    expect(surgery('2025-01-15')).toEqual([]); // 8 months ago
    expect(surgery('2025-03-15')).toHaveLength(1); // exactly 6 months ago still counts
    expect(surgery('2025-03-14')).toEqual([]);
    // Six months before 31 Aug is the end of February.
    expect(surgery('2025-02-28', '2025-08-31')).toHaveLength(1);
    expect(surgery('2025-02-27', '2025-08-31')).toEqual([]);

    const undated = only(surgery(''), 'recent_surgery');
    expect(undated.detail).toMatch(/^Surgery date not given: confirm it was within the last 6 months\./);
  });

  it('skin condition: avoid the area; contagious means reschedule', () => {
    const rash = only(alertsFor((a) => (a.conditions.skinCondition = { present: true, contagious: false, where: 'left forearm' })), 'skin_condition');
    expect(rash).toMatchObject({ severity: 'caution', detail: 'Area: left forearm.' });
    const contagious = only(alertsFor((a) => (a.conditions.skinCondition = { present: true, contagious: true, where: '' })), 'skin_condition');
    expect(contagious).toMatchObject({ severity: 'contraindication', detail: 'Contagious: reschedule.' });
  });

  it('allergies: names what the client is allergic to', () => {
    const alert = only(
      alertsFor((a) => (a.allergies = { nutOils: true, latex: true, essentialOils: 'lavender, tea tree', other: '' })),
      'allergies',
    );
    expect(alert.text).toBe('Check lotions and oils.');
    expect(alert.detail).toBe('Allergic to: nut oils; latex; essential oils (lavender, tea tree).');
    expect(only(alertsFor((a) => (a.allergies.other = 'Arnica gel')), 'allergies').detail).toBe('Allergic to: Arnica gel.');
  });

  it('neuropathy: light pressure and no heat packs', () => {
    const alert = only(alertsFor((a) => (a.conditions.neuropathy = true)), 'neuropathy');
    expect(alert.text).toMatch(/no heat packs/);
  });

  it('osteoporosis: no deep pressure', () => {
    expect(only(alertsFor((a) => (a.conditions.osteoporosis = true)), 'osteoporosis').text).toBe('No deep or forceful pressure.');
  });

  it('conditions without a rule (diabetes, fibromyalgia, heart disease) raise nothing', () => {
    expect(
      alertsFor((a) => {
        a.conditions.diabetes = true;
        a.conditions.fibromyalgia = true;
        a.conditions.heartDisease = { present: true, pacemaker: true };
      }),
    ).toEqual([]);
  });

  it('refuses a date that is not YYYY-MM-DD', () => {
    expect(() => evaluatePrecautions(intake(), undefined, '15/09/2025')).toThrow(/YYYY-MM-DD/);
  });
});

describe('evaluatePrecautions: the clinic’s rule table', () => {
  const everything = (a: IntakeAnswers) => {
    a.takesAnticoagulant = true;
    a.conditions.epilepsy = true;
    a.conditions.neuropathy = true;
  };

  it('disabled rules produce nothing', () => {
    const rules = defaultPrecautionRules().map((r) => (r.id === 'epilepsy' ? { ...r, enabled: false } : r));
    expect(alertsFor(everything, TODAY, rules).map((a) => a.ruleId)).toEqual(['anticoagulants', 'neuropathy']);
    const allOff = defaultPrecautionRules().map((r) => ({ ...r, enabled: false }));
    expect(alertsFor(everything, TODAY, allOff)).toEqual([]);
  });

  it('edited words, severity and modalities flow through to alerts and prompts', () => {
    const rules = defaultPrecautionRules().map((r) =>
      r.id === 'anticoagulants'
        ? { ...r, condition: 'Blood thinners', alert: 'Feather-light only.', severity: 'contraindication' as const, modalities: [{ modality: 'swedish' as const, level: 'caution' as const }] }
        : r,
    );
    const alerts = alertsFor(everything, TODAY, rules);
    expect(alerts[0]).toMatchObject({ ruleId: 'anticoagulants', severity: 'contraindication', title: 'Blood thinners', text: 'Feather-light only.' });
    expect(promptsForModality(alerts, 'swedish').map((p) => p.ruleId)).toEqual(['anticoagulants']);
    expect(promptsForModality(alerts, 'cupping')).toEqual([]);
  });

  it('the rule’s severity is a floor: answers can raise it, never lower it', () => {
    const rules = defaultPrecautionRules().map((r) => (r.id === 'pregnancy' ? { ...r, severity: 'info' as const } : r));
    const pregnant = (highRisk: boolean) =>
      only(alertsFor((a) => (a.conditions.pregnancy = { present: true, weeks: 24, highRisk, obClearance: false }), TODAY, rules), 'pregnancy');
    expect(pregnant(false).severity).toBe('info');
    expect(pregnant(true).severity).toBe('contraindication');
  });

  it('a condition missing from a stored table is silent until the defaults fill it in', () => {
    const withoutEpilepsy = defaultPrecautionRules().filter((r) => r.id !== 'epilepsy');
    expect(alertsFor(everything, TODAY, withoutEpilepsy).map((a) => a.ruleId)).not.toContain('epilepsy');
    const completed = withDefaultRules(withoutEpilepsy);
    expect(completed.map((r) => r.id)).toEqual([...PRECAUTION_CONDITION_IDS]);
    expect(alertsFor(everything, TODAY, completed).map((a) => a.ruleId)).toContain('epilepsy');
  });

  it('the Settings schema refuses duplicate conditions, unknown modalities and empty text', () => {
    const rules = defaultPrecautionRules();
    const duplicate = PrecautionRuleSet.safeParse([rules[0], rules[0]]);
    expect(duplicate.error?.issues.map((i) => i.path)).toEqual([[1, 'id']]);

    const badModality = PrecautionRuleSet.safeParse([{ ...rules[0], modalities: [{ modality: 'reiki', level: 'caution' }] }]);
    expect(badModality.error?.issues[0]?.path).toEqual([0, 'modalities', 0, 'modality']);

    const sameModalityTwice = PrecautionRuleSet.safeParse([
      { ...rules[0], modalities: [{ modality: 'cupping', level: 'caution' }, { modality: 'cupping', level: 'contraindicated' }] },
    ]);
    expect(sameModalityTwice.error?.issues[0]?.path).toEqual([0, 'modalities', 1, 'modality']);

    const empty = PrecautionRuleSet.safeParse([{ ...rules[0], alert: '  ' }]);
    expect(empty.error?.issues[0]).toMatchObject({ path: [0, 'alert'], message: 'Alert text is required' });

    const unknownCondition = PrecautionRuleSet.safeParse([{ ...rules[0], id: 'astrology' }]);
    expect(unknownCondition.success).toBe(false);
  });
});

describe('evaluatePrecautions: the E2E client (anticoagulant, 24 weeks pregnant, uncontrolled hypertension)', () => {
  const alerts = alertsFor((a) => {
    a.medications = [{ name: 'Apixaban', isAnticoagulant: true }];
    a.takesAnticoagulant = true;
    a.conditions.pregnancy = { present: true, weeks: 24, highRisk: false, obClearance: false };
    a.conditions.hypertension = { present: true, controlled: false };
  });

  it('raises all three, most serious first, table order within a severity', () => {
    expect(alerts.map((a) => [a.ruleId, a.severity])).toEqual([
      ['hypertension', 'contraindication'],
      ['anticoagulants', 'caution'],
      ['pregnancy', 'caution'],
    ]);
    expect(only(alerts, 'pregnancy').detail).toMatch(/side-lying, not supine/);
    expect(only(alerts, 'anticoagulants').detail).toBe('Anticoagulants: Apixaban.');
  });

  it('is always sorted contraindication → caution → info', () => {
    const mixed = defaultPrecautionRules().map((r) => (r.id === 'neuropathy' ? { ...r, severity: 'info' as const } : r));
    const sorted = alertsFor(
      (a) => {
        a.conditions.neuropathy = true;
        a.conditions.osteoporosis = true;
        a.conditions.dvt.present = true;
        a.allergies.latex = true;
      },
      TODAY,
      mixed,
    );
    expect(sorted.map((a) => a.severity)).toEqual(['contraindication', 'caution', 'caution', 'info']);
    const ranks = sorted.map((a) => severityRank(a.severity));
    expect(ranks).toEqual([...ranks].sort((x, y) => x - y));
  });

  it('prompts: cupping is contraindicated, deep tissue needs care, Swedish asks nothing', () => {
    const cupping = promptsForModality(alerts, 'cupping');
    expect(cupping.map((p) => [p.ruleId, p.level])).toEqual([
      ['anticoagulants', 'contraindicated'],
      ['pregnancy', 'contraindicated'],
    ]);
    expect(cupping[0]).toMatchObject({ modality: 'cupping', title: 'Anticoagulants / bleeding disorder', note: 'Bruising and bleeding risk' });

    // Hypertension names deep tissue as contraindicated: it sorts ahead of the anticoagulant caution.
    expect(promptsForModality(alerts, 'deep_tissue').map((p) => [p.ruleId, p.level])).toEqual([
      ['hypertension', 'contraindicated'],
      ['anticoagulants', 'caution'],
    ]);
    expect(promptsForModality(alerts, 'swedish')).toEqual([]);
  });
});

describe('acknowledgments', () => {
  const anticoagulated = alertsFor((a) => (a.takesAnticoagulant = true));

  it('one prompt per alert: "all" asks about any modality, the stricter named entry wins', () => {
    const dvt = alertsFor((a) => (a.conditions.dvt.present = true));
    expect(promptsForModality(dvt, 'swedish')).toEqual([
      expect.objectContaining({ ruleId: 'dvt', modality: 'swedish', level: 'caution', note: 'Avoid the affected limb' }),
    ]);
    expect(promptsForModality(dvt, 'cupping')).toEqual([
      expect.objectContaining({ ruleId: 'dvt', modality: 'cupping', level: 'contraindicated', note: 'Could dislodge a clot' }),
    ]);
  });

  it('lists what the chosen modalities still need, and nothing once acknowledged', () => {
    const missing = missingAcknowledgments(anticoagulated, ['swedish', 'cupping', 'cupping'], []);
    expect(missing.map((p) => [p.ruleId, p.modality, p.level])).toEqual([['anticoagulants', 'cupping', 'contraindicated']]);
    expect(missingAcknowledgments(anticoagulated, ['swedish'], [])).toEqual([]);
    expect(missingAcknowledgments(anticoagulated, ['cupping'], [{ ruleId: 'anticoagulants', modality: 'cupping' }])).toEqual([]);
    // An acknowledgment for another modality or another rule does not count.
    expect(missingAcknowledgments(anticoagulated, ['cupping'], [{ ruleId: 'anticoagulants', modality: 'deep_tissue' }])).toHaveLength(1);
    expect(missingAcknowledgments(anticoagulated, ['cupping'], [{ ruleId: 'dvt', modality: 'cupping' }])).toHaveLength(1);
    expect(missingAcknowledgments(anticoagulated, ['deep_tissue', 'trigger_point'], [{ ruleId: 'anticoagulants', modality: 'deep_tissue' }]).map((p) => p.modality)).toEqual([
      'trigger_point',
    ]);
  });

  it('a caution acknowledged earlier does not cover a contraindication now', () => {
    const rules = defaultPrecautionRules().map((r) =>
      r.id === 'anticoagulants' ? { ...r, modalities: [{ modality: 'deep_tissue' as const, level: 'contraindicated' as const }] } : r,
    );
    const stricter = alertsFor((a) => (a.takesAnticoagulant = true), TODAY, rules);
    expect(missingAcknowledgments(stricter, ['deep_tissue'], [{ ruleId: 'anticoagulants', modality: 'deep_tissue', level: 'caution' }])).toHaveLength(1);
    expect(missingAcknowledgments(stricter, ['deep_tissue'], [{ ruleId: 'anticoagulants', modality: 'deep_tissue', level: 'contraindicated' }])).toEqual([]);
  });

  it('makes the record a session stores, with the words the therapist saw', () => {
    const [prompt] = promptsForModality(anticoagulated, 'cupping');
    const ack = makeAcknowledgment({ prompt: prompt!, by: '01J9ZK3F6Q8V2W4X5Y6Z7A8B9C', at: '2025-09-15T14:03:00.000Z' });
    expect(ack).toEqual({
      ruleId: 'anticoagulants',
      modality: 'cupping',
      level: 'contraindicated',
      text: 'Anticoagulants / bleeding disorder: Cupping contraindicated (Bruising and bleeding risk). Light pressure; bruising risk. Takes an anticoagulant / blood thinner.',
      acknowledgedBy: '01J9ZK3F6Q8V2W4X5Y6Z7A8B9C',
      acknowledgedAt: '2025-09-15T14:03:00.000Z',
    });
    expect(ack.text).toBe(promptText(prompt!));
    expect(missingAcknowledgments(anticoagulated, ['cupping'], [ack])).toEqual([]);
  });
});
