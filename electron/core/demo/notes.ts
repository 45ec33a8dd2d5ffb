// The content of a demo session note: findings that improve over the plan, modalities that respect
// the client's precautions (acknowledged where a rule asks for it), and SOAP text to match.
import { findingScale, findingTypeLabel, regionLabel, type FindingTypeId, type Side } from '../../../shared/domain/body-regions';
import { modalityById, type ModalityId } from '../../../shared/domain/modalities';
import { DEFAULT_PRECAUTION_RULES } from '../../../shared/domain/precaution-rules';
import { evaluatePrecautions, makeAcknowledgment, promptsForModality, type Acknowledgment } from '../../../shared/domain/precautions';
import type { IntakeAnswers } from '../../../shared/schemas/intake';
import type { SessionFinding, SessionModality } from '../../../shared/schemas/session';
import { ASSESSMENTS, ESSENTIAL_OILS, PLAN_NOTES, type Complaint } from './conditions';
import type { PlannedPlan, PlannedVisit } from './planner';
import type { Rng } from './random';

/** A region the plan tracks from visit to visit, with where it started. */
export interface FindingSlot {
  regionId: string;
  side: Side;
  type: FindingTypeId;
  /** Severity 1–3, or pain 0–10 for pain findings. */
  initial: number;
}

const slotsByPlan = new WeakMap<PlannedPlan, FindingSlot[]>();

/** The plan's regions: 3–5 of the complaint's, both sides where the complaint says so (at most 6 findings). */
export function findingSlots(rng: Rng, plan: PlannedPlan): FindingSlot[] {
  const known = slotsByPlan.get(plan);
  if (known) return known;
  const complaint = plan.client.person.complaint;
  const slots: FindingSlot[] = [];
  for (const [regionId, rule] of rng.sample(complaint.regions, rng.int(3, 5))) {
    const sides: Side[] = rule === 'both' ? ['left', 'right'] : [rule];
    for (const side of sides) {
      if (slots.length >= 6) break;
      const type = rng.pick(complaint.findings);
      slots.push({ regionId, side, type, initial: findingScale(type) === 'pain' ? rng.int(5, 8) : rng.int(2, 3) });
    }
  }
  slotsByPlan.set(plan, slots);
  return slots;
}

const clamp = (v: number, min: number, max: number) => Math.max(min, Math.min(max, Math.round(v)));

/** Where a score stands `progress` (0–1) through the plan: falling toward 1 as the plan works. */
function improved(rng: Rng, initial: number, progress: number, improvement: number, scale: 'pain' | 'severity'): number {
  const floor = 1;
  const value = initial - (initial - floor) * progress * improvement + rng.around(0, scale === 'pain' ? 0.9 : 0.35);
  return scale === 'pain' ? clamp(value, 0, 10) : clamp(value, 1, 3);
}

export interface NoteContent {
  subjective: string;
  objective: string;
  assessment: string;
  plan: string;
  homeCare: string;
  nextVisit: string;
  painBefore: number;
  painAfter: number;
  totalMinutes: number;
  modalities: SessionModality[];
  findings: SessionFinding[];
  acknowledgments: Acknowledgment[];
}

/** 2–3 of the complaint's modalities the precautions allow, with minutes adding up to the visit. */
function modalitiesFor(rng: Rng, complaint: Complaint, visitMinutes: number, answers: IntakeAnswers, date: string, by: string, at: string) {
  const alerts = evaluatePrecautions(answers, DEFAULT_PRECAUTION_RULES, date);
  const allowed = (m: ModalityId) => !promptsForModality(alerts, m).some((p) => p.level === 'contraindicated');
  const timed = complaint.modalities.filter((m) => modalityById(m).timed && allowed(m));
  const treatment = visitMinutes - rng.int(5, 10);
  const chosen = rng.sample(timed.length > 0 ? timed : (['swedish'] as ModalityId[]), treatment < 40 ? rng.int(1, 2) : rng.int(2, 3));
  const modalities: SessionModality[] = [];
  let left = treatment;
  chosen.forEach((modality, i) => {
    const others = chosen.length - 1 - i;
    // Round to 5 minutes and leave at least 10 for each modality still to come.
    const minutes = others === 0 ? left : Math.min(left - 10 * others, Math.max(10, Math.round((left * rng.int(40, 60)) / 100 / 5) * 5));
    left -= minutes;
    modalities.push({ modality, minutes, cptCode: modalityById(modality).cptCode, oils: '' });
  });
  const addOn = complaint.modalities.find((m) => !modalityById(m).timed && allowed(m));
  if (addOn && rng.chance(0.35)) {
    modalities.push({ modality: addOn, minutes: addOn === 'aromatherapy' ? 0 : 10, cptCode: modalityById(addOn).cptCode, oils: addOn === 'aromatherapy' ? rng.pick(ESSENTIAL_OILS) : '' });
  }
  const acknowledgments: Acknowledgment[] = [];
  for (const modality of new Set(modalities.map((m) => m.modality))) {
    for (const prompt of promptsForModality(alerts, modality)) acknowledgments.push(makeAcknowledgment({ prompt, by, at }));
  }
  return { modalities, acknowledgments, totalMinutes: treatment };
}

const short = (regionId: string, side: Side) => regionLabel(regionId, side).replace(/^Left /, 'L ').replace(/^Right /, 'R ');

/** The note for one visit. `answers` is the client's latest signed intake; `by` the therapist's name. */
export function noteFor(rng: Rng, visit: PlannedVisit, answers: IntakeAnswers, by: string, at: string, newId: () => string): NoteContent {
  const plan = visit.plan;
  const complaint = plan.client.person.complaint;
  const progress = plan.visits.length > 1 ? visit.k / (plan.visits.length - 1) : 0;
  const slots = findingSlots(rng, plan);
  const present = slots.filter((_, i) => i < 2 || rng.chance(0.92));
  const findings: SessionFinding[] = present.map((s) => {
    const scale = findingScale(s.type);
    const score = improved(rng, s.initial, progress, plan.improvement, scale);
    return { id: newId(), regionId: s.regionId, side: s.side, type: s.type, severity: scale === 'pain' ? null : score, pain: scale === 'pain' ? score : null, note: '' };
  });
  const painBefore = improved(rng, 6 + (plan.index === 0 ? 1 : 0), progress, plan.improvement, 'pain');
  const painAfter = Math.max(0, painBefore - rng.int(1, 3));
  const { modalities, acknowledgments, totalMinutes } = modalitiesFor(rng, complaint, visit.length, answers, visit.date, by, at);
  const objective = findings
    .map((f) => `${findingTypeLabel(f.type)} ${short(f.regionId, f.side)}${f.pain !== null ? ` (pain ${f.pain}/10)` : ` (${f.severity}/3)`}`)
    .join('; ');
  const first = visit.k === 0 && plan.index === 0;
  return {
    subjective: `${first ? `Initial visit. ${complaint.reason}. ` : ''}${rng.pick(complaint.subjective).replace('{pain}', String(painBefore))}`,
    objective: `${objective}.`,
    assessment: first ? 'Findings consistent with the referral; good candidate for a course of medical massage.' : rng.pick(ASSESSMENTS),
    plan: first ? `Treatment plan: ${plan.visits.length} visits, ${plan.every === 1 ? 'weekly' : 'every 2 weeks'}.` : rng.pick(PLAN_NOTES),
    homeCare: rng.pick(complaint.homeCare),
    nextVisit: plan.every === 1 ? '1 week' : '2 weeks',
    painBefore,
    painAfter,
    totalMinutes,
    modalities,
    findings,
    acknowledgments,
  };
}
