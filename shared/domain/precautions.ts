// Intake answers → the alerts a therapist must see before touching the client, and the
// acknowledgments a session records when the therapist picks a modality an alert names.
// Pure: the clinic's date ("today" in its time zone) and the acknowledgment time are passed in.
import type { IntakeAnswers } from '../schemas/intake';
import { daysBetween, daysInMonth, isIsoDate } from './dates';
import { modalityLabel, type ModalityId } from './modalities';
import {
  DEFAULT_PRECAUTION_RULES,
  PRECAUTION_SEVERITIES,
  type ModalityLevel,
  type PrecautionConditionId,
  type PrecautionModality,
  type PrecautionRule,
  type PrecautionSeverity,
} from './precaution-rules';

export const PRECAUTIONS_DISCLAIMER = 'These are reminders for a licensed therapist, not medical advice.';

export interface Alert {
  ruleId: PrecautionConditionId;
  severity: PrecautionSeverity;
  /** The condition, as the rule names it ("Pregnancy"). */
  title: string;
  /** The rule's alert text (editable in Settings). */
  text: string;
  modalities: PrecautionModality[];
  /** What this client's answers add: weeks pregnant, port site, which oils. */
  detail?: string;
}

/** What a predicate found: sentences for `detail`, and a severity the answers call for. */
interface Finding {
  details: string[];
  /** Raises the rule's severity (never lowers it: the clinic's setting is the floor). */
  atLeast?: PrecautionSeverity;
}

type Predicate = (answers: IntakeAnswers, onDate: string) => Finding | null;

const CHEMOTHERAPY_WINDOW_DAYS = 3; // 72 hours either side of a chemotherapy date
const RECENT_SURGERY_MONTHS = 6;
const FIRST_TRIMESTER_BEFORE_WEEK = 13;
const SUPINE_AFTER_WEEK = 20;

