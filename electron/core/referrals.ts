// Physician referrals (prescriptions) and their scanned orders.
import { formatReferralBadge, referralStatus } from '../../shared/domain/referral-status';
import type { AttachmentSummary, Referral, ReferralInput, ReferralOrderInput } from '../../shared/schemas/referral';
import { getClient } from './clients';
import { clinicToday } from './clinic';
import { nowIso, type CoreContext } from './context';
import { AppError, notFound } from './errors';
import { compiled } from './compiled';
import { idListJson, idsJson } from './id-list';
import type { ReferralsTable } from './schema';
import { all, first, run } from './sql';

function columns(input: ReferralInput) {
  return {
    client_id: input.clientId,
    physician_name: input.physicianName,
    physician_npi: input.physicianNpi,
    physician_phone: input.physicianPhone,
    physician_fax: input.physicianFax,
    physician_practice: input.physicianPractice,
    diagnoses: JSON.stringify(input.diagnoses),
    frequency_per_week: input.frequencyPerWeek,
    duration_weeks: input.durationWeeks,
    visits_authorized: input.visitsAuthorized,
    start_date: input.startDate,
    end_date: input.endDate,
    authorization_number: input.authorizationNumber,
    notes: input.notes,
  };
}

/** Signed sessions of the client dated within the referral: what counts as a visit used. */
function visitsUsed(ctx: CoreContext, referral: ReferralsTable): number {
  const row = first(
    ctx.sqlite,
    ctx.qb
      .selectFrom('sessions')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('client_id', '=', referral.client_id)
      .where('status', '=', 'signed')
      .where('session_date', '>=', referral.start_date)
      .where('session_date', '<=', referral.end_date),
  );
  return row?.n ?? 0;
}

function ordersOf(ctx: CoreContext, referralId: string): AttachmentSummary[] {
  return all(
    ctx.sqlite,
    ctx.qb.selectFrom('attachments').select(['id', 'file_name', 'mime_type', 'size', 'created_at']).where('referral_id', '=', referralId).orderBy('created_at'),
  ).map((a) => ({ id: a.id, fileName: a.file_name, mimeType: a.mime_type, size: a.size, createdAt: a.created_at }));
}

function toReferral(ctx: CoreContext, row: ReferralsTable, today: string): Referral {
  const counts = { visitsAuthorized: row.visits_authorized, visitsUsed: visitsUsed(ctx, row), startDate: row.start_date, endDate: row.end_date };
  const status = referralStatus(counts, today);
  return {
    id: row.id,
    clientId: row.client_id,
    physicianName: row.physician_name,
    physicianNpi: row.physician_npi,
    physicianPhone: row.physician_phone,
    physicianFax: row.physician_fax,
    physicianPractice: row.physician_practice,
    diagnoses: JSON.parse(row.diagnoses) as string[],
    frequencyPerWeek: row.frequency_per_week,
    durationWeeks: row.duration_weeks,
    visitsAuthorized: row.visits_authorized,
    startDate: row.start_date,
    endDate: row.end_date,
    authorizationNumber: row.authorization_number,
    notes: row.notes,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    visitsUsed: counts.visitsUsed,
    visitsLeft: status.visitsLeft,
    warnings: status.warnings,
    badge: formatReferralBadge(counts, today),
    orders: ordersOf(ctx, row.id),
  };
}

export function getReferral(ctx: CoreContext, id: string): Referral {
  const row = first(ctx.sqlite, ctx.qb.selectFrom('referrals').selectAll().where('id', '=', id));
  if (!row) throw notFound('That referral');
  return toReferral(ctx, row, clinicToday(ctx));
}

/** Newest first (by end date). */
export function listReferrals(ctx: CoreContext, clientId: string): Referral[] {
  getClient(ctx, clientId);
  const today = clinicToday(ctx);
  return all(ctx.sqlite, ctx.qb.selectFrom('referrals').selectAll().where('client_id', '=', clientId).orderBy('end_date', 'desc').orderBy('id', 'desc')).map(
    (row) => toReferral(ctx, row, today),
  );
}

/** The referral in force today, else the one that started most recently. */
export function currentReferral(ctx: CoreContext, clientId: string): Referral | null {
  const today = clinicToday(ctx);
  const row =
    first(
      ctx.sqlite,
      ctx.qb.selectFrom('referrals').selectAll().where('client_id', '=', clientId).where('start_date', '<=', today).where('end_date', '>=', today).orderBy('end_date').limit(1),
    ) ?? first(ctx.sqlite, ctx.qb.selectFrom('referrals').selectAll().where('client_id', '=', clientId).orderBy('start_date', 'desc').limit(1));
  return row ? toReferral(ctx, row, today) : null;
}

/** In force on `today` (the one ending first), else the one that started last: as currentReferral. */
function pickCurrent<R extends Pick<ReferralsTable, 'id' | 'start_date' | 'end_date'>>(rows: readonly R[], today: string): R | undefined {
  let inForce: R | undefined;
  let latest: R | undefined;
  for (const r of rows) {
    if (r.start_date <= today && r.end_date >= today && (!inForce || r.end_date < inForce.end_date)) inForce = r;
    if (!latest || r.start_date > latest.start_date) latest = r;
  }
  return inForce ?? latest;
}

