// The body map's geometry: every region of the taxonomy is drawn on each of its views and sides,
// left and right are true mirror images on the correct side of the figure for each view, shapes
// sit inside the figure and hardly overlap, and every path is plain SVG the renderer can draw.
import { describe, expect, it } from 'vitest';
import { BODY_REGIONS, sidesOf } from '../../shared/domain/body-regions';
import { FIGURE_OUTLINE, REGION_SHAPES, VIEW_HEIGHT, VIEW_WIDTH, type RegionShape } from '../../renderer/src/bodymap/geometry';

type P = [number, number];
const ARITY: Record<string, number> = { M: 2, L: 2, C: 6, Q: 4, A: 7, Z: 0 };

/** Parse path data made only of M/L/C/Q/A/Z commands (either case) and numbers; throws otherwise. */
function parsePath(d: string): { cmd: string; args: number[] }[] {
  const token = /\s*,?\s*([MLCQAZmlcqaz]|-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?)/gy;
  const out: { cmd: string; args: number[] }[] = [];
  let m: RegExpExecArray | null;
  let last = 0;
  while ((m = token.exec(d))) {
    last = token.lastIndex;
    const t = m[1]!;
    if (/[a-z]/i.test(t)) out.push({ cmd: t, args: [] });
    else if (out.length === 0) throw new Error(`number before any command in "${d.slice(0, 40)}"`);
    else out[out.length - 1]!.args.push(Number(t));
  }
  if (d.slice(last).trim() !== '') throw new Error(`unexpected "${d.slice(last, last + 20)}"`);
  if (out[0]?.cmd.toUpperCase() !== 'M') throw new Error('path must start with M');
  for (const { cmd, args } of out) {
    const n = ARITY[cmd.toUpperCase()]!;
    if (n === 0 ? args.length !== 0 : args.length === 0 || args.length % n !== 0) throw new Error(`${cmd} with ${args.length} numbers`);
    if (args.some((a) => !Number.isFinite(a))) throw new Error(`non-finite number in ${cmd}`);
  }
  return out;
}

/** The path as closed polygons (curves sampled), for area and point-in-shape tests. */
function polygons(d: string): P[][] {
  const rings: P[][] = [];
  let ring: P[] = [];
  let at: P = [0, 0];
  for (const { cmd, args } of parsePath(d)) {
    const C = cmd.toUpperCase();
    expect(cmd, 'geometry paths are absolute').toBe(C);
    const n = ARITY[C]!;
    for (let i = 0; i < Math.max(1, args.length / Math.max(n, 1)); i++) {
      const a = args.slice(i * n, i * n + n);
      if (C === 'M') {
        if (ring.length) rings.push(ring);
        at = [a[0]!, a[1]!];
        ring = [at];
      } else if (C === 'L' || C === 'A') {
        at = [a[n - 2]!, a[n - 1]!];
        ring.push(at);
      } else if (C === 'C' || C === 'Q') {
        const ctrl: P[] = [];
        for (let k = 0; k < n; k += 2) ctrl.push([a[k]!, a[k + 1]!]);
        const pts: P[] = [at, ...ctrl];
        for (let s = 1; s <= 8; s++) ring.push(bezier(pts, s / 8));
        at = ctrl[ctrl.length - 1]!;
      }
    }
  }
  if (ring.length) rings.push(ring);
  return rings;
}

function bezier(pts: P[], t: number): P {
  let level = pts;
  while (level.length > 1) level = level.slice(1).map((p, i) => [level[i]![0] + (p[0] - level[i]![0]) * t, level[i]![1] + (p[1] - level[i]![1]) * t]);
  return level[0]!;
}

/** Even-odd point-in-shape over every ring (so cut-outs count as outside). */
function inside(rings: P[][], [x, y]: P): boolean {
  let hit = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) hit = !hit;
    }
  }
  return hit;
}

function box(rings: P[][]) {
  const pts = rings.flat();
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  return { minX: Math.min(...xs), maxX: Math.max(...xs), minY: Math.min(...ys), maxY: Math.max(...ys) };
}

const STEP = 0.5;
/** Grid points (STEP apart) inside a shape, found row by row with even-odd crossings: a cheap area. */
function samples(rings: P[][]): Set<number> {
  const b = box(rings);
  const out = new Set<number>();
  for (let j = Math.ceil(b.minY / STEP); j * STEP <= b.maxY; j++) {
    const y = j * STEP;
    const xs: number[] = [];
    for (const ring of rings) {
      for (let i = 0, k = ring.length - 1; i < ring.length; k = i++) {
        const [xi, yi] = ring[i]!;
        const [xk, yk] = ring[k]!;
        if (yi > y !== yk > y) xs.push(((xk - xi) * (y - yi)) / (yk - yi) + xi);
      }
    }
    xs.sort((p, q) => p - q);
    for (let n = 0; n + 1 < xs.length; n += 2) {
      for (let i = Math.ceil(xs[n]! / STEP); i * STEP < xs[n + 1]!; i++) out.add(i * 10_000 + j);
    }
  }
  return out;
}

const boxesMeet = (a: ReturnType<typeof box>, b: ReturnType<typeof box>) => a.minX < b.maxX && b.minX < a.maxX && a.minY < b.maxY && b.minY < a.maxY;

const shapeName = (s: RegionShape) => `${s.view} ${s.regionId} ${s.side}`;
const find = (view: string, regionId: string, side: string) => REGION_SHAPES.find((s) => s.view === view && s.regionId === regionId && s.side === side);
const MID = VIEW_WIDTH / 2;

