// Faint landmarks drawn over the silhouette so the figure reads as a body and not a cut-out:
// clavicles, navel and kneecaps on the front; spine, scapulae and gluteal cleft on the back.
// Open paths, left half by hand and mirrored.
import type { BodyView } from '../../../shared/domain/body-regions';
import { VIEW_WIDTH } from './paths';

type Seg = string;

/** Mirror an absolute path made of M/Q/C/L commands with number pairs. */
function mirror(d: Seg): Seg {
  let i = 0;
  return d.replace(/-?\d*\.?\d+/g, (n) => (i++ % 2 === 0 ? String(Math.round((VIEW_WIDTH - Number(n)) * 10) / 10) : n));
}

const both = (...segs: Seg[]) => segs.flatMap((s) => [s, mirror(s)]).join(' ');

export const FIGURE_DETAILS: Record<BodyView, string> = {
  anterior: [
    both('M97.4 85.8 Q84 83.4 64.2 87.6', 'M80.6 319 Q84.8 313.6 89.4 319'),
    'M98.6 165.6 Q100 168.4 101.4 165.6',
  ].join(' '),
  posterior: [
    'M100 62 L100 206',
    'M100 212 L100 236',
    both('M84.2 99.4 Q75 96.6 62.6 92.4'),
  ].join(' '),
};
