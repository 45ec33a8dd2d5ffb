// The chart export: a client's whole record on paper, for a records request, a transfer of care or
// an audit. A cover (who the client is, current precautions, referrals and plans), then every
// signed session, oldest first, each as a compact note with its addenda. Unsigned drafts are not
// part of the record: they are only listed, at the end, so nobody mistakes their absence.
import { billableUnits, totalTimedMinutes } from '../domain/billing-units';
import { modalityLabel } from '../domain/modalities';
import type { Alert } from '../domain/precautions';
import { PRECAUTIONS_DISCLAIMER } from '../domain/precautions';
import type { Client } from '../schemas/client';
import type { PaperSize } from '../schemas/documents';
import type { TreatmentPlan } from '../schemas/plan';
import type { Referral } from '../schemas/referral';
import type { Session } from '../schemas/session';
import { formatDate, formatDateTime, fullName, practitionerName, type Signer } from './format';
import { html, type HtmlValue } from './html';
import { empty, fields, renderPage, section, table, type DocumentPage, type Letterhead } from './layout';
import {
  acknowledgmentsList,
  addendaBlock,
  codeLines,
  diagnosesTable,
  findingsTable,
  minutesText,
  multiline,
  painText,
  referralLine,
  SESSION_CSS,
  timeRange,
  withStyles,
} from './session-note';

export interface ChartExportInput {
  letterhead: Letterhead;
  paper: PaperSize;
  timeZone: string;
  /** The clinic's date today (YYYY-MM-DD): the export's date. */
  today: string;
  client: Client;
  age: number | null;
  alerts: readonly Alert[];
  /** Newest first, as listReferrals gives them. */
  referrals: readonly Referral[];
  plans: readonly TreatmentPlan[];
  /** Signed sessions, oldest first. */
  sessions: readonly Session[];
  /** Unsigned drafts (date of service), oldest first: listed, not printed. */
  drafts: readonly { sessionDate: string }[];
  /** Every practitioner the sessions name, by id. */
  practitioners: ReadonlyMap<string, Signer>;
}

const SEX_LABELS: Record<string, string> = { female: 'Female', male: 'Male', intersex: 'Intersex', unknown: 'Unknown' };
const RELATIONSHIPS: Record<string, string> = { self: 'Self', spouse: 'Spouse', child: 'Child', other: 'Other' };

const none = (text = 'Not given') => html`<span class="muted">${text}</span>`;
const orNone = (value: string) => (value.trim() ? value : none());
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function demographics(c: Client, age: number | null): HtmlValue {
  const address = [c.addressLine1, c.addressLine2, [c.city, c.region, c.postalCode].filter(Boolean).join(' '), c.country].filter((l) => l.trim());
  const emergency = [c.emergencyContactName, c.emergencyContactRelationship && `(${c.emergencyContactRelationship})`, c.emergencyContactPhone].filter(Boolean).join(' ');
  const insurance = [c.insurancePayer, c.insuranceMemberId && `member ID ${c.insuranceMemberId}`, c.insuranceGroupNumber && `group ${c.insuranceGroupNumber}`].filter(Boolean).join(', ');
  const subscriber = c.insuranceSubscriberName
    ? `${c.insuranceSubscriberName}${c.insuranceSubscriberRelationship ? ` (${RELATIONSHIPS[c.insuranceSubscriberRelationship] ?? c.insuranceSubscriberRelationship})` : ''}`
    : '';
  const optional: [string, string][] = [
    ['Sex', c.sex ? (SEX_LABELS[c.sex] ?? c.sex) : ''],
    ['Pronouns', c.pronouns],
    ['Email', c.email],
    ['Emergency contact', emergency],
    ['Insurance', insurance],
    ['Subscriber', subscriber],
    ['Referring physician', [c.referringPhysicianName, c.referringPhysicianPhone].filter(Boolean).join(', ')],
  ];
  return fields(
    [
      ['Legal name', html`<strong>${fullName(c)}</strong>${c.preferredName && html` <span class="muted">(prefers ${c.preferredName})</span>`}`],
      ['Date of birth', c.dateOfBirth ? `${formatDate(c.dateOfBirth)}${age !== null ? ` (age ${age})` : ''}` : none()],
      ['Phone', orNone(c.phone)],
      ['Status', c.status === 'archived' ? 'Archived' : 'Active'],
      ...(address.length > 0 ? [['Address', multiline(address.join('\n'))] as [string, HtmlValue]] : []),
      ...optional.filter(([, v]) => v.trim()),
    ],
    true,
  );
}

