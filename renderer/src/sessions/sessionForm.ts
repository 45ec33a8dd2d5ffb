// The session form's values and how they become what `sessions/saveDraft` and `sessions/sign` take.
// A draft must never wait on one bad field: each invalid field is saved as it last was (or left
// out, for a modality row), and its message goes beside it; everything else is saved.
import { MODALITIES, modalityById, type ModalityId } from '../../../shared/domain/modalities';
import type { Acknowledgment } from '../../../shared/domain/precautions';
import { SessionContent, sessionContentFields, SessionModality, type Session, type SessionFinding } from '../../../shared/schemas/session';

export interface ModalityRow {
  /** '' until one is chosen. */
  modality: ModalityId | '';
  minutes: number | null;
  cptCode: string;
  oils: string;
}

export interface SessionFormValues {
  practitionerId: string;
  sessionDate: string;
  startTime: string;
  endTime: string;
  totalMinutes: number | null;
  subjective: string;
  painBefore: number | null;
  objective: string;
  assessment: string;
  painAfter: number | null;
  plan: string;
  homeCare: string;
  nextVisit: string;
  /** '' for none (a <select> cannot hold null). */
  referralId: string;
  planId: string;
  modalities: ModalityRow[];
  findings: SessionFinding[];
  acknowledgments: Acknowledgment[];
}

/** A field's message, at its react-hook-form path ("painBefore", "modalities.0.minutes"). */
export interface FieldProblem {
  path: string;
  message: string;
}

export function formValuesFrom(s: SessionContent): SessionFormValues {
  return {
    practitionerId: s.practitionerId,
    sessionDate: s.sessionDate,
    startTime: s.startTime,
    endTime: s.endTime,
    totalMinutes: s.totalMinutes,
    subjective: s.subjective,
    painBefore: s.painBefore,
    objective: s.objective,
    assessment: s.assessment,
    painAfter: s.painAfter,
    plan: s.plan,
    homeCare: s.homeCare,
    nextVisit: s.nextVisit,
    referralId: s.referralId ?? '',
    planId: s.planId ?? '',
    modalities: s.modalities.map((m) => ({ ...m })),
    findings: s.findings.map((f) => ({ ...f })),
    acknowledgments: s.acknowledgments.map((a) => ({ ...a })),
  };
}

/** Just the content of a loaded session (what the form edits). */
export function contentOf(s: Session): SessionContent {
  const { id: _id, clientId: _c, appointmentId: _a, status: _s, signedAt: _sa, signedBy: _sb, signedByName: _sn, addenda: _ad, createdAt: _ca, updatedAt: _u, ...content } = s;
  return content;
}

export function blankModality(): ModalityRow {
  return { modality: '', minutes: null, cptCode: '', oils: '' };
}

/** The default billing code of a modality ('' for none chosen). */
export function defaultCode(modality: string): string {
  return MODALITIES.find((m) => m.id === modality)?.cptCode ?? '';
}

export function isTimedCode(modality: string): boolean {
  return modality ? modalityById(modality as ModalityId).timed : false;
}

/** A row the therapist has not finished (no modality, or no minutes yet): left out of a draft quietly. */
function isPending(row: ModalityRow): boolean {
  return row.modality === '' || row.minutes === null;
}

const join = (path: PropertyKey[]) => path.map(String).join('.');

function toInput(values: SessionFormValues, modalities: unknown[]) {
  return { ...values, referralId: values.referralId || null, planId: values.planId || null, modalities };
}

/**
 * What a draft saves now: every valid field, the last saved value of any invalid one, and only the
 * complete, valid modality rows. The problems go beside their fields.
 */
export function draftContent(values: SessionFormValues, lastGood: SessionContent): { content: SessionContent; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const rows: unknown[] = [];
  values.modalities.forEach((row, i) => {
    if (isPending(row)) return;
    const parsed = SessionModality.safeParse(row);
    if (parsed.success) rows.push(parsed.data);
    else for (const issue of parsed.error.issues) problems.push({ path: join(['modalities', i, ...issue.path]), message: issue.message });
  });
  let input: Record<string, unknown> = toInput(values, rows);
  for (let attempt = 0; attempt < 4; attempt++) {
    const parsed = SessionContent.safeParse(input);
    if (parsed.success) return { content: parsed.data, problems };
    const next = { ...input };
    for (const issue of parsed.error.issues) {
      const [key, index] = issue.path;
      if (typeof key !== 'string') continue;
      if (attempt === 0) problems.push({ path: join(issue.path), message: issue.message });
      if ((key === 'findings' || key === 'acknowledgments') && typeof index === 'number') {
        next[key] = (next[key] as unknown[]).filter((_, i) => i !== index);
      } else {
        // A later attempt means the last saved value no longer fits either (an end time before a
        // new start time): then save the field empty.
        next[key] = attempt === 0 ? lastGood[key as keyof SessionContent] : sessionContentFields[key as keyof typeof sessionContentFields]?.safeParse(undefined).data;
      }
    }
    input = next;
  }
  return { content: lastGood, problems };
}

/** What signing sends: everything must be valid. Untouched blank modality rows are dropped. */
export function finalContent(values: SessionFormValues): { content: SessionContent | null; problems: FieldProblem[] } {
  const kept = values.modalities.map((m, i) => ({ row: m, i })).filter(({ row }) => !(row.modality === '' && row.minutes === null && !row.cptCode.trim() && !row.oils.trim()));
  const rows = kept.map(({ row }) => ({ ...row, modality: row.modality || undefined, minutes: row.minutes ?? undefined }));
  const parsed = SessionContent.safeParse(toInput(values, rows));
  if (parsed.success) return { content: parsed.data, problems: [] };
  return {
    content: null,
    problems: parsed.error.issues.map((issue) => {
      const path = [...issue.path];
      // Back from the kept rows to the rows on screen.
      if (path[0] === 'modalities' && typeof path[1] === 'number') path[1] = kept[path[1]]?.i ?? path[1];
      const message = path[0] === 'modalities' && path[2] === 'minutes' && issue.code === 'invalid_type' ? 'Enter the minutes' : issue.message;
      return { path: join(path), message };
    }),
  };
}
