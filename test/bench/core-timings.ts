// Core timings on the reference clinic: each call through core.invoke (validation, handler, SQL),
// and for the read paths the same SQL replayed as raw prepared statements.
import { monotonicFactory } from 'ulid';
import type { Method } from '../../shared/contract';
import { makeAcknowledgment, missingAcknowledgments } from '../../shared/domain/precautions';
import { todayIn } from '../../shared/domain/dates';
import { addDays, weekdayOf, zonedToUtc } from '../../shared/domain/schedule-time';
import type { ClientHeader } from '../../shared/schemas/chart';
import type { SessionContent } from '../../shared/schemas/session';
import type { Core } from '../../electron/core';
import { createRng } from '../../electron/core/demo/random';
import { prepareReplay, recordStatements } from './sql-replay';
import { sample, summarize, timeOnce, type Timing } from './stats';

export interface CoreRow {
  id: string;
  label: string;
  timing: Timing;
  /** The same reads as raw prepared statements, when the call is a read. */
  raw?: Timing;
  /** Median over the inputs of (core p50 ÷ raw p50) for that input: inputs of very different sizes are compared like for like. */
  ratio?: number;
  note?: string;
}

const newId = monotonicFactory();

function caller(core: Core) {
  return <T = unknown>(method: Method, input: unknown): T => {
    const result = core.invoke(method, input);
    if (!result.ok) throw new Error(`${method} failed: ${result.error.message} ${JSON.stringify(result.error.fields ?? {})}`);
    return result.value as T;
  };
}

/** Times `ops` (one or more calls per input) and the raw replay of the SQL they ran. */
function readRow(core: Core, id: string, label: string, inputs: readonly unknown[], runs: number, op: (input: unknown) => void, note?: string): CoreRow {
  // Warm first (the core keeps parsed intakes and rules), then record what a warm call runs.
  for (const input of inputs) op(input);
  const replays = inputs.map((input) => prepareReplay(core.sqlite, recordStatements(core.sqlite, () => op(input))));
  const perInput = inputs.map((input, i) => ({ core: sample([input], runs, op), raw: sample([replays[i]!], runs, (r) => r.run()) }));
  const timing = summarize(perInput.flatMap((p) => p.core));
  const raw = summarize(perInput.flatMap((p) => p.raw));
  const ratios = perInput.map((p) => summarize(p.core).p50 / summarize(p.raw).p50).sort((a, b) => a - b);
  const ratio = ratios[Math.floor(ratios.length / 2)]!;
  const writes = replays.reduce((s, r) => s + r.writes, 0);
  const extra = writes > 0 ? `the call also wrote ${writes / replays.length} row(s) each time (audit), not replayed` : undefined;
  return { id, label, timing, raw, ratio, note: [note, extra].filter(Boolean).join('; ') || undefined };
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}+/gu, '').replace(/[^A-Za-z]/g, '').toLowerCase();

function sessionContent(practitionerId: string, date: string, i: number): Omit<SessionContent, 'acknowledgments'> & { acknowledgments: SessionContent['acknowledgments'] } {
  return {
    practitionerId,
    sessionDate: date,
    startTime: '10:00',
    endTime: '11:00',
    totalMinutes: 55,
    subjective: `Low back pain 5/10 after gardening; slept better this week. Draft revision ${i}.`,
    painBefore: 5,
    objective: 'Hypertonicity L and R lumbar paraspinals (2/3); active trigger point R piriformis (2/3); tenderness R gluteals.',
    assessment: 'Tissue more pliable than last visit; tolerated moderate pressure well.',
    painAfter: 3,
    plan: 'Continue weekly per plan; focus gluteals next visit.',
    homeCare: 'Heat 15 min before bed; piriformis stretch 3 × 30 s daily.',
    nextVisit: '1 week',
    referralId: null,
    planId: null,
    modalities: [
      { modality: 'swedish', minutes: 30, cptCode: '97124', oils: '' },
      { modality: 'myofascial_release', minutes: 15, cptCode: '97140', oils: '' },
      { modality: 'trigger_point', minutes: 10, cptCode: '97140', oils: '' },
    ],
    findings: [
      { id: newId(), regionId: 'lumbar_paraspinals', side: 'left', type: 'hypertonicity', severity: 2, pain: null, note: '' },
      { id: newId(), regionId: 'lumbar_paraspinals', side: 'right', type: 'hypertonicity', severity: 2, pain: null, note: '' },
      { id: newId(), regionId: 'piriformis', side: 'right', type: 'trigger_point_active', severity: 2, pain: null, note: '' },
      { id: newId(), regionId: 'gluteals', side: 'right', type: 'tenderness', severity: 1, pain: null, note: '' },
      { id: newId(), regionId: 'quadratus_lumborum', side: 'left', type: 'pain', severity: null, pain: 4, note: 'Refers to the hip' },
    ],
    acknowledgments: [],
  };
}

