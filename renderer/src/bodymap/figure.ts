// The figure's silhouette for each view, in a 200 × 440 box per view. Only the viewer's left half
// is drawn by hand (top of the head, down the arm and round the hand, the flank, the leg and foot,
// up to the crotch); the right half is its mirror image, so the figure is exactly symmetric.
// Proportions follow the eight-head canon: chin at one head, nipples at two, navel at three,
// crotch at four, knees near six.
import type { BodyView } from '../../../shared/domain/body-regions';
import { mirrorPoints, smoothClosed, type Pt } from './paths';

const HEAD_TO_WRIST: Pt[] = [
  [100, 11],
  [91.6, 12.6],
  [86, 17.2],
  [83.2, 24],
  [82.4, 32],
  [83, 38.4],
  [81.4, 40.2],
  [80.9, 45],
  [81.8, 49.6],
  [84, 52],
  [85.6, 55.8],
  [87.2, 59.4],
  [88.6, 62, 1],
  [88.5, 68],
  [86.6, 74.4],
  [79, 79.6],
  [68, 82.4],
  [59.6, 85.4],
  [52.4, 89.4],
  [47.8, 96],
  [45.8, 104.5],
  [44.6, 116],
  [42.6, 130],
  [40.5, 144],
  [38.7, 156],
  [37.4, 167],
  [35.8, 180],
  [33.6, 195],
  [31.7, 211.5],
];

/** Palm forward, thumb out; from the outer wrist round the fingertips to the inner wrist. */
const HAND_OUTLINE: Pt[] = [
  [30.6, 216.2],
  [28.6, 221.2],
  [26.9, 226.6],
  [26.3, 230.6],
  [27.4, 233],
  [29.4, 232.4],
  [30.8, 229],
  [31.9, 225.8, 1],
  [32.2, 233],
  [32.8, 241.4],
  [34.6, 248.4],
  [37.6, 251.6],
  [40.4, 249.4],
  [42, 243],
  [42.9, 233],
  [43, 223],
];

const INNER_ARM_AND_FLANK: Pt[] = [
  [42.2, 214],
  [43.6, 200],
  [46.6, 183],
  [50.2, 167],
  [52.2, 157],
  [54.4, 143],
  [57.2, 129],
  [60.4, 118],
  [63.8, 110.6, 1],
  [65.4, 121],
  [66.3, 133],
  [67.5, 147],
  [69.8, 160],
  [71.2, 171],
  [70.2, 183],
  [67, 196],
  [64.6, 210],
  [64, 223],
  [64.9, 240],
  [66.9, 262],
  [70.3, 287],
  [73.4, 305],
  [74.6, 315],
  [74.4, 327],
  [73.2, 340],
  [73.7, 353],
  [76.2, 371],
  [79.6, 388],
  [81.6, 398.5],
];

const INNER_LEG: Pt[] = [
  [94.4, 398.5],
  [94.9, 385],
  [95.8, 367],
  [96.9, 348],
  [96.6, 335],
  [95.2, 322],
  [95, 311],
  [96.4, 291],
  [97.8, 265],
  [98.8, 243],
  [100, 229, 1],
];

/** From the front the feet point at the viewer: short and broad, turned out a little. */
const FOOT_FRONT_OUTLINE: Pt[] = [
  [80, 405],
  [77.8, 412],
  [77.2, 418.4],
  [79.4, 422.4],
  [84.4, 424.4],
  [90.4, 425],
  [94.8, 423.6],
  [96.6, 419.6],
  [96.4, 411.4],
  [95.2, 404],
];

/** From behind the feet are drawn soles to the viewer, as on pain-drawing charts. */
const FOOT_SOLE_OUTLINE: Pt[] = [
  [81.6, 407],
  [80.8, 416],
  [79.8, 424.6],
  [80.6, 430.4],
  [84, 434.4],
  [89, 436.2],
  [93.6, 435],
  [96.6, 430.8],
  [97, 423.6],
  [95.9, 415],
  [95.8, 406.4],
];

function halfFigure(foot: Pt[]): Pt[] {
  return [...HEAD_TO_WRIST, ...HAND_OUTLINE, ...INNER_ARM_AND_FLANK, ...foot, ...INNER_LEG];
}

function wholeFigure(half: Pt[]): string {
  const right = mirrorPoints(half);
  return smoothClosed([...half, ...right.slice(1, -1)]);
}

export const FIGURE_OUTLINE: Record<BodyView, string> = {
  anterior: wholeFigure(halfFigure(FOOT_FRONT_OUTLINE)),
  posterior: wholeFigure(halfFigure(FOOT_SOLE_OUTLINE)),
};

// The hand and foot regions are the silhouette's own hand and foot, closed across the wrist or ankle.
const wrist = (pts: Pt[]): Pt[] => [[31.7, 211.5, 1], ...pts, [42.2, 214, 1]];
const ankle = (pts: Pt[]): Pt[] => [[81.6, 398.5, 1], ...pts, [94.4, 398.5, 1]];
export const HAND: Pt[] = wrist(HAND_OUTLINE);
export const FOOT_FRONT: Pt[] = ankle(FOOT_FRONT_OUTLINE);
export const FOOT_SOLE: Pt[] = ankle(FOOT_SOLE_OUTLINE);
