// The paper every printed document shares: page size and margins, the letterhead, the type and
// table styles, and the page-number footer. Both print paths (Electron's printToPDF and the
// harness's page.pdf(), the same Chromium engine) receive exactly this HTML and footer.
import type { PaperSize } from '../schemas/documents';
import { practitionerName, type Signer } from './format';
import { escapeHtml, html, raw, type HtmlValue, type SafeHtml } from './html';

/** Page margins, in millimetres. The CSS @page rule and both shells' PDF options use these. */
export const PAGE_MARGINS_MM = { top: 18, right: 16, bottom: 20, left: 16 } as const;

/** Each paper as CSS names it and as Chromium's print APIs name it. */
export const PAPER: Record<PaperSize, { css: string; chromium: 'Letter' | 'A4' }> = {
  letter: { css: 'letter', chromium: 'Letter' },
  a4: { css: 'A4', chromium: 'A4' },
};

/** No scripts, no network: a document can only show its own styles and embedded images. */
export const DOCUMENT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const FONT = `"Segoe UI", -apple-system, BlinkMacSystemFont, "Helvetica Neue", Roboto, "Noto Sans", "Liberation Sans", Arial, sans-serif`;
const ACCENT = '#0d6b68'; // the app's accent (renderer base.css)
const MUTED = '#5b6670';

export interface Letterhead {
  clinicName: string;
  /** The practitioner the document speaks for (name, credentials, license, NPI), if any. */
  practitioner: (Signer & { licenseNumber: string; npi: string }) | null;
  /** The clinic's logo as a PNG or JPEG data URL; without one, a monogram of the clinic's initials. */
  logoDataUrl?: string;
}

/** A rendered document before the core names its file: what renderPage's callers return. */
export interface DocumentPage {
  title: string;
  html: string;
  footerTemplate: string;
}

export interface PageInput {
  /** The document's title: the PDF's title and the footer's left side. */
  title: string;
  paper: PaperSize;
  letterhead: Letterhead;
  /** Top right of the letterhead, e.g. "Health history" and "27 November 2026". */
  documentName: string;
  documentDate?: string;
  body: SafeHtml;
}

const IMAGE_DATA_URL = /^data:image\/(png|jpeg);base64,[A-Za-z0-9+/]+={0,2}$/;

/** True when `url` is an image we are willing to embed: a base64 PNG or JPEG data URL, nothing else. */
export function isEmbeddableImage(url: string | null | undefined, types: readonly ('png' | 'jpeg')[] = ['png', 'jpeg']): url is string {
  const m = url ? IMAGE_DATA_URL.exec(url) : null;
  return m !== null && types.includes(m[1] as 'png' | 'jpeg');
}

/** 'Riverside Medical Massage' → 'RM'. */
export function monogram(clinicName: string): string {
  const words = clinicName.split(/[^\p{L}\p{N}]+/u).filter((w) => w && !/^(the|and|of|for)$/i.test(w));
  return words
    .slice(0, 2)
    .map((w) => [...w][0]!.toLocaleUpperCase())
    .join('');
}

function letterhead({ clinicName, practitioner, logoDataUrl }: Letterhead, documentName: string, documentDate?: string): SafeHtml {
  const mark = isEmbeddableImage(logoDataUrl)
    ? html`<img class="logo" src="${logoDataUrl}" alt="">`
    : html`<div class="mark" aria-hidden="true">${monogram(clinicName)}</div>`;
  const credentials = practitioner
    ? [
        practitionerName(practitioner),
        practitioner.licenseNumber && `License ${practitioner.licenseNumber}`,
        practitioner.npi && `NPI ${practitioner.npi}`,
      ].filter(Boolean)
    : [];
  return html`<header class="letterhead">
  ${mark}
  <div class="clinic">
    <div class="clinic-name">${clinicName}</div>
    ${credentials.length > 0 && html`<div class="practitioner">${credentials.join('  ·  ')}</div>`}
  </div>
  <div class="doc-id">
    <div class="doc-name">${documentName}</div>
    ${documentDate && html`<div class="doc-date">${documentDate}</div>`}
  </div>
</header>`;
}

