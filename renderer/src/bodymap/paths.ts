// Small path helpers for the body map geometry: smooth closed curves through hand-placed points
// (so shapes are easy to adjust by moving a point), mirroring about the figure's centre line, and
// a bounding box. Pure functions; no DOM.

/** A point; a third element `1` makes it a corner (no smoothing through it). */
export type Pt = readonly [number, number] | readonly [number, number, 1];

/** Width of one view; the figure's centre line is x = VIEW_WIDTH / 2. */
export const VIEW_WIDTH = 200;
export const VIEW_HEIGHT = 440;

const round = (n: number) => {
  const r = Math.round(n * 10) / 10;
  return Object.is(r, -0) ? '0' : String(r);
};

/**
 * A closed curve through the points: cubic Béziers whose handles follow the neighbours (a
 * Catmull–Rom spline with handles scaled to each segment, so uneven spacing does not overshoot).
 */
export function smoothClosed(points: readonly Pt[], tension = 1): string {
  const n = points.length;
  if (n < 3) throw new Error('a closed shape needs three points');
  const at = (i: number) => points[((i % n) + n) % n]!;
  const tangent = (i: number): [number, number] => {
    const p = at(i);
    if (p[2] === 1) return [0, 0];
    const prev = at(i - 1);
    const next = at(i + 1);
    const dPrev = Math.hypot(p[0] - prev[0], p[1] - prev[1]);
    const dNext = Math.hypot(next[0] - p[0], next[1] - p[1]);
    const sum = dPrev + dNext || 1;
    return [((next[0] - prev[0]) / sum) * tension, ((next[1] - prev[1]) / sum) * tension];
  };
  const first = at(0);
  let d = `M${round(first[0])} ${round(first[1])}`;
  for (let i = 0; i < n; i++) {
    const p = at(i);
    const q = at(i + 1);
    const len = Math.hypot(q[0] - p[0], q[1] - p[1]);
    const t0 = tangent(i);
    const t1 = tangent(i + 1);
    const c1 = [p[0] + (t0[0] * len) / 3, p[1] + (t0[1] * len) / 3];
    const c2 = [q[0] - (t1[0] * len) / 3, q[1] - (t1[1] * len) / 3];
    d += ` C${round(c1[0]!)} ${round(c1[1]!)} ${round(c2[0]!)} ${round(c2[1]!)} ${round(q[0])} ${round(q[1])}`;
  }
  return `${d} Z`;
}

/** Mirror a point list about the centre line (x → W − x), keeping the winding direction. */
export function mirrorPoints(points: readonly Pt[]): Pt[] {
  return points.map((p) => (p[2] === 1 ? ([VIEW_WIDTH - p[0], p[1], 1] as const) : ([VIEW_WIDTH - p[0], p[1]] as const))).reverse();
}

export function mirrorPoint(p: readonly [number, number]): [number, number] {
  return [VIEW_WIDTH - p[0], p[1]];
}

/** Every coordinate pair of an absolute path made by this module (M/C/L/Q/Z only). */
export function pathCoordinates(d: string): [number, number][] {
  const nums = (d.match(/-?\d*\.?\d+(?:e[-+]?\d+)?/gi) ?? []).map(Number);
  const out: [number, number][] = [];
  for (let i = 0; i + 1 < nums.length; i += 2) out.push([nums[i]!, nums[i + 1]!]);
  return out;
}

export interface Box {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** The box around a path's points and control points (a slight over-estimate for curves). */
export function pathBox(d: string): Box {
  const pts = pathCoordinates(d);
  return {
    minX: Math.min(...pts.map((p) => p[0])),
    minY: Math.min(...pts.map((p) => p[1])),
    maxX: Math.max(...pts.map((p) => p[0])),
    maxY: Math.max(...pts.map((p) => p[1])),
  };
}

/** The mean of a shape's defining points: a serviceable place for its label and marks. */
export function centroid(points: readonly Pt[]): [number, number] {
  const x = points.reduce((s, p) => s + p[0], 0) / points.length;
  const y = points.reduce((s, p) => s + p[1], 0) / points.length;
  return [Math.round(x * 10) / 10, Math.round(y * 10) / 10];
}

/** One region as drawn by hand on the viewer's left half of a view. */
export interface RegionDraft {
  id: string;
  /** The outline; for a midline region, its left half from the top of the centre line down. */
  points: Pt[];
  /** Where its name and marks go; the mean of its points when left out. */
  label?: [number, number];
  midline?: true;
  /** Cut-outs for a smaller region drawn on top (the piriformis inside the gluteals). */
  holes?: Pt[][];
}