const referralsOfClients = compiled((qb, clientIdsJson: string) =>
  qb
    .selectFrom(idListJson(clientIdsJson))
    .crossJoin('referrals')
    .whereRef('referrals.client_id', '=', 'wanted.value')
    .select(['referrals.id', 'referrals.client_id', 'referrals.visits_authorized', 'referrals.start_date', 'referrals.end_date']),
);
/** Signed sessions dated within each referral (visitsUsed, for many referrals at once). */
const visitsUsedOf = compiled((qb, referralIdsJson: string) =>
  qb
    .selectFrom(idListJson(referralIdsJson))
    .crossJoin('referrals as r')
    .whereRef('r.id', '=', 'wanted.value')
    .select([
      'r.id',
      (eb) =>
        eb
          .selectFrom('sessions as s')
          .select(eb.fn.countAll<number>().as('n'))
          .whereRef('s.client_id', '=', 'r.client_id')
          .where('s.status', '=', 'signed')
          .whereRef('s.session_date', '>=', 'r.start_date')
          .whereRef('s.session_date', '<=', 'r.end_date')
          .as('used'),
    ]),
);

export interface ReferralBadge {
  id: string;
  badge: string;
  warnings: Referral['warnings'];
}

/**
 * currentReferral's badge and warnings for many clients (the calendar and Today), in two queries
 * however many clients: their referrals, then the visits used of the ones in force.
 */
export function referralBadgesFor(ctx: CoreContext, clientIds: readonly string[], today = clinicToday(ctx)): Map<string, ReferralBadge> {
  const badges = new Map<string, ReferralBadge>();
  if (clientIds.length === 0) return badges;
  const rows = referralsOfClients.all(ctx, idsJson(clientIds));
  const byClient = new Map<string, (typeof rows)[number][]>();
  for (const r of rows) byClient.set(r.client_id, [...(byClient.get(r.client_id) ?? []), r]);
  const chosen = [...byClient.values()].map((list) => pickCurrent(list, today)!);
  const used = new Map(visitsUsedOf.all(ctx, idsJson(chosen.map((r) => r.id))).map((r) => [r.id, Number(r.used ?? 0)]));
  for (const r of chosen) {
    const counts = { visitsAuthorized: r.visits_authorized, visitsUsed: used.get(r.id) ?? 0, startDate: r.start_date, endDate: r.end_date };
    badges.set(r.client_id, { id: r.id, badge: formatReferralBadge(counts, today), warnings: referralStatus(counts, today).warnings });
  }
  return badges;
}

export function createReferral(ctx: CoreContext, input: ReferralInput): Referral {
  getClient(ctx, input.clientId);
  const now = nowIso(ctx);
  const id = ctx.newId();
  run(ctx.sqlite, ctx.qb.insertInto('referrals').values({ id, ...columns(input), created_at: now, updated_at: now }));
  return getReferral(ctx, id);
}

export function updateReferral(ctx: CoreContext, input: ReferralInput & { id: string }): Referral {
  const existing = first(ctx.sqlite, ctx.qb.selectFrom('referrals').select('client_id').where('id', '=', input.id));
  if (!existing) throw notFound('That referral');
  if (existing.client_id !== input.clientId) throw new AppError('invalid_input', 'A referral cannot be moved to another client.');
  run(ctx.sqlite, ctx.qb.updateTable('referrals').set({ ...columns(input), updated_at: nowIso(ctx) }).where('id', '=', input.id));
  return getReferral(ctx, input.id);
}

const MAX_ORDER_BYTES = 10 * 1024 * 1024;
const MAGIC: Record<ReferralOrderInput['mimeType'], number[]> = {
  'application/pdf': [0x25, 0x50, 0x44, 0x46], // %PDF
  'image/png': [0x89, 0x50, 0x4e, 0x47],
  'image/jpeg': [0xff, 0xd8, 0xff],
};

/** Stores a scanned order in the database, checking that the bytes are what the type says. */
export function attachReferralOrder(ctx: CoreContext, input: ReferralOrderInput): Referral {
  const referral = first(ctx.sqlite, ctx.qb.selectFrom('referrals').select(['id', 'client_id']).where('id', '=', input.referralId));
  if (!referral) throw notFound('That referral');
  const bytes = Buffer.from(input.dataBase64, 'base64');
  if (bytes.length === 0 || bytes.length > MAX_ORDER_BYTES) {
    throw new AppError('invalid_input', 'The file must be between 1 byte and 10 MB.', { dataBase64: 'The file must be 10 MB or smaller' });
  }
  if (!MAGIC[input.mimeType].every((b, i) => bytes[i] === b)) {
    throw new AppError('invalid_input', 'That file is not the PDF or image it claims to be.', { dataBase64: 'Attach a real PDF, PNG or JPEG file' });
  }
  run(
    ctx.sqlite,
    ctx.qb.insertInto('attachments').values({
      id: ctx.newId(),
      client_id: referral.client_id,
      referral_id: referral.id,
      file_name: input.fileName,
      mime_type: input.mimeType,
      size: bytes.length,
      content: bytes,
      created_at: nowIso(ctx),
    }),
  );
  return getReferral(ctx, referral.id);
}

export function getAttachment(ctx: CoreContext, id: string): AttachmentSummary & { dataBase64: string } {
  const row = first(ctx.sqlite, ctx.qb.selectFrom('attachments').selectAll().where('id', '=', id));
  if (!row) throw notFound('That document');
  return { id: row.id, fileName: row.file_name, mimeType: row.mime_type, size: row.size, createdAt: row.created_at, dataBase64: row.content.toString('base64') };
}
