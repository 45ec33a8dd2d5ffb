// How a finding is drawn on the map: its colour and glyph by type, its size and strength by
// severity or pain, and where several marks on one region go. Colours come from the Okabe–Ito and
// Paul Tol palettes (safe for the common colour-vision deficiencies), and every type also has its
// own glyph, so colour is never the only cue. Pain marks show the score itself.
import type { FindingTypeId } from '../../../shared/domain/body-regions';

export interface FindingStyle {
  /** The mark's fill (or ring, when hollow). */
  color: string;
  /** The glyph's colour on a filled mark, chosen for contrast with `color`. */
  ink: string;
  glyph: string;
  /** Drawn as a ring: the latent trigger point, the quieter twin of the active one. */
  hollow?: true;
}

const DARK = '#16202b';
const LIGHT = '#ffffff';

export const FINDING_STYLES: Record<FindingTypeId, FindingStyle> = {
  hypertonicity: { color: '#0072b2', ink: LIGHT, glyph: 'H' },
  trigger_point_active: { color: '#aa3377', ink: LIGHT, glyph: 'T' },
  trigger_point_latent: { color: '#aa3377', ink: '#aa3377', glyph: 'T', hollow: true },
  tenderness: { color: '#ee7733', ink: DARK, glyph: 'X' },
  spasm: { color: '#ddaa33', ink: DARK, glyph: 'S' },
  adhesion: { color: '#117733', ink: LIGHT, glyph: 'A' },
  edema: { color: '#56b4e9', ink: DARK, glyph: 'E' },
  reduced_rom: { color: '#332288', ink: LIGHT, glyph: 'M' },
  pain: { color: '#cc3311', ink: LIGHT, glyph: 'P' },
  numbness_tingling: { color: '#44aa99', ink: DARK, glyph: 'N' },
  scar: { color: '#6b6f76', ink: LIGHT, glyph: 'Sc' },
};

const FALLBACK: FindingStyle = { color: '#6b6f76', ink: LIGHT, glyph: '?' };

export function findingStyle(type: string): FindingStyle {
  return FINDING_STYLES[type as FindingTypeId] ?? FALLBACK;
}

interface Scored {
  type: string;
  severity: number | null;
  pain: number | null;
}

/** 0 (mildest) to 1 (worst): severity 1–3 or pain 0–10 on one scale. */
export function intensity(f: Scored): number {
  if (f.type === 'pain' || (f.severity == null && f.pain != null)) return Math.min(10, Math.max(0, f.pain ?? 0)) / 10;
  return (Math.min(3, Math.max(1, f.severity ?? 1)) - 1) / 2;
}

/** The glyph inside the mark: the pain score for pain, the type's letter otherwise. */
export function markGlyph(f: Scored): string {
  if (f.type === 'pain' && f.pain != null) return String(f.pain);
  return findingStyle(f.type).glyph;
}

export const MARK_MIN_RADIUS = 5.6;
export const MARK_MAX_RADIUS = 7.8;

export function markRadius(f: Scored): number {
  return MARK_MIN_RADIUS + (MARK_MAX_RADIUS - MARK_MIN_RADIUS) * intensity(f);
}

export function markOpacity(f: Scored): number {
  return Math.round((0.7 + 0.3 * intensity(f)) * 100) / 100;
}

const STEP = 2 * MARK_MAX_RADIUS + 1;
const PER_ROW = 3;

/** Offsets for n marks around a region's label point: rows of three, centred. */
export function clusterOffsets(n: number): [number, number][] {
  const rows = Math.ceil(n / PER_ROW);
  const out: [number, number][] = [];
  for (let i = 0; i < n; i++) {
    const row = Math.floor(i / PER_ROW);
    const inRow = row === rows - 1 ? n - row * PER_ROW : PER_ROW;
    const col = i % PER_ROW;
    out.push([(col - (inRow - 1) / 2) * STEP, (row - (rows - 1) / 2) * STEP]);
  }
  return out;
}
