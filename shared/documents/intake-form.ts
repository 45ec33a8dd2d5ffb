// The health-history intake on paper: blank (to fill in by hand) and filled (a signed or draft
// intake, as the client answered it). Both walk the same questions (intake-questions.ts).
import type { Alert } from '../domain/precautions';
import { PRECAUTIONS_DISCLAIMER } from '../domain/precautions';
import type { Intake, IntakeAnswers } from '../schemas/intake';
import { SIGNATURE_PNG_PREFIX } from '../schemas/intake';
import type { PaperSize } from '../schemas/documents';
import { dateIn, formatDate, formatDateTime, fullName, type PersonName } from './format';
import { html, type HtmlValue, type SafeHtml } from './html';
import { CONDITION_QUESTIONS, INTAKE_CONSENT_STATEMENT, PRESSURE_LABELS, type FollowUp } from './intake-questions';
import { empty, fields, isEmbeddableImage, orNone, renderPage, section, table, type DocumentPage, type Letterhead } from './layout';

export interface IntakeClient extends PersonName {
  preferredName: string;
  dateOfBirth: string;
  phone: string;
  email: string;
}

export interface FilledIntakeInput {
  letterhead: Letterhead;
  paper: PaperSize;
  /** The clinic's IANA time zone: the signature time is printed as the clinic reads it. */
  timeZone: string;
  client: IntakeClient;
  intake: Intake;
  /** The precautions these answers raise, evaluated on `alertsDate` (YYYY-MM-DD). */
  alerts: readonly Alert[];
  alertsDate: string;
}

const yesNo = (value: boolean) => (value ? html`<span class="yes">Yes</span>` : 'No');
const box = (label: string) => html`<span class="choice"><span class="box"></span>${label}</span>`;
const boxesYesNo = html`${box('Yes')}${box('No')}`;
const writeField = (label: string) => html`<div><div class="line"></div><div class="label">${label}</div></div>`;

// ── Filled ────────────────────────────────────────────────────────────────────────────────────

function followUpAnswer(f: FollowUp, a: IntakeAnswers): HtmlValue {
  const value = f.value(a.conditions);
  if (f.kind === 'yesno') return html`<span class="sub">${f.label} ${yesNo(value === true)}</span>`;
  if (value === null || value === '' || typeof value === 'boolean') return null;
  return html`<span class="sub">${f.label}: ${typeof value === 'string' ? formatDate(value) : value}</span>`;
}

function filledConditions(a: IntakeAnswers): SafeHtml {
  const rows = CONDITION_QUESTIONS.map((q) => {
    const present = q.present(a.conditions);
    return [q.label, yesNo(present), present ? q.followUps.map((f) => followUpAnswer(f, a)) : ''];
  });
  return html`${table(['Condition', 'Answer', 'Details'], rows, ['condition', 'boxes', ''])}${fields([['Recent injuries', orNone(a.recentInjuries, 'None given')]])}`;
}

function filledMedications(a: IntakeAnswers): SafeHtml {
  const list =
    a.medications.length > 0
      ? table(
          ['Medication', 'Blood thinner?'],
          a.medications.map((m) => [m.name, yesNo(m.isAnticoagulant)]),
          ['', 'answer'],
        )
      : empty('No medications listed.');
  return html`${list}${fields([
    ['Takes an anticoagulant / blood thinner', yesNo(a.takesAnticoagulant)],
    ['Bleeding disorder', yesNo(a.bleedingDisorder)],
  ])}`;
}

function signatureBlock(intake: Intake, timeZone: string): SafeHtml {
  if (!intake.signed || !intake.signedAt) {
    return html`<p><span class="stamp">Draft — not signed</span></p><p class="muted">This intake has not been signed by the client.</p>`;
  }
  // Only a base64 PNG is ever embedded: anything else in the column is shown as missing.
  const image =
    intake.signatureDataUrl?.startsWith(SIGNATURE_PNG_PREFIX) && isEmbeddableImage(intake.signatureDataUrl, ['png'])
      ? html`<img src="${intake.signatureDataUrl}" alt="Client signature">`
      : html`<span class="muted small">Signature image unavailable</span>`;
  return html`<div class="signature">
  <div><div class="sig">${image}</div><div class="small muted">Client signature</div></div>
  <div>${fields([
    ['Name', intake.signedName ?? ''],
    ['Signed', formatDateTime(intake.signedAt, timeZone)],
  ])}</div>
</div>`;
}

function alertsBlock(alerts: readonly Alert[], onDate: string): SafeHtml {
  const list =
    alerts.length > 0
      ? alerts.map(
          (a) =>
            html`<div class="alert ${a.severity}"><span class="title">${a.title}</span><span class="severity">${a.severity}</span><div>${a.text}${a.detail && html` ${a.detail}`}</div></div>`,
        )
      : empty('These answers raise no precautions.');
  return section(
    'For clinic use: precautions',
    html`<p class="small muted">As of ${formatDate(onDate)}, from the clinic’s precaution rules. ${PRECAUTIONS_DISCLAIMER}</p>${list}`,
  );
}

