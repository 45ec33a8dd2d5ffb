// The progress report: a one-page letter to the referring physician about a client's diagnoses,
// plan and progress. Charting (sessions, pain scores, findings) does not exist yet, so those
// sections say so plainly rather than printing an empty table a physician could misread.
import { validateIcd10 } from '../domain/icd10';
import { modalityLabel } from '../domain/modalities';
import type { Alert } from '../domain/precautions';
import { PRECAUTIONS_DISCLAIMER } from '../domain/precautions';
import type { PaperSize } from '../schemas/documents';
import type { TreatmentPlan } from '../schemas/plan';
import type { Referral } from '../schemas/referral';
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
${section(
  'Progress',
  fields([
    ['Visits so far', html`<span class="empty">${NO_SESSIONS_YET}</span>`],
    ['Latest pain scores', html`<span class="empty">${NO_SESSIONS_YET}</span>`],
    ['Findings', html`<span class="empty">${NO_SESSIONS_YET}</span>`],
  ]),
)}
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