// When each rule applies. Code, not data: a clinic edits the words, never these conditions.
const PREDICATES: Record<PrecautionConditionId, Predicate> = {
  anticoagulants: (a) => {
    const named = a.medications.filter((m) => m.isAnticoagulant).map((m) => m.name);
    if (!a.takesAnticoagulant && !a.bleedingDisorder && named.length === 0) return null;
    const details: string[] = [];
    if (named.length > 0) details.push(`Anticoagulants: ${named.join(', ')}.`);
    else if (a.takesAnticoagulant) details.push('Takes an anticoagulant / blood thinner.');
    if (a.bleedingDisorder) details.push('Bleeding disorder.');
    return { details };
  },

  dvt: (a) => {
    const { present, clearedByPhysician } = a.conditions.dvt;
    return present && !clearedByPhysician ? { details: [] } : null;
  },

  cancer_treatment: (a, onDate) => {
    const c = a.conditions.cancer;
    if (!c.present) return null;
    const near = [
      { label: 'last', date: c.lastChemotherapyDate },
      { label: 'next', date: c.nextChemotherapyDate },
    ].filter(({ date }) => isIsoDate(date) && Math.abs(daysBetween(date, onDate)) <= CHEMOTHERAPY_WINDOW_DAYS);
    // A chemotherapy date this close means treatment is active, whatever the checkbox says.
    if (!c.activeTreatment && near.length === 0) return null;
    const details: string[] = [];
    let atLeast: PrecautionSeverity | undefined;
    if (near.length > 0) {
      const when = near.map(({ label, date }) => `${label} ${date}`).join(', ');
      details.push(`No massage within 72 h of chemotherapy (${when}).`);
      atLeast = 'contraindication';
    }
    if (c.portSite) details.push(`Port: ${c.portSite}.`);
    if (c.radiationSites) details.push(`Radiation: ${c.radiationSites}.`);
    return { details, atLeast };
  },

  pregnancy: (a) => {
    const p = a.conditions.pregnancy;
    if (!p.present) return null;
    const details: string[] = [];
    if (p.weeks === null) details.push('Weeks not given: ask.');
    else if (p.weeks < FIRST_TRIMESTER_BEFORE_WEEK) details.push(`${p.weeks} weeks: first trimester, caution.`);
    else if (p.weeks > SUPINE_AFTER_WEEK) details.push(`${p.weeks} weeks: side-lying, not supine.`);
    else details.push(`${p.weeks} weeks.`);
    let atLeast: PrecautionSeverity | undefined;
    if (p.highRisk && !p.obClearance) {
      details.push('High-risk: needs OB clearance before massage.');
      atLeast = 'contraindication';
    } else if (p.highRisk) {
      details.push('High-risk: OB clearance on file.');
    }
    return { details, atLeast };
  },

  // Controlled hypertension raises no alert: this rule (and its editable text) is about
  // uncontrolled blood pressure. Left unanswered, "controlled" is false, so the alert shows.
  hypertension: (a) => {
    const { present, controlled } = a.conditions.hypertension;
    return present && !controlled ? { details: [] } : null;
  },

  epilepsy: (a) => (a.conditions.epilepsy ? { details: [] } : null),

  recent_surgery: (a, onDate) => {
    const s = a.conditions.recentSurgery;
    if (!s.present) return null;
    const details: string[] = [];
    if (isIsoDate(s.date)) {
      if (s.date < monthsBefore(onDate, RECENT_SURGERY_MONTHS)) return null;
      details.push(`Surgery on ${s.date}.`);
    } else {
      details.push('Surgery date not given: confirm it was within the last 6 months.');
    }
    if (s.where) details.push(`Site: ${s.where}.`);
    return { details };
  },

  skin_condition: (a) => {
    const s = a.conditions.skinCondition;
    if (!s.present) return null;
    const details: string[] = [];
    if (s.where) details.push(`Area: ${s.where}.`);
    if (!s.contagious) return { details };
    details.push('Contagious: reschedule.');
    return { details, atLeast: 'contraindication' };
  },

  allergies: (a) => {
    const { nutOils, latex, essentialOils, other } = a.allergies;
    const named = [
      nutOils ? 'nut oils' : '',
      latex ? 'latex' : '',
      essentialOils ? `essential oils (${essentialOils})` : '',
      other,
    ].filter(Boolean);
    return named.length > 0 ? { details: [`Allergic to: ${named.join('; ')}.`] } : null;
  },

  neuropathy: (a) => (a.conditions.neuropathy ? { details: [] } : null),

  osteoporosis: (a) => (a.conditions.osteoporosis ? { details: [] } : null),
};

/**
 * The alerts for a client's intake on `onDate` (YYYY-MM-DD, the clinic's today), most serious first.
 * Disabled rules produce nothing; a condition missing from `rules` never fires.
 */
export function evaluatePrecautions(
  answers: IntakeAnswers,
  rules: readonly PrecautionRule[] = DEFAULT_PRECAUTION_RULES,
  onDate: string,
): Alert[] {
  if (!isIsoDate(onDate)) throw new Error(`evaluatePrecautions needs a YYYY-MM-DD date, got "${onDate}"`);
  const alerts: Alert[] = [];
  for (const rule of rules) {
    if (!rule.enabled) continue;
    const finding = PREDICATES[rule.id](answers, onDate);
    if (!finding) continue;
    const alert: Alert = {
      ruleId: rule.id,
      severity: mostSerious(rule.severity, finding.atLeast),
      title: rule.condition,
      text: rule.alert,
      modalities: rule.modalities.map((m) => ({ ...m })),
    };
    if (finding.details.length > 0) alert.detail = finding.details.join(' ');
    alerts.push(alert);
  }
  // Array.prototype.sort is stable, so rules keep their table order within a severity.
  return alerts.sort((x, y) => severityRank(x.severity) - severityRank(y.severity));
}

export function severityRank(severity: PrecautionSeverity): number {
  return PRECAUTION_SEVERITIES.indexOf(severity);
}

function mostSerious(a: PrecautionSeverity, b: PrecautionSeverity | undefined): PrecautionSeverity {
  return b !== undefined && severityRank(b) < severityRank(a) ? b : a;
}

// ── Acknowledgments ──────────────────────────────────────────────────────────────────────────

