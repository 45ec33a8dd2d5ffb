// The superbill: what a client sends their insurer to be reimbursed (DESIGN.md "Invoices"). It
// carries the provider (name, credentials, license, individual NPI, the practice's NPI, tax ID,
// address, a signature line), the client (name, date of birth, address, insurance payer, member ID,
// group number, subscriber), the diagnoses lettered A, B, C… as the lines' pointers name them, and
// the services: date of service, place of service, CPT with modifiers, pointer, units, minutes and
// fee charged; then the total timed minutes and what was charged, paid and is still owed.
import { totalTimedMinutes } from '../domain/billing-units';
import { validateIcd10 } from '../domain/icd10';
import type { Invoice } from '../schemas/billing';
import type { PaperSize } from '../schemas/documents';
import {
  addressLines,
  draftBanner,
  footerText,
  formatShortDate,
  itemsTable,
  moneyIn,
  party,
  renderBillingPage,
  totalsTable,
  voidBanner,
  watermark,
  VOID_MARK,
  type AddressParts,
  type BillingHeader,
  type TotalsRow,
  type Column,
} from './billing-doc';
import { dateIn, formatDate, fullName, practitionerName, type PersonName, type Signer } from './format';
import { html, type HtmlValue, type SafeHtml } from './html';
import type { DocumentPage } from './layout';
import type { InvoicePayer } from './invoice';

export const SUPERBILL_NOTE = 'This is a receipt for services; submit it to your insurer for reimbursement.';

export type SuperbillProvider = Signer & { licenseNumber: string; npi: string };

export type SuperbillClient = PersonName &
  AddressParts & {
    dateOfBirth: string;
    insurancePayer: string;
    insuranceMemberId: string;
    insuranceGroupNumber: string;
    insuranceSubscriberName: string;
    insuranceSubscriberRelationship: string;
  };

export interface SuperbillInput {
  header: BillingHeader;
  paper: PaperSize;
  currency: string;
  timeZone: string;
  invoice: Invoice;
  client: SuperbillClient;
  payer: InvoicePayer;
  /** The treating practitioner of the first line (the session's), else the clinic's first practitioner. */
  provider: SuperbillProvider | null;
  /** Each line's treating practitioner; a column names them when the invoice has more than one. */
  lineProviders: readonly (SuperbillProvider | null)[];
  /** Whether each line's code is timed (the service catalog's kind), for the total timed minutes. */
  lineTimed: readonly boolean[];
  /** The practice's place-of-service code (billing settings), e.g. '11'. */
  placeOfService: string;
  footerText: string;
}

/** CMS place-of-service codes a massage practice uses. */
const PLACES: Record<string, string> = {
  '02': 'Telehealth (not in the patient’s home)',
  '10': 'Telehealth in the patient’s home',
  '11': 'Office',
  '12': 'Home',
  '19': 'Off-campus outpatient hospital',
  '22': 'On-campus outpatient hospital',
  '49': 'Independent clinic',
  '99': 'Other place of service',
};

export function superbillTitle(invoice: Pick<Invoice, 'number' | 'status'>, clientName: string): string {
  const ref = invoice.status === 'draft' || !invoice.number ? '(draft)' : `${invoice.number}${invoice.status === 'void' ? ' (void)' : ''}`;
  return `Superbill ${ref} — ${clientName}`;
}

const none = (text = 'Not on file') => html`<span class="muted">${text}</span>`;
const orNone = (value: string) => (value.trim() ? value.trim() : none());

/** The practice's address in the provider box, the two street lines on one line: '12 Mill Street, Suite 4'. */
function streetAndCity(lines: readonly string[]): string[] {
  return lines.length >= 3 ? [`${lines[0]}, ${lines[1]}`, ...lines.slice(2)] : [...lines];
}

function providerParty(input: SuperbillInput): SafeHtml {
  const p = input.provider;
  const h = input.header;
  return party(
    'Provider',
    p ? practitionerName(p) : none('No practitioner on file'),
    [h.name, ...streetAndCity(h.addressLines), ...[h.phone.trim()].filter(Boolean)],
    [
      ['License', p ? orNone(p.licenseNumber) : none()],
      ['NPI (individual)', p ? orNone(p.npi) : none()],
      ['Practice NPI', orNone(h.practiceNpi)],
      ['Tax ID (EIN)', orNone(h.taxId)],
    ],
  );
}

