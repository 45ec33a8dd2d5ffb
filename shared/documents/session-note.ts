// The session note on paper: one visit as the therapist charted it (SOAP, findings, modalities with
// their billable units, precautions acknowledged), the electronic signature or a DRAFT marker, and
// the addenda under the original. The blocks are shared with the chart export (chart-export.ts),
// which prints every signed session of a client in a compact form.
import { regionLabel, findingTypeLabel } from '../domain/body-regions';
import { billableUnits, totalTimedMinutes, type CodeMinutes } from '../domain/billing-units';
import { validateIcd10 } from '../domain/icd10';
import { isModalityId, modalityById, modalityLabel } from '../domain/modalities';
import type { PaperSize } from '../schemas/documents';
import type { Addendum, Session, SessionFinding, SessionModality } from '../schemas/session';
import { formatDate, formatDateTime, fullName, practitionerName, type PersonName, type Signer } from './format';
import { html, raw, type HtmlValue, type SafeHtml } from './html';
import { fields, renderPage, table, type DocumentPage, type Letterhead } from './layout';

export const DRAFT_MARKER = 'DRAFT — NOT SIGNED';

/** The referral a session was charted under, as the note prints it. */
export interface NoteReferral {
  physicianName: string;
  physicianPractice: string;
  authorizationNumber: string;
  diagnoses: readonly string[];
}

export interface SessionNoteInput {
  letterhead: Letterhead;
  paper: PaperSize;
  /** The clinic's IANA time zone: signature, acknowledgment and addendum times as the clinic reads them. */
  timeZone: string;
  client: PersonName & { dateOfBirth: string };
  session: Session;
  /** The treating practitioner (session.practitionerId), if still on file. */
  practitioner: Signer | null;
  referral: NoteReferral | null;
}

// ── Styles the session documents add to the shared page ───────────────────────────────────────

const ACCENT = '#0d6b68'; // layout.ts's accent
const MUTED = '#5b6670';
const RED = '#b42318';

export const SESSION_CSS = `
h2 .aside { float: right; text-transform: none; letter-spacing: 0; font-weight: 600; font-size: 8.5pt; color: #1c252c; }
h2 .aside .label { color: ${MUTED}; font-weight: 400; margin-right: 4px; }
.text { overflow-wrap: anywhere; margin: 0 0 4px; }
.subhead { font-size: 7.5pt; font-weight: 700; text-transform: uppercase; letter-spacing: 0.05em; color: ${MUTED}; margin: 7px 0 2px; }
td.num, th.num { text-align: right; white-space: nowrap; width: 1%; }
td.nowrap { white-space: nowrap; }
td.region { width: 30%; }
td.type { width: 26%; }
tr.total td { font-weight: 600; border-bottom: none; border-top: 1px solid #8b979f; }
.billing { display: grid; grid-template-columns: 3fr 2fr; gap: 18px; align-items: start; break-inside: avoid; }
.billing .rule { font-size: 7.5pt; color: ${MUTED}; margin-top: 2px; }
.referral-facts { margin-top: 6px; padding-top: 5px; border-top: 1px dashed #cfd8dc; }
.dx-code { display: inline-block; min-width: 48px; font-weight: 600; }
.ack { border-left: 3px solid #b7791f; padding: 2px 9px; margin: 4px 0; break-inside: avoid; }
.ack.contraindicated { border-left-color: ${RED}; }
.ack .meta { font-size: 8pt; color: ${MUTED}; }
.esign { display: flex; gap: 10px; align-items: center; border: 1px solid #cfd8dc; border-left: 3px solid ${ACCENT}; background: #f4f8f8; padding: 7px 10px; margin: 14px 0 4px; break-inside: avoid; }
.esign .check { flex: none; width: 18px; height: 18px; border-radius: 50%; background: ${ACCENT}; color: #fff; font-size: 10pt; font-weight: 700; display: flex; align-items: center; justify-content: center; }
.esign .who { font-weight: 600; }
.draft-banner { border: 2.5px solid ${RED}; color: ${RED}; border-radius: 4px; text-align: center; font-size: 20pt; font-weight: 800; letter-spacing: 0.14em; padding: 5px 8px 4px; margin: 2px 0 12px; break-inside: avoid; }
.draft-banner .why { display: block; font-size: 8.5pt; font-weight: 400; letter-spacing: 0; margin-top: 1px; }
.keep { break-inside: avoid; }
.unsigned { margin: 14px 0 4px; break-inside: avoid; }
.draft-watermark { position: fixed; top: 42%; left: -10%; right: -10%; text-align: center; transform: rotate(-32deg); font-size: 64pt; font-weight: 800; letter-spacing: 0.1em; color: rgba(180, 35, 24, 0.07); z-index: -1; white-space: nowrap; }
.addendum { border-left: 3px solid #8b979f; padding: 3px 10px 4px; margin: 6px 0; break-inside: avoid; }
.addendum .meta { font-size: 8pt; color: ${MUTED}; margin-bottom: 2px; }
.addendum .meta strong { color: #1c252c; }
.addendum .reason { margin-bottom: 2px; }
.visit { margin-top: 12px; }
.visit-head { display: flex; justify-content: space-between; align-items: baseline; gap: 12px; background: #eef5f4; border-left: 3px solid ${ACCENT}; padding: 3px 8px; break-after: avoid; margin-bottom: 5px; }
.visit-head .when { font-size: 10pt; font-weight: 600; }
.visit-head .who { font-size: 8.5pt; color: ${MUTED}; text-align: right; }
.soap { display: grid; grid-template-columns: 78px 1fr; gap: 3px 12px; margin: 0 0 2px; }
.soap > div { display: contents; }
.soap dt { color: ${MUTED}; font-weight: 600; font-size: 8.5pt; padding-top: 0.5pt; break-after: avoid; }
.soap dd { margin: 0; min-width: 0; overflow-wrap: anywhere; break-inside: avoid; }
.soap dd .meta { font-size: 8pt; color: ${MUTED}; }
.pain { white-space: nowrap; font-weight: 600; font-size: 8.5pt; background: #eef5f4; border-radius: 3px; padding: 0 5px; margin-left: 4px; }
.visit table { margin: 4px 0 2px; font-size: 8.5pt; }
.visit td { padding: 2px 6px; }
.visit .ack { margin: 0 0 2px; padding: 0 0 0 7px; }
.visit .sigline { font-size: 8.5pt; margin: 5px 0 0; padding-left: 8px; border-left: 3px solid ${ACCENT}; break-inside: avoid; }
.visit .sigline.draft { border-left-color: ${RED}; color: ${RED}; font-weight: 700; }
.visit .addendum { margin: 4px 0 0; }
.cover h1 { font-size: 15pt; margin-bottom: 2px; }
.cover .sub { color: ${MUTED}; margin-bottom: 10px; }
.referral { break-inside: avoid; margin: 4px 0 10px; }
.referral .head { font-weight: 600; }
.plan { break-inside: avoid; margin: 4px 0 10px; }
.plan .head { font-weight: 600; }
.status { font-size: 7pt; font-weight: 700; text-transform: uppercase; letter-spacing: 0.06em; color: ${MUTED}; margin-left: 6px; }
.drafts { break-inside: avoid; }
.drafts li { margin: 1px 0; }
`;