/** One alert's claim on one modality the therapist picked. */
export interface ModalityPrompt {
  ruleId: PrecautionConditionId;
  modality: ModalityId;
  level: ModalityLevel;
  title: string;
  text: string;
  note?: string;
  detail?: string;
}

/** What a session stores: who accepted which precaution for which modality, and when. */
export interface Acknowledgment {
  ruleId: PrecautionConditionId;
  modality: ModalityId;
  level: ModalityLevel;
  /** The sentence the therapist saw (`promptText`), kept as shown even if the rule is reworded later. */
  text: string;
  acknowledgedBy: string;
  /** UTC ISO-8601 instant. */
  acknowledgedAt: string;
}

/** The alerts that name `modality` (or 'all'): one prompt per alert, contraindicated first. */
export function promptsForModality(alerts: readonly Alert[], modality: ModalityId): ModalityPrompt[] {
  const prompts: ModalityPrompt[] = [];
  for (const alert of alerts) {
    const entries = alert.modalities.filter((m) => m.modality === modality || m.modality === 'all');
    if (entries.length === 0) continue;
    // DVT names 'all' (caution) and cupping (contraindicated): the stricter, then the specific, wins.
    const entry = entries.reduce((best, m) => (isStricter(m, best) ? m : best));
    const prompt: ModalityPrompt = { ruleId: alert.ruleId, modality, level: entry.level, title: alert.title, text: alert.text };
    if (entry.note) prompt.note = entry.note;
    if (alert.detail) prompt.detail = alert.detail;
    prompts.push(prompt);
  }
  return prompts.sort((x, y) => levelRank(x.level) - levelRank(y.level));
}

/**
 * The prompts for the chosen modalities that no acknowledgment covers yet. An acknowledgment made
 * at 'caution' does not cover a prompt that has since become 'contraindicated'.
 */
export function missingAcknowledgments(
  alerts: readonly Alert[],
  chosenModalities: readonly ModalityId[],
  acknowledgments: readonly { ruleId: string; modality: string; level?: ModalityLevel }[],
): ModalityPrompt[] {
  const missing: ModalityPrompt[] = [];
  for (const modality of new Set(chosenModalities)) {
    for (const prompt of promptsForModality(alerts, modality)) {
      const covered = acknowledgments.some(
        (ack) =>
          ack.ruleId === prompt.ruleId &&
          ack.modality === prompt.modality &&
          (ack.level === undefined || levelRank(ack.level) <= levelRank(prompt.level)),
      );
      if (!covered) missing.push(prompt);
    }
  }
  return missing;
}

export function makeAcknowledgment({ prompt, by, at }: { prompt: ModalityPrompt; by: string; at: string }): Acknowledgment {
  return {
    ruleId: prompt.ruleId,
    modality: prompt.modality,
    level: prompt.level,
    text: promptText(prompt),
    acknowledgedBy: by,
    acknowledgedAt: at,
  };
}

/** "Anticoagulants / bleeding disorder: Cupping contraindicated (Bruising and bleeding risk). Light pressure; bruising risk." */
export function promptText(prompt: ModalityPrompt): string {
  const note = prompt.note ? ` (${prompt.note})` : '';
  const detail = prompt.detail ? ` ${prompt.detail}` : '';
  return `${prompt.title}: ${modalityLabel(prompt.modality)} ${prompt.level}${note}. ${prompt.text}${detail}`;
}

function levelRank(level: ModalityLevel): number {
  return level === 'contraindicated' ? 0 : 1;
}

function isStricter(candidate: PrecautionModality, current: PrecautionModality): boolean {
  const diff = levelRank(candidate.level) - levelRank(current.level);
  if (diff !== 0) return diff < 0;
  return current.modality === 'all' && candidate.modality !== 'all';
}

// ── Calendar arithmetic on YYYY-MM-DD (no clock, no time zone) ───────────────────────────────

/** The same day `months` calendar months earlier, clamped to the month's end (31 Aug − 6 → 28/29 Feb). */
function monthsBefore(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) - months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const lastDay = daysInMonth(year, month);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}
