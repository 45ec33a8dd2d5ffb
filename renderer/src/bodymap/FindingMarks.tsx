// The findings' marks on one view: a coloured disc per finding at its region's label point,
// spread out when a region holds several, with the previous session's marks faded and dashed.
// Decorative for assistive technology: each region's accessible name already counts its findings.
import type { MapFinding } from './BodyMap';
import type { RegionShape } from './geometry';
import { clusterOffsets, findingStyle, MARK_MAX_RADIUS, markGlyph, markOpacity, markRadius } from './marks';

interface Props {
  shapes: readonly RegionShape[];
  findings: readonly MapFinding[];
  previous: readonly MapFinding[];
}

interface MarkProps {
  finding: Pick<MapFinding, 'type' | 'severity' | 'pain'>;
  x?: number;
  y?: number;
  /** The previous session's: faded, dashed ring. */
  faded?: boolean;
  /** Full size and strength whatever the severity (lists, where the score is written out). */
  uniform?: boolean;
}

export function FindingMark({ finding, x = 0, y = 0, faded = false, uniform = false }: MarkProps) {
  const style = findingStyle(finding.type);
  const r = uniform ? MARK_MAX_RADIUS : markRadius(finding);
  const glyph = markGlyph(finding);
  const hollow = style.hollow || faded;
  const classes = ['bodymap-mark', hollow && 'is-hollow', faded && 'is-previous'].filter(Boolean).join(' ');
  return (
    <g className={classes} transform={`translate(${round(x)} ${round(y)})`} opacity={faded || uniform ? undefined : markOpacity(finding)}>
      <circle r={round(r)} fill={hollow ? '#ffffff' : style.color} stroke={hollow ? style.color : '#ffffff'} />
      <text
        textAnchor="middle"
        dominantBaseline="central"
        fontSize={round(r * (glyph.length > 1 ? 1.05 : 1.35))}
        fill={hollow ? style.color : style.ink}
      >
        {glyph}
      </text>
    </g>
  );
}

const round = (n: number) => Math.round(n * 10) / 10;

export function FindingMarks({ shapes, findings, previous }: Props) {
  return (
    <g className="bodymap-marks" aria-hidden="true">
      {shapes.map((s) => {
        const mine = (list: readonly MapFinding[]) => list.filter((f) => f.regionId === s.regionId && f.side === s.side);
        const current = mine(findings);
        const before = mine(previous);
        if (current.length + before.length === 0) return null;
        const offsets = clusterOffsets(current.length + before.length);
        const [x, y] = s.labelPoint;
        return (
          <g key={`${s.view}:${s.regionId}:${s.side}`}>
            {before.map((f, i) => (
              <FindingMark key={`p-${f.id}`} finding={f} x={x + offsets[current.length + i]![0]} y={y + offsets[current.length + i]![1]} faded />
            ))}
            {current.map((f, i) => (
              <FindingMark key={f.id} finding={f} x={x + offsets[i]![0]} y={y + offsets[i]![1]} />
            ))}
          </g>
        );
      })}
    </g>
  );
}