const RELATIONSHIPS: Record<string, string> = { self: 'self', spouse: 'spouse', child: 'child', other: 'other' };

function patientParty(input: SuperbillInput): SafeHtml {
  const c = input.client;
  const payer = c.insurancePayer.trim() || (input.payer.kind === 'insurance' ? input.payer.name : '');
  const subscriber = c.insuranceSubscriberName.trim();
  const relationship = RELATIONSHIPS[c.insuranceSubscriberRelationship];
  const lines = addressLines(c);
  return party('Patient', fullName(c), lines.length > 0 ? lines : [none('No address on file')], [
    ['Date of birth', c.dateOfBirth ? formatDate(c.dateOfBirth) : none()],
    ['Insurance payer', payer || none()],
    ['Member ID', orNone(c.insuranceMemberId)],
    ['Group number', orNone(c.insuranceGroupNumber)],
    ['Subscriber', subscriber ? `${subscriber}${relationship ? ` (${relationship})` : ''}` : relationship === 'self' ? 'Self' : none()],
  ]);
}

function diagnosesBlock(diagnoses: readonly string[]): HtmlValue {
  if (diagnoses.length === 0) {
    return html`<p class="empty">No diagnosis codes: the services are not under a referral with ICD-10 codes. Most insurers need one to reimburse.</p>`;
  }
  return itemsTable(
    [{ label: 'Pointer', cls: 'c nowrap' }, { label: 'ICD-10-CM', cls: 'code nowrap icd' }, { label: 'Description', cls: 'desc' }],
    diagnoses.map((code, i) => {
      const check = validateIcd10(code);
      return [String.fromCharCode(65 + i), code, check.ok && check.description ? check.description : none('Not in Palpate’s list of common codes')];
    }),
  );
}

function servicesTable(input: SuperbillInput, money: (c: number) => string): SafeHtml {
  const names = input.lineProviders.map((p) => (p ? practitionerName(p) : ''));
  const several = new Set(names).size > 1;
  const columns: Column[] = [
    { label: 'Date of service', cls: 'nowrap' },
    { label: 'POS', cls: 'c nowrap' },
    { label: 'CPT / HCPCS', cls: 'code nowrap' },
    { label: 'Modifiers', cls: 'nowrap' },
    { label: 'Description', cls: 'desc' },
    { label: 'Dx pointer', cls: 'c nowrap' },
    { label: 'Units', cls: 'num' },
    { label: 'Minutes', cls: 'num' },
    ...(several ? [{ label: 'Provider (NPI)' }] : []),
    { label: 'Fee charged', cls: 'num' },
  ];
  const rows = input.invoice.lines.map((l, i) => {
    const provider = input.lineProviders[i];
    return [
      formatShortDate(l.serviceDate),
      input.placeOfService,
      l.code || none('—'),
      l.modifiers,
      l.description,
      l.diagnosisPointers || none('—'),
      String(l.units),
      l.minutes > 0 ? String(l.minutes) : none('—'),
      ...(several ? [provider ? html`${practitionerName(provider)}${provider.npi && html`<div class="muted small">${provider.npi}</div>`}` : none('—')] : []),
      money(l.amountCents),
    ];
  });
  return itemsTable(columns, rows);
}

export const SUPERBILL_CSS = `
.superbill .subtitle { font-size: 10pt; color: #5b6670; margin: -4px 0 10px; }
.superbill .subtitle strong { color: #1c252c; }
.superbill table.items th.icd { white-space: nowrap; }
.superbill .party { border: 1px solid #cfd8dc; border-radius: 4px; padding: 7px 10px; }
.superbill .party .extra { display: grid; grid-template-columns: max-content 1fr; gap: 1px 10px; }
.superbill .party .extra > div { display: contents; }
.superbill table.items { font-size: 8.5pt; }
.superbill table.items th { white-space: normal; vertical-align: bottom; }
.superbill .banner { font-size: 14pt; margin-bottom: 8px; }
.superbill h2 { margin-top: 10px; }
.superbill .after-table .left .pos { font-size: 8.5pt; }
.superbill .minutes { font-size: 10pt; }
.superbill .minutes strong { font-size: 11pt; }
.sign-row { display: flex; gap: 28px; align-items: flex-end; margin-top: 18px; break-inside: avoid; }
.sign-row .sig { flex: 1; }
.sign-row .sig .rule { border-bottom: 1px solid #2b353c; height: 32px; }
.sign-row .sig .label { font-size: 7.5pt; color: #5b6670; margin-top: 2px; }
.sign-row .sig .typed { font-weight: 600; margin-top: 1px; }
.sign-row .date { width: 150px; flex: none; }
.callout.note { margin-top: 10px; font-weight: 600; }
`;