function styles(paper: PaperSize): string {
  const m = PAGE_MARGINS_MM;
  return `
@page { size: ${PAPER[paper].css}; margin: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: ${FONT}; font-size: 9.5pt; line-height: 1.4; color: #1c252c; }
.letterhead { display: flex; align-items: center; gap: 12px; padding-bottom: 9px; border-bottom: 1.5px solid ${ACCENT}; margin-bottom: 14px; }
.mark { flex: none; width: 40px; height: 40px; border-radius: 9px; background: ${ACCENT}; color: #fff; font-size: 14pt; font-weight: 700; letter-spacing: 0.5px; display: flex; align-items: center; justify-content: center; }
.logo { flex: none; max-height: 44px; max-width: 120px; }
.clinic-name { font-size: 18pt; font-weight: 600; line-height: 1.15; letter-spacing: -0.2px; }
.practitioner { font-size: 8.5pt; color: ${MUTED}; margin-top: 2px; }
.doc-id { margin-left: auto; text-align: right; }
.doc-name { font-size: 8.5pt; font-weight: 700; text-transform: uppercase; letter-spacing: 0.09em; color: ${ACCENT}; }
.doc-date { font-size: 8.5pt; color: ${MUTED}; margin-top: 2px; }
h1 { font-size: 13pt; font-weight: 600; margin: 0 0 8px; }
h2 { font-size: 8.5pt; font-weight: 700; text-transform: uppercase; letter-spacing: 0.07em; color: ${ACCENT}; margin: 12px 0 5px; padding-bottom: 3px; border-bottom: 1px solid #cfd8dc; break-after: avoid; }
p { margin: 0 0 7px; }
section { break-inside: avoid; }
section.long { break-inside: auto; }
table { width: 100%; border-collapse: collapse; margin: 2px 0 4px; }
.fields + table { margin-top: 8px; }
thead { display: table-header-group; }
th { white-space: nowrap; text-align: left; font-size: 7.5pt; font-weight: 700; text-transform: uppercase; letter-spacing: 0.05em; color: ${MUTED}; padding: 3px 6px; border-bottom: 1px solid #8b979f; }
td { padding: 3px 6px; vertical-align: top; border-bottom: 1px solid #e1e6e9; }
tr { break-inside: avoid; }
td.code { white-space: nowrap; font-weight: 600; width: 1%; }
td.answer { width: 34%; }
td.condition { width: 28%; }
td.boxes { width: 1%; white-space: nowrap; padding-right: 14px; }
td.blank { height: 25px; }
tr:has(td.blank) td { border-bottom-color: #9aa5ac; }
.fields { display: grid; grid-template-columns: max-content 1fr; gap: 3px 14px; margin: 0; }
.fields.two { grid-template-columns: max-content 1fr max-content 1fr; }
.fields dt { color: ${MUTED}; }
.fields dd { margin: 0; min-width: 0; overflow-wrap: anywhere; }
.muted { color: ${MUTED}; }
.empty { color: ${MUTED}; font-style: italic; }
.small { font-size: 8pt; }
.pre { white-space: pre-wrap; overflow-wrap: anywhere; }
.yes { font-weight: 600; }
.box { display: inline-block; width: 9px; height: 9px; border: 1px solid #2b353c; border-radius: 1.5px; margin: 0 3px 0 0; vertical-align: -1px; }
.choice { margin-right: 14px; white-space: nowrap; }
.line { border-bottom: 1px solid #7d8990; height: 20px; }
.fill { display: inline-block; min-width: 110px; border-bottom: 1px solid #7d8990; height: 11px; margin-left: 4px; }
.sub { margin-right: 14px; white-space: nowrap; }
.write { display: flex; gap: 14px; align-items: flex-end; margin: 6px 0; }
.write > div { flex: 1; }
.write.tall .line { height: 34px; }
.write .label { font-size: 7.5pt; color: ${MUTED}; margin-top: 2px; }
.callout { border-left: 3px solid ${ACCENT}; background: #eef5f4; padding: 6px 9px; margin: 4px 0; }
.alert { border-left: 3px solid #b7791f; padding: 3px 9px; margin: 4px 0; break-inside: avoid; }
.alert.contraindication { border-left-color: #b42318; }
.alert.info { border-left-color: #5b6670; }
.alert .title { font-weight: 600; }
.severity { font-size: 7pt; font-weight: 700; text-transform: uppercase; letter-spacing: 0.06em; color: ${MUTED}; margin-left: 6px; }
.signature { display: flex; gap: 28px; align-items: flex-end; margin-top: 10px; break-inside: avoid; }
.signature .sig { width: 250px; height: 56px; border-bottom: 1px solid #2b353c; display: flex; align-items: flex-end; }
.signature .sig img { max-width: 100%; max-height: 54px; }
.signature .sig.short { height: 34px; }
.closing { break-inside: avoid; margin-top: 12px; }
.closing .signature { margin-top: 0; }
.stamp { display: inline-block; border: 1.5px solid #b42318; color: #b42318; font-weight: 700; padding: 1px 6px; letter-spacing: 0.06em; text-transform: uppercase; font-size: 8pt; }
`;
}

