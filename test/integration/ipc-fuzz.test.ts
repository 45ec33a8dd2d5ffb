// Every IPC method, fed random input through the real entry points and the real validation
// (DESIGN.md, "bad input"; issue 7): each answer is a clear refusal, nothing is written, no
// handler or shell handler runs, nothing throws, and Object.prototype is left alone. The methods
// come from shared/methods.ts, so a method added later is covered without touching this file.
// A sample that happens to pass the method's schema is skipped (fc.pre): it is a valid call.
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import type { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupsDir } from '../../electron/core/backup-files';
import { contract, type Handlers, type ShellHandlers } from '../../shared/contract';
import { isAsyncMethod, isShellMethod, METHODS, SHELL_METHODS, type Method } from '../../shared/methods';
import type { Envelope } from '../../shared/result';
import { cleanupTestCores, expectOk, openTestCore, snapshot, type TestCore } from '../helpers/core';

/** Samples per method and kind of input: ~130 methods × 5 kinds × this ≈ 13,000 calls, ~15 s on two cores. */
const RUNS = 20;
/** What a refused call may answer: the input was wrong, or (with sign-in on) nobody may make the call. */
const REFUSALS = ['invalid_input', 'unavailable', 'locked', 'forbidden'];

const SETUP = { clinic: { name: 'Calm Hands', timeZone: 'America/Chicago' }, practitioner: { firstName: 'Pat', lastName: 'Kneader' }, access: { mode: 'none' as const } };

let core: TestCore;
let entry: (method: unknown, input: unknown) => Envelope<unknown> | Promise<Envelope<unknown>>;
/** Every handler that ran (core and shell): none may, for input its schema refuses. */
const reached: string[] = [];
const prototypeKeys = () => Object.getOwnPropertyNames(Object.prototype).sort();
const objectPrototypeBefore = prototypeKeys();

/** Every row of every table, in one fingerprint, plus the backups folder (a backup is a write too). */
function fingerprint(): string {
  const { tables } = snapshot(core.sqlite);
  const text = JSON.stringify(tables, (_key, value: unknown) => (typeof value === 'bigint' ? `${value}n` : value));
  return `${createHash('sha256').update(text).digest('hex')}|${readdirSync(backupsDir(core.dataDir)).join(',')}`;
}
const totalChanges = () => core.sqlite.prepare('SELECT total_changes()').pluck().get() as number;

beforeAll(async () => {
  core = await openTestCore();
  expectOk(core.invoke('clinic/setup', SETUP));
  const practitionerId = expectOk<{ id: string }[]>(core.invoke('practitioners/list', {}))[0]!.id;
  const clientId = expectOk<{ id: string }>(core.invoke('clients/create', { legalFirstName: 'Cara', legalLastName: 'Client' })).id;
  expectOk(core.invoke('sessions/start', { clientId, practitionerId, sessionDate: '2026-11-27' }));
  expectOk(await core.call('backups/create', {}));
  // Spies, not mocks: each records that it was reached, then runs the real handler. dispatch uses this very object.
  const api = core.api as unknown as Record<string, (input: unknown) => unknown>;
  for (const method of Object.keys(api)) {
    const real = api[method]!;
    api[method] = (input) => {
      reached.push(method);
      return real(input);
    };
  }
  const shell = Object.fromEntries(
    SHELL_METHODS.map((method) => [
      method,
      async () => {
        reached.push(method);
        throw new Error(`${method} ran with input its schema refuses`);
      },
    ]),
  ) as unknown as Partial<ShellHandlers>;
  entry = core.withShell(shell);
});

afterAll(cleanupTestCores);

// ---- Inputs ----

type Def = { type: string; shape?: Record<string, z.ZodType>; in?: z.ZodType; options?: z.ZodType[]; innerType?: z.ZodType; left?: z.ZodType; right?: z.ZodType; element?: z.ZodType };
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The keys an object schema expects, with their schemas, through pipes, unions, defaults and the like. */
function shapeOf(schema: z.ZodType | undefined): Record<string, z.ZodType> {
  if (!schema) return {};
  const def = defOf(schema);
  switch (def.type) {
    case 'object':
      return def.shape ?? {};
    case 'pipe':
      return shapeOf(def.in);
    case 'union':
      return Object.assign({}, ...(def.options ?? []).map(shapeOf)) as Record<string, z.ZodType>;
    case 'intersection':
      return { ...shapeOf(def.left), ...shapeOf(def.right) };
    case 'array':
      return shapeOf(def.element);
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return shapeOf(def.innerType);
    default:
      return {};
  }
}

// Built once: generating megabytes character by character would cost the whole time budget.
const HUGE = ['a'.repeat(2_000_000), '😀'.repeat(300_000), '\u0000'.repeat(70_000), `${'<script>alert(1)</script>'.repeat(20_000)}`, ' '.repeat(1_000_001), '9'.repeat(400)];
const huge = fc.constantFrom(...HUGE);

/** An array nested `depth` deep: [[[…]]]. */
const nested = fc.integer({ min: 2, max: 5000 }).map((depth) => {
  let value: unknown = [];
  for (let i = 0; i < depth; i++) value = [value];
  return value;
});

const POLLUTERS = [
  '{"__proto__": {"polluted": "yes", "isAdmin": true}}',
  '{"constructor": {"prototype": {"polluted": "yes"}}}',
  '{"prototype": {"polluted": "yes"}}',
  '{"__proto__": [1, 2, 3]}',
  '{"toString": "not a function", "valueOf": 7, "hasOwnProperty": null}',
];
/** Objects with those keys as their own properties, the way JSON.parse (and structured clone) make them. */
const polluter = fc.constantFrom(...POLLUTERS).map((text) => JSON.parse(text) as Record<string, unknown>);

