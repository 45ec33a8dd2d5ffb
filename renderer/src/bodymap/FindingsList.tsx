// The findings beside the map, grouped by region in the taxonomy's order (head to foot, right
// before left). Clicking a finding selects its region on the map; an optional remove button.
import { Trash2 } from 'lucide-react';
import { BODY_REGIONS, findingTypeLabel, regionLabel, type Side } from '../../../shared/domain/body-regions';
import type { MapFinding, RegionRef } from './BodyMap';
import { FindingMark } from './FindingMarks';

export interface FindingsListProps {
  findings: MapFinding[];
  selected?: RegionRef | null;
  onSelect?: (region: RegionRef) => void;
  onRemove?: (findingId: string) => void;
  /** Heading level of each region's name; 3 unless the list sits under a different heading. */
  headingLevel?: 2 | 3 | 4;
}

const regionOrder = new Map(BODY_REGIONS.map((r, i) => [r.id, i]));
const SIDE_ORDER: Record<Side, number> = { right: 0, left: 1, midline: 2 };

/** "2/3", "pain 6/10". */
export function findingScore(f: Pick<MapFinding, 'type' | 'severity' | 'pain'>): string {
  if (f.type === 'pain') return f.pain == null ? 'pain' : `pain ${f.pain}/10`;
  return f.severity == null ? '' : `${f.severity}/3`;
}

function groupByRegion(findings: MapFinding[]) {
  const groups = new Map<string, { regionId: string; side: Side; findings: MapFinding[] }>();
  for (const f of findings) {
    const key = `${f.regionId}:${f.side}`;
    const group = groups.get(key) ?? { regionId: f.regionId, side: f.side, findings: [] };
    group.findings.push(f);
    groups.set(key, group);
  }
  return [...groups.values()].sort(
    (a, b) => (regionOrder.get(a.regionId) ?? 999) - (regionOrder.get(b.regionId) ?? 999) || SIDE_ORDER[a.side] - SIDE_ORDER[b.side],
  );
}

export function FindingsList({ findings, selected = null, onSelect, onRemove, headingLevel = 3 }: FindingsListProps) {
  if (findings.length === 0) {
    return <p className="findings-empty muted">No findings yet — click a region on the map or pick one from the list.</p>;
  }
  const Heading = `h${headingLevel}` as 'h3';
  return (
    <ul className="findings-list">
      {groupByRegion(findings).map((group) => {
        const name = regionLabel(group.regionId, group.side);
        const isSelected = !!selected && selected.regionId === group.regionId && selected.side === group.side;
        return (
          <li key={`${group.regionId}:${group.side}`} className={isSelected ? 'findings-region is-selected' : 'findings-region'}>
            <Heading className="findings-region-name">{name}</Heading>
            <ul>
              {group.findings.map((f) => {
                const type = findingTypeLabel(f.type);
                // "Pain 6/10" rather than "Pain pain 6/10".
                const score = f.type === 'pain' ? findingScore(f).replace(/^pain ?/, '') : findingScore(f);
                return (
                  <li key={f.id} className="findings-item">
                    <button
                      type="button"
                      className="findings-item-select"
                      aria-pressed={isSelected}
                      onClick={() => onSelect?.({ regionId: group.regionId, side: group.side })}
                    >
                      <svg className="findings-item-mark" viewBox="-9 -9 18 18" width="18" height="18" aria-hidden="true">
                        <FindingMark finding={f} uniform />
                      </svg>
                      <span className="findings-item-text">
                        <span className="findings-item-type">{type}</span>
                        {score && <span className="findings-item-score">{score}</span>}
                        {f.note && <span className="findings-item-note">{f.note}</span>}
                      </span>
                    </button>
                    {onRemove && (
                      <button type="button" className="findings-item-remove" aria-label={`Remove ${type} from ${name}`} title="Remove" onClick={() => onRemove(f.id)}>
                        <Trash2 size={15} aria-hidden="true" />
                      </button>
                    )}
                  </li>
                );
              })}
            </ul>
          </li>
        );
      })}
    </ul>
  );
}
