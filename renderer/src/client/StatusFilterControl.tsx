// Active / Archived / All, as a segmented group of native radio buttons (arrow keys work).
import type { StatusFilter } from '../hooks/useClientList';

const OPTIONS: ReadonlyArray<{ value: StatusFilter; label: string }> = [
  { value: 'active', label: 'Active' },
  { value: 'archived', label: 'Archived' },
  { value: 'all', label: 'All' },
];

export function StatusFilterControl({ value, onChange }: { value: StatusFilter; onChange: (value: StatusFilter) => void }) {
  return (
    <fieldset className="segmented">
      <legend className="visually-hidden">Status</legend>
      {OPTIONS.map((o) => (
        <label key={o.value} className="segmented-option">
          <input
            type="radio"
            name="client-status"
            value={o.value}
            checked={value === o.value}
            onChange={() => onChange(o.value)}
          />
          <span>{o.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
