// What goes on the selected region: a finding type, its severity (1–3) or pain score (0–10), and a
// note. Enter in the note adds it, like the button.
import { Plus } from 'lucide-react';
import { useId, useState, type KeyboardEvent, type Ref } from 'react';
import { ulid } from 'ulid';
import { FINDING_TYPES, findingScale, regionLabel, type FindingTypeId } from '../../../shared/domain/body-regions';
import { SessionFinding } from '../../../shared/schemas/session';
import type { RegionRef } from '../bodymap';

const SEVERITIES = [
  { value: 1, label: '1 mild' },
  { value: 2, label: '2 moderate' },
  { value: 3, label: '3 severe' },
];

interface Props {
  region: RegionRef | null;
  onAdd: (finding: SessionFinding) => void;
  /** The "Finding type" select: where focus goes once a region is chosen. */
  typeRef?: Ref<HTMLSelectElement>;
}

export function FindingEditor({ region, onAdd, typeRef }: Props) {
  const id = useId();
  const [type, setType] = useState<FindingTypeId>('hypertonicity');
  const [severity, setSeverity] = useState(2);
  const [pain, setPain] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const scale = findingScale(type);

  function add() {
    if (!region) {
      setError('Choose a region first: click it on the map, or pick it from the list above.');
      return;
    }
    const parsed = SessionFinding.safeParse({
      id: ulid(),
      regionId: region.regionId,
      side: region.side,
      type,
      severity: scale === 'severity' ? severity : null,
      pain: scale === 'pain' ? (pain.trim() === '' ? null : Number(pain)) : null,
      note,
    });
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? 'Check the finding');
      return;
    }
    setError(null);
    setNote('');
    onAdd(parsed.data);
  }

  const onNoteKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      add();
    }
  };

  return (
    <div className="finding-editor" role="group" aria-labelledby={`${id}-title`}>
      <p id={`${id}-title`} className="finding-editor-title">
        {region ? (
          <>
            New finding on <strong>{regionLabel(region.regionId, region.side)}</strong>
          </>
        ) : (
          <span className="muted">New finding: choose a region first</span>
        )}
      </p>
      <div className="finding-editor-fields">
        <div className="field">
          <div className="field-label">
            <label htmlFor={`${id}-type`}>Finding type</label>
          </div>
          <select ref={typeRef} id={`${id}-type`} className="input select" value={type} onChange={(e) => setType(e.target.value as FindingTypeId)}>
            {FINDING_TYPES.map((t) => (
              <option key={t.id} value={t.id}>
                {t.label}
              </option>
            ))}
          </select>
        </div>
        {scale === 'severity' ? (
          <fieldset className="choice-group">
            <legend className="field-label">Severity</legend>
            <div className="segmented">
              {SEVERITIES.map((s) => (
                <label key={s.value} className="segmented-option">
                  <input type="radio" name={`${id}-severity`} value={s.value} checked={severity === s.value} onChange={() => setSeverity(s.value)} />
                  <span>{s.label}</span>
                </label>
              ))}
            </div>
          </fieldset>
        ) : (
          <div className="field finding-pain">
            <div className="field-label">
              <label htmlFor={`${id}-pain`}>Pain score</label>
            </div>
            <input id={`${id}-pain`} className="input" type="number" min={0} max={10} step={1} inputMode="numeric" value={pain} onChange={(e) => setPain(e.target.value)} />
          </div>
        )}
        <div className="field field-wide">
          <div className="field-label">
            <label htmlFor={`${id}-note`}>Finding note</label>
          </div>
          <input
            id={`${id}-note`}
            className="input"
            value={note}
            maxLength={500}
            placeholder="Optional: refers to…, worse with…"
            aria-describedby={error ? `${id}-error` : undefined}
            onChange={(e) => setNote(e.target.value)}
            onKeyDown={onNoteKey}
          />
        </div>
      </div>
      <div className="finding-editor-actions">
        <button type="button" className="button button-secondary" onClick={add}>
          <Plus size={16} aria-hidden="true" />
          Add finding
        </button>
        {error && (
          <p id={`${id}-error`} className="field-error" role="alert">
            {error}
          </p>
        )}
      </div>
    </div>
  );
}