function alertsBlock(alerts: readonly Alert[], today: string): HtmlValue {
  if (alerts.length === 0) return empty('The client’s intake raises no precautions.');
  return html`${alerts.map(
    (a) =>
      html`<div class="alert ${a.severity}"><span class="title">${a.title}</span><span class="severity">${a.severity}</span><div>${a.text}${a.detail && html` ${a.detail}`}</div></div>`,
  )}<p class="small muted">As of ${formatDate(today)}, from the client’s intake and the clinic’s precaution rules. ${PRECAUTIONS_DISCLAIMER}</p>`;
}

function referralsBlock(referrals: readonly Referral[]): HtmlValue {
  if (referrals.length === 0) return empty('No referral is on file.');
  return referrals.map(
    (r) => html`<div class="referral">
  <div class="head">${referralLine(r)}</div>
  ${fields(
    [
      ['Period', `${formatDate(r.startDate)} – ${formatDate(r.endDate)}`],
      ['Visits', `${r.visitsAuthorized} authorized, ${r.visitsUsed} used, ${r.visitsLeft} remaining`],
    ],
    true,
  )}
  ${r.diagnoses.length > 0 ? diagnosesTable(r.diagnoses) : empty('The referral lists no diagnoses.')}
</div>`,
  );
}

function plansBlock(plans: readonly TreatmentPlan[]): HtmlValue {
  if (plans.length === 0) return empty('No treatment plan has been recorded.');
  return plans.map(
    (p) => html`<div class="plan">
  <div class="head">Plan from ${formatDate(p.startDate)}<span class="status">${p.status}</span></div>
  ${fields(
    [
      ['Frequency', p.frequencyPerWeek !== null ? `${plural(p.frequencyPerWeek, 'session')} per week` : 'Not specified'],
      ['Planned sessions', p.plannedSessions !== null ? String(p.plannedSessions) : 'Not specified'],
      ['Modalities', p.modalities.length > 0 ? p.modalities.map(modalityLabel).join(', ') : 'Not specified'],
      ['Review', p.reviewDate ? formatDate(p.reviewDate) : 'Not set'],
    ],
    true,
  )}
  ${table(
    ['Goal', 'Baseline', 'Target'],
    p.goals.map((g) => [g.description, g.baseline || '—', g.target || '—']),
  )}
  ${p.notes.trim() && html`<p class="small"><span class="muted">Notes:</span> ${multiline(p.notes.trim())}</p>`}
</div>`,
  );
}

/** One SOAP line: a label, the text (or "Not recorded"), and an optional pain score. */
function soapRow(label: string, text: string | HtmlValue, pain?: [string, number | null]): HtmlValue {
  const score = pain && pain[1] !== null ? html`<span class="pain">${pain[0]} ${painText(pain[1])}</span>` : null;
  const body = typeof text === 'string' ? (text.trim() ? multiline(text.trim()) : none('Not recorded')) : text;
  return html`<div><dt>${label}</dt><dd>${body}${score}</dd></div>`;
}

/** What was done and what it bills, in two lines: the compact form of the note's modalities tables. */
function treatmentRows(s: Session): HtmlValue {
  if (s.modalities.length === 0) return soapRow('Treatment', html`<span class="muted">No modalities recorded</span>`);
  const lines = codeLines(s.modalities);
  const units = billableUnits(lines, 'cms_8_minute');
  const total = units.reduce((sum, u) => sum + u.units, 0);
  const done = s.modalities.map(
    (m, i) => html`${i > 0 && ' · '}${modalityLabel(m.modality)}${m.oils && ` (oils: ${m.oils})`} ${m.minutes} min${m.cptCode && html` <span class="muted">${m.cptCode}</span>`}`,
  );
  const billed =
    units.length > 0
      ? html`${units.map((u, i) => html`${i > 0 && ', '}${u.code} × ${u.units}`)} · ${totalTimedMinutes(lines)} timed minutes, ${plural(total, 'unit')} <span class="muted">(CMS 8-minute rule)</span>`
      : null;
  return html`${soapRow('Treatment', done)}${billed && soapRow('Units', billed)}`;
}

