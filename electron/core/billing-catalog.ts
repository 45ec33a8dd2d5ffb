// Practice billing settings, tax rates, the service catalog, packages and payers.
import type { BillingCatalog, BillingSettings, BillingSettingsInput, CatalogService, CatalogServiceInput, Payer } from '../../shared/schemas/billing';
import { nowIso, type CoreContext } from './context';
import { AppError, notFound } from './errors';
import { all, first, run } from './sql';

/** The self-pay payer every clinic has (made by migration 0005). */
export const SELF_PAY_PAYER_ID = '01JD0000000000000000PAYER1';

export function billingSettings(ctx: CoreContext): BillingSettings {
  const r = first(ctx.sqlite, ctx.qb.selectFrom('billing_settings').selectAll().where('id', '=', 1))!;
  return {
    legalName: r.legal_name,
    addressLine1: r.address_line1,
    addressLine2: r.address_line2,
    city: r.city,
    region: r.region,
    postalCode: r.postal_code,
    country: r.country,
    phone: r.phone,
    email: r.email,
    taxId: r.tax_id,
    practiceNpi: r.practice_npi,
    logoPng: r.logo_png,
    currency: r.currency,
    invoicePrefix: r.invoice_prefix,
    nextInvoiceNumber: r.next_invoice_number,
    paymentTermsDays: r.payment_terms_days,
    footerText: r.footer_text,
    placeOfService: r.place_of_service,
    updatedAt: r.updated_at,
  };
}

export function saveBillingSettings(ctx: CoreContext, input: BillingSettingsInput): BillingCatalog {
  const current = billingSettings(ctx);
  // Numbers already given out are never reused: the next number may only move forward.
  if (input.nextInvoiceNumber < current.nextInvoiceNumber) {
    throw new AppError('invalid_input', `Invoice numbers up to ${current.nextInvoiceNumber - 1} may already be in use.`, {
      nextInvoiceNumber: `Must be ${current.nextInvoiceNumber} or more: numbers are never reused`,
    });
  }
  run(
    ctx.sqlite,
    ctx.qb
      .updateTable('billing_settings')
      .set({
        legal_name: input.legalName,
        address_line1: input.addressLine1,
        address_line2: input.addressLine2,
        city: input.city,
        region: input.region,
        postal_code: input.postalCode,
        country: input.country,
        phone: input.phone,
        email: input.email,
        tax_id: input.taxId,
        practice_npi: input.practiceNpi,
        logo_png: input.logoPng,
        currency: input.currency,
        invoice_prefix: input.invoicePrefix,
        next_invoice_number: input.nextInvoiceNumber,
        payment_terms_days: input.paymentTermsDays,
        footer_text: input.footerText,
        place_of_service: input.placeOfService,
        updated_at: nowIso(ctx),
      })
      .where('id', '=', 1),
  );
  return billingCatalog(ctx);
}

export function catalogServices(ctx: CoreContext): CatalogService[] {
  return all(
    ctx.sqlite,
    ctx.qb
      .selectFrom('billing_services as s')
      .leftJoin('tax_rates as t', 't.id', 's.tax_rate_id')
      .select(['s.id', 's.code', 's.description', 's.kind', 's.fee_cents', 's.tax_rate_id', 's.active', 't.basis_points'])
      .orderBy('s.kind')
      .orderBy('s.code')
      .orderBy('s.description'),
  ).map((s) => ({
    id: s.id,
    code: s.code,
    description: s.description,
    kind: s.kind,
    feeCents: s.fee_cents,
    taxRateId: s.tax_rate_id,
    taxBasisPoints: s.basis_points ?? 0,
    active: s.active === 1,
  }));
}

export function listPayers(ctx: CoreContext): Payer[] {
  const overrides = all(ctx.sqlite, ctx.qb.selectFrom('payer_fee_overrides').selectAll());
  return all(ctx.sqlite, ctx.qb.selectFrom('payers').selectAll().orderBy('kind', 'desc').orderBy('name')).map((p) => ({
    id: p.id,
    name: p.name,
    kind: p.kind,
    unitRule: p.unit_rule,
    payerCode: p.payer_code,
    address: p.address,
    active: p.active === 1,
    feeOverrides: overrides.filter((o) => o.payer_id === p.id).map((o) => ({ serviceId: o.service_id, feeCents: o.fee_cents })),
  }));
}

export function getPayer(ctx: CoreContext, id: string): Payer {
  const payer = listPayers(ctx).find((p) => p.id === id);
  if (!payer) throw new AppError('invalid_input', 'Choose a payer from the list.', { payerId: 'Choose a payer from the list' });
  return payer;
}

export function billingCatalog(ctx: CoreContext): BillingCatalog {
  return {
    settings: billingSettings(ctx),
    taxRates: all(ctx.sqlite, ctx.qb.selectFrom('tax_rates').selectAll().orderBy('name')).map((t) => ({ id: t.id, name: t.name, basisPoints: t.basis_points, active: t.active === 1 })),
    services: catalogServices(ctx),
    packages: all(ctx.sqlite, ctx.qb.selectFrom('packages').selectAll().orderBy('name')).map((p) => ({
      id: p.id,
      name: p.name,
      visits: p.visits,
      priceCents: p.price_cents,
      serviceId: p.service_id,
      active: p.active === 1,
    })),
    payers: listPayers(ctx),
  };
}

