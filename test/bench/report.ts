// The benchmark's table: every timing next to its bar in DESIGN.md ("Quality bars"), PASS or MISS.
import type { Timing } from './stats';

export interface Bar {
  /** Which statistic the bar is about. */
  stat: 'p50' | 'p95';
  maxMs: number;
  text: string;
}

/** DESIGN.md "Quality bars". */
export const BARS = {
  searchCore: { stat: 'p95', maxMs: 5, text: 'p95 < 5 ms' },
  searchUi: { stat: 'p95', maxMs: 50, text: 'p95 < 50 ms' },
  chartCore: { stat: 'p95', maxMs: 15, text: 'p95 < 15 ms' },
  chartUi: { stat: 'p95', maxMs: 100, text: 'p95 < 100 ms' },
  weekCore: { stat: 'p95', maxMs: 5, text: 'p95 < 5 ms' },
  weekUi: { stat: 'p95', maxMs: 100, text: 'p95 < 100 ms' },
  saveDraft: { stat: 'p95', maxMs: 5, text: 'p95 < 5 ms' },
  pdf: { stat: 'p95', maxMs: 500, text: '< 500 ms' },
  start: { stat: 'p95', maxMs: 2000, text: '< 2 s' },
} as const satisfies Record<string, Bar>;

/** Core overhead: within 2× of the same SQL as raw prepared statements. */
export const OVERHEAD_BAR = 2;

export interface Row {
  id: string;
  label: string;
  timing?: Timing;
  bar?: Bar;
  raw?: Timing;
  /** core p50 / raw p50 */
  ratio?: number;
  missing?: string;
  note?: string;
}

export type Verdict = 'PASS' | 'MISS' | '—' | 'n/a';

export function verdict(row: Row): Verdict {
  if (row.missing) return 'n/a';
  if (!row.bar || !row.timing) return '—';
  return row.timing[row.bar.stat] < row.bar.maxMs ? 'PASS' : 'MISS';
}

export function overheadVerdict(row: Row): Verdict {
  if (row.ratio === undefined) return '—';
  return row.ratio <= OVERHEAD_BAR ? 'PASS' : 'MISS';
}

const ms = (v: number | undefined) => (v === undefined || Number.isNaN(v) ? '' : v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2));

/** A Markdown table (it reads well on a terminal and pastes into the README). */
export function table(rows: readonly Row[]): string {
  const header = ['what', 'n', 'p50 ms', 'p95 ms', 'bar', 'result', 'raw SQL p50 ms', 'core ÷ raw', 'overhead (≤ 2×)'];
  const lines = rows.map((r) => [
    r.label,
    r.missing ? '' : String(r.timing?.n ?? ''),
    r.missing ?? ms(r.timing?.p50),
    r.missing ? '' : ms(r.timing?.p95),
    r.bar?.text ?? '',
    verdict(r),
    ms(r.raw?.p50),
    r.ratio === undefined ? '' : `${r.ratio.toFixed(2)}×`,
    overheadVerdict(r),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const fmt = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  return [fmt(header), `|${widths.map((w, i) => (i === 0 ? ':' : '') + '-'.repeat(w + (i === 0 ? 1 : 1)) + (i === 0 ? '' : ':')).join('|')}|`, ...lines.map(fmt)].join('\n');
}

export function misses(rows: readonly Row[]): string[] {
  return rows.flatMap((r) => [
    ...(verdict(r) === 'MISS' ? [`${r.label.trim()}: ${r.bar!.stat} ${ms(r.timing![r.bar!.stat])} ms, bar ${r.bar!.text}`] : []),
    ...(overheadVerdict(r) === 'MISS' ? [`${r.label.trim()}: core is ${r.ratio!.toFixed(2)}× the raw SQL (bar ≤ ${OVERHEAD_BAR}×)`] : []),
  ]);
}
