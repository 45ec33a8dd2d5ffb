// Billing inputs and views. Money is integer cents everywhere; the forms parse "12.50" into cents.
import { z } from 'zod';
import { id, optionalNpi, optionalPhone, optionalText, requiredDate, requiredText } from './fields';

const cents = (label: string) =>
  z
    .number({ error: `${label} must be an amount` })
    .int(`${label} must be whole cents`)
    .min(0, `${label} cannot be negative`)
    .max(100_000_000, `${label} is too large`);
const basisPoints = z.number({ error: 'Tax rate must be a number' }).int().min(0, 'Tax rate cannot be negative').max(10_000, 'Tax rate is at most 100%');
const CPT = /^\d{4}[0-9A-Z]$/;

export const BillingSettingsInput = z
  .object({
    legalName: requiredText('Legal name', 200),
    addressLine1: optionalText('Address', 200),
    addressLine2: optionalText('Address line 2', 200),
    city: optionalText('City', 100),
    region: optionalText('State / region', 100),
    postalCode: optionalText('Postal code', 20),
    country: optionalText('Country', 100),
    phone: optionalPhone('Phone'),
    email: optionalText('Email', 254),
    taxId: optionalText('Tax ID (EIN)', 20).refine((v) => v === '' || /^\d{2}-?\d{7}$/.test(v), 'An EIN looks like 12-3456789'),
    practiceNpi: optionalNpi,
    logoPng: z
      .string()
      .max(400_000, 'The logo must be 300 kB or smaller')
      .refine((v) => v === '' || /^data:image\/(png|jpeg);base64,[A-Za-z0-9+/]+={0,2}$/.test(v), 'The logo must be a PNG or JPEG image')
      .default(''),
    currency: z.string().regex(/^[A-Z]{3}$/, 'Currency is a 3-letter code like USD').default('USD'),
    invoicePrefix: optionalText('Invoice number prefix', 12).refine((v) => /^[A-Za-z0-9-/]*$/.test(v), 'Use letters, digits, - or /'),
    nextInvoiceNumber: z.number().int().min(1, 'The next number must be 1 or more').max(99_999_999),
    paymentTermsDays: z.number().int().min(0, 'Payment terms cannot be negative').max(365, 'At most 365 days'),
    footerText: optionalText('Footer text', 500),
    placeOfService: z.string().regex(/^\d{2}$/, 'Place of service is a 2-digit code, e.g. 11 (office)').default('11'),
  })
  .strict();
export type BillingSettingsInput = z.output<typeof BillingSettingsInput>;

export const TaxRateInput = z.object({ name: requiredText('Tax name', 80), basisPoints, active: z.boolean().default(true) }).strict();
export const TaxRateUpdateInput = TaxRateInput.extend({ id }).strict();

const catalogFields = {
  code: z.string().trim().refine((v) => v === '' || CPT.test(v), 'A CPT/HCPCS code is 5 characters, e.g. 97124').default(''),
  description: requiredText('Description', 200),
  kind: z.enum(['timed', 'untimed', 'flat'], { error: 'Choose timed, untimed or flat rate' }),
  feeCents: cents('Fee'),
  taxRateId: id.nullable().default(null),
  active: z.boolean().default(true),
};
const needsCode = { path: ['code'], message: 'Timed and untimed services need a code' };
export const CatalogServiceInput = z.object(catalogFields).strict().refine((v) => v.kind === 'flat' || v.code !== '', needsCode);
export type CatalogServiceInput = z.output<typeof CatalogServiceInput>;
export const CatalogServiceUpdateInput = z.object({ id, ...catalogFields }).strict().refine((v) => v.kind === 'flat' || v.code !== '', needsCode);

export const PackageInput = z
  .object({ name: requiredText('Package name', 120), visits: z.number().int().min(1, 'At least 1 visit').max(100, 'At most 100 visits'), priceCents: cents('Price'), serviceId: id })
  .strict();