export interface CoreResults {
  rows: CoreRow[];
  /** Issued invoices, for the PDF timing. */
  invoiceIds: string[];
  today: string;
}

export function coreTimings(core: Core, options: { runs: number; log: (line: string) => void }): CoreResults {
  const call = caller(core);
  const rng = createRng('bench');
  const { runs, log } = options;
  const db = core.sqlite;
  const zone = call<{ timeZone: string }>('schedule/settings', {}).timeZone;
  const today = todayIn(new Date(), zone);
  const rows: CoreRow[] = [];

  // Search as you type: 1 to 4 letters of a dozen clients' last names.
  const names = db.prepare(`SELECT legal_last_name FROM clients WHERE status = 'active' ORDER BY row_id`).pluck().all() as string[];
  const words = rng.sample(names.map(fold).filter((n) => n.length >= 4), 12);
  const queries = words.flatMap((w) => [1, 2, 3, 4].map((n) => ({ query: w.slice(0, n) })));
  log(`  client search: ${queries.length} queries (${words.join(', ')}), 1–4 letters`);
  rows.push(readRow(core, 'search', 'client search as you type (1–4 letters)', queries, runs, (q) => call('clients/search', q)));
  const oneLetter = queries.filter((q) => q.query.length === 1);
  rows.push(readRow(core, 'search-1', '  … one letter only (largest result sets)', oneLetter, runs, (q) => call('clients/search', q)));

  // Open a chart: the header (alerts, referral), the sessions list and the findings history —
  // for the ten clients with the most sessions and ten others.
  const heavy = db.prepare(`SELECT client_id FROM sessions GROUP BY client_id ORDER BY count(*) DESC LIMIT 10`).pluck().all() as string[];
  const active = db.prepare(`SELECT id FROM clients WHERE status = 'active' ORDER BY row_id`).pluck().all() as string[];
  const charts = [...heavy, ...rng.sample(active, 10)];
  const most = db.prepare(`SELECT count(*) FROM sessions WHERE client_id = ?`).pluck().get(heavy[0]) as number;
  log(`  open chart: ${charts.length} clients (the busiest has ${most} sessions)`);
  const openChart = (id: unknown) => {
    call('clients/header', { id });
    call('sessions/list', { clientId: id });
    call('clients/progress', { id });
  };
  rows.push(readRow(core, 'chart', 'open a client chart (header + sessions + findings)', charts, runs, openChart, 'clients/header + sessions/list + clients/progress'));
  rows.push(readRow(core, 'chart-busiest', '  … the 10 busiest clients only', heavy, runs, openChart));
  rows.push(readRow(core, 'header', '  clients/header alone', charts, runs, (id) => call('clients/header', { id })));

  // The week calendar: this week, next week and eight weeks from the clinic's past.
  const monday = (date: string) => addDays(date, -((weekdayOf(date) + 6) % 7));
  const thisWeek = monday(today);
  const firstDay = (db.prepare(`SELECT min(session_date) FROM sessions`).pluck().get() as string) ?? today;
  const spanWeeks = Math.max(1, Math.floor((Date.parse(thisWeek) - Date.parse(firstDay)) / (7 * 86_400_000)));
  const weekStarts = [thisWeek, addDays(thisWeek, 7), ...Array.from({ length: 8 }, () => addDays(thisWeek, -7 * rng.int(1, spanWeeks - 1)))];
  const weeks = weekStarts.map((m) => ({ from: zonedToUtc(m, '00:00', zone), to: zonedToUtc(addDays(m, 7), '00:00', zone) }));
  const perWeek = weeks.map((w) => (call<unknown[]>('appointments/range', w)).length);
  log(`  week calendar: ${weeks.length} weeks, ${Math.min(...perWeek)}–${Math.max(...perWeek)} appointments each`);
  rows.push(readRow(core, 'week', 'week calendar (appointments/range)', weeks, runs, (w) => call('appointments/range', w)));

  // Today: today and the nine busiest days of the last year.
  const busyDays = db
    .prepare(`SELECT session_date FROM sessions WHERE session_date >= ? GROUP BY session_date ORDER BY count(*) DESC LIMIT 9`)
    .pluck()
    .all(addDays(today, -365)) as string[];
  rows.push(readRow(core, 'today', 'today screen (schedule/today)', [today, ...busyDays].map((date) => ({ date })), runs, (d) => call('schedule/today', d)));

  // Writes: save a draft again and again; sign 60 new notes; invoice each of them.
  const practitioners = call<{ id: string }[]>('practitioners/list', {});
  const targets = rng.sample(active, 60);
  const drafts = targets.map((clientId, i) => call<{ id: string }>('sessions/start', { clientId, practitionerId: practitioners[i % practitioners.length]!.id, sessionDate: today, startTime: '10:00', from: 'blank' }).id);
  const draftId = drafts[0]!;
  const saves: number[] = [];
  for (let i = 0; i < Math.max(200, runs * 10); i++) {
    const content = sessionContent(practitioners[0]!.id, today, i);
    saves.push(timeOnce(() => call('sessions/saveDraft', { id: draftId, ...content })));
  }
  rows.push({ id: 'saveDraft', label: 'save a draft (sessions/saveDraft, 5 findings)', timing: summarize(saves.slice(10)) });

  const signs: number[] = [];
  drafts.forEach((id, i) => {
    const clientId = targets[i]!;
    const practitionerId = practitioners[i % practitioners.length]!.id;
    const content = sessionContent(practitionerId, today, i);
    const { alerts } = call<ClientHeader>('clients/header', { id: clientId });
    const at = new Date().toISOString();
    const missing = missingAcknowledgments(alerts, content.modalities.map((m) => m.modality), []);
    content.acknowledgments = missing.map((prompt) => makeAcknowledgment({ prompt, by: 'Bench', at }));
    signs.push(timeOnce(() => call('sessions/sign', { id, signedBy: practitionerId, ...content })));
  });
  rows.push({ id: 'sign', label: 'sign a session (sessions/sign)', timing: summarize(signs) });

  const invoiceTimes: number[] = [];
  drafts.forEach((sessionId, i) => {
    const client = call<{ insurancePayer: string }>('clients/get', { id: targets[i]! });
    const medicare = client.insurancePayer === 'Medicare';
    const input = { clientId: targets[i]!, payerId: medicare ? '01JD0000000000000000PAYER2' : '01JD0000000000000000PAYER1', sessionIds: [sessionId], flatServiceId: medicare ? null : '01JD000000000000000CAT0007' };
    invoiceTimes.push(timeOnce(() => call('invoices/fromSessions', input)));
  });
  rows.push({ id: 'invoice', label: 'create an invoice from a session (invoices/fromSessions)', timing: summarize(invoiceTimes) });

  const invoiceIds = db.prepare(`SELECT id FROM invoices WHERE status = 'issued' ORDER BY created_at DESC LIMIT 10`).pluck().all() as string[];
  return { rows, invoiceIds, today };
}
