// The same choice as the map, without the map: a region list grouped as in the taxonomy and a
// side (Left / Right, or Midline for unpaired regions). For keyboard and screen-reader users, and
// whenever picking by name is quicker than pointing.
import { useId } from 'react';
import { BODY_REGIONS, sidesOf, type Side } from '../../../shared/domain/body-regions';
import type { RegionRef } from './BodyMap';

export interface RegionPickerProps {
  value: RegionRef | null;
  onChange: (value: RegionRef) => void;
  disabled?: boolean;
}

const GROUPS = [...new Set(BODY_REGIONS.map((r) => r.group))].map((group) => ({
  group,
  regions: BODY_REGIONS.filter((r) => r.group === group),
}));

const SIDE_LABELS: Record<Side, string> = { left: 'Left', right: 'Right', midline: 'Midline' };

export function RegionPicker({ value, onChange, disabled = false }: RegionPickerProps) {
  const id = useId();
  const sides = value ? sidesOf(value.regionId) : (['left', 'right'] as Side[]);

  const pickRegion = (regionId: string) => {
    const allowed = sidesOf(regionId);
    // Keep the side already chosen when the new region has it, so Left stays Left.
    const side = value && allowed.includes(value.side) ? value.side : allowed[0]!;
    onChange({ regionId, side });
  };

  return (
    <div className="region-picker">
      <div className="field">
        <div className="field-label">
          <label htmlFor={`${id}-region`}>Region</label>
        </div>
        <select id={`${id}-region`} className="input select" value={value?.regionId ?? ''} disabled={disabled} onChange={(e) => pickRegion(e.target.value)}>
          {!value && (
            <option value="" disabled>
              Choose a region…
            </option>
          )}
          {GROUPS.map(({ group, regions }) => (
            <optgroup key={group} label={group}>
              {regions.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.label}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      <fieldset className="region-picker-sides" disabled={disabled || !value}>
        <legend className="field-label">Side</legend>
        <div className="segmented">
          {sides.map((side) => (
            <label key={side} className="segmented-option">
              <input
                type="radio"
                name={`${id}-side`}
                value={side}
                checked={value?.side === side}
                onChange={() => value && onChange({ regionId: value.regionId, side })}
              />
              <span>{SIDE_LABELS[side]}</span>
            </label>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