export function renderSuperbill(input: SuperbillInput): DocumentPage {
  const { invoice } = input;
  const money = moneyIn(input.currency);
  const name = fullName(input.client);
  const title = superbillTitle(invoice, name);
  const isVoid = invoice.status === 'void';
  const isDraft = invoice.status === 'draft';
  const timedMinutes = totalTimedMinutes(invoice.lines.map((l, i) => ({ code: l.code, minutes: l.minutes, timed: input.lineTimed[i] ?? false })));
  const dates = [...new Set(invoice.lines.map((l) => l.serviceDate))].sort();
  const place = PLACES[input.placeOfService];
  const voidedOn = invoice.voidedAt ? dateIn(invoice.voidedAt, input.timeZone) : null;
  const signer = input.provider ? practitionerName(input.provider) : '';

  const totals: TotalsRow[] = [];
  if (invoice.discountCents > 0 || invoice.taxCents > 0) {
    totals.push(['Charges', money(invoice.subtotalCents), 'sub']);
    if (invoice.discountCents > 0) totals.push(['Discount', money(-invoice.discountCents), 'sub']);
    if (invoice.taxCents > 0) totals.push(['Tax', money(invoice.taxCents), 'sub']);
  }
  totals.push(['Total fee charged', money(invoice.totalCents), 'total'], ['Amount paid', money(invoice.paidCents)], ['gap', '', 'gap'], [isVoid ? 'Balance (void)' : 'Balance due', money(Math.max(invoice.balanceCents, 0)), isVoid ? 'due void' : 'due']);

  const body = html`<article class="doc superbill">
${isVoid && watermark(VOID_MARK, 'void', false)}
${isDraft && watermark('DRAFT', 'draft', false)}
${isVoid && voidBanner(invoice.voidReason, voidedOn)}
${isDraft && draftBanner()}
<p class="subtitle">Itemized statement of services${invoice.number ? html` · Invoice <strong>${invoice.number}</strong>` : ''}${invoice.issueDate ? html` · Issued ${formatDate(invoice.issueDate)}` : ''}${
    dates.length > 0 ? html` · Services ${dates.length === 1 ? formatDate(dates[0]!) : `${formatDate(dates[0]!)} – ${formatDate(dates.at(-1)!)}`}` : ''
  }</p>
<div class="parties even">${providerParty(input)}${patientParty(input)}</div>
<section><h2>Diagnoses</h2>${diagnosesBlock(invoice.diagnoses)}</section>
<section class="long"><h2>Services</h2>${servicesTable(input, money)}</section>
<div class="after-table">
  <div class="left">
    <p class="minutes">Total timed minutes: <strong>${timedMinutes}</strong></p>
    <p class="pos muted">Place of service ${input.placeOfService}${place ? ` — ${place}` : ''}. Units of timed codes are 15 minutes each.</p>
  </div>
  ${totalsTable(totals)}
</div>
<div class="callout note">${SUPERBILL_NOTE}</div>
<div class="sign-row">
  <div class="sig"><div class="rule"></div><div class="label">Provider signature</div><div class="typed">${signer || none('No practitioner on file')}${input.provider?.npi && html` <span class="muted">· NPI ${input.provider.npi}</span>`}</div></div>
  <div class="sig date"><div class="rule"></div><div class="label">Date</div><div class="typed">&nbsp;</div></div>
</div>
${footerText(input.footerText)}
</article>`;

  return renderBillingPage({
    title,
    paper: input.paper,
    header: input.header,
    letterhead: { documentName: 'SUPERBILL', documentRef: invoice.number ? `No. ${invoice.number}` : 'Draft — not issued', showTaxId: true },
    body,
    css: SUPERBILL_CSS,
  });
}