/** Adds a document's own styles to the shared page's head. */
export function withStyles(page: { html: string; footerTemplate: string }, css: string): { html: string; footerTemplate: string } {
  return { ...page, html: page.html.replace('</head>', `<style>${css}</style>\n</head>`) };
}

// ── Shared blocks ─────────────────────────────────────────────────────────────────────────────

/** Typed text with its line breaks: escaped first, then each newline becomes a <br>. */
export function multiline(text: string): SafeHtml {
  return html`${text.split(/\r\n|\r|\n/).map((line, i) => html`${i > 0 && raw('<br>')}${line}`)}`;
}

/** A paragraph of typed text, or a grey "Not recorded". */
export const textOrNone = (text: string, none = 'Not recorded') =>
  text.trim() ? html`<div class="text">${multiline(text.trim())}</div>` : html`<div class="text muted">${none}</div>`;

/** '14:30' → '2:30 PM'; '' stays ''. */
export function formatClock(time: string): string {
  const m = /^(\d{2}):(\d{2})$/.exec(time);
  if (!m) return time;
  const h = Number(m[1]);
  return `${h % 12 === 0 ? 12 : h % 12}:${m[2]} ${h < 12 ? 'AM' : 'PM'}`;
}

/** '10:00 AM – 11:00 AM', '10:00 AM', or ''. */
export function timeRange(session: Pick<Session, 'startTime' | 'endTime'>): string {
  const start = formatClock(session.startTime);
  const end = formatClock(session.endTime);
  return start && end ? `${start} – ${end}` : start || (end && `until ${end}`);
}

export const minutesText = (minutes: number | null) => (minutes === null ? '' : `${minutes} minute${minutes === 1 ? '' : 's'}`);

export const painText = (pain: number | null) => (pain === null ? 'Not recorded' : `${pain}/10`);

/** Severity "2/3" or pain "6/10". */
export const findingScore = (f: Pick<SessionFinding, 'severity' | 'pain'>) => (f.pain !== null ? `${f.pain}/10` : f.severity !== null ? `${f.severity}/3` : '—');