export function createTaxRate(ctx: CoreContext, input: { name: string; basisPoints: number; active: boolean }): BillingCatalog {
  run(ctx.sqlite, ctx.qb.insertInto('tax_rates').values({ id: ctx.newId(), name: input.name, basis_points: input.basisPoints, active: input.active ? 1 : 0, created_at: nowIso(ctx) }));
  return billingCatalog(ctx);
}

export function updateTaxRate(ctx: CoreContext, input: { id: string; name: string; basisPoints: number; active: boolean }): BillingCatalog {
  if (run(ctx.sqlite, ctx.qb.updateTable('tax_rates').set({ name: input.name, basis_points: input.basisPoints, active: input.active ? 1 : 0 }).where('id', '=', input.id)) === 0) throw notFound('That tax rate');
  return billingCatalog(ctx);
}

function checkServiceInput(ctx: CoreContext, input: CatalogServiceInput, id?: string): void {
  if (input.taxRateId && !first(ctx.sqlite, ctx.qb.selectFrom('tax_rates').select('id').where('id', '=', input.taxRateId))) {
    throw new AppError('invalid_input', 'Choose a tax rate from the list.', { taxRateId: 'Choose a tax rate from the list' });
  }
  if (input.code) {
    const same = first(ctx.sqlite, ctx.qb.selectFrom('billing_services').select('id').where('code', '=', input.code));
    if (same && same.id !== id) throw new AppError('invalid_input', `${input.code} is already in the catalog.`, { code: `${input.code} is already in the catalog` });
  }
}

export function createCatalogService(ctx: CoreContext, input: CatalogServiceInput): BillingCatalog {
  checkServiceInput(ctx, input);
  const now = nowIso(ctx);
  run(
    ctx.sqlite,
    ctx.qb.insertInto('billing_services').values({
      id: ctx.newId(),
      code: input.code,
      description: input.description,
      kind: input.kind,
      minutes_per_unit: 15,
      fee_cents: input.feeCents,
      tax_rate_id: input.taxRateId,
      active: input.active ? 1 : 0,
      created_at: now,
      updated_at: now,
    }),
  );
  return billingCatalog(ctx);
}

export function updateCatalogService(ctx: CoreContext, input: CatalogServiceInput & { id: string }): BillingCatalog {
  checkServiceInput(ctx, input, input.id);
  const changed = run(
    ctx.sqlite,
    ctx.qb
      .updateTable('billing_services')
      .set({ code: input.code, description: input.description, kind: input.kind, fee_cents: input.feeCents, tax_rate_id: input.taxRateId, active: input.active ? 1 : 0, updated_at: nowIso(ctx) })
      .where('id', '=', input.id),
  );
  if (changed === 0) throw notFound('That service');
  return billingCatalog(ctx);
}

export function createPackage(ctx: CoreContext, input: { name: string; visits: number; priceCents: number; serviceId: string }): BillingCatalog {
  if (!first(ctx.sqlite, ctx.qb.selectFrom('billing_services').select('id').where('id', '=', input.serviceId))) {
    throw new AppError('invalid_input', 'Choose the service the package covers.', { serviceId: 'Choose a service from the list' });
  }
  run(ctx.sqlite, ctx.qb.insertInto('packages').values({ id: ctx.newId(), name: input.name, visits: input.visits, price_cents: input.priceCents, service_id: input.serviceId, active: 1, created_at: nowIso(ctx) }));
  return billingCatalog(ctx);
}

type PayerFields = { name: string; kind: 'self_pay' | 'insurance'; unitRule: 'cms_8_minute' | 'per_code'; payerCode: string; address: string; active: boolean };
const payerColumns = (p: PayerFields) => ({ name: p.name, kind: p.kind, unit_rule: p.unitRule, payer_code: p.payerCode, address: p.address, active: p.active ? 1 : 0 });

export function createPayer(ctx: CoreContext, input: PayerFields): BillingCatalog {
  const now = nowIso(ctx);
  run(ctx.sqlite, ctx.qb.insertInto('payers').values({ id: ctx.newId(), ...payerColumns(input), created_at: now, updated_at: now }));
  return billingCatalog(ctx);
}

export function updatePayer(ctx: CoreContext, input: PayerFields & { id: string }): BillingCatalog {
  if (run(ctx.sqlite, ctx.qb.updateTable('payers').set({ ...payerColumns(input), updated_at: nowIso(ctx) }).where('id', '=', input.id)) === 0) throw notFound('That payer');
  return billingCatalog(ctx);
}

/** A payer's own fee for a service (no fee removes it: the catalog fee applies). */
export function setFeeOverride(ctx: CoreContext, input: { payerId: string; serviceId: string; feeCents?: number | undefined }): BillingCatalog {
  getPayer(ctx, input.payerId);
  if (!first(ctx.sqlite, ctx.qb.selectFrom('billing_services').select('id').where('id', '=', input.serviceId))) throw notFound('That service');
  ctx.sqlite.transaction(() => {
    run(ctx.sqlite, ctx.qb.deleteFrom('payer_fee_overrides').where('payer_id', '=', input.payerId).where('service_id', '=', input.serviceId));
    if (input.feeCents !== undefined) run(ctx.sqlite, ctx.qb.insertInto('payer_fee_overrides').values({ payer_id: input.payerId, service_id: input.serviceId, fee_cents: input.feeCents }));
  })();
  return billingCatalog(ctx);
}
