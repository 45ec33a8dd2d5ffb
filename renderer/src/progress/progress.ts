// What the Progress tab draws, computed from `clients/progress`: signed sessions only (a draft can
// still change), pain per session, and each region's findings per session on one 0–1 scale.
import { BODY_REGIONS, findingTypeLabel, regionLabel, type Side } from '../../../shared/domain/body-regions';
import type { ClientProgress, RegionTrendPoint, SessionSummary } from '../../../shared/schemas/session';
import { formatDate } from '../format';

export interface PainPoint {
  sessionId: string;
  date: string;
  /** "Nov 27" — the axis label. */
  label: string;
  before: number | null;
  after: number | null;
}

const shortDate = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', timeZone: 'UTC' });

export function shortLabel(isoDate: string): string {
  return shortDate.format(new Date(`${isoDate}T12:00:00Z`));
}

export function signedSessions(progress: ClientProgress): SessionSummary[] {
  return progress.sessions.filter((s) => s.status === 'signed');
}

export function painSeries(sessions: SessionSummary[]): PainPoint[] {
  return sessions.map((s) => ({ sessionId: s.id, date: s.sessionDate, label: shortLabel(s.sessionDate), before: s.painBefore, after: s.painAfter }));
}

/** "Pain went from 8 to 2 over 5 sessions (before the first on Oct 2, after the last on Nov 27)." */
export function painSummary(points: PainPoint[]): string {
  const scored = points.filter((p) => p.before !== null || p.after !== null);
  if (scored.length === 0) return 'No pain scores recorded yet.';
  const n = points.length;
  const first = scored[0]!;
  const last = scored.at(-1)!;
  const start = first.before ?? first.after!;
  const end = last.after ?? last.before!;
  const sessions = `${n} session${n === 1 ? '' : 's'}`;
  if (scored.length === 1) {
    return `Pain was ${first.before ?? '—'} before and ${first.after ?? '—'} after treatment on ${formatDate(first.date)} (${sessions} signed).`;
  }
  const verb = end < start ? 'went from' : end > start ? 'rose from' : 'stayed at';
  const range = verb === 'stayed at' ? `${start}` : `${start} to ${end}`;
  return `Pain ${verb} ${range} over ${sessions} (${first.before !== null ? 'before' : 'after'} the first on ${formatDate(first.date)}, ${last.after !== null ? 'after' : 'before'} the last on ${formatDate(last.date)}).`;
}

/** 0 (mildest) to 1 (worst): severity 1–3 or pain 0–10 on one scale. */
export function intensityOf(p: Pick<RegionTrendPoint, 'type' | 'severity' | 'pain'>): number {
  if (p.type === 'pain' || (p.severity === null && p.pain !== null)) return Math.min(10, Math.max(0, p.pain ?? 0)) / 10;
  return Math.min(3, Math.max(1, p.severity ?? 1)) / 3;
}

export interface RegionCell {
  sessionId: string;
  points: RegionTrendPoint[];
  /** The worst finding's intensity, 0–1; null when nothing was found there that session. */
  intensity: number | null;
  /** "Hypertonicity 2/3; Pain 6/10" */
  text: string;
  /** What the cell shows: the worst score ("2", "P6"). */
  short: string;
}

export interface RegionRow {
  key: string;
  label: string;
  cells: RegionCell[];
}

const regionOrder = new Map(BODY_REGIONS.map((r, i) => [r.id, i]));
const SIDE_ORDER: Record<Side, number> = { right: 0, left: 1, midline: 2 };

function describe(p: RegionTrendPoint): string {
  const score = p.type === 'pain' ? (p.pain === null ? '' : ` ${p.pain}/10`) : p.severity === null ? '' : ` ${p.severity}/3`;
  return `${findingTypeLabel(p.type)}${score}`;
}

/** One row per region and side (head to foot), one cell per signed session (oldest first). */
export function regionRows(progress: ClientProgress, sessions: SessionSummary[]): RegionRow[] {
  const ids = new Set(sessions.map((s) => s.id));
  return progress.regions
    .filter((r) => r.points.some((p) => ids.has(p.sessionId)))
    .sort((a, b) => (regionOrder.get(a.regionId) ?? 999) - (regionOrder.get(b.regionId) ?? 999) || SIDE_ORDER[a.side] - SIDE_ORDER[b.side])
    .map((r) => ({
      key: `${r.regionId}:${r.side}`,
      label: regionLabel(r.regionId, r.side),
      cells: sessions.map((s) => {
        const points = r.points.filter((p) => p.sessionId === s.id);
        if (points.length === 0) return { sessionId: s.id, points, intensity: null, text: 'No finding', short: '' };
        const worst = points.reduce((a, b) => (intensityOf(b) > intensityOf(a) ? b : a));
        return {
          sessionId: s.id,
          points,
          intensity: intensityOf(worst),
          text: points.map(describe).join('; '),
          short: worst.type === 'pain' ? `P${worst.pain ?? ''}` : String(worst.severity ?? ''),
        };
      }),
    }));
}

/** The heat class of a cell: 1 (mild) to 4 (worst). */
export function heatLevel(intensity: number): 1 | 2 | 3 | 4 {
  return intensity <= 0.34 ? 1 : intensity <= 0.67 ? 2 : intensity <= 0.85 ? 3 : 4;
}
