// The body map's geometry: the figure's silhouette and one shape per region, side and view, as
// SVG path data in a VIEW_WIDTH × VIEW_HEIGHT box per view (the component places the views).
//
// Laterality follows the convention of clinical charts: the front view faces the viewer, so the
// client's RIGHT is on the viewer's left; the back view is seen from behind, so the client's LEFT
// is on the viewer's left. Each paired region is drawn once on the viewer's left half and mirrored
// (x → W − x) for the other side, so the two sides are exact mirror images.
import type { BodyView, Side } from '../../../shared/domain/body-regions';
import { FIGURE_OUTLINE } from './figure';
import { centroid, mirrorPoint, mirrorPoints, smoothClosed, VIEW_HEIGHT, VIEW_WIDTH, type Pt, type RegionDraft } from './paths';
import { ANTERIOR } from './regions-anterior';
import { POSTERIOR } from './regions-posterior';

export { FIGURE_OUTLINE, VIEW_HEIGHT, VIEW_WIDTH };
export type { BodyView };

export interface RegionShape {
  view: BodyView;
  regionId: string;
  side: Side;
  /** SVG path data (absolute M/C/Z); may hold cut-outs, so draw it with fill-rule="evenodd". */
  d: string;
  /** Where the region's finding marks are centred. */
  labelPoint: [number, number];
}

/** The client's side that a view shows on the viewer's left. */
export const VIEWER_LEFT_SIDE: Record<BodyView, 'left' | 'right'> = { anterior: 'right', posterior: 'left' };

const otherSide = (side: 'left' | 'right'): 'left' | 'right' => (side === 'left' ? 'right' : 'left');

function shapePath(points: Pt[], holes: Pt[][] | undefined): string {
  return [smoothClosed(points), ...(holes ?? []).map((h) => smoothClosed(h))].join(' ');
}

function expand(view: BodyView, draft: RegionDraft): RegionShape[] {
  const label = draft.label ?? centroid(draft.points);
  if (draft.midline) {
    const whole = [...draft.points, ...mirrorPoints(draft.points).slice(1, -1)];
    return [{ view, regionId: draft.id, side: 'midline', d: smoothClosed(whole), labelPoint: [VIEW_WIDTH / 2, label[1]] }];
  }
  const near = VIEWER_LEFT_SIDE[view];
  return [
    { view, regionId: draft.id, side: near, d: shapePath(draft.points, draft.holes), labelPoint: label },
    {
      view,
      regionId: draft.id,
      side: otherSide(near),
      d: shapePath(mirrorPoints(draft.points), draft.holes?.map(mirrorPoints)),
      labelPoint: mirrorPoint(label),
    },
  ];
}

/** Every region shape: for each view, each region drawn on it, each of its sides. */
export const REGION_SHAPES: readonly RegionShape[] = [
  ...ANTERIOR.flatMap((draft) => expand('anterior', draft)),
  ...POSTERIOR.flatMap((draft) => expand('posterior', draft)),
];

/** Faint anatomical landmarks drawn under the regions (not interactive). */
export { FIGURE_DETAILS } from './details';
