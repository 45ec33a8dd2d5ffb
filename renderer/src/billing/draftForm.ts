// The draft invoice form: amounts are typed as text ("30.00") and parsed to cents with parseMoney;
// the other fields reuse the shared line schema, so the form and main agree on every rule.
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { z } from 'zod';
import { invoiceTotals, type Totals } from '../../../shared/domain/invoice-math';
import { centsToDecimal, parseMoney } from '../../../shared/domain/money';
import { InvoiceDraftInput, InvoiceLineInput, type CatalogService, type Invoice } from '../../../shared/schemas/billing';
import { CallError } from '../api';
import { messageOf } from '../hooks/useCall';
import { moneyText } from './moneyText';

export interface LineValues {
  serviceDate: string;
  serviceId: string | null;
  sessionId: string | null;
  code: string;
  modifiers: string;
  description: string;
  minutes: number;
  units: string;
  unitPrice: string;
  taxBasisPoints: number;
  diagnosisPointers: string;
}

export interface DraftValues {
  payerId: string;
  discount: string;
  notes: string;
  lines: LineValues[];
}

const unitsText = z.string().transform((text, ctx) => {
  const t = text.trim();
  if (!/^\d+$/.test(t)) ctx.addIssue({ code: 'custom', message: 'Units must be a whole number' });
  else if (Number(t) < 1 || Number(t) > 99) ctx.addIssue({ code: 'custom', message: 'Units are between 1 and 99' });
  else return Number(t);
  return z.NEVER;
});

const upper = (schema: z.ZodType<string, string>) => z.string().transform((v) => v.trim().toUpperCase()).pipe(schema);
const L = InvoiceLineInput.shape;

const LineForm = z
  .object({
    serviceDate: L.serviceDate,
    serviceId: L.serviceId.unwrap(),
    sessionId: L.sessionId.unwrap(),
    code: upper(L.code.unwrap()),
    modifiers: upper(L.modifiers.unwrap()),
    description: L.description,
    minutes: L.minutes.unwrap(),
    units: unitsText,
    unitPrice: moneyText('Unit price'),
    taxBasisPoints: L.taxBasisPoints.unwrap(),
    diagnosisPointers: upper(L.diagnosisPointers.unwrap()),
  })
  .transform(({ units, unitPrice, ...rest }) => ({ ...rest, units, unitPriceCents: unitPrice }));

export const DraftForm = z
  .object({
    payerId: z.string().min(1, 'Choose a payer'),
    discount: moneyText('Discount', { blankIsZero: true }),
    notes: InvoiceDraftInput.shape.notes.unwrap(),
    lines: z.array(LineForm).max(200, 'At most 200 lines'),
  })
  .superRefine((v, ctx) => {
    const subtotal = v.lines.reduce((s, l) => s + l.units * l.unitPriceCents, 0);
    if (v.discount > subtotal) ctx.addIssue({ code: 'custom', path: ['discount'], message: 'The discount cannot be more than the subtotal' });
  })
  .transform(({ discount, ...rest }) => ({ ...rest, discountCents: discount }));
export type DraftOutput = z.output<typeof DraftForm>;

export function lineValues(l: InvoiceLineInput): LineValues {
  return { ...l, units: String(l.units), unitPrice: centsToDecimal(l.unitPriceCents) };
}

export function draftValues(invoice: Invoice): DraftValues {
  return {
    payerId: invoice.payerId,
    discount: invoice.discountCents ? centsToDecimal(invoice.discountCents) : '',
    notes: invoice.notes,
    lines: invoice.lines.map(lineValues),
  };
}

/** A new line for a catalog service (or a blank one), dated like the last line. */
export function newLine(service: CatalogService | undefined, serviceDate: string, diagnosisCount: number): LineValues {
  return {
    serviceDate,
    serviceId: service?.id ?? null,
    sessionId: null,
    code: service?.code ?? '',
    modifiers: '',
    description: service?.description ?? '',
    minutes: 0,
    units: '1',
    unitPrice: service ? centsToDecimal(service.feeCents) : '',
    taxBasisPoints: service?.taxBasisPoints ?? 0,
    diagnosisPointers: service && service.kind !== 'flat' ? 'ABCD'.slice(0, Math.min(4, diagnosisCount)) : '',
  };
}

/** Totals of what is on screen right now; amounts not (yet) readable count as 0. */
export function liveTotals(values: DraftValues): Totals {
  const lines = values.lines.map((l) => ({
    units: /^\d+$/.test(l.units.trim()) ? Number(l.units.trim()) : 0,
    unitPriceCents: Math.max(0, parseMoney(l.unitPrice) ?? 0),
    taxBasisPoints: l.taxBasisPoints,
  }));
  const subtotal = lines.reduce((s, l) => s + l.units * l.unitPriceCents, 0);
  const discount = Math.min(Math.max(0, parseMoney(values.discount) ?? 0), subtotal);
  return invoiceTotals(lines, discount);
}

/** Main's field paths (cents) back onto the form's (typed amounts); returns the banner sentence. */
export function applyDraftErrors<T extends FieldValues>(error: unknown, setError: UseFormSetError<T>): string {
  if (error instanceof CallError && error.detail.fields) {
    for (const [path, message] of Object.entries(error.detail.fields)) {
      const formPath = path.replace(/unitPriceCents$/, 'unitPrice').replace(/^discountCents$/, 'discount');
      setError(formPath as Path<T>, { type: 'server', message });
    }
  }
  return messageOf(error);
}
