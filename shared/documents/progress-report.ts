// The progress report: a one-page letter to the referring physician about a client's diagnoses,
// plan and progress. Progress comes from signed sessions only (drafts may still change): visits so
// far, the latest pain scores and the latest findings by region beside when each was first noted.
// With no signed session yet the section says so plainly rather than printing an empty table a
// physician could misread.
import { findingTypeLabel, regionLabel } from '../domain/body-regions';
import { validateIcd10 } from '../domain/icd10';
import { modalityLabel } from '../domain/modalities';
import type { Alert } from '../domain/precautions';
import { PRECAUTIONS_DISCLAIMER } from '../domain/precautions';
import type { PaperSize } from '../schemas/documents';
import type { TreatmentPlan } from '../schemas/plan';
import type { Referral } from '../schemas/referral';
import type { ClientProgress, SessionSummary } from '../schemas/session';
import { formatDate, fullName, practitionerName, type PersonName } from './format';
import { html, type HtmlValue } from './html';
import { empty, fields, renderPage, section, table, type DocumentPage, type Letterhead } from './layout';

export const NO_SESSIONS_YET = 'No sessions have been charted yet.';

export interface Physician {
  name: string;
  practice: string;
  phone: string;
  fax: string;
  npi: string;
}

export interface ProgressReportInput {
  letterhead: Letterhead;
  paper: PaperSize;
  /** The clinic's date today (YYYY-MM-DD): the letter's date. */
  today: string;
  client: PersonName & { dateOfBirth: string };
  /** From the referral in force (or the latest), else the physician named on the client; null if none. */
  physician: Physician | null;
  referral: Referral | null;
  plan: TreatmentPlan | null;
  alerts: readonly Alert[];
  /** From summarizeProgress; null while the client has no signed session. */
  progress: ProgressSummary | null;
}

/** A finding as the report compares it: its score on one visit. */
export interface FindingAt {
  sessionDate: string;
  severity: number | null;
  pain: number | null;
}

export interface ProgressSummary {
  /** Signed visits: under the referral when there is one (its dates), else all of them. */
  visits: { count: number; first: string | null; last: string | null; underReferral: boolean };
  /** The last signed sessions with a pain score, oldest first (at most PAIN_ROWS). */
  pain: { sessionDate: string; painBefore: number | null; painAfter: number | null }[];
  /** The findings of the latest signed session that has any, each beside when it was first noted. */
  findings: { regionId: string; side: 'left' | 'right' | 'midline'; type: string; latest: FindingAt; first: FindingAt | null }[];
  /** How many findings of that session did not fit on the page. */
  moreFindings: number;
}

const PAIN_ROWS = 3;
/** The letter is one page: the findings table shows at most this many rows. */
const FINDING_ROWS = 4;

/**
 * What the report says about progress, from the client's sessions and region series
 * (clientProgress): only signed sessions count. Null when there is no signed session.
 */
