// Below the note: the modalities performed, minutes and billing code each, the live count of
// billable units, and — beside any modality a client alert names — the precaution to acknowledge.
import { Plus, Trash2 } from 'lucide-react';
import { useFieldArray, useWatch, type Control, type FieldErrors, type UseFormRegister, type UseFormSetValue } from 'react-hook-form';
import { billableUnits, totalTimedMinutes, type CodeMinutes } from '../../../shared/domain/billing-units';
import { MODALITIES, type ModalityId } from '../../../shared/domain/modalities';
import { promptsForModality, type Acknowledgment, type Alert, type ModalityPrompt } from '../../../shared/domain/precautions';
import { numberOrNull, SelectField, TextField } from '../components/Field';
import { PrecautionPrompts } from './PrecautionPrompts';
import { blankModality, defaultCode, isTimedCode, type ModalityRow, type SessionFormValues } from './sessionForm';

interface Props {
  control: Control<SessionFormValues>;
  register: UseFormRegister<SessionFormValues>;
  setValue: UseFormSetValue<SessionFormValues>;
  errors: FieldErrors<SessionFormValues>;
  alerts: readonly Alert[];
  onAcknowledge: (prompt: ModalityPrompt) => void;
  /** After a change made here in code (not typed), so autosave hears of it. */
  onChanged: () => void;
}

const OPTIONS = [{ value: '', label: 'Choose a modality…' }, ...MODALITIES.map((m) => ({ value: m.id, label: m.label }))];

/** The rows that count toward billing: a modality, minutes and a code. */
export function billingLines(rows: readonly ModalityRow[]): CodeMinutes[] {
  return rows
    .filter((r) => r.modality && r.minutes !== null && Number.isFinite(r.minutes) && r.cptCode.trim())
    .map((r) => ({ code: r.cptCode.trim(), minutes: r.minutes ?? 0, timed: isTimedCode(r.modality) }));
}

/** "97124 × 2 · 97140 × 1 — 47 timed minutes, 3 units (CMS 8-minute rule)" */
export function unitsSummary(rows: readonly ModalityRow[]): string {
  const lines = billingLines(rows);
  if (lines.length === 0) return 'No billable codes yet.';
  const units = billableUnits(lines, 'cms_8_minute');
  const total = units.reduce((sum, u) => sum + u.units, 0);
  const minutes = totalTimedMinutes(lines);
  const parts = units.map((u) => `${u.code} × ${u.units}`).join(' · ');
  return `${parts} — ${minutes} timed minute${minutes === 1 ? '' : 's'}, ${total} unit${total === 1 ? '' : 's'} (CMS 8-minute rule)`;
}

export function ModalitiesSection({ control, register, setValue, errors, alerts, onAcknowledge, onChanged }: Props) {
  const { fields, append, remove } = useFieldArray({ control, name: 'modalities' });
  const [rows, acks] = useWatch({ control, name: ['modalities', 'acknowledgments'] }) as [ModalityRow[] | undefined, Acknowledgment[] | undefined];
  const values = rows ?? [];
  // Each modality's precautions show once, beside its first row.
  const firstRow = new Map<string, number>();
  values.forEach((r, i) => r.modality && !firstRow.has(r.modality) && firstRow.set(r.modality, i));

  return (
    <section className="card modalities" aria-labelledby="modalities-title">
      <div className="card-header">
        <h3 id="modalities-title" className="card-title">
          Modalities
        </h3>
        <button
          type="button"
          className="button button-secondary button-small"
          onClick={() => {
            append(blankModality(), { shouldFocus: true });
            onChanged();
          }}
        >
          <Plus size={14} aria-hidden="true" />
          Add modality
        </button>
      </div>
      {fields.length === 0 && <p className="muted modalities-empty">No modalities recorded. Add each one you performed, with its minutes.</p>}
      <ol className="modality-rows">
        {fields.map((field, i) => {
          const row = values[i];
          const e = errors.modalities?.[i];
          const prompts = row?.modality && firstRow.get(row.modality) === i ? promptsForModality(alerts, row.modality as ModalityId) : [];
          return (
            <li key={field.id} className={prompts.length ? 'modality-row has-prompts' : 'modality-row'}>
              <div className="modality-fields" role="group" aria-label={`Modality ${i + 1}`}>
                <SelectField
                  label="Modality"
                  options={OPTIONS}
                  reg={register(`modalities.${i}.modality`, {
                    onChange: (ev: { target: { value: string } }) => setValue(`modalities.${i}.cptCode`, defaultCode(ev.target.value)),
                  })}
                  error={e?.modality?.message}
                />
                <TextField label="Minutes" type="number" min={0} max={480} inputMode="numeric" reg={register(`modalities.${i}.minutes`, { setValueAs: numberOrNull })} error={e?.minutes?.message} />
                <TextField label="Code" maxLength={5} className="input input-code" hint={row?.modality && !row.cptCode ? 'Not billed' : undefined} reg={register(`modalities.${i}.cptCode`)} error={e?.cptCode?.message} />
                {row?.modality === 'aromatherapy' ? (
                  <TextField label="Oils used" reg={register(`modalities.${i}.oils`)} error={e?.oils?.message} placeholder="e.g. lavender, peppermint" />
                ) : (
                  <span aria-hidden="true" />
                )}
                <button
                  type="button"
                  className="button button-ghost button-small modality-remove"
                  aria-label={`Remove modality ${i + 1}`}
                  title="Remove"
                  onClick={() => {
                    remove(i);
                    onChanged();
                  }}
                >
                  <Trash2 size={15} aria-hidden="true" />
                </button>
              </div>
              <PrecautionPrompts prompts={prompts} acknowledgments={acks ?? []} onAcknowledge={onAcknowledge} />
            </li>
          );
        })}
      </ol>
      <p className="units-preview">
        <span className="units-preview-label">Billable units</span> <span>{unitsSummary(values)}</span>
      </p>
    </section>
  );
}
