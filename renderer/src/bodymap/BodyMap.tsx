// The body map: front and back figures whose regions (left/right) can be picked by mouse or
// keyboard, with a coloured mark per finding and, faded, the previous session's findings.
// One tab stop for the whole map (roving tabindex); arrows move spatially, Enter/Space selects,
// Home/End jump to the first/last region, typed letters jump by name.
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { BODY_REGIONS, bodyRegion, regionLabel, type FindingTypeId, type Side } from '../../../shared/domain/body-regions';
import { FIGURE_DETAILS, FIGURE_OUTLINE, REGION_SHAPES, VIEW_HEIGHT, VIEW_WIDTH, type BodyView, type RegionShape } from './geometry';
import { FindingMarks } from './FindingMarks';
import { spatialNeighbour, typeAhead, type Direction, type NavItem } from './navigation';

/** A finding as the map draws it (the session schema's finding, narrowed to what the map needs). */
export interface MapFinding {
  id: string;
  regionId: string;
  side: Side;
  type: FindingTypeId;
  /** 1–3, for every type but pain. */
  severity: number | null;
  /** 0–10, for pain. */
  pain: number | null;
  note: string;
}

export interface RegionRef {
  regionId: string;
  side: Side;
}

export interface BodyMapProps {
  findings: MapFinding[];
  /** The previous session's findings, drawn faded and dashed for comparison. */
  previous?: MapFinding[];
  /** Show `previous` (default true when it is given). */
  showPrevious?: boolean;
  selected?: RegionRef | null;
  onSelect?: (region: RegionRef) => void;
  view?: 'both' | BodyView;
  /** Regions can be browsed but not selected (a signed note, a printout). */
  readOnly?: boolean;
  /** Accessible name of the map; "Body map" unless there are several on a page. */
  label?: string;
}

const CAPTION_SPACE = 28;
const VIEW_GAP = 24;
const CAPTIONS: Record<BodyView, string> = { anterior: 'Front', posterior: 'Back' };
/** Client's side shown on the viewer's left and right of each view. */
const SIDE_MARKERS: Record<BodyView, [string, string]> = { anterior: ['R', 'L'], posterior: ['L', 'R'] };
const TYPE_AHEAD_RESET_MS = 700;

const regionOrder = new Map(BODY_REGIONS.map((r, i) => [r.id, i]));
const keyOf = (s: Pick<RegionShape, 'view' | 'regionId' | 'side'>) => `${s.view}:${s.regionId}:${s.side}`;
const sameRegion = (a: RegionRef, b: RegionRef) => a.regionId === b.regionId && a.side === b.side;

function countLabel(n: number): string {
  return n === 0 ? '' : ` — ${n} finding${n === 1 ? '' : 's'}`;
}

interface Layout {
  views: BodyView[];
  width: number;
  shapes: RegionShape[];
  /** Keyboard order: by view, then top to bottom, then left to right. */
  items: NavItem[];
}

function layoutFor(view: 'both' | BodyView): Layout {
  const views: BodyView[] = view === 'both' ? ['anterior', 'posterior'] : [view];
  const offsetX = (v: BodyView) => views.indexOf(v) * (VIEW_WIDTH + VIEW_GAP);
  const shapes = REGION_SHAPES.filter((s) => views.includes(s.view))
    // Paint order follows the taxonomy, so a small region listed after a large one sits on top.
    .sort((a, b) => (regionOrder.get(a.regionId) ?? 0) - (regionOrder.get(b.regionId) ?? 0));
  const items = shapes
    .map((s) => ({
      key: keyOf(s),
      view: s.view,
      regionId: s.regionId,
      side: s.side,
      x: s.labelPoint[0] + offsetX(s.view),
      y: s.labelPoint[1],
      names: [regionLabel(s.regionId, s.side).toLowerCase(), (bodyRegion(s.regionId)?.label ?? '').toLowerCase()],
    }))
    .sort((a, b) => (a.view === b.view ? a.y - b.y || a.x - b.x : views.indexOf(a.view) - views.indexOf(b.view)));
  return { views, width: views.length * VIEW_WIDTH + (views.length - 1) * VIEW_GAP, shapes, items };
}

