// Clients: create, edit, archive (never delete), list and search as you type.
import { sql } from 'kysely';
import type { Client, ClientInput, ClientPage, ClientSummary } from '../../shared/schemas/client';
import { compiled } from './compiled';
import { nowIso, type CoreContext } from './context';
import { notFound } from './errors';
import type { ClientRow, ClientsTable } from './schema';
import { all, first, run } from './sql';

type InputColumn = Exclude<keyof ClientsTable, 'row_id' | 'id' | 'sort_key' | 'status' | 'archived_at' | 'created_at' | 'updated_at'>;

/** Form field → column. One list, so the two directions of the mapping cannot drift apart. */
const COLUMNS: { [K in keyof ClientInput]: InputColumn } = {
  legalFirstName: 'legal_first_name',
  legalLastName: 'legal_last_name',
  preferredName: 'preferred_name',
  pronouns: 'pronouns',
  dateOfBirth: 'date_of_birth',
  sex: 'sex',
  phone: 'phone',
  email: 'email',
  addressLine1: 'address_line1',
  addressLine2: 'address_line2',
  city: 'city',
  region: 'region',
  postalCode: 'postal_code',
  country: 'country',
  emergencyContactName: 'emergency_contact_name',
  emergencyContactRelationship: 'emergency_contact_relationship',
  emergencyContactPhone: 'emergency_contact_phone',
  referringPhysicianName: 'referring_physician_name',
  referringPhysicianPhone: 'referring_physician_phone',
  insurancePayer: 'insurance_payer',
  insuranceMemberId: 'insurance_member_id',
  insuranceGroupNumber: 'insurance_group_number',
  insuranceSubscriberName: 'insurance_subscriber_name',
  insuranceSubscriberRelationship: 'insurance_subscriber_relationship',
  notes: 'notes',
};
const FIELDS = Object.keys(COLUMNS) as (keyof ClientInput)[];

/** Name order that puts Álvarez beside Alvarez and ignores case, in any alphabet. */
export function sortKey(lastName: string, firstName: string): string {
  const fold = (s: string) => s.normalize('NFD').replace(/\p{M}+/gu, '').toLocaleLowerCase('en');
  // U+0001 sorts before every letter, so "Lee, Ann" comes before "Leech, Ann".
  return `${fold(lastName)}\u0001${fold(firstName)}`;
}

function toColumns(input: ClientInput): Pick<ClientsTable, InputColumn | 'sort_key'> {
  const row = {} as Record<InputColumn, string>;
  for (const field of FIELDS) row[COLUMNS[field]] = input[field];
  return { ...(row as Pick<ClientsTable, InputColumn>), sort_key: sortKey(input.legalLastName, input.legalFirstName) };
}

function toClient(row: ClientRow): Client {
  const fields = {} as Record<keyof ClientInput, string>;
  for (const field of FIELDS) fields[field] = row[COLUMNS[field]];
  return {
    ...(fields as unknown as ClientInput),
    id: row.id,
    status: row.status,
    archivedAt: row.archived_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

const SUMMARY_COLUMNS = [
  'clients.id',
  'clients.legal_first_name',
  'clients.legal_last_name',
  'clients.preferred_name',
  'clients.pronouns',
  'clients.date_of_birth',
  'clients.phone',
  'clients.email',
  'clients.status',
] as const;

type SummaryRow = Pick<ClientRow, 'id' | 'legal_first_name' | 'legal_last_name' | 'preferred_name' | 'pronouns' | 'date_of_birth' | 'phone' | 'email' | 'status'>;

function toSummary(row: SummaryRow): ClientSummary {
  return {
    id: row.id,
    legalFirstName: row.legal_first_name,
    legalLastName: row.legal_last_name,
    preferredName: row.preferred_name,
    pronouns: row.pronouns,
    dateOfBirth: row.date_of_birth,
    phone: row.phone,
    email: row.email,
    status: row.status,
  };
}

const clientById = compiled((qb, id: string) => qb.selectFrom('clients').selectAll().where('id', '=', id));

export function getClient(ctx: CoreContext, id: string): Client {
  const row = clientById.first(ctx, id);
  if (!row) throw notFound('That client');
  return toClient(row);
}

export function createClient(ctx: CoreContext, input: ClientInput): Client {
  const now = nowIso(ctx);
  const id = ctx.newId();
  run(
    ctx.sqlite,
    ctx.qb.insertInto('clients').values({ ...toColumns(input), id, status: 'active', archived_at: null, created_at: now, updated_at: now }),
  );
  return getClient(ctx, id);
}

export function updateClient(ctx: CoreContext, input: ClientInput & { id: string }): Client {
  const { id, ...fields } = input;
  const changed = run(ctx.sqlite, ctx.qb.updateTable('clients').set({ ...toColumns(fields), updated_at: nowIso(ctx) }).where('id', '=', id));
  if (changed === 0) throw notFound('That client');
  return getClient(ctx, id);
}

/** Archiving hides a client from lists and search; nothing is ever deleted. */
export function setClientArchived(ctx: CoreContext, id: string, archived: boolean): Client {
  const now = nowIso(ctx);
  const changed = run(
    ctx.sqlite,
    ctx.qb
      .updateTable('clients')
      .set({ status: archived ? 'archived' : 'active', archived_at: archived ? now : null, updated_at: now })
      .where('id', '=', id),
  );
  if (changed === 0) throw notFound('That client');
  return getClient(ctx, id);
}

export function listClients(
  ctx: CoreContext,
  input: { status: 'active' | 'archived' | 'all'; limit: number; offset: number },
): ClientPage {
  let query = ctx.qb.selectFrom('clients');
  if (input.status !== 'all') query = query.where('status', '=', input.status);
  const rows = all(
    ctx.sqlite,
    query
      .select(SUMMARY_COLUMNS)
      .orderBy('sort_key')
      .orderBy('id')
      .limit(input.limit)
      .offset(input.offset),
  );
  const total = first(ctx.sqlite, query.select((eb) => eb.fn.countAll<number>().as('n')))?.n ?? 0;
  return { clients: rows.map(toSummary), total };
}

/**
 * Turns what a person typed into an FTS5 query: every word must match the start of some word of
 * a client's name, preferred name, phone, email or birth date. Punctuation only separates words,
 * so "(555) 01", "jane@ex" and "04/12/1980" all work, and nothing typed can inject FTS syntax.
 */
export function toMatchQuery(text: string): string | null {
  const words = text
    .normalize('NFKC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 8)
    .map((w) => `"${w.slice(0, 40)}"*`);
  return words.length ? words.join(' ') : null;
}

/** Search runs on every keystroke: its two forms (with and without archived clients) are compiled once. */
const searchQuery = (includeArchived: boolean) =>
  compiled((qb, match: string, limit: number) => {
    let query = qb
      .selectFrom('client_search')
      .innerJoin('clients', 'clients.row_id', 'client_search.rowid')
      .where(sql<boolean>`client_search MATCH ${match}`);
    if (!includeArchived) query = query.where('clients.status', '=', 'active');
    return query.select(SUMMARY_COLUMNS).orderBy('clients.sort_key').orderBy('clients.id').limit(limit);
  });
const searchActive = searchQuery(false);
const searchAll = searchQuery(true);

export function searchClients(ctx: CoreContext, input: { query: string; includeArchived: boolean; limit: number }): ClientSummary[] {
  const match = toMatchQuery(input.query);
  if (!match) return [];
  return (input.includeArchived ? searchAll : searchActive).all(ctx, match, input.limit).map(toSummary);
}