export function findingsTable(findings: readonly SessionFinding[]): HtmlValue {
  if (findings.length === 0) return html`<p class="empty">No findings were charted.</p>`;
  return table(
    ['Region', 'Finding', 'Severity / pain', 'Note'],
    findings.map((f) => [regionLabel(f.regionId, f.side), findingTypeLabel(f.type), findingScore(f), f.note ? multiline(f.note) : html`<span class="muted">—</span>`]),
    ['region', 'type', 'num', ''],
  );
}

function modalityName(m: SessionModality): HtmlValue {
  return html`${modalityLabel(m.modality)}${m.oils && html` <span class="muted">(oils: ${m.oils})</span>`}`;
}

export const codeLines = (modalities: readonly SessionModality[]): CodeMinutes[] =>
  modalities.map((m) => ({ code: m.cptCode, minutes: m.minutes, timed: isModalityId(m.modality) ? modalityById(m.modality).timed : true }));

/**
 * What was done (modality, code, minutes) beside what it bills (units per code under the CMS
 * 8-minute rule, total timed minutes and total units).
 */
export function modalitiesBlock(modalities: readonly SessionModality[]): HtmlValue {
  if (modalities.length === 0) return html`<p class="empty">No modalities were recorded.</p>`;
  const lines = codeLines(modalities);
  const units = billableUnits(lines, 'cms_8_minute');
  const timedMinutes = totalTimedMinutes(lines);
  const totalUnits = units.reduce((sum, u) => sum + u.units, 0);
  const untimed = new Set(lines.filter((l) => !l.timed && l.code).map((l) => l.code));
  const totalMinutes = modalities.reduce((sum, m) => sum + m.minutes, 0);
  const done = html`<table><thead><tr><th>Modality</th><th>Code</th><th class="num">Minutes</th></tr></thead><tbody>${modalities.map(
    (m) => html`<tr><td>${modalityName(m)}</td><td class="nowrap">${m.cptCode || html`<span class="muted">Not billed</span>`}</td><td class="num">${m.minutes}</td></tr>`,
  )}<tr class="total"><td>Total</td><td></td><td class="num">${totalMinutes}</td></tr></tbody></table>`;
  const billed =
    units.length > 0
      ? html`<table><thead><tr><th>Code</th><th class="num">Timed min</th><th class="num">Units</th></tr></thead><tbody>${units.map(
          (u) => html`<tr><td class="code">${u.code}</td><td class="num">${untimed.has(u.code) ? html`<span class="muted">untimed</span>` : u.minutes}</td><td class="num">${u.units}</td></tr>`,
        )}<tr class="total"><td>Total</td><td class="num">${timedMinutes}</td><td class="num">${totalUnits}</td></tr></tbody></table>
<div class="rule">Units by the CMS 8-minute rule.</div>`
      : html`<p class="empty">No billing codes.</p>`;
  return html`<div class="billing"><div>${done}</div><div>${billed}</div></div>`;
}

/** Each precaution the therapist acknowledged before performing a modality it names: text, by whom, when. */
export function acknowledgmentsList(session: Session, timeZone: string): HtmlValue {
  return session.acknowledgments.map(
    (a) => html`<div class="ack ${a.level}"><div>${a.text}</div><div class="meta">${modalityLabel(a.modality)} · ${a.level} · acknowledged by ${a.acknowledgedBy}, ${formatDateTime(a.acknowledgedAt, timeZone)}</div></div>`,
  );
}

/** The large marker a draft carries at its top, so nobody files it as the signed note. */
export const draftBanner = () =>
  html`<div class="draft-banner">${DRAFT_MARKER}<span class="why">This note has not been signed. It may still change and is not part of the client’s record.</span></div>`;

/** "Electronically signed by … on …", or, where a signature would be, a short "not signed" line. */
export function signatureBlock(session: Session, timeZone: string): SafeHtml {
  if (session.status !== 'signed' || !session.signedAt) {
    return html`<div class="unsigned"><span class="stamp">${DRAFT_MARKER}</span> <span class="muted">No electronic signature: this draft is not part of the record.</span></div>`;
  }
  return html`<div class="esign"><div class="check" aria-hidden="true">✓</div><div>Electronically signed by <span class="who">${session.signedByName ?? 'Unknown practitioner'}</span> on ${formatDateTime(
    session.signedAt,
    timeZone,
  )}<div class="small muted">Locked when signed: corrections are made only as addenda.</div></div></div>`;
}

export function addendaBlock(addenda: readonly Addendum[], timeZone: string): SafeHtml[] {
  return addenda.map(
    (a, i) => html`<div class="addendum">
  <div class="meta"><strong>Addendum ${i + 1}</strong> · ${formatDateTime(a.createdAt, timeZone)} · ${a.authorName}</div>
  <div class="reason"><span class="muted">Reason:</span> ${a.reason}</div>
  ${textOrNone(a.text)}
</div>`,
  );
}

