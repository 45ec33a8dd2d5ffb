// One precaution rule in Settings: on/off, name, severity, alert text, and the modalities it names.
import { Plus, Trash2 } from 'lucide-react';
import { useFieldArray, type Control, type FieldErrors, type UseFormRegister } from 'react-hook-form';
import { MODALITIES } from '../../../shared/domain/modalities';
import { DEFAULT_PRECAUTION_RULES, MODALITY_LEVELS, PRECAUTION_SEVERITIES, type PrecautionRule } from '../../../shared/domain/precaution-rules';
import type { PrecautionRulesSaveInput } from '../../../shared/schemas/chart';
import type { z } from 'zod';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../components/Field';
import { SEVERITY_LABELS } from '../client/AlertChips';

export type RulesFormValues = z.input<typeof PrecautionRulesSaveInput>;

const SEVERITY_OPTIONS = PRECAUTION_SEVERITIES.map((s) => ({ value: s, label: SEVERITY_LABELS[s] }));
const MODALITY_OPTIONS = [{ value: 'all', label: 'All modalities' }, ...MODALITIES.map((m) => ({ value: m.id, label: m.label }))];
const LEVEL_OPTIONS = MODALITY_LEVELS.map((l) => ({ value: l, label: l === 'contraindicated' ? 'Contraindicated' : 'Caution' }));

interface Props {
  index: number;
  /** The rule as loaded (its id names the condition). */
  rule: PrecautionRule;
  register: UseFormRegister<RulesFormValues>;
  control: Control<RulesFormValues>;
  errors: FieldErrors<RulesFormValues>;
}

export function RuleFields({ index: i, rule, register, control, errors }: Props) {
  const modalities = useFieldArray({ control, name: `rules.${i}.modalities` });
  const e = errors.rules?.[i];
  // The legend names the condition as shipped, so the group keeps its name while it is reworded.
  const name = DEFAULT_PRECAUTION_RULES.find((d) => d.id === rule.id)?.condition ?? rule.condition;
  return (
    <fieldset className="rule">
      <legend className="rule-legend">{name}</legend>
      <div className="rule-grid">
        <CheckboxField label="Enabled" reg={register(`rules.${i}.enabled`)} className="rule-enabled" />
        <TextField label="Condition" autoComplete="off" reg={register(`rules.${i}.condition`)} error={e?.condition?.message} hint="The title on the alert chip." />
        <SelectField label="Severity" options={SEVERITY_OPTIONS} reg={register(`rules.${i}.severity`)} error={e?.severity?.message} />
        <TextAreaField label="Alert text" rows={2} reg={register(`rules.${i}.alert`)} error={e?.alert?.message} />
      </div>
      <div className="rule-modalities">
        <p className="field-label">Modalities</p>
        {modalities.fields.length === 0 ? (
          <p className="muted">No modalities named.</p>
        ) : (
          <ul className="rule-modality-list">
            {modalities.fields.map((f, j) => (
              <li key={f.id} className="rule-modality" role="group" aria-label={`${name}: modality ${j + 1}`}>
                <SelectField label="Modality" hideLabel={j > 0} options={MODALITY_OPTIONS} reg={register(`rules.${i}.modalities.${j}.modality`)} error={e?.modalities?.[j]?.modality?.message} />
                <SelectField label="Level" hideLabel={j > 0} options={LEVEL_OPTIONS} reg={register(`rules.${i}.modalities.${j}.level`)} error={e?.modalities?.[j]?.level?.message} />
                <TextField label="Note" hideLabel={j > 0} autoComplete="off" reg={register(`rules.${i}.modalities.${j}.note`)} error={e?.modalities?.[j]?.note?.message} />
                <button type="button" className="button button-ghost button-small repeat-remove" onClick={() => modalities.remove(j)}>
                  <Trash2 size={14} aria-hidden="true" />
                  <span className="visually-hidden">Remove modality {j + 1} from {name}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
        <button
          type="button"
          className="button button-ghost button-small"
          onClick={() => modalities.append({ modality: 'swedish', level: 'caution', note: '' })}
          disabled={modalities.fields.length >= 20}
        >
          <Plus size={14} aria-hidden="true" />
          Add modality<span className="visually-hidden"> to {name}</span>
        </button>
      </div>
    </fieldset>
  );
}
