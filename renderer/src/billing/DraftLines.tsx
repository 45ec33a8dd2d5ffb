// The lines of a draft invoice, editable in place: date, code, modifiers, diagnosis pointers, units,
// unit price (typed "30.00") and description, with the line's amount as it will print.
import { Plus, Trash2 } from 'lucide-react';
import { useId, useState } from 'react';
import { useFieldArray, useWatch, type FieldErrors, type UseFormReturn } from 'react-hook-form';
import type { CatalogService } from '../../../shared/schemas/billing';
import { newLine, type DraftOutput, type DraftValues } from './draftForm';
import { money, unitsText } from './labels';

interface Props {
  form: UseFormReturn<DraftValues, unknown, DraftOutput>;
  services: CatalogService[];
  amounts: number[];
  currency: string;
  today: string;
  diagnosisCount: number;
}

type LineErrors = NonNullable<FieldErrors<DraftValues>['lines']>[number];

const CELLS = [
  ['serviceDate', 'Date of service', 'date'],
  ['code', 'Code', 'text'],
  ['modifiers', 'Modifiers', 'text'],
  ['diagnosisPointers', 'Pointers', 'text'],
  ['units', 'Units', 'text'],
  ['unitPrice', 'Unit price', 'text'],
] as const;

export function DraftLines({ form, services, amounts, currency, today, diagnosisCount }: Props) {
  const { register, control, formState } = form;
  const { fields, append, remove } = useFieldArray({ control, name: 'lines' });
  const baseId = useId();
  const [serviceId, setServiceId] = useState(services[0]?.id ?? '');
  const lines = useWatch({ control, name: 'lines' });
  const errors = formState.errors.lines;

  function addLine() {
    const service = services.find((s) => s.id === serviceId);
    append(newLine(service, lines.at(-1)?.serviceDate ?? today, diagnosisCount), { shouldFocus: false });
    // Focus what is left to type: the units of a catalog line, the code of a custom one.
    window.requestAnimationFrame(() => document.getElementById(`${baseId}-${fields.length}-${service ? 'units' : 'code'}`)?.focus());
  }

  return (
    <div className="draft-lines">
      <div className="draft-line-head" aria-hidden="true">
        {CELLS.map(([, label]) => (
          <span key={label}>{label === 'Date of service' ? 'Date' : label === 'Modifiers' ? 'Mod.' : label === 'Pointers' ? 'Dx' : label}</span>
        ))}
        <span className="cell-money">Amount</span>
        <span />
      </div>
      {fields.length === 0 && <p className="draft-empty">No lines yet. Add a service below.</p>}
      {fields.map((field, i) => {
        const e: LineErrors | undefined = errors?.[i];
        const messages = e ? Object.entries(e).flatMap(([, v]) => (v && typeof v === 'object' && 'message' in v && typeof v.message === 'string' ? [v.message] : [])) : [];
        const errorId = `${baseId}-${i}-error`;
        const line = lines[i];
        return (
          <div key={field.id} role="group" aria-label={`Line ${i + 1}`} className="draft-line">
            <div className="draft-line-row">
              {CELLS.map(([name, label, type]) => {
                const id = `${baseId}-${i}-${name}`;
                const invalid = Boolean(e?.[name]);
                return (
                  <div key={name} className={`draft-cell draft-cell-${name}`}>
                    <label htmlFor={id} className="visually-hidden">
                      {label}
                    </label>
                    <input
                      id={id}
                      type={type}
                      className="input input-compact"
                      inputMode={name === 'units' ? 'numeric' : name === 'unitPrice' ? 'decimal' : undefined}
                      autoComplete="off"
                      aria-invalid={invalid || undefined}
                      aria-describedby={invalid ? errorId : undefined}
                      {...register(`lines.${i}.${name}`)}
                    />
                  </div>
                );
              })}
              <span className="draft-amount">{money(amounts[i] ?? 0, currency)}</span>
              <button type="button" className="icon-button" aria-label={`Remove line ${i + 1}`} title="Remove line" onClick={() => remove(i)}>
                <Trash2 size={15} aria-hidden="true" />
              </button>
            </div>
            <div className="draft-line-desc">
              <label htmlFor={`${baseId}-${i}-description`} className="visually-hidden">
                Description
              </label>
              <input
                id={`${baseId}-${i}-description`}
                className="input input-compact"
                autoComplete="off"
                placeholder="Description"
                aria-invalid={e?.description ? true : undefined}
                aria-describedby={e?.description ? errorId : undefined}
                {...register(`lines.${i}.description`)}
              />
              {line && line.minutes > 0 && <span className="paper-units">{unitsText({ code: line.code, minutes: line.minutes, units: Number(line.units) || 0 })}</span>}
            </div>
            {messages.length > 0 && (
              <p id={errorId} className="field-error">
                {messages.join(' · ')}
              </p>
            )}
          </div>
        );
      })}
      {typeof errors?.message === 'string' && <p className="field-error">{errors.message}</p>}
      <div className="draft-add">
        <label htmlFor={`${baseId}-service`} className="visually-hidden">
          Service to add
        </label>
        <select id={`${baseId}-service`} className="input select input-compact" value={serviceId} onChange={(ev) => setServiceId(ev.target.value)}>
          {services.map((s) => (
            <option key={s.id} value={s.id}>
              {s.code ? `${s.code} — ${s.description}` : s.description} ({money(s.feeCents, currency)})
            </option>
          ))}
          <option value="">Custom line</option>
        </select>
        <button type="button" className="button button-secondary button-small" onClick={addLine}>
          <Plus size={14} aria-hidden="true" />
          Add line
        </button>
      </div>
    </div>
  );
}
