// What the billing documents (invoice, receipt, superbill, statement, a month's invoices) share:
// the practice's letterhead with its address and contact lines, money in the practice's currency,
// the styles of a clinic's paper (right-aligned amounts, clear totals) and the VOID/DRAFT marks.
import { formatMoney } from '../domain/money';
import type { PaperSize } from '../schemas/documents';
import { formatDate } from './format';
import { html, type HtmlValue, type SafeHtml } from './html';
import { isEmbeddableImage, monogram, renderPage, type DocumentPage } from './layout';
import { withStyles } from './session-note';

/** The practice as its billing paper names it (Settings → Billing), the clinic's name when no legal name is set. */
export interface BillingHeader {
  name: string;
  /** Street, city line, country: each a line, blanks left out. */
  addressLines: string[];
  phone: string;
  email: string;
  /** EIN; printed on invoices and superbills only. */
  taxId: string;
  practiceNpi: string;
  /** PNG or JPEG data URL, or ''. */
  logoDataUrl: string;
}

export interface AddressParts {
  addressLine1: string;
  addressLine2: string;
  city: string;
  region: string;
  postalCode: string;
  country: string;
}

/** '12 Elm St', 'Suite 4', 'Springfield, IL 62701', 'USA': the lines that were filled in. */
export function addressLines(a: AddressParts): string[] {
  const cityLine = [a.city.trim(), [a.region.trim(), a.postalCode.trim()].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  return [a.addressLine1.trim(), a.addressLine2.trim(), cityLine, a.country.trim()].filter(Boolean);
}

/** Money in the practice's currency: never cents / 100 (shared/domain/money formats exact decimals). */
export const moneyIn =
  (currency: string) =>
  (cents: number): string =>
    formatMoney(cents, currency);

export const METHOD_LABELS: Record<string, string> = {
  cash: 'Cash',
  card: 'Card',
  check: 'Check',
  insurance: 'Insurance payment',
  package: 'Prepaid package',
  credit: 'Account credit',
};
export const methodLabel = (method: string) => METHOD_LABELS[method] ?? method;

/** '2026-11' → 'November 2026'. */
export function formatMonth(month: string): string {
  const text = formatDate(`${month}-01`);
  return text.replace(/^1 /, '');
}

const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** '2026-11-20' → '20 Nov 2026': still spelled out, for narrow table columns. */
export function formatShortDate(isoDate: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  const month = m ? SHORT_MONTHS[Number(m[2]) - 1] : undefined;
  return m && month ? `${Number(m[3])} ${month} ${m[1]}` : isoDate;
}

/** A date, or a grey dash when there is none (a draft's issue date). */
export const dateOrDash = (isoDate: string | null) => (isoDate ? formatDate(isoDate) : html`<span class="muted">—</span>`);

// ── The letterhead ────────────────────────────────────────────────────────────────────────────

export interface LetterheadOptions {
  /** Big, top right: 'INVOICE', 'RECEIPT', 'SUPERBILL', 'STATEMENT'. */
  documentName: string;
  /** Under it: the invoice number, the date. */
  documentRef?: string;
  /** Invoices and superbills print the practice's tax ID (and practice NPI). */
  showTaxId?: boolean;
}

/** Logo (or monogram), legal name, address, phone and email; the document's name on the right. */
export function billingLetterhead(header: BillingHeader, options: LetterheadOptions): SafeHtml {
  const mark = isEmbeddableImage(header.logoDataUrl)
    ? html`<img class="logo" src="${header.logoDataUrl}" alt="">`
    : html`<div class="mark" aria-hidden="true">${monogram(header.name)}</div>`;
  const reach = [header.phone.trim(), header.email.trim()].filter(Boolean);
  const ids = options.showTaxId ? [header.taxId.trim() && `Tax ID (EIN) ${header.taxId.trim()}`, header.practiceNpi.trim() && `Practice NPI ${header.practiceNpi.trim()}`].filter(Boolean) : [];
  return html`<header class="letterhead billing-head">
  ${mark}
  <div class="clinic">
    <div class="clinic-name">${header.name}</div>
    ${header.addressLines.length > 0 && html`<div class="contact">${header.addressLines.join(', ')}</div>`}
    ${reach.length > 0 && html`<div class="contact">${reach.join('  ·  ')}</div>`}
    ${ids.length > 0 && html`<div class="contact">${ids.join('  ·  ')}</div>`}
  </div>
  <div class="doc-id">
    <div class="doc-title">${options.documentName}</div>
    ${options.documentRef && html`<div class="doc-ref">${options.documentRef}</div>`}
  </div>
</header>`;
}

// ── Styles ────────────────────────────────────────────────────────────────────────────────────

const ACCENT = '#0d6b68'; // layout.ts's accent
const MUTED = '#5b6670';
const RED = '#b42318';
const INK = '#1c252c';

export const BILLING_CSS = `
.billing-head { align-items: flex-start; }
.billing-head .clinic-name { font-size: 16pt; }
.billing-head .contact { font-size: 8.5pt; color: ${MUTED}; margin-top: 1px; }
.billing-head .doc-title { font-size: 19pt; font-weight: 700; letter-spacing: 0.12em; color: ${ACCENT}; line-height: 1.1; }
.billing-head .doc-ref { font-size: 9.5pt; font-weight: 600; margin-top: 3px; color: ${INK}; }
.num { text-align: right !important; white-space: nowrap; font-variant-numeric: tabular-nums; }
td.nowrap, th.nowrap { white-space: nowrap; }
td.c, th.c { text-align: center; }
.parties { display: grid; grid-template-columns: 1.15fr 1fr; gap: 24px; margin: 2px 0 14px; align-items: start; }
.parties.even { grid-template-columns: 1fr 1fr; }
.party .label, .kv .label, .subtle-label { font-size: 7.5pt; font-weight: 700; text-transform: uppercase; letter-spacing: 0.06em; color: ${MUTED}; margin-bottom: 2px; }
.party .name { font-weight: 600; font-size: 10.5pt; }
.party .addr { line-height: 1.35; }
.party .extra { margin-top: 4px; font-size: 8.5pt; }
.party .extra .k { color: ${MUTED}; }
table.kv { width: 100%; border-collapse: collapse; margin: 0; }
table.kv td { border-bottom: 1px solid #e1e6e9; padding: 3px 0; vertical-align: baseline; }
table.kv td.k { color: ${MUTED}; padding-right: 12px; white-space: nowrap; }
table.kv td.v { text-align: right; font-weight: 600; }
table.kv tr.due td { border-bottom: none; background: #eef5f4; padding: 6px 8px; font-size: 11.5pt; font-weight: 700; color: ${INK}; }
table.kv tr.due td.k { color: ${ACCENT}; font-size: 9pt; text-transform: uppercase; letter-spacing: 0.06em; }
table.items { margin-top: 2px; }
table.items th { background: #f1f5f6; border-bottom: 1px solid #8b979f; padding: 5px 6px; }
table.items td { padding: 5px 6px; }
table.items td.code { font-weight: 600; }
table.items td.desc { width: 99%; }
table.items tr.void-row td { color: #77828a; }
.after-table { display: flex; gap: 24px; align-items: flex-start; justify-content: space-between; margin-top: 6px; break-inside: avoid; }
.after-table .left { flex: 1; min-width: 0; padding-top: 4px; }
table.totals { width: 270px; flex: none; margin: 0 0 0 auto; border-collapse: collapse; }
table.totals td { border-bottom: none; padding: 2.5px 6px; vertical-align: baseline; }
table.totals td.k { color: ${MUTED}; }
table.totals tr.total td { border-top: 1.5px solid ${INK}; font-weight: 700; color: ${INK}; padding-top: 5px; }
table.totals tr.sub td { font-size: 8.5pt; }
table.totals tr.due td { background: ${ACCENT}; color: #fff; font-weight: 700; font-size: 12pt; padding: 6px 8px; }
table.totals tr.due td.k { font-size: 9pt; text-transform: uppercase; letter-spacing: 0.07em; color: #fff; }
table.totals tr.gap td { padding: 3px 0; }
table.totals tr.due.void td { background: #77828a; }
.amount-box { border: 1.5px solid ${ACCENT}; border-radius: 4px; padding: 8px 12px; text-align: right; break-inside: avoid; }
.amount-box .label { font-size: 8pt; font-weight: 700; text-transform: uppercase; letter-spacing: 0.08em; color: ${ACCENT}; }
.amount-box .amount { font-size: 20pt; font-weight: 700; color: ${INK}; line-height: 1.2; font-variant-numeric: tabular-nums; }
.amount-box .note { font-size: 8pt; color: ${MUTED}; }
.terms { margin-top: 14px; padding-top: 6px; border-top: 1px solid #cfd8dc; font-size: 8.5pt; break-inside: avoid; }
.terms p { margin: 0 0 3px; }
.footer-text { margin-top: 10px; text-align: center; font-size: 8.5pt; color: ${MUTED}; white-space: pre-wrap; overflow-wrap: anywhere; break-inside: avoid; }
.banner { border: 2.5px solid ${RED}; color: ${RED}; border-radius: 4px; text-align: center; font-size: 17pt; font-weight: 800; letter-spacing: 0.08em; padding: 4px 10px 3px; margin: 0 0 12px; break-inside: avoid; overflow-wrap: anywhere; }
.banner .why { display: block; font-size: 8.5pt; font-weight: 400; letter-spacing: 0; margin-top: 1px; color: ${INK}; }
.banner.draft { border-color: #b7791f; color: #8a5a12; }
.watermark { position: fixed; top: 40%; left: -20%; right: -20%; text-align: center; transform: rotate(-35deg); font-size: 150pt; font-weight: 800; letter-spacing: 0.12em; line-height: 1; color: rgba(180, 35, 24, 0.11); z-index: -1; white-space: nowrap; pointer-events: none; }
.watermark.draft { color: rgba(183, 121, 31, 0.1); font-size: 110pt; }
.doc { position: relative; }
.doc .watermark.in-doc { position: absolute; top: 330px; left: 0; right: 0; font-size: 130pt; }
.doc + .doc { break-before: page; }
.empty-month { margin-top: 30px; text-align: center; }
.empty-month .big { font-size: 13pt; font-weight: 600; }
`;

// ── The page ──────────────────────────────────────────────────────────────────────────────────

export interface BillingPageInput {
  title: string;
  paper: PaperSize;
  header: BillingHeader;
  /** The letterhead at the top of the page; null when the body brings its own (a batch, where each invoice has one). */
  letterhead: LetterheadOptions | null;
  body: SafeHtml;
  /** The document's own styles, after the shared billing styles. */
  css?: string;
}

/** Replaces the shared page's letterhead (clinic name only) with the practice's billing letterhead. */
function swapLetterhead(pageHtml: string, replacement: string): string {
  const start = pageHtml.indexOf('<header class="letterhead">');
  const end = start === -1 ? -1 : pageHtml.indexOf('</header>', start);
  if (start === -1 || end === -1) return pageHtml.replace('<main>', () => `${replacement}\n<main>`);
  // Sliced, not String.replace with a string: a `$&` typed in an address must print as typed.
  return pageHtml.slice(0, start) + replacement + pageHtml.slice(end + '</header>'.length);
}

/** The shared page (paper, CSP, type, footer with page numbers) with the billing letterhead and styles. */
export function renderBillingPage(input: BillingPageInput): DocumentPage {
  const page = renderPage({
    title: input.title,
    paper: input.paper,
    letterhead: { clinicName: input.header.name, practitioner: null, logoDataUrl: input.header.logoDataUrl },
    documentName: input.letterhead?.documentName ?? '',
    body: input.body,
  });
  const swapped = { ...page, html: swapLetterhead(page.html, input.letterhead ? billingLetterhead(input.header, input.letterhead).toString() : '') };
  return { title: input.title, ...withStyles(swapped, BILLING_CSS + (input.css ?? '')) };
}

// ── Blocks ────────────────────────────────────────────────────────────────────────────────────

/** A party (bill to, received from, patient): a label, a bold name, then lines. */
export function party(label: string, name: HtmlValue, lines: readonly HtmlValue[], extra: readonly [string, HtmlValue][] = []): SafeHtml {
  return html`<div class="party"><div class="label">${label}</div><div class="name">${name}</div>${lines.map((l) => html`<div class="addr">${l}</div>`)}${
    extra.length > 0 && html`<div class="extra">${extra.map(([k, v]) => html`<div><span class="k">${k}:</span> ${v}</div>`)}</div>`
  }</div>`;
}

/** Key/value rows, right-aligned values; a 'due' row is highlighted. */
export function keyValues(rows: readonly (readonly [string, HtmlValue, ('due' | '')?])[]): SafeHtml {
  return html`<table class="kv"><tbody>${rows.map(([k, v, cls]) => html`<tr class="${cls ?? ''}"><td class="k">${k}</td><td class="v num">${v}</td></tr>`)}</tbody></table>`;
}

export interface Column {
  label: string;
  /** 'num' right-aligns (money, units); other classes style the cells. */
  cls?: string;
}

/** A table of items: headers, rows, and each column's class on both its header and its cells. */
export function itemsTable(columns: readonly Column[], rows: readonly HtmlValue[][], rowClasses: readonly string[] = []): SafeHtml {
  return html`<table class="items"><thead><tr>${columns.map((c) => html`<th class="${c.cls ?? ''}">${c.label}</th>`)}</tr></thead><tbody>${rows.map(
    (cells, r) => html`<tr class="${rowClasses[r] ?? ''}">${cells.map((cell, i) => html`<td class="${columns[i]?.cls ?? ''}">${cell}</td>`)}</tr>`,
  )}</tbody></table>`;
}

/** The totals block at the right under a table: rows of label and amount; 'total' rules above, 'due' stands out. */
export type TotalsRow = readonly [string, string, ('total' | 'due' | 'due void' | 'sub' | 'gap' | '')?];

export function totalsTable(rows: readonly TotalsRow[]): SafeHtml {
  return html`<table class="totals"><tbody>${rows.map(([k, v, cls]) =>
    cls === 'gap' ? html`<tr class="gap"><td colspan="2"></td></tr>` : html`<tr class="${cls ?? ''}"><td class="k">${k}</td><td class="num">${v}</td></tr>`,
  )}</tbody></table>`;
}

export const VOID_MARK = 'VOID';
export const DRAFT_NOT_ISSUED = 'DRAFT — not issued';

/** The large diagonal mark behind a void or draft document. In a batch it stays on its own invoice's first page. */
export const watermark = (text: string, kind: 'void' | 'draft', inBatch: boolean) =>
  html`<div class="watermark ${kind === 'draft' ? 'draft' : ''} ${inBatch ? 'in-doc' : ''}" aria-hidden="true">${text}</div>`;

/** 'VOID — Billed to the wrong payer', and when it was voided. */
export const voidBanner = (reason: string, voidedOn: string | null) =>
  html`<div class="banner">VOID — ${reason.trim() || 'no reason given'}<span class="why">This invoice was voided${voidedOn ? ` on ${formatDate(voidedOn)}` : ''}. It keeps its number for the record; nothing is owed on it.</span></div>`;

export const draftBanner = () =>
  html`<div class="banner draft">${DRAFT_NOT_ISSUED}<span class="why">This invoice has no number yet and may still change. Nothing is owed until it is issued.</span></div>`;

/** The practice's footer text from billing settings, as typed. */
export const footerText = (text: string) => (text.trim() ? html`<div class="footer-text">${text.trim()}</div>` : null);
