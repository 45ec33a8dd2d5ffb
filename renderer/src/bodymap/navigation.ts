// Keyboard movement between the map's regions: arrows go to the nearest region in that direction
// (within the view; Left/Right carry on into the other view at its edge), and typed letters jump
// to the next region whose name starts with them. Pure functions over the regions' centres.
import type { BodyView, Side } from '../../../shared/domain/body-regions';

export interface NavItem {
  key: string;
  view: BodyView;
  regionId: string;
  side: Side;
  /** Centre in the map's own coordinates (views already placed side by side). */
  x: number;
  y: number;
  /** "Right upper trapezius" and "Upper trapezius", lower-cased, for type-ahead. */
  names: string[];
}

export type Direction = 'left' | 'right' | 'up' | 'down';

const AXIS: Record<Direction, [number, number]> = { left: [-1, 0], right: [1, 0], up: [0, -1], down: [0, 1] };

/** Candidates must lie ahead within ~60° of the direction; the straighter and closer, the better. */
function best(from: NavItem, candidates: NavItem[], dir: Direction): NavItem | undefined {
  const [ax, ay] = AXIS[dir];
  let winner: NavItem | undefined;
  let winnerScore = Infinity;
  for (const c of candidates) {
    if (c.key === from.key) continue;
    const dx = c.x - from.x;
    const dy = c.y - from.y;
    const along = dx * ax + dy * ay;
    const across = Math.abs(dx * ay - dy * ax);
    if (along <= 0.5 || across > along * 1.8) continue;
    const score = along + across * 2.2;
    if (score < winnerScore) {
      winnerScore = score;
      winner = c;
    }
  }
  return winner;
}

export function spatialNeighbour(items: readonly NavItem[], from: NavItem, dir: Direction, crossViews: boolean): NavItem | undefined {
  const sameView = items.filter((i) => i.view === from.view);
  const found = best(from, sameView, dir);
  if (found || !crossViews || dir === 'up' || dir === 'down') return found;
  const others = items.filter((i) => i.view !== from.view);
  // At a view's edge: the nearest region of the next view in that direction, at about this height.
  return best(from, others, dir) ?? undefined;
}

/**
 * The index of the next region whose name starts with `typed`, searching forward from `current`
 * (from the one after it when a single letter is typed, so repeating a letter cycles).
 */
export function typeAhead(items: readonly NavItem[], current: number, typed: string): number {
  const query = typed.toLowerCase();
  if (!query) return -1;
  const repeated = query.length > 1 && [...query].every((ch) => ch === query[0]);
  const needle = repeated ? query[0]! : query;
  const start = query.length === 1 || repeated ? current + 1 : current;
  for (let k = 0; k < items.length; k++) {
    const i = (((start + k) % items.length) + items.length) % items.length;
    if (items[i]!.names.some((n) => n.startsWith(needle))) return i;
  }
  return -1;
}
