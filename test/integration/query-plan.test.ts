// The hot client queries must use their indexes, never a full scan of clients.
// The SQL is the SQL the handlers actually run: recorded from the connection while they run.
import type { Statement } from 'better-sqlite3-multiple-ciphers';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ClientSummary } from '../../shared/schemas/client';
import { cleanupTestCores, expectOk, openTestCore, type TestCore } from '../helpers/core';

const CLIENTS = 5000;
let core: TestCore;

beforeAll(async () => {
  core = await openTestCore();
  const firsts = ['Ana', 'Ben', 'Cleo', 'Dev', 'Elif', 'Farah', 'Gus', 'Hana', 'Ivo', 'José'];
  const lasts = ['Smith', 'Nguyen', 'Álvarez', 'Okafor', 'Kowalski', 'Lee', 'Haddad', 'Rossi', 'Dubois', 'Tanaka'];
  const create = core.api['clients/create'];
  core.sqlite.transaction(() => {
    for (let i = 0; i < CLIENTS; i++) {
      const client = create({
        ...BLANK,
        legalFirstName: firsts[i % 10]!,
        legalLastName: `${lasts[Math.floor(i / 10) % 10]!}${i}`,
        phone: `555-${String(i).padStart(4, '0')}`,
        email: `person${i}@example.com`,
        dateOfBirth: `19${50 + (i % 50)}-0${1 + (i % 9)}-1${i % 10}`,
      });
      if (i % 10 === 0) core.api['clients/archive']({ id: client.id });
    }
  })();
  core.sqlite.exec('ANALYZE');
  // One seeded core for the whole file, removed after its last test.
  return () => cleanupTestCores();
});

const BLANK = Object.fromEntries(
  ['preferredName', 'pronouns', 'dateOfBirth', 'sex', 'phone', 'email', 'addressLine1', 'addressLine2', 'city', 'region', 'postalCode', 'country',
    'emergencyContactName', 'emergencyContactRelationship', 'emergencyContactPhone', 'referringPhysicianName', 'referringPhysicianPhone',
    'insurancePayer', 'insuranceMemberId', 'insuranceGroupNumber', 'insuranceSubscriberName', 'insuranceSubscriberRelationship', 'notes'].map((k) => [k, '']),
) as unknown as Parameters<TestCore['api']['clients/create']>[0];

interface Ran {
  sql: string;
  params: unknown[];
}

/** Runs `call` while recording every statement the connection runs (text and bound values). */
function recordStatements(call: () => void): Ran[] {
  const ran: Ran[] = [];
  const db = core.sqlite;
  const realPrepare = db.prepare.bind(db);
  // The core caches prepared statements per connection, so record at run time, not prepare time.
  const proto = Object.getPrototypeOf(realPrepare('SELECT 1')) as Statement;
  const methods = ['all', 'get', 'run', 'iterate'] as const;
  const originals = methods.map((m) => proto[m]);
  methods.forEach((m, i) => {
    (proto as unknown as Record<string, unknown>)[m] = function (this: Statement, ...params: unknown[]) {
      if (this.database === db) ran.push({ sql: this.source, params });
      return (originals[i] as (...a: unknown[]) => unknown).apply(this, params);
    };
  });
  try {
    call();
  } finally {
    methods.forEach((m, i) => ((proto as unknown as Record<string, unknown>)[m] = originals[i]));
  }
  return ran;
}

function plan({ sql, params }: Ran): string[] {
  const rows = core.sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[];
  return rows.map((r) => r.detail);
}

/** The statements a call ran against `clients`, each with its plan. */
function plansOf(method: 'clients/search' | 'clients/list', input: object): { ran: Ran[]; plans: string[][]; value: unknown } {
  let value: unknown;
  const ran = recordStatements(() => {
    value = expectOk(core.invoke(method, input));
  }).filter((r) => /\bclients\b/.test(r.sql));
  expect(ran.length).toBeGreaterThan(0);
  return { ran, plans: ran.map(plan), value };
}

const fullScanOfClients = (steps: string[]) => steps.filter((s) => /^SCAN clients\b/.test(s) && !/USING (COVERING )?INDEX/.test(s));

describe('query plans (5,000 clients, analyzed)', () => {
  it('the seed is realistic', () => {
    expect(core.sqlite.prepare('SELECT count(*) FROM clients').pluck().get()).toBe(CLIENTS);
    expect(core.sqlite.prepare(`SELECT count(*) FROM sqlite_stat1 WHERE tbl = 'clients'`).pluck().get()).toBeGreaterThan(0);
  });

  it.each([
    ['a name prefix', { query: 'ros' }],
    ['two words', { query: 'ben smi' }],
    ['a phone number', { query: '555-0042' }],
    ['including archived', { query: 'tanaka', includeArchived: true }],
  ])('clients/search for %s uses the full-text index, then clients by primary key', (_label, input) => {
    const { plans, value } = plansOf('clients/search', input);
    expect((value as ClientSummary[]).length).toBeGreaterThan(0);
    for (const steps of plans) {
      expect(steps.some((s) => /^SCAN client_search VIRTUAL TABLE INDEX/.test(s)), steps.join('\n')).toBe(true);
      expect(steps.some((s) => /^SEARCH clients USING INTEGER PRIMARY KEY/.test(s)), steps.join('\n')).toBe(true);
      expect(fullScanOfClients(steps), steps.join('\n')).toEqual([]);
    }
  });

  it.each([['active'], ['archived']])('clients/list with status %s reads through clients_by_status_name', (status) => {
    const { ran, plans, value } = plansOf('clients/list', { status, limit: 50, offset: 100 });
    expect((value as { clients: unknown[] }).clients).toHaveLength(50);
    expect(ran.length).toBe(2); // the page and its total
    for (const steps of plans) {
      expect(steps.some((s) => /^SEARCH clients USING (COVERING )?INDEX clients_by_status_name \(status=\?\)/.test(s)), steps.join('\n')).toBe(true);
      expect(fullScanOfClients(steps), steps.join('\n')).toEqual([]);
      // The index already holds the order: no sorting step.
      expect(steps.filter((s) => /TEMP B-TREE FOR ORDER BY/.test(s)), steps.join('\n')).toEqual([]);
    }
  });

  it('the recorder sees what it should (a full scan is reported as one)', () => {
    const steps = plan({ sql: `SELECT * FROM clients WHERE notes = ?`, params: [''] });
    expect(fullScanOfClients(steps)).toEqual(['SCAN clients']);
  });
});