export function summarizeProgress(progress: ClientProgress, referral: Pick<Referral, 'startDate' | 'endDate' | 'visitsUsed'> | null): ProgressSummary | null {
  const signed: SessionSummary[] = progress.sessions.filter((s) => s.status === 'signed');
  if (signed.length === 0) return null;
  const counted = referral ? signed.filter((s) => s.sessionDate >= referral.startDate && s.sessionDate <= referral.endDate) : signed;
  const visits = {
    count: referral ? referral.visitsUsed : signed.length,
    first: counted[0]?.sessionDate ?? null,
    last: counted[counted.length - 1]?.sessionDate ?? null,
    underReferral: referral !== null,
  };
  const pain = signed
    .filter((s) => s.painBefore !== null || s.painAfter !== null)
    .slice(-PAIN_ROWS)
    .map((s) => ({ sessionDate: s.sessionDate, painBefore: s.painBefore, painAfter: s.painAfter }));

  // Each signed session's place in time, so "latest" and "first" follow the visits' order.
  const order = new Map(signed.map((s, i) => [s.id, i]));
  const points = progress.regions.flatMap((r) =>
    r.points.filter((p) => order.has(p.sessionId)).map((p) => ({ ...p, regionId: r.regionId, side: r.side, at: order.get(p.sessionId)! })),
  );
  const latestAt = Math.max(-1, ...points.map((p) => p.at));
  const latest = points.filter((p) => p.at === latestAt);
  const findings = latest.map((p) => {
    const earlier = points.filter((q) => q.regionId === p.regionId && q.side === p.side && q.type === p.type && q.at < p.at).sort((a, b) => a.at - b.at)[0];
    const at = (x: typeof p): FindingAt => ({ sessionDate: x.sessionDate, severity: x.severity, pain: x.pain });
    return { regionId: p.regionId, side: p.side, type: p.type, latest: at(p), first: earlier ? at(earlier) : null };
  });
  return { visits, pain, findings: findings.slice(0, FINDING_ROWS), moreFindings: Math.max(0, findings.length - FINDING_ROWS) };
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function addressBlock(physician: Physician | null): HtmlValue {
  if (!physician) return html`<p><strong>Referring physician</strong><br><span class="muted">No referral or referring physician is on file.</span></p>`;
  const contact = [physician.fax && `Fax ${physician.fax}`, physician.phone && `Phone ${physician.phone}`, physician.npi && `NPI ${physician.npi}`].filter(Boolean);
  return html`<p><strong>${physician.name}</strong>${physician.practice && html`<br>${physician.practice}`}${
    contact.length > 0 && html`<br><span class="muted">${contact.join('  ·  ')}</span>`
  }</p>`;
}

function diagnoses(referral: Referral | null): HtmlValue {
  if (!referral || referral.diagnoses.length === 0) return empty('No referral with diagnoses is on file.');
  const rows = referral.diagnoses.map((code) => {
    const check = validateIcd10(code);
    const description = check.ok && check.description ? check.description : html`<span class="muted">Not in Palpate’s list of common codes</span>`;
    return [code, description];
  });
  return table(['ICD-10-CM', 'Description'], rows, ['code', '']);
}

function ordered(referral: Referral): string {
  const { frequencyPerWeek: f, durationWeeks: w } = referral;
  if (f === null && w === null) return 'Not specified';
  return [f !== null && `${plural(f, 'visit')} per week`, w !== null && `for ${plural(w, 'week')}`].filter(Boolean).join(' ');
}

function referralFacts(referral: Referral | null): HtmlValue {
  if (!referral) return empty('No referral is on file.');
  return fields(
    [
      ['Referral period', `${formatDate(referral.startDate)} – ${formatDate(referral.endDate)}`],
      ['Ordered', ordered(referral)],
      ['Visits', `${referral.visitsAuthorized} authorized, ${referral.visitsUsed} used, ${referral.visitsLeft} remaining`],
      ['Authorization', referral.authorizationNumber || html`<span class="muted">None</span>`],
    ],
    true,
  );
}

function planBlock(plan: TreatmentPlan | null): HtmlValue {
  if (!plan) return empty('No treatment plan has been recorded yet.');
  const goals = table(
    ['Goal', 'Baseline', 'Target'],
    plan.goals.map((g) => [g.description, g.baseline || '—', g.target || '—']),
  );
  const facts = fields(
    [
      ['Frequency', plan.frequencyPerWeek !== null ? `${plural(plan.frequencyPerWeek, 'session')} per week` : 'Not specified'],
      ['Planned sessions', plan.plannedSessions !== null ? String(plan.plannedSessions) : 'Not specified'],
      ['Started', formatDate(plan.startDate)],
      ['Review', plan.reviewDate ? formatDate(plan.reviewDate) : 'Not set'],
      ['Modalities', plan.modalities.length > 0 ? plan.modalities.map(modalityLabel).join(', ') : 'Not specified'],
    ],
    true,
  );
  return html`${goals}${facts}`;
}

function alertsBlock(alerts: readonly Alert[]): HtmlValue {
  if (alerts.length === 0) return empty('The client’s intake raises no precautions.');
  return html`<p>${alerts.map((a, i) => html`${i > 0 && ' · '}<strong>${a.title}</strong> <span class="muted">(${a.severity})</span>`)}</p>
<p class="small muted">${PRECAUTIONS_DISCLAIMER}</p>`;
}

const score = (f: FindingAt) => (f.pain !== null ? `${f.pain}/10` : f.severity !== null ? `${f.severity}/3` : '—');
const painPair = (before: number | null, after: number | null) =>
  `${before !== null ? `${before}/10` : '—'} before, ${after !== null ? `${after}/10` : '—'} after`;

function progressBlock(progress: ProgressSummary | null): HtmlValue {
  if (!progress) {
    return fields([
      ['Visits so far', html`<span class="empty">${NO_SESSIONS_YET}</span>`],
      ['Latest pain scores', html`<span class="empty">${NO_SESSIONS_YET}</span>`],
      ['Findings', html`<span class="empty">${NO_SESSIONS_YET}</span>`],
    ]);
  }
  // Kept short: the letter is one page. The referral's own line above already says how many visits remain.
  const { visits } = progress;
  const span = visits.first && visits.last ? (visits.first === visits.last ? `on ${formatDate(visits.first)}` : `${formatDate(visits.first)} – ${formatDate(visits.last)}`) : '';
  const visitText = visits.underReferral
    ? visits.count > 0
      ? `${plural(visits.count, 'signed visit')} under this referral${span && `, ${span}`}`
      : 'No signed visit falls within this referral’s dates yet.'
    : `${plural(visits.count, 'signed visit')}${span && `, ${span}`}`;
  const pain =
    progress.pain.length > 0
      ? html`${progress.pain.map((p, i) => html`${i > 0 && '  ·  '}<span style="white-space: nowrap">${formatDate(p.sessionDate)}: <strong>${painPair(p.painBefore, p.painAfter)}</strong></span>`)}`
      : html`<span class="muted">No pain scores were recorded.</span>`;
  const latest = progress.findings[0]?.latest.sessionDate;
  const rows: [string, HtmlValue][] = [
    ['Visits so far', visitText],
    ['Pain scores', pain],
  ];
  if (!latest) return fields([...rows, ['Findings', html`<span class="muted">No findings were charted on signed visits.</span>`]]);
  return html`${fields(rows)}${table(
    ['Region', 'Finding', 'First noted', `Latest, ${formatDate(latest)}`],
    progress.findings.map((f) => [
      regionLabel(f.regionId, f.side),
      findingTypeLabel(f.type),
      f.first ? `${score(f.first)} on ${formatDate(f.first.sessionDate)}` : html`<span class="muted">New on this visit</span>`,
      html`<strong>${score(f.latest)}</strong>`,
    ]),
  )}${progress.moreFindings > 0 && html`<p class="small muted">And ${plural(progress.moreFindings, 'more finding')} on that visit; the chart lists every finding.</p>`}`;
}

function signatureBlock(letterhead: Letterhead): HtmlValue {
  const p = letterhead.practitioner;
  return html`<div class="closing">
<p>Please contact me with any questions, or with changes to the orders.</p>
<p>Sincerely,</p>
<div class="signature"><div>
  <div class="sig short"></div>
  ${p
    ? html`<div><strong>${practitionerName(p)}</strong></div>
  <div class="small muted">${[p.licenseNumber && `License ${p.licenseNumber}`, p.npi && `NPI ${p.npi}`].filter(Boolean).join('  ·  ')}</div>`
    : html`<div class="small muted">Practitioner, ${letterhead.clinicName}</div>`}
</div></div>
</div>`;
}

export function renderProgressReport(input: ProgressReportInput): DocumentPage {
  const { client, physician, referral } = input;
  const name = fullName(client);
  const title = `Progress report — ${name}`;
  const dob = client.dateOfBirth ? `, date of birth ${formatDate(client.dateOfBirth)}` : '';
  const body = html`
${addressBlock(physician)}
<p class="callout"><strong>Re: ${name}${dob}</strong></p>
<p>Dear ${physician?.name || 'Doctor'},</p>
<p>Thank you for referring ${name} for medical massage therapy. This letter reports the diagnoses and plan of care
we are working under and the progress made so far.</p>
${section('Referral and diagnoses', html`${referralFacts(referral)}${diagnoses(referral)}`)}
${section('Treatment plan', planBlock(input.plan))}
${section('Progress', progressBlock(input.progress))}
${section('Precautions on file', alertsBlock(input.alerts))}
${signatureBlock(input.letterhead)}`;
  const page = renderPage({
    title,
    paper: input.paper,
    letterhead: input.letterhead,
    documentName: 'Progress report',
    documentDate: formatDate(input.today),
    body,
  });
  return { title, ...page };
}