export function renderFilledIntake(input: FilledIntakeInput): DocumentPage {
  const { client, intake, timeZone } = input;
  const a = intake.answers;
  const name = fullName(client);
  // The intake's date where the clinic is: the day it was signed, else the day it was started.
  const when = formatDate(dateIn(intake.signedAt ?? intake.createdAt, timeZone));
  const title = `Health history intake — ${name}`;
  const body = html`
<section>
  ${fields(
    [
      ['Client', html`<strong>${name}</strong>${client.preferredName && html` <span class="muted">(${client.preferredName})</span>`}`],
      ['Date of birth', orNone(formatDate(client.dateOfBirth))],
      ['Phone', orNone(client.phone)],
      ['Email', orNone(client.email)],
    ],
    true,
  )}
</section>
${section('Reason for visit', fields([
  ['Reason for visit', orNone(a.reasonForVisit)],
  ['Goals', orNone(a.goals)],
  ['Pain areas', orNone(a.painAreas)],
]))}
${section('Medications', filledMedications(a))}
${section('Allergies', fields(
  [
    ['Nut oils', yesNo(a.allergies.nutOils)],
    ['Latex', yesNo(a.allergies.latex)],
    ['Essential oils', orNone(a.allergies.essentialOils, 'None')],
    ['Other', orNone(a.allergies.other, 'None')],
  ],
  true,
))}
${section('Health conditions', filledConditions(a), 'long')}
${section('Preferences and physician', fields(
  [
    ['Pressure preference', a.pressurePreference ? PRESSURE_LABELS[a.pressurePreference] : html`<span class="muted">Not stated</span>`],
    ['Areas to avoid', orNone(a.areasToAvoid, 'None')],
    ['Physician', orNone(a.physicianName)],
    ['Physician phone', orNone(a.physicianPhone)],
  ],
  true,
))}
${section('Consent', html`<p>${INTAKE_CONSENT_STATEMENT}</p>${signatureBlock(intake, timeZone)}`)}
${alertsBlock(input.alerts, input.alertsDate)}`;
  const page = renderPage({
    title,
    paper: input.paper,
    letterhead: input.letterhead,
    documentName: 'Health history & consent',
    documentDate: intake.signed ? `Signed ${when}` : `Draft of ${when}`,
    body,
  });
  return { title, ...page };
}

// ── Blank ─────────────────────────────────────────────────────────────────────────────────────

function blankFollowUp(f: FollowUp): SafeHtml {
  return f.kind === 'yesno'
    ? html`<span class="sub">${f.label} ${box('Yes')}${box('No')}</span> `
    : html`<span class="sub">${f.label}<span class="fill"></span></span> `;
}

export function renderBlankIntake(input: { letterhead: Letterhead; paper: PaperSize }): DocumentPage {
  const title = 'Health history intake';
  const body = html`
<p class="muted">Please answer every question. Your therapist reads this before your first session; tell us whenever something changes.</p>
<section>
  <div class="write">${writeField('Legal name')}${writeField('Preferred name')}</div>
  <div class="write">${writeField('Date of birth')}${writeField('Phone')}${writeField('Email')}</div>
</section>
${section('Reason for visit', html`
  <div class="write">${writeField('What brings you in today?')}</div>
  <div class="write">${writeField('Your goals for massage')}</div>
  <div class="write">${writeField('Where do you feel pain?')}</div>`)}
${section('Medications', html`
  ${table(
    ['Medication', 'Blood thinner?'],
    Array.from({ length: 5 }, () => ['', boxesYesNo]),
    ['blank', 'answer'],
  )}
  ${fields([
    ['Do you take an anticoagulant / blood thinner?', boxesYesNo],
    ['Do you have a bleeding disorder?', boxesYesNo],
  ])}`)}
${section('Allergies', html`
  ${fields([
    ['Nut oils', boxesYesNo],
    ['Latex', boxesYesNo],
  ], true)}
  <div class="write">${writeField('Essential oils you are allergic to')}${writeField('Other allergies')}</div>`)}
${section('Health conditions', html`
  <p class="small muted">Do you have, or have you had, any of the following? If yes, please answer the follow-up questions.</p>
  ${table(
    ['Condition', 'Answer', 'If yes'],
    CONDITION_QUESTIONS.map((q) => [q.label, boxesYesNo, q.followUps.map(blankFollowUp)]),
    ['condition', 'boxes', ''],
  )}
  <div class="write">${writeField('Recent injuries')}</div>`, 'long')}
${section('Preferences and physician', html`
  ${fields([['Pressure preference', html`${box('Light')}${box('Medium')}${box('Firm')}`]])}
  <div class="write">${writeField('Areas to avoid')}</div>
  <div class="write">${writeField('Physician name')}${writeField('Physician phone')}</div>`)}
${section('Consent', html`
  <p>${INTAKE_CONSENT_STATEMENT}</p>
  <div class="write tall">${writeField('Client signature')}${writeField('Printed name')}${writeField('Date')}</div>`)}`;
  const page = renderPage({ title, paper: input.paper, letterhead: input.letterhead, documentName: 'Health history & consent', body });
  return { title, ...page };
}