function signatureLine(s: Session, timeZone: string): HtmlValue {
  return html`<div class="sigline">Electronically signed by <strong>${s.signedByName ?? 'Unknown practitioner'}</strong> on ${s.signedAt ? formatDateTime(s.signedAt, timeZone) : ''}</div>`;
}

function visit(s: Session, input: ChartExportInput, referrals: ReadonlyMap<string, Referral>): HtmlValue {
  const practitioner = input.practitioners.get(s.practitionerId);
  const referral = s.referralId ? referrals.get(s.referralId) : undefined;
  const when = [formatDate(s.sessionDate), timeRange(s)].filter(Boolean).join(' · ');
  const who = [minutesText(s.totalMinutes), practitioner ? practitionerName(practitioner) : 'Unknown practitioner'].filter(Boolean).join(' · ');
  const planText = [s.plan.trim(), s.homeCare.trim() && `Home care: ${s.homeCare.trim()}`, s.nextVisit.trim() && `Next visit: ${s.nextVisit.trim()}`].filter(Boolean).join('\n');
  return html`<article class="visit">
<div class="visit-head"><span class="when">${when}</span><span class="who">${who}</span></div>
<dl class="soap">
${referral && soapRow('Referral', html`${referral.physicianName}${referral.diagnoses.length > 0 && ` · ${referral.diagnoses.join(', ')}`}`)}
${soapRow('Subjective', s.subjective, ['Pain before', s.painBefore])}
${soapRow('Objective', s.objective)}
</dl>
${s.findings.length > 0 && findingsTable(s.findings)}
<dl class="soap">
${treatmentRows(s)}
${s.acknowledgments.length > 0 && soapRow('Precautions', acknowledgmentsList(s, input.timeZone))}
${soapRow('Assessment', s.assessment, ['Pain after', s.painAfter])}
${soapRow('Plan', planText)}
</dl>
${signatureLine(s, input.timeZone)}
${s.addenda.length > 0 && addendaBlock(s.addenda, input.timeZone)}
</article>`;
}

export function renderChartExport(input: ChartExportInput): DocumentPage {
  const { client, sessions, drafts } = input;
  const name = fullName(client);
  const date = formatDate(input.today);
  const title = `Chart — ${name} — ${date}`;
  const referrals = new Map(input.referrals.map((r) => [r.id, r]));
  const span =
    sessions.length > 0
      ? `${plural(sessions.length, 'signed session')}, ${formatDate(sessions[0]!.sessionDate)} – ${formatDate(sessions[sessions.length - 1]!.sessionDate)}`
      : 'No signed sessions';
  const body = html`
<section class="cover">
  <h1>${name}</h1>
  <div class="sub">Complete chart as of ${date} · ${span}</div>
  ${demographics(client, input.age)}
</section>
${section('Current precautions', alertsBlock(input.alerts, input.today))}
${section('Referrals and diagnoses', referralsBlock(input.referrals), 'long')}
${section('Treatment plans', plansBlock(input.plans), 'long')}
<section class="long"><h2>Sessions, oldest first</h2>
${sessions.length > 0 ? sessions.map((s) => visit(s, input, referrals)) : empty('No session has been signed yet.')}
</section>
${drafts.length > 0 &&
section(
  'Not included',
  html`<ul class="drafts">${drafts.map((d) => html`<li>Unsigned draft of ${formatDate(d.sessionDate)} not included</li>`)}</ul>
<p class="small muted">Drafts are not part of the record until they are signed.</p>`,
  'drafts',
)}`;
  const page = withStyles(
    renderPage({ title, paper: input.paper, letterhead: input.letterhead, documentName: 'Client chart', documentDate: `Exported ${date}`, body }),
    SESSION_CSS,
  );
  return { title, ...page };
}