/** Small grey text in the bottom margin: the document on the left, "Page 1 of 2" on the right. */
export function footerTemplate(label: string): string {
  const m = PAGE_MARGINS_MM;
  // Chromium renders this apart from the page (no page CSS applies), so every style is inline.
  return (
    `<div style="box-sizing:border-box;width:100%;padding:0 ${m.right}mm 0 ${m.left}mm;display:flex;justify-content:space-between;gap:12px;` +
    `font-family:${escapeHtml(FONT)};font-size:7.5pt;color:#6b7680;">` +
    `<span>${escapeHtml(label)}</span>` +
    `<span style="white-space:nowrap">Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`
  );
}

/** A CSS string literal. `<`, `>` and `&` are escaped too, so it is also safe inside a <style> element. */
function cssString(text: string): string {
  // eslint-disable-next-line no-control-regex
  return `"${text.replace(/[\\"<>&\u0000-\u001f\u007f\u2028\u2029]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;
}

/**
 * The same footer as CSS page-margin boxes, for the system print dialog (Electron's
 * webContents.print), which has no footer template. Not part of the document itself: the PDF
 * path draws its footer from `footerTemplate`, and both at once would print it twice.
 */
export function printFooterCss(label: string): string {
  const text = `font-family: ${FONT}; font-size: 7.5pt; color: #6b7680;`;
  return (
    `@page { @bottom-left { content: ${cssString(label)}; ${text} } ` +
    `@bottom-right { content: "Page " counter(page) " of " counter(pages); ${text} } }`
  );
}

/** The document for the system print dialog: its HTML with `printFooterCss` added to the head. */
export function withPrintDialogFooter(documentHtml: string, label: string): string {
  return documentHtml.replace('</head>', `<style>${printFooterCss(label)}</style>\n</head>`);
}

/** The whole document: one self-contained HTML file, with no scripts and nothing to fetch. */
export function renderPage(input: PageInput): { html: string; footerTemplate: string } {
  const page = html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${raw(DOCUMENT_CSP)}">
<title>${input.title}</title>
<style>${raw(styles(input.paper))}</style>
</head>
<body>
${letterhead(input.letterhead, input.documentName, input.documentDate)}
<main>
${input.body}
</main>
</body>
</html>
`;
  return { html: page.toString(), footerTemplate: footerTemplate(input.title) };
}

// ── Building blocks the documents share ───────────────────────────────────────────────────────

export const section = (title: string, content: HtmlValue, className = '') =>
  html`<section class="${className}"><h2>${title}</h2>${content}</section>`;

/** Label/value pairs in a grid; `two` lays them out in two columns. */
export const fields = (pairs: readonly [string, HtmlValue][], two = false) =>
  html`<dl class="fields${two ? ' two' : ''}">${pairs.map(([label, value]) => html`<dt>${label}</dt><dd>${value}</dd>`)}</dl>`;

export const empty = (text: string) => html`<p class="empty">${text}</p>`;

/** A value, or a grey "Not given" when blank. */
export const orNone = (value: string, none = 'Not given') => (value.trim() ? html`<span class="pre">${value}</span>` : html`<span class="muted">${none}</span>`);

export const table = (headers: readonly string[], rows: readonly HtmlValue[][], cellClasses: readonly string[] = []) =>
  html`<table><thead><tr>${headers.map((h) => html`<th>${h}</th>`)}</tr></thead><tbody>${rows.map(
    (cells) => html`<tr>${cells.map((c, i) => (cellClasses[i] ? html`<td class="${cellClasses[i]}">${c}</td>` : html`<td>${c}</td>`))}</tr>`,
  )}</tbody></table>`;
