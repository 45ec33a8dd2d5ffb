// From a signed session to draft invoice lines under the payer's unit rule (DESIGN.md "Billing
// units"). The catalog, not the modality list, says whether a code is timed: the clinic owns it.
import { billableUnits, type CodeMinutes, type UnitRule } from './billing-units';

export interface CatalogService {
  id: string;
  /** CPT/HCPCS; '' for a flat-rate self-pay service. */
  code: string;
  description: string;
  kind: 'timed' | 'untimed' | 'flat';
  /** Per unit; per visit for flat. */
  feeCents: number;
  taxBasisPoints: number;
}

export interface SessionForBilling {
  id: string;
  sessionDate: string;
  modalities: readonly { cptCode: string; minutes: number }[];
  /** ICD-10 codes available on the referral, for the pointers. */
  diagnosisCount: number;
}

export interface DraftLine {
  sessionId: string;
  serviceDate: string;
  serviceId: string | null;
  code: string;
  description: string;
  minutes: number;
  units: number;
  unitPriceCents: number;
  taxBasisPoints: number;
  /** 'A', 'AB', … up to four letters (CMS-1500 box 24E); '' when there are no diagnoses. */
  diagnosisPointers: string;
  modifiers: string;
}

export type SessionBillingResult = { ok: true; lines: DraftLine[] } | { ok: false; message: string };

/** Box 24E takes at most four pointers; they point at the first diagnoses (A = the first). */
function pointersFor(diagnosisCount: number): string {
  const count = Number.isFinite(diagnosisCount) ? Math.max(0, Math.min(4, Math.floor(diagnosisCount))) : 0;
  return 'ABCD'.slice(0, count);
}

function listed(codes: readonly string[]): string {
  if (codes.length <= 1) return codes.join('');
  return `${codes.slice(0, -1).join(', ')} and ${codes.at(-1)}`;
}

/**
 * Lines for one session: minutes are added per code (modalities without a code, such as
 * aromatherapy, are not billed), each code is looked up in the catalog, units come from the
 * payer's rule, codes that earn 0 units are left out, and the price is the payer's override for
 * the service or else the catalog fee. Lines keep the order codes first appear in the session.
 */
export function sessionToLines(
  session: SessionForBilling,
  catalog: readonly CatalogService[],
  rule: UnitRule,
  feeOverrides?: ReadonlyMap<string, number>,
): SessionBillingResult {
  const byCode = new Map<string, CatalogService>();
  for (const service of catalog) {
    if (service.kind !== 'flat' && service.code.trim() !== '' && !byCode.has(service.code.trim())) byCode.set(service.code.trim(), service);
  }

  const coded: CodeMinutes[] = [];
  const unknown: string[] = [];
  for (const modality of session.modalities) {
    const code = modality.cptCode.trim();
    if (code === '') continue;
    if (!Number.isSafeInteger(modality.minutes) || modality.minutes < 0) {
      return { ok: false, message: `The minutes for ${code} must be a whole number, 0 or more (got ${modality.minutes})` };
    }
    const service = byCode.get(code);
    if (!service) {
      if (!unknown.includes(code)) unknown.push(code);
      continue;
    }
    coded.push({ code, minutes: modality.minutes, timed: service.kind === 'timed' });
  }
  if (unknown.length === 1) {
    return { ok: false, message: `${unknown[0]} is not in the service catalog: add it under Settings → Services and fees` };
  }
  if (unknown.length > 1) {
    return { ok: false, message: `${listed(unknown)} are not in the service catalog: add them under Settings → Services and fees` };
  }

  const diagnosisPointers = pointersFor(session.diagnosisCount);
  const lines: DraftLine[] = [];
  for (const { code, minutes, units } of billableUnits(coded, rule)) {
    if (units === 0) continue;
    const service = byCode.get(code)!;
    const override = feeOverrides?.get(service.id);
    const unitPriceCents = override ?? service.feeCents;
    if (!Number.isSafeInteger(unitPriceCents) || unitPriceCents < 0) {
      const where = override === undefined ? 'the service catalog' : "the payer's fee schedule";
      return { ok: false, message: `The fee for ${code} in ${where} must be a whole number of cents, 0 or more (got ${unitPriceCents})` };
    }
    lines.push({
      sessionId: session.id,
      serviceDate: session.sessionDate,
      serviceId: service.id,
      code,
      description: service.description,
      minutes,
      units,
      unitPriceCents,
      taxBasisPoints: service.taxBasisPoints,
      diagnosisPointers,
      modifiers: '',
    });
  }
  return { ok: true, lines };
}

/** A self-pay flat-rate visit ("60-minute massage"): one unit at the service's fee, no diagnoses. */
export function flatVisitLine(session: { id: string; sessionDate: string }, service: CatalogService): DraftLine {
  return {
    sessionId: session.id,
    serviceDate: session.sessionDate,
    serviceId: service.id,
    code: service.code,
    description: service.description,
    minutes: 0,
    units: 1,
    unitPriceCents: service.feeCents,
    taxBasisPoints: service.taxBasisPoints,
    diagnosisPointers: '',
    modifiers: '',
  };
}