export function diagnosesTable(diagnoses: readonly string[]): HtmlValue {
  return table(
    ['ICD-10-CM', 'Description'],
    diagnoses.map((code) => {
      const check = validateIcd10(code);
      return [code, check.ok && check.description ? check.description : html`<span class="muted">Not in Palpate’s list of common codes</span>`];
    }),
    ['code', ''],
  );
}

/** 'M54.50 Low back pain, unspecified' per line, the code in bold. */
export function diagnosesList(diagnoses: readonly string[]): HtmlValue {
  return diagnoses.map((code, i) => {
    const check = validateIcd10(code);
    return html`${i > 0 && raw('<br>')}<span class="dx-code">${code}</span> ${check.ok && check.description ? check.description : html`<span class="muted">Not in Palpate’s list of common codes</span>`}`;
  });
}

/** 'Dr. Ana Rivera, Riverside Family Medicine · Authorization A-1' */
export const referralLine = (r: NoteReferral) =>
  [[r.physicianName, r.physicianPractice].filter(Boolean).join(', '), r.authorizationNumber && `Authorization ${r.authorizationNumber}`].filter(Boolean).join('  ·  ');

// ── The session note ──────────────────────────────────────────────────────────────────────────

const sectionH = (title: string, content: HtmlValue, aside?: [string, string]) =>
  html`<section><h2>${title}${aside && html`<span class="aside"><span class="label">${aside[0]}</span>${aside[1]}</span>`}</h2>${content}</section>`;

/** The addenda under the original: the heading never ends a page without the first addendum under it. */
function addendaSection(addenda: readonly Addendum[], timeZone: string): SafeHtml {
  const [first, ...rest] = addendaBlock(addenda, timeZone);
  return html`<section class="long"><div class="keep"><h2>Addenda</h2><p class="small muted">Added after signing. The original note above is unchanged.</p>${first}</div>${rest}</section>`;
}

export function renderSessionNote(input: SessionNoteInput): DocumentPage {
  const { client, session, timeZone, referral } = input;
  const name = fullName(client);
  const date = formatDate(session.sessionDate);
  const signed = session.status === 'signed';
  // The footer (the title) says "draft" on every page of a draft.
  const title = `Session note${signed ? '' : ' (draft)'} — ${name} — ${date}`;
  const practitioner = input.practitioner ? practitionerName(input.practitioner) : 'Unknown practitioner';
  const plan = html`${textOrNone(session.plan)}${
    (session.homeCare.trim() || session.nextVisit.trim()) &&
    fields([
      ['Home care', session.homeCare.trim() ? multiline(session.homeCare.trim()) : html`<span class="muted">None given</span>`],
      ['Next visit', session.nextVisit.trim() ? multiline(session.nextVisit.trim()) : html`<span class="muted">Not set</span>`],
    ])
  }`;
  const body = html`
${!signed && html`<div class="draft-watermark" aria-hidden="true">DRAFT</div>`}
<h1>Session note</h1>
${!signed && draftBanner()}
<section>
${fields(
  [
    ['Client', html`<strong>${name}</strong>`],
    ['Date of birth', client.dateOfBirth ? formatDate(client.dateOfBirth) : html`<span class="muted">Not given</span>`],
    ['Date of service', date],
    ['Time', timeRange(session) || html`<span class="muted">Not recorded</span>`],
    ['Treatment time', minutesText(session.totalMinutes) || html`<span class="muted">Not recorded</span>`],
    ['Practitioner', practitioner],
  ],
  true,
)}
</section>
${referral && html`<section class="referral-facts">${fields([
  ['Referral', referralLine(referral)],
  ['Diagnoses', referral.diagnoses.length > 0 ? diagnosesList(referral.diagnoses) : html`<span class="muted">The referral lists no diagnoses.</span>`],
])}</section>`}
${sectionH('Subjective', textOrNone(session.subjective), ['Pain before treatment', painText(session.painBefore)])}
${sectionH('Objective', textOrNone(session.objective))}
${sectionH('Findings', findingsTable(session.findings))}
${sectionH('Modalities', modalitiesBlock(session.modalities))}
${session.acknowledgments.length > 0 && sectionH('Precautions acknowledged', acknowledgmentsList(session, timeZone))}
${sectionH('Assessment', textOrNone(session.assessment), ['Pain after treatment', painText(session.painAfter)])}
${sectionH('Plan', plan)}
${signatureBlock(session, timeZone)}
${session.addenda.length > 0 && addendaSection(session.addenda, timeZone)}`;
  const page = withStyles(
    renderPage({
      title,
      paper: input.paper,
      letterhead: input.letterhead,
      documentName: signed ? 'Session note' : 'Session note — draft',
      documentDate: `Date of service ${date}`,
      body,
    }),
    SESSION_CSS,
  );
  return { title, ...page };
}