const anything = fc.anything({
  maxDepth: 3,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
});

/** A value that is almost never right for any one field. */
const wrong = fc.oneof(anything, huge, nested, polluter, fc.constantFrom(null, undefined, Number.NaN, -0, Infinity, '', [], {}, true, 1e308, -1, 2 ** 53));

/** The method's own keys (and one level of their keys), holding wrong values, some missing. */
function shaped(schema: z.ZodType, depth = 0): fc.Arbitrary<Record<string, unknown>> {
  const shape = shapeOf(schema);
  const keys = Object.keys(shape);
  if (keys.length === 0) return fc.dictionary(fc.string(), wrong, { maxKeys: 3 });
  const value = (child: z.ZodType): fc.Arbitrary<unknown> =>
    depth < 1 && Object.keys(shapeOf(child)).length > 0 ? fc.oneof(wrong, shaped(child, depth + 1), fc.array(shaped(child, depth + 1), { maxLength: 3 })) : wrong;
  return fc.record(Object.fromEntries(keys.map((k) => [k, value(shape[k]!)])), { requiredKeys: [] });
}

/** Own `__proto__`, `constructor` and `prototype` keys, at the top and under the method's own keys. */
function polluting(schema: z.ZodType): fc.Arbitrary<unknown> {
  const keys = Object.keys(shapeOf(schema));
  return fc.tuple(shaped(schema), polluter, keys.length ? fc.constantFrom(...keys) : fc.constant('x'), fc.boolean()).map(([base, bad, key, top]) => {
    const input: Record<string, unknown> = { ...base };
    if (top) for (const [k, v] of Object.entries(bad)) Object.defineProperty(input, k, { value: v, enumerable: true, configurable: true, writable: true });
    else input[key] = bad;
    return input;
  });
}

const kinds = (schema: z.ZodType): Record<string, fc.Arbitrary<unknown>> => ({
  'fc.anything()': anything,
  'its keys, wrong values': shaped(schema),
  'huge strings': fc.oneof(huge, shaped(schema).chain((base) => fc.constantFrom(...Object.keys(shapeOf(schema)), 'x').map((k) => ({ ...base, [k]: HUGE[0] })))),
  'prototype-pollution keys': polluting(schema),
  'nested arrays': fc.oneof(nested, fc.array(nested, { maxLength: 3 }), shaped(schema).chain((base) => nested.map((n) => ({ ...base, list: n })))),
});

// ---- The property ----

async function refusesCleanly(method: Method, input: unknown): Promise<void> {
  // A sample the schema accepts is a valid call, not this test's business (dispatch reads a missing input as {}).
  fc.pre(!contract[method].input.safeParse(input ?? {}).success);
  const changesBefore = totalChanges();
  const reachedBefore = reached.length;
  let answer: Envelope<unknown>;
  try {
    // The core's synchronous methods through core.invoke, as ipc.ts calls it; shell and asynchronous ones through the host's entry point.
    answer = isShellMethod(method) || isAsyncMethod(method) ? await entry(method, input) : core.invoke(method, input);
  } catch (error) {
    throw new Error(`${method} threw instead of answering: ${String(error)}`);
  }
  expect(answer.ok).toBe(false);
  if (answer.ok) return;
  expect(Object.keys(answer)).toEqual(['ok', 'error']);
  expect(REFUSALS).toContain(answer.error.code);
  expect(typeof answer.error.message).toBe('string');
  expect(answer.error.message.trim().length).toBeGreaterThan(10);
  expect(answer.error.message).not.toMatch(/\[object |\bat \S+ \(|TypeError|ZodError|^\s*\{/);
  for (const text of Object.values(answer.error.fields ?? {})) expect(typeof text === 'string' && text.trim().length > 0).toBe(true);
  expect(reached.slice(reachedBefore)).toEqual([]);
  expect(totalChanges()).toBe(changesBefore);
}

describe('every IPC method refuses random input clearly, writes nothing and runs nothing', () => {
  it('covers every method in shared/methods.ts, and the spies reach every core handler', () => {
    expect(new Set(METHODS).size).toBe(METHODS.length);
    const handlers = Object.keys(core.api as Handlers);
    expect(METHODS.filter((m) => !isShellMethod(m)).every((m) => handlers.includes(m))).toBe(true);
  });

  for (const method of METHODS) {
    it(method, async () => {
      const before = fingerprint();
      for (const [kind, input] of Object.entries(kinds(contract[method].input as z.ZodType))) {
        await fc.assert(
          fc.asyncProperty(input, (value) => refusesCleanly(method, value)),
          { numRuns: RUNS, maxSkipsPerRun: 1000, endOnFailure: true, verbose: 1 },
        ).catch((error: unknown) => {
          throw new Error(`${method}, ${kind}: ${error instanceof Error ? error.message : String(error)}`);
        });
      }
      expect(fingerprint()).toBe(before);
      expect(prototypeKeys()).toEqual(objectPrototypeBefore);
    });
  }

  it('answers a name that is not a method with unknown_method, whatever the name is', async () => {
    const before = fingerprint();
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), anything, fc.constantFrom('__proto__', 'constructor', 'toString', 'clients/', '/clients/list', 'CLIENTS/LIST')), anything, async (method, input) => {
        fc.pre(!(typeof method === 'string' && (METHODS as readonly string[]).includes(method)));
        const answer = await entry(method, input);
        expect(answer).toMatchObject({ ok: false, error: { code: 'unknown_method', message: expect.stringMatching(/^Palpate has no action called /) } });
      }),
      { numRuns: 200 },
    );
    expect(reached).toEqual([]);
    expect(fingerprint()).toBe(before);
  });

  it('leaves Object.prototype as it was', () => {
    expect(prototypeKeys()).toEqual(objectPrototypeBefore);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });
});