export function BodyMap({ findings, previous, showPrevious = true, selected = null, onSelect, view = 'both', readOnly = false, label = 'Body map' }: BodyMapProps) {
  const { views, width, shapes, items } = useMemo(() => layoutFor(view), [view]);
  const offsetX = (v: BodyView) => views.indexOf(v) * (VIEW_WIDTH + VIEW_GAP);

  const counts = useMemo(() => {
    const m = new Map<string, number>();
    for (const f of findings) m.set(`${f.regionId}:${f.side}`, (m.get(`${f.regionId}:${f.side}`) ?? 0) + 1);
    return m;
  }, [findings]);

  const [activeKey, setActiveKey] = useState<string | null>(null);
  const [hoverKey, setHoverKey] = useState<string | null>(null);
  const [focusKey, setFocusKey] = useState<string | null>(null);
  /** Focus that came from the keyboard: drawn as a ring above the marks, which may cover the region. */
  const [ringKey, setRingKey] = useState<string | null>(null);
  const elements = useRef(new Map<string, SVGPathElement>());
  const typed = useRef({ text: '', at: 0 });

  const selectedKey = selected ? items.find((i) => sameRegion(i, selected))?.key : undefined;
  const known = (key: string | null) => (key && items.some((i) => i.key === key) ? key : undefined);
  // The one tab stop: the focused region while focus is in the map; otherwise the selected one,
  // else the last one visited, else the first.
  const tabKey = known(focusKey) ?? selectedKey ?? known(activeKey) ?? items[0]?.key;

  const moveTo = (item: NavItem | undefined) => {
    if (!item) return;
    setActiveKey(item.key);
    elements.current.get(item.key)?.focus();
  };

  const choose = (ref: RegionRef) => {
    if (!readOnly) onSelect?.({ regionId: ref.regionId, side: ref.side });
  };

  const onKeyDown = (e: KeyboardEvent<SVGSVGElement>) => {
    const index = items.findIndex((i) => i.key === tabKey);
    const current = items[index];
    if (!current || e.altKey || e.ctrlKey || e.metaKey) return;
    const arrows: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };
    const dir = arrows[e.key];
    const now = e.timeStamp;
    const typing = typed.current.text !== '' && now - typed.current.at <= TYPE_AHEAD_RESET_MS;
    // While a name is being typed, a space belongs to it ("left q…") as long as some name matches.
    const spaceInName = e.key === ' ' && typing && typeAhead(items, index, `${typed.current.text} `) >= 0;
    if (dir) {
      e.preventDefault();
      moveTo(spatialNeighbour(items, current, dir, views.length > 1));
    } else if (e.key === 'Home' || e.key === 'End') {
      e.preventDefault();
      moveTo(e.key === 'Home' ? items[0] : items[items.length - 1]);
    } else if (e.key === 'Enter' || (e.key === ' ' && !spaceInName)) {
      e.preventDefault();
      typed.current = { text: '', at: 0 };
      choose(current);
    } else if (e.key.length === 1) {
      e.preventDefault();
      const text = (typing ? typed.current.text : '') + e.key;
      typed.current = { text, at: now };
      const next = typeAhead(items, index, text);
      if (next >= 0) moveTo(items[next]);
    }
  };

  const statusItem = items.find((i) => i.key === (hoverKey ?? focusKey));
  const statusCount = statusItem ? (counts.get(`${statusItem.regionId}:${statusItem.side}`) ?? 0) : 0;
  const faded = showPrevious ? (previous ?? []) : [];

  return (
    <div className={`bodymap${readOnly ? ' bodymap-readonly' : ''}`}>
      <svg
        className="bodymap-svg"
        viewBox={`0 ${-CAPTION_SPACE} ${width} ${VIEW_HEIGHT + CAPTION_SPACE}`}
        role="group"
        aria-label={label}
        onKeyDown={onKeyDown}
      >
        {views.map((v) => (
          <g key={v} className={`bodymap-view bodymap-view-${v}`} transform={`translate(${offsetX(v)} 0)`} role="group" aria-label={`${CAPTIONS[v]} view`}>
            <text className="bodymap-caption" x={VIEW_WIDTH / 2} y={-12} textAnchor="middle" aria-hidden="true">
              {CAPTIONS[v]}
            </text>
            {SIDE_MARKERS[v].map((letter, i) => (
              <g key={letter} className="bodymap-side-marker" transform={`translate(${i === 0 ? 12 : VIEW_WIDTH - 12} 62)`} aria-hidden="true">
                <circle r={7.5} />
                <text textAnchor="middle" dominantBaseline="central">
                  {letter}
                </text>
              </g>
            ))}
            <path className="bodymap-figure" d={FIGURE_OUTLINE[v]} aria-hidden="true" />
            <path className="bodymap-details" d={FIGURE_DETAILS[v]} aria-hidden="true" />
            {shapes
              .filter((s) => s.view === v)
              .map((s) => {
                const key = keyOf(s);
                const count = counts.get(`${s.regionId}:${s.side}`) ?? 0;
                const isSelected = !!selected && sameRegion(s, selected);
                const classes = ['bodymap-region', count > 0 && 'has-findings', isSelected && 'is-selected', hoverKey === key && 'is-hovered'];
                return (
                  <path
                    key={key}
                    ref={(el) => {
                      if (el) elements.current.set(key, el);
                      else elements.current.delete(key);
                    }}
                    className={classes.filter(Boolean).join(' ')}
                    d={s.d}
                    fillRule="evenodd"
                    role="button"
                    tabIndex={key === tabKey ? 0 : -1}
                    aria-label={regionLabel(s.regionId, s.side) + countLabel(count)}
                    aria-pressed={isSelected}
                    aria-disabled={readOnly || undefined}
                    data-region={s.regionId}
                    data-side={s.side}
                    onClick={() => {
                      setActiveKey(key);
                      choose(s);
                    }}
                    onFocus={(e) => {
                      setActiveKey(key);
                      setFocusKey(key);
                      setRingKey(e.currentTarget.matches(':focus-visible') ? key : null);
                    }}
                    onBlur={() => {
                      setFocusKey((k) => (k === key ? null : k));
                      setRingKey((k) => (k === key ? null : k));
                    }}
                    onPointerEnter={() => setHoverKey(key)}
                    onPointerLeave={() => setHoverKey((k) => (k === key ? null : k))}
                  />
                );
              })}
            <g className="bodymap-overlay" aria-hidden="true">
              {shapes
                .filter((s) => s.view === v && selected && sameRegion(s, selected))
                .map((s) => (
                  <path key={keyOf(s)} className="bodymap-selected-outline" d={s.d} fillRule="evenodd" />
                ))}
            </g>
            <FindingMarks shapes={shapes.filter((s) => s.view === v)} findings={findings} previous={faded} />
            <g className="bodymap-overlay" aria-hidden="true">
              {shapes
                .filter((s) => s.view === v && keyOf(s) === ringKey)
                .map((s) => (
                  <path key={keyOf(s)} className="bodymap-focus-ring" d={s.d} fillRule="evenodd" />
                ))}
            </g>
          </g>
        ))}
      </svg>
      <p className="bodymap-status" aria-hidden="true">
        {statusItem ? (
          <>
            <strong>{regionLabel(statusItem.regionId, statusItem.side)}</strong>
            {statusCount > 0 && <span className="muted">{countLabel(statusCount)}</span>}
          </>
        ) : (
          <span className="muted">{readOnly ? 'Point at a region to see its name.' : 'Click a region, or Tab to the map and use the arrow keys.'}</span>
        )}
      </p>
    </div>
  );
}
