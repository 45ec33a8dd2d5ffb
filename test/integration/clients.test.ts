// Clients through core.invoke, the same validated path IPC uses.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Client, ClientPage, ClientSummary } from '../../shared/schemas/client';
import { cleanupTestCores, count, expectOk, openTestCore, type TestCore } from '../helpers/core';

afterEach(cleanupTestCores);

let core: TestCore;
beforeEach(async () => {
  core = await openTestCore({ now: '2026-11-27T15:00:00.000Z' });
});

const FULL = {
  legalFirstName: 'José',
  legalLastName: 'Álvarez',
  preferredName: 'Pepe',
  pronouns: 'he/him',
  dateOfBirth: '1980-04-12',
  sex: 'male',
  phone: '(555) 014-2367',
  email: 'jose@example.com',
  addressLine1: '12 Rue de la Paix',
  addressLine2: 'Apt 3',
  city: 'Springfield',
  region: 'OR',
  postalCode: '97477',
  country: 'US',
  emergencyContactName: 'Maria Álvarez',
  emergencyContactRelationship: 'Sister',
  emergencyContactPhone: '555-0100',
  referringPhysicianName: 'Dr. Grey',
  referringPhysicianPhone: '555 0111 x12',
  insurancePayer: 'Acme Health',
  insuranceMemberId: 'M-123',
  insuranceGroupNumber: 'G-9',
  insuranceSubscriberName: 'José Álvarez',
  insuranceSubscriberRelationship: 'self',
  notes: 'Prefers light pressure.\nLine two — with “quotes” and emoji 🙂.',
} as const;

const create = (input: Record<string, unknown>) => expectOk<Client>(core.invoke('clients/create', input));
const person = (legalFirstName: string, legalLastName: string, extra: Record<string, unknown> = {}) =>
  create({ legalFirstName, legalLastName, ...extra });
const search = (query: string, extra: Record<string, unknown> = {}) =>
  expectOk<ClientSummary[]>(core.invoke('clients/search', { query, ...extra }));
const list = (input: Record<string, unknown> = {}) => expectOk<ClientPage>(core.invoke('clients/list', input));
const ids = (rows: { id: string }[]) => rows.map((r) => r.id).sort();