export const PayerInput = z
  .object({
    name: requiredText('Payer name', 200),
    kind: z.enum(['self_pay', 'insurance'], { error: 'Choose self-pay or insurance' }),
    unitRule: z.enum(['cms_8_minute', 'per_code'], { error: 'Choose the CMS 8-minute rule or the per-code rule' }),
    payerCode: optionalText('Payer ID', 40),
    address: optionalText('Address', 500),
    active: z.boolean().default(true),
  })
  .strict();
export const PayerUpdateInput = PayerInput.extend({ id }).strict();
/** A payer's own fee for a service; leave feeCents out to go back to the catalog fee. */
export const FeeOverrideInput = z.object({ payerId: id, serviceId: id, feeCents: cents('Fee').optional() }).strict();

export const InvoiceFromSessionsInput = z
  .object({
    clientId: id,
    payerId: id,
    sessionIds: z.array(id).min(1, 'Choose at least one signed session').max(60, 'At most 60 sessions on one invoice'),
    /** Bill each visit as a flat-rate service instead of by codes (self-pay). */
    flatServiceId: id.nullable().default(null),
  })
  .strict();

export const InvoiceLineInput = z
  .object({
    serviceDate: requiredDate('Date of service'),
    serviceId: id.nullable().default(null),
    sessionId: id.nullable().default(null),
    code: z.string().trim().refine((v) => v === '' || CPT.test(v), 'A CPT/HCPCS code is 5 characters').default(''),
    modifiers: z.string().trim().regex(/^([0-9A-Z]{2}( ?[0-9A-Z]{2}){0,3})?$/, 'Modifiers are 2 characters each, e.g. GP 59').default(''),
    description: requiredText('Description', 200),
    minutes: z.number().int().min(0).max(480).default(0),
    units: z.number({ error: 'Units must be a number' }).int('Units must be whole').min(1, 'At least 1 unit').max(99, 'At most 99 units'),
    unitPriceCents: cents('Unit price'),
    taxBasisPoints: basisPoints.default(0),
    diagnosisPointers: z.string().regex(/^[A-L]{0,4}$/, 'Pointers are up to 4 letters A–L').default(''),
  })
  .strict();
export type InvoiceLineInput = z.output<typeof InvoiceLineInput>;

export const InvoiceDraftInput = z
  .object({
    id,
    payerId: id,
    lines: z.array(InvoiceLineInput).max(200),
    discountCents: cents('Discount').default(0),
    notes: optionalText('Notes', 2000),
  })
  .strict();
export const InvoiceNewInput = z.object({ clientId: id, payerId: id }).strict();
export const InvoiceIssueInput = z.object({ id, issueDate: requiredDate('Issue date').optional() }).strict();
export const InvoiceVoidInput = z.object({ id, reason: requiredText('Reason', 500) }).strict();
export const InvoiceListInput = z
  .object({
    status: z.enum(['all', 'draft', 'open', 'paid', 'void']).default('all'),
    clientId: id.optional(),
    from: requiredDate('From').optional(),
    to: requiredDate('To').optional(),
    limit: z.number().int().min(1).max(500).default(200),
  })
  .strict();

export const PAYMENT_METHODS = ['cash', 'card', 'check', 'insurance'] as const;
export const PaymentInput = z
  .object({
    clientId: id,
    invoiceId: id.nullable().default(null),
    paidOn: requiredDate('Date'),
    amountCents: z.number({ error: 'Amount must be an amount' }).int().min(1, 'The amount must be more than zero').max(100_000_000),
    method: z.enum(PAYMENT_METHODS, { error: 'Choose cash, card, check or insurance' }),
    reference: optionalText('Reference', 100),
    notes: optionalText('Notes', 500),
    /** A payment above the invoice's balance is refused unless the person chose to keep the rest as credit. */
    allowCredit: z.boolean().default(false),
  })
  .strict();
export const RefundInput = z
  .object({ clientId: id, invoiceId: id.nullable().default(null), paidOn: requiredDate('Date'), amountCents: z.number().int().min(1, 'The refund must be more than zero').max(100_000_000), method: z.enum(PAYMENT_METHODS), reference: optionalText('Reference', 100), notes: optionalText('Notes', 500) })
  .strict();
