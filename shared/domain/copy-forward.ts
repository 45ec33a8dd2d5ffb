// Starting a note from the last signed one, or from a template: what carries over and what must
// be charted fresh. Findings, modalities, plan and home care carry over; the client's report, the
// pain scores, assessment and precaution acknowledgments never do (each visit is acknowledged anew).
import type { SessionContent, SessionFinding, SessionModality, TemplateInput } from '../schemas/session';

export type CarriedContent = Pick<SessionContent, 'objective' | 'plan' | 'homeCare' | 'modalities' | 'findings' | 'subjective' | 'assessment'>;

export function copyForward(
  last: { findings: readonly SessionFinding[]; modalities: readonly SessionModality[]; plan: string; homeCare: string },
  newId: () => string,
): CarriedContent {
  return {
    subjective: '',
    objective: '',
    assessment: '',
    plan: last.plan,
    homeCare: last.homeCare,
    modalities: last.modalities.map((m) => ({ ...m })),
    findings: last.findings.map((f) => ({ ...f, id: newId() })),
  };
}

export function fromTemplate(template: Pick<TemplateInput, 'subjective' | 'objective' | 'assessment' | 'plan' | 'homeCare' | 'modalities'>): CarriedContent {
  return {
    subjective: template.subjective,
    objective: template.objective,
    assessment: template.assessment,
    plan: template.plan,
    homeCare: template.homeCare,
    modalities: template.modalities.map((m) => ({ ...m })),
    findings: [],
  };
}