describe('create, get, update', () => {
  it('round-trips every field exactly', () => {
    const created = create(FULL);
    expect(created).toEqual({
      ...FULL,
      id: expect.stringMatching(/^[0-9A-HJKMNP-TV-Z]{26}$/),
      status: 'active',
      archivedAt: null,
      createdAt: '2026-11-27T15:00:00.000Z',
      updatedAt: '2026-11-27T15:00:00.000Z',
    });
    expect(expectOk(core.invoke('clients/get', { id: created.id }))).toEqual(created);
  });

  it('update changes fields and updatedAt, never createdAt', () => {
    const created = create(FULL);
    core.clock.advance(60_000);
    const updated = expectOk<Client>(
      core.invoke('clients/update', { ...FULL, id: created.id, legalLastName: 'Ortega', phone: '555-0199', notes: '' }),
    );
    expect(updated).toEqual({ ...created, legalLastName: 'Ortega', phone: '555-0199', notes: '', updatedAt: '2026-11-27T15:01:00.000Z' });
    expect(expectOk(core.invoke('clients/get', { id: created.id }))).toEqual(updated);
  });

  it('get and update of an unknown id → not_found, and nothing is written', () => {
    const missing = '01JDZZZZZZZZZZZZZZZZZZZZZZ';
    const got = core.invoke('clients/get', { id: missing });
    expect(got).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(core.invoke('clients/update', { id: missing, legalFirstName: 'A', legalLastName: 'B' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(count(core.sqlite, 'clients')).toBe(0);
  });
});

describe('archive instead of delete', () => {
  it('archive hides a client from the default list and from search; unarchive restores', () => {
    const kept = person('Ann', 'Keeper');
    const gone = person('Ann', 'Leaver');
    core.clock.advance(1000);
    const archived = expectOk<Client>(core.invoke('clients/archive', { id: gone.id }));
    expect(archived).toMatchObject({ status: 'archived', archivedAt: '2026-11-27T15:00:01.000Z', updatedAt: '2026-11-27T15:00:01.000Z' });

    expect(ids(list().clients)).toEqual([kept.id]);
    expect(list().total).toBe(1);
    expect(ids(list({ status: 'archived' }).clients)).toEqual([gone.id]);
    expect(ids(list({ status: 'all' }).clients)).toEqual(ids([kept, gone]));
    expect(ids(search('ann'))).toEqual([kept.id]);
    expect(ids(search('ann', { includeArchived: true }))).toEqual(ids([kept, gone]));

    const restored = expectOk<Client>(core.invoke('clients/unarchive', { id: gone.id }));
    expect(restored).toMatchObject({ status: 'active', archivedAt: null });
    expect(ids(list().clients)).toEqual(ids([kept, gone]));
    expect(ids(search('leaver'))).toEqual([gone.id]);
  });

  it('has no delete: clients/delete is an unknown method and the row count never goes down', () => {
    const counts: number[] = [];
    const c = person('Del', 'Ete');
    counts.push(count(core.sqlite, 'clients'));
    expect(core.invoke('clients/delete', { id: c.id })).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    counts.push(count(core.sqlite, 'clients'));
    expectOk(core.invoke('clients/archive', { id: c.id }));
    counts.push(count(core.sqlite, 'clients'));
    expectOk(core.invoke('clients/update', { id: c.id, legalFirstName: 'Del', legalLastName: 'Changed' }));
    counts.push(count(core.sqlite, 'clients'));
    expect(counts).toEqual([1, 1, 1, 1]);
    expect(expectOk<Client>(core.invoke('clients/get', { id: c.id })).legalLastName).toBe('Changed');
  });
});

describe('list', () => {
  it('orders by last name then first name, ignoring case', () => {
    person('bob', 'baker');
    person('Zed', 'Adams');
    person('Anna', 'Baker');
    person('carl', 'BAKER');
    person('Amy', 'carter');
    const names = list().clients.map((c) => `${c.legalLastName}, ${c.legalFirstName}`);
    expect(names).toEqual(['Adams, Zed', 'Baker, Anna', 'baker, bob', 'BAKER, carl', 'carter, Amy']);
  });

  // Clinics serve Álvarez and Émile as often as Adams: an accented initial must not sort after Z.
  it('sorts accented last names with their base letter', () => {
    person('Zed', 'Zimmer');
    person('José', 'Álvarez');
    person('Ann', 'Baker');
    person('Émile', 'Éclair');
    person('Ed', 'Adams');
    expect(list().clients.map((c) => c.legalLastName)).toEqual(['Adams', 'Álvarez', 'Baker', 'Éclair', 'Zimmer']);
  });

  it('pages with limit and offset and reports the total', () => {
    for (const last of ['Eve', 'Dee', 'Cee', 'Bee', 'Aye']) person('P', last);
    const page = (offset: number) => list({ limit: 2, offset });
    expect(page(0).clients.map((c) => c.legalLastName)).toEqual(['Aye', 'Bee']);
    expect(page(2).clients.map((c) => c.legalLastName)).toEqual(['Cee', 'Dee']);
    expect(page(4).clients.map((c) => c.legalLastName)).toEqual(['Eve']);
    expect(page(6).clients).toEqual([]);
    for (const offset of [0, 2, 4, 6]) expect(page(offset).total).toBe(5);
  });
});

describe('search as you type', () => {
  let jose: Client, anna: Client, rob: Client;
  beforeEach(() => {
    jose = create(FULL);
    anna = person('Anna', 'Smith', { phone: '555-0199', email: 'anna.smith@mail.test', dateOfBirth: '1975-11-03' });
    rob = person('Robert', 'Jones', { preferredName: 'Bobby', phone: '206.555.7788', email: 'rj@jones.test', dateOfBirth: '1980-12-05' });
  });

  it.each([
    ['first-name prefix', 'Rob', ['rob']],
    ['short prefix, several fields', 'jo', ['jose', 'rob']], // José; Jones and jones.test
    ['last-name prefix', 'smi', ['anna']],
    ['preferred name', 'bobb', ['rob']],
    ['diacritics-insensitive', 'jose', ['jose']],
    ['accent typed, none stored', 'Smíth', ['anna']],
    ['last name without its accent', 'alvarez', ['jose']],
    ['any case', 'ROBERT', ['rob']],
    ['phone as typed', '(555) 014', ['jose']],
    ['phone as digits', '5550142', ['jose']],
    ['phone with dots', '206.555', ['rob']],
    ['email prefix', 'jose@ex', ['jose']],
    ['email domain', 'jones.test', ['rob']],
    ['ISO birth date', '1980-04-12', ['jose']],
    ['US birth date', '04/12/1980', ['jose']],
    ['birth year and month', '1980-04', ['jose']],
    ['birth year', '1980', ['jose', 'rob']],
    ['every word must match', 'jose alv', ['jose']],
    ['every word must match (no hit)', 'jose smith', []],
    ['words from different fields', 'anna 1975', ['anna']],
    ['nothing matches', 'xylophone', []],
  ])('%s: %j', (_label, query, expected) => {
    const byName = { jose, anna, rob } as Record<string, Client>;
    expect(ids(search(query))).toEqual(ids(expected.map((n) => byName[n]!)));
  });

  it.each(['"', '*', 'AND OR NOT', 'NEAR(', 'NEAR(jo an, 2)', 'a:b', 'doc:jose', '-x', '^', '^jo', 'jo*', '"jo', 'jo"', '(', ')', '{doc}: jo', "'; DROP TABLE clients; --", '\\', '%', '_'])(
    'typed FTS syntax %j is just text: ok, never an error',
    (query) => {
      const result = core.invoke('clients/search', { query });
      expect(result.ok, JSON.stringify(result)).toBe(true);
      expect(Array.isArray((result as { value: unknown }).value)).toBe(true);
      expect(count(core.sqlite, 'clients')).toBe(3);
    },
  );

  it('treats operator words as words, not operators', () => {
    const or = person('Orla', 'Nott');
    expect(ids(search('OR NOT'))).toEqual([or.id]);
    expect(ids(search('jo OR anna'))).toEqual([]); // "OR" is not a disjunction
  });

  it.each(['', '   ', '\t\n', '---', '()'])('%j returns no clients', (query) => {
    expect(search(query)).toEqual([]);
  });

  it('returns at most `limit` results', () => {
    for (let i = 0; i < 30; i++) person(`Tess${i}`, 'Limit');
    expect(search('limit')).toHaveLength(20);
    expect(search('limit', { limit: 5 })).toHaveLength(5);
    expect(search('limit', { limit: 50 })).toHaveLength(30);
  });

  it('follows an edit: the old name is no longer found, the new one is', () => {
    expectOk(core.invoke('clients/update', { ...FULL, id: jose.id, legalFirstName: 'Joaquín', legalLastName: 'Ortega', phone: '555-0123' }));
    expect(search('alvarez')).toEqual([]);
    expect(search('5550142')).toEqual([]);
    expect(ids(search('ortega'))).toEqual([jose.id]);
    expect(ids(search('joaquin'))).toEqual([jose.id]);
    expect(ids(search('pepe'))).toEqual([jose.id]);
  });

  it('returns summaries ordered by last name, then first name', () => {
    for (const [first, last] of [['bea', 'Cole'], ['Al', 'cole'], ['Ann', 'Adams']]) person(first!, last!, { email: `${first}@ordered.test` });
    const rows = search('ordered');
    expect(rows.map((r) => `${r.legalLastName}, ${r.legalFirstName}`)).toEqual(['Adams, Ann', 'cole, Al', 'Cole, bea']);
    expect(Object.keys(rows[0]!).sort()).toEqual(
      ['dateOfBirth', 'email', 'id', 'legalFirstName', 'legalLastName', 'phone', 'preferredName', 'pronouns', 'status'].sort(),
    );
  });
});
