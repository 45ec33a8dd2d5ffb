// The day sheet: one day's appointments on paper, for the treatment-room wall or the front desk.
// Each row is a visit in time order: who (with a phone number to call if they are late), what,
// the client's precaution alerts and referral warnings, the status (cancelled and missed visits
// stay on the sheet, struck through, with their reason) and a blank column to write in by hand.
// Below the table: the unsigned notes that are overdue and the referrals about to run out.
import { isIsoDate } from '../domain/dates';
import { PRECAUTIONS_DISCLAIMER } from '../domain/precautions';
import type { PaperSize } from '../schemas/documents';
import { STATUS_LABELS, type AppointmentView, type TodayView } from '../schemas/schedule';
import { formatDate } from './format';
import { html, type HtmlValue, type SafeHtml } from './html';
import { renderPage, type DocumentPage, type Letterhead } from './layout';
import { formatClock, multiline, withStyles } from './session-note';

export const NO_APPOINTMENTS = 'No appointments on this day.';

export interface DaySheetInput {
  letterhead: Letterhead;
  paper: PaperSize;
  /** The day's appointments, overdue notes and referrals running out (agenda's `today`). */
  day: TodayView;
  /** When the sheet was printed, as the clinic reads it ("27 November 2026 at 10:00 AM EST"). */
  printedAt: string;
  /** The reason the clinic is closed that day (a holiday), or null when it is not a closed day. */
  closedReason: string | null;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** '2026-12-01' → 'Tuesday, 1 December 2026'. */
export function formatDayLong(isoDate: string): string {
  if (!isIsoDate(isoDate)) return isoDate;
  const weekday = WEEKDAYS[new Date(`${isoDate}T12:00:00Z`).getUTCDay()]!;
  return `${weekday}, ${formatDate(isoDate)}`;
}

/** Visits that did not happen: they stay on the sheet, struck through, with their reason. */
const STRUCK: ReadonlySet<AppointmentView['status']> = new Set(['cancelled', 'late_cancelled', 'no_show']);
/** Short lists below the table: the sheet is about the day, the app has the full lists. */
const LIST_LIMIT = 8;

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

const minutesBetween = (start: string, end: string) => (Date.parse(end) - Date.parse(start)) / 60_000;

/** '3 appointments · 1 cancelled · 1 no-show'. Late cancellations count as cancelled. */
export function daySummary(appointments: readonly Pick<AppointmentView, 'status'>[]): string {
  const cancelled = appointments.filter((a) => a.status === 'cancelled' || a.status === 'late_cancelled').length;
  const noShow = appointments.filter((a) => a.status === 'no_show').length;
  return [plural(appointments.length, 'appointment'), cancelled > 0 && `${cancelled} cancelled`, noShow > 0 && plural(noShow, 'no-show')].filter(Boolean).join(' · ');
}

const MARKS = { contraindication: '!', caution: '!', info: 'i' } as const;

function marker(severity: keyof typeof MARKS): SafeHtml {
  return html`<span class="mark-sev ${severity}" title="${severity}">${MARKS[severity]}</span>`;
}

function alertsCell(a: AppointmentView): HtmlValue {
  if (a.alerts.length === 0 && a.referralWarnings.length === 0) return html`<span class="muted">—</span>`;
  return html`${a.alerts.map(
    (alert) => html`<div class="alert-line ${alert.severity}">${marker(alert.severity)}${alert.severity === 'contraindication' ? html`<strong>${alert.title}</strong>` : alert.title}</div>`,
  )}${a.referralWarnings.map((w) => html`<div class="alert-line referral"><span class="mark-sev referral">R</span>${w}</div>`)}`;
}

function statusCell(a: AppointmentView): HtmlValue {
  const label = STATUS_LABELS[a.status];
  if (!STRUCK.has(a.status)) return html`<span class="status-${a.status}">${label}</span>`;
  return html`<span class="missed">${label}</span>${a.statusReason.trim() && html`<div class="reason">${a.statusReason.trim()}</div>`}`;
}

/** Struck through when the visit did not happen (the reason, in the status cell, is not). */
const maybeStruck = (struck: boolean, content: HtmlValue): HtmlValue => (struck ? html`<s>${content}</s>` : content);

function row(a: AppointmentView, show: { practitioner: boolean; room: boolean }): SafeHtml {
  const struck = STRUCK.has(a.status);
  const length = minutesBetween(a.start, a.end);
  // "Medical massage, 60 min" already says how long; a service named without its length does not.
  const showLength = length > 0 && !new RegExp(`\\b${length}\\s*min`, 'i').test(a.serviceName);
  const cells: SafeHtml[] = [
    html`<td class="time">${maybeStruck(struck, html`<div class="start">${formatClock(a.localStart)}</div><div class="end">– ${formatClock(a.localEnd)}</div>`)}</td>`,
    html`<td class="client">${maybeStruck(struck, html`<div class="name">${a.clientName}</div>`)}${
      a.clientPhone.trim() ? html`<div class="phone">${a.clientPhone.trim()}</div>` : html`<div class="phone muted">No phone on file</div>`
    }</td>`,
    html`<td class="service">${maybeStruck(struck, a.serviceName)}${showLength && html`<div class="muted small">${length} min</div>`}${
      a.notes.trim() && html`<div class="booking-note">${multiline(a.notes.trim())}</div>`
    }</td>`,
  ];
  if (show.practitioner && show.room) cells.push(html`<td class="who">${a.practitionerName}<div class="muted">${a.roomName}</div></td>`);
  else if (show.practitioner) cells.push(html`<td class="who">${a.practitionerName}</td>`);
  else if (show.room) cells.push(html`<td class="who">${a.roomName}</td>`);
  cells.push(html`<td class="alerts">${alertsCell(a)}</td>`, html`<td class="status">${statusCell(a)}</td>`, html`<td class="jot"></td>`);
  return html`<tr class="${struck ? 'struck' : ''}">${cells}</tr>`;
}

/** The practitioner and room column's heading: printed only when the day has more than one of either. */
function whoHeading(show: { practitioner: boolean; room: boolean }): string | null {
  if (show.practitioner && show.room) return 'Practitioner / room';
  return show.practitioner ? 'Practitioner' : show.room ? 'Room' : null;
}

function appointmentsTable(appointments: readonly AppointmentView[]): SafeHtml {
  const show = {
    practitioner: new Set(appointments.map((a) => a.practitionerId)).size > 1,
    room: new Set(appointments.map((a) => a.roomId)).size > 1,
  };
  const who = whoHeading(show);
  // Column widths (percent), fixed so every sheet lines up the same way. The alerts and the blank
  // notes column get the most room; a practitioner/room column takes its room from the others.
  const columns: [string, number][] = who
    ? [['Time', 10.5], ['Client', 16.5], ['Service', 14.5], [who, 13], ['Alerts', 21], ['Status', 12.5], ['Notes', 12]]
    : [['Time', 10.5], ['Client', 18], ['Service', 16], ['Alerts', 28.5], ['Status', 11], ['Notes', 16]];
  return html`<table class="day"><colgroup>${columns.map(([, width]) => html`<col style="width: ${width}%">`)}</colgroup><thead><tr>${columns.map(
    ([h]) => html`<th class="${h === 'Notes' ? 'jot' : h === who ? 'who' : ''}">${h}</th>`,
  )}</tr></thead><tbody>${appointments.map((a) => row(a, show))}</tbody></table>`;
}

function shortList<T>(title: string, items: readonly T[], line: (item: T) => HtmlValue): HtmlValue {
  if (items.length === 0) return null;
  const more = items.length - LIST_LIMIT;
  return html`<section class="followup"><h2>${title}</h2><ul>${items.slice(0, LIST_LIMIT).map((item) => html`<li>${line(item)}</li>`)}</ul>${
    more > 0 && html`<p class="small muted">And ${more} more in Palpate.</p>`
  }</section>`;
}

/** The markers used on this sheet, explained once, with the disclaimer in small print. */
function legend(appointments: readonly AppointmentView[]): SafeHtml {
  const used = new Set(appointments.flatMap((a) => a.alerts.map((alert) => alert.severity)));
  const referral = appointments.some((a) => a.referralWarnings.length > 0);
  const keys = (['contraindication', 'caution', 'info'] as const).filter((s) => used.has(s));
  const names = { contraindication: 'Contraindication', caution: 'Caution', info: 'Information' } as const;
  return html`<p class="legend small muted">${keys.map((k) => html`<span class="key">${marker(k)} ${names[k]}</span>`)}${
    referral && html`<span class="key"><span class="mark-sev referral">R</span> Referral warning</span>`
  }${(keys.length > 0 || referral) && html`<br>`}Alerts come from each client’s intake and referral. ${PRECAUTIONS_DISCLAIMER}</p>`;
}

export const DAY_SHEET_CSS = `
.sheet-head { display: flex; align-items: baseline; justify-content: space-between; gap: 12px; margin: 0 0 8px; }
.sheet-head h1 { margin: 0; font-size: 14pt; }
.sheet-head .summary { font-size: 9pt; color: #5b6670; white-space: nowrap; }
.closed { border-left: 3px solid #b7791f; background: #fdf6ea; padding: 4px 9px; margin: 0 0 8px; }
table.day { table-layout: fixed; font-size: 8.5pt; margin-top: 0; }
table.day td { overflow-wrap: anywhere; }
table.day th { padding: 4px 5px; vertical-align: bottom; }
table.day th.who { white-space: normal; }
table.day td.status { overflow-wrap: break-word; }
table.day td { padding: 5px 5px 6px; border-bottom: 1px solid #b9c3c9; }
table.day tbody tr { height: 46px; }
table.day tbody tr:nth-child(even) td:not(.jot) { background: #f6f9f9; }
td.time .start { font-weight: 700; font-size: 9.5pt; white-space: nowrap; }
td.time .end { color: #5b6670; white-space: nowrap; }
td.client .name { font-weight: 600; font-size: 9.5pt; }
.booking-note { font-style: italic; color: #3c474f; margin-top: 2px; }
.alert-line { display: flex; gap: 4px; align-items: baseline; line-height: 1.3; margin-bottom: 1px; }
.alert-line.contraindication strong { color: #b42318; }
.alert-line.referral { color: #3c474f; }
.mark-sev { flex: none; display: inline-flex; align-items: center; justify-content: center; width: 10px; height: 10px; border-radius: 2px; font-size: 6.5pt; font-weight: 800; line-height: 1; position: relative; top: -0.5px; }
.mark-sev.contraindication { background: #b42318; color: #fff; border: 1px solid #b42318; }
.mark-sev.caution { color: #8a5a12; border: 1.2px solid #b7791f; }
.mark-sev.info { color: #5b6670; border: 1px solid #8b979f; border-radius: 50%; }
.mark-sev.referral { color: #0d6b68; border: 1px solid #0d6b68; font-size: 6pt; }
td.status .reason { font-size: 8pt; color: #3c474f; margin-top: 1px; }
.missed { font-weight: 700; color: #b42318; }
.status-arrived, .status-completed { font-weight: 600; color: #0d6b68; }
td.jot { border-left: 1px solid #d5dde1; }
tr.struck td:not(.status):not(.jot) { color: #77828a; }
tr.struck s { text-decoration-thickness: 1px; }
tr.struck .alert-line.contraindication strong, tr.struck .mark-sev { opacity: 0.6; }
.legend { margin: 6px 0 0; line-height: 1.7; }
.legend .key { white-space: nowrap; margin-right: 12px; }
.legend .key .mark-sev { margin-right: 3px; }
.followups { display: grid; grid-template-columns: 1fr 1fr; gap: 0 24px; margin-top: 10px; }
.followup ul { margin: 0; padding-left: 16px; }
.followup li { margin: 1px 0; }
`;

export function renderDaySheet(input: DaySheetInput): DocumentPage {
  const { day } = input;
  const dateText = formatDayLong(day.date);
  const title = `Day sheet — ${dateText}`;
  const appointments = [...day.appointments].sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end) || a.id.localeCompare(b.id));
  const overdue = shortList('Overdue notes', day.overdueNotes, (n) => html`<strong>${n.clientName}</strong> <span class="muted">· unsigned note of ${formatDate(n.sessionDate)}</span>`);
  const referrals = shortList('Referrals running out', day.referralsRunningOut, (r) => html`<strong>${r.clientName}</strong> <span class="muted">· ${r.warnings.join('; ')}</span>`);
  const body = html`
<div class="sheet-head"><h1>${title}</h1>${appointments.length > 0 && html`<div class="summary">${daySummary(appointments)}</div>`}</div>
${input.closedReason !== null && html`<p class="closed">The clinic is closed on this day${input.closedReason.trim() && html` (${input.closedReason.trim()})`}.</p>`}
${appointments.length > 0 ? html`${appointmentsTable(appointments)}${legend(appointments)}` : html`<p class="empty">${NO_APPOINTMENTS}</p>`}
${(overdue || referrals) && html`<div class="followups">${overdue}${referrals}</div>`}`;
  const page = withStyles(
    renderPage({ title, paper: input.paper, letterhead: input.letterhead, documentName: 'Day sheet', documentDate: `Printed ${input.printedAt}`, body }),
    DAY_SHEET_CSS,
  );
  return { title, ...page };
}