export const PackageSaleInput = z.object({ clientId: id, packageId: id, paidOn: requiredDate('Date'), method: z.enum(PAYMENT_METHODS), reference: optionalText('Reference', 100) }).strict();
export const PackageVisitInput = z.object({ invoiceId: id, clientPackageId: id, paidOn: requiredDate('Date') }).strict();
export const ReportInput = z
  .object({ from: requiredDate('From'), to: requiredDate('To') })
  .strict()
  .refine((v) => v.to >= v.from, { path: ['to'], message: 'The end date must be on or after the start date' });
export const ReportCsvInput = z
  .object({ report: z.enum(['revenue_by_month', 'revenue_by_service', 'revenue_by_payer', 'aging', 'visits_by_month', 'referral_utilization']), from: requiredDate('From'), to: requiredDate('To') })
  .strict();
export const MonthInput = z.object({ month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Month is YYYY-MM') }).strict();

// ── Views ────────────────────────────────────────────────────────────────────────────────────

export interface BillingSettings extends BillingSettingsInput {
  updatedAt: string;
}
export interface TaxRate {
  id: string;
  name: string;
  basisPoints: number;
  active: boolean;
}
export interface CatalogService {
  id: string;
  code: string;
  description: string;
  kind: 'timed' | 'untimed' | 'flat';
  feeCents: number;
  taxRateId: string | null;
  taxBasisPoints: number;
  active: boolean;
}
export interface Package {
  id: string;
  name: string;
  visits: number;
  priceCents: number;
  serviceId: string;
  active: boolean;
}
export interface Payer {
  id: string;
  name: string;
  kind: 'self_pay' | 'insurance';
  unitRule: 'cms_8_minute' | 'per_code';
  payerCode: string;
  address: string;
  active: boolean;
  feeOverrides: { serviceId: string; feeCents: number }[];
}
export interface BillingCatalog {
  settings: BillingSettings;
  taxRates: TaxRate[];
  services: CatalogService[];
  packages: Package[];
  payers: Payer[];
}

export interface InvoiceLine extends InvoiceLineInput {
  id: string;
  amountCents: number;
  discountCents: number;
  taxCents: number;
}
export interface PaymentView {
  id: string;
  clientId: string;
  invoiceId: string | null;
  invoiceNumber: string | null;
  paidOn: string;
  amountCents: number;
  method: string;
  reference: string;
  notes: string;
  createdAt: string;
}
export interface InvoiceSummary {
  id: string;
  number: string | null;
  clientId: string;
  clientName: string;
  payerId: string;
  payerName: string;
  status: 'draft' | 'issued' | 'void';
  state: 'draft' | 'issued' | 'partially_paid' | 'paid' | 'void';
  issueDate: string | null;
  dueDate: string | null;
  totalCents: number;
  paidCents: number;
  balanceCents: number;
}
export interface Invoice extends InvoiceSummary {
  lines: InvoiceLine[];
  subtotalCents: number;
  discountCents: number;
  taxCents: number;
  notes: string;
  voidReason: string;
  voidedAt: string | null;
  payments: PaymentView[];
  /** The referral's ICD-10 codes the diagnosis pointers A, B, C… refer to. */
  diagnoses: string[];
  createdAt: string;
  updatedAt: string;
}
export interface ClientPackageView {
  id: string;
  name: string;
  visitsTotal: number;
  visitsUsed: number;
  priceCents: number;
  purchasedAt: string;
}
export interface Statement {
  clientId: string;
  clientName: string;
  invoices: InvoiceSummary[];
  payments: PaymentView[];
  packages: ClientPackageView[];
  /** Positive: the client owes; negative: credit on account. */
  balanceCents: number;
  creditCents: number;
}
export interface ReportRow {
  key: string;
  label: string;
  values: Record<string, number>;
}
export interface Reports {
  from: string;
  to: string;
  revenueByMonth: ReportRow[];
  revenueByService: ReportRow[];
  revenueByPayer: ReportRow[];
  aging: ReportRow[];
  visitsByMonth: ReportRow[];
  referralUtilization: ReportRow[];
}