describe('body map geometry', () => {
  it('draws every region of the taxonomy on each of its views, for each of its sides', () => {
    const missing: string[] = [];
    for (const region of BODY_REGIONS) {
      for (const view of region.views) for (const side of sidesOf(region.id)) if (!find(view, region.id, side)) missing.push(`${view} ${region.id} ${side}`);
    }
    expect(missing).toEqual([]);
  });

  it('draws nothing else, and nothing twice', () => {
    const keys = REGION_SHAPES.map(shapeName);
    expect(new Set(keys).size).toBe(keys.length);
    for (const s of REGION_SHAPES) {
      const region = BODY_REGIONS.find((r) => r.id === s.regionId);
      expect(region, s.regionId).toBeDefined();
      expect(region!.views, shapeName(s)).toContain(s.view);
      expect(sidesOf(s.regionId), shapeName(s)).toContain(s.side);
    }
  });

  it('parses every path as plain M/L/C/Q/A/Z path data', () => {
    for (const d of [...Object.values(FIGURE_OUTLINE), ...REGION_SHAPES.map((s) => s.d)]) expect(() => parsePath(d)).not.toThrow();
    expect(() => parsePath('M0 0 X3')).toThrow();
    expect(() => parsePath('M0 0 C1 2 3')).toThrow();
  });

  it('makes left and right exact mirror images about the centre line', () => {
    for (const s of REGION_SHAPES.filter((x) => x.side === 'left')) {
      const twin = find(s.view, s.regionId, 'right');
      expect(twin, shapeName(s)).toBeDefined();
      const a = box(polygons(s.d));
      const b = box(polygons(twin!.d));
      const near = (p: number, q: number) => Math.abs(p - q) < 0.11;
      expect(near(a.minX, VIEW_WIDTH - b.maxX) && near(a.maxX, VIEW_WIDTH - b.minX), `${shapeName(s)} x`).toBe(true);
      expect(near(a.minY, b.minY) && near(a.maxY, b.maxY), `${shapeName(s)} y`).toBe(true);
      expect(s.labelPoint[0]).toBeCloseTo(VIEW_WIDTH - twin!.labelPoint[0], 5);
      expect(s.labelPoint[1]).toBeCloseTo(twin!.labelPoint[1], 5);
    }
  });

  it("puts the client's right on the viewer's left in front, and the client's left there from behind", () => {
    for (const s of REGION_SHAPES) {
      const b = box(polygons(s.d));
      const centre = (b.minX + b.maxX) / 2;
      const onViewerLeft = (s.view === 'anterior' && s.side === 'right') || (s.view === 'posterior' && s.side === 'left');
      if (s.side === 'midline') {
        expect(centre, shapeName(s)).toBeCloseTo(MID, 1);
        expect(s.labelPoint[0], shapeName(s)).toBeCloseTo(MID, 5);
      } else {
        expect(centre < MID, shapeName(s)).toBe(onViewerLeft);
        expect(s.labelPoint[0] < MID, shapeName(s)).toBe(onViewerLeft);
      }
    }
  });

  it('places every label point inside the view, the figure and its own region', () => {
    const figure = { anterior: polygons(FIGURE_OUTLINE.anterior), posterior: polygons(FIGURE_OUTLINE.posterior) };
    for (const s of REGION_SHAPES) {
      const [x, y] = s.labelPoint;
      expect(x >= 0 && x <= VIEW_WIDTH && y >= 0 && y <= VIEW_HEIGHT, shapeName(s)).toBe(true);
      expect(inside(figure[s.view], s.labelPoint), `${shapeName(s)} label in figure`).toBe(true);
      expect(inside(polygons(s.d), s.labelPoint), `${shapeName(s)} label in region`).toBe(true);
    }
  });

  it('keeps the figure and every region inside the view box', () => {
    for (const d of [...Object.values(FIGURE_OUTLINE), ...REGION_SHAPES.map((s) => s.d)]) {
      const b = box(polygons(d));
      expect(b.minX >= 0 && b.maxX <= VIEW_WIDTH && b.minY >= 0 && b.maxY <= VIEW_HEIGHT, d.slice(0, 30)).toBe(true);
    }
  });

  it('keeps regions on the figure and off each other', () => {
    for (const view of ['anterior', 'posterior'] as const) {
      const figure = samples(polygons(FIGURE_OUTLINE[view]));
      const shapes = REGION_SHAPES.filter((s) => s.view === view).map((s) => ({ name: shapeName(s), box: box(polygons(s.d)), cells: samples(polygons(s.d)) }));
      for (const s of shapes) {
        expect(s.cells.size, `${s.name} has an area`).toBeGreaterThan(20);
        const onFigure = [...s.cells].filter((c) => figure.has(c)).length / s.cells.size;
        expect(onFigure, `${s.name} on the figure`).toBeGreaterThan(0.95);
      }
      for (let i = 0; i < shapes.length; i++) {
        for (let j = i + 1; j < shapes.length; j++) {
          const [a, b] = [shapes[i]!, shapes[j]!];
          if (!boxesMeet(a.box, b.box)) continue;
          const [small, large] = a.cells.size < b.cells.size ? [a, b] : [b, a];
          let shared = 0;
          for (const c of small.cells) if (large.cells.has(c)) shared++;
          expect(shared / small.cells.size, `${a.name} overlaps ${b.name}`).toBeLessThan(0.05);
        }
      }
    }
  });
});
