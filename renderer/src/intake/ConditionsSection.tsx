// Health conditions: a checkbox each; ticking one reveals its follow-up questions right under it,
// next in Tab order, so nothing is asked that does not apply.
import type { ReactNode } from 'react';
import { useWatch } from 'react-hook-form';
import { CheckboxField, FormSection, numberOrNull, TextField } from '../components/Field';
import type { SectionProps } from './IntakeFields';

function Reveal({ open, children }: { open: boolean; children: ReactNode }) {
  if (!open) return null;
  return <div className="condition-details field-grid">{children}</div>;
}

export function ConditionsSection({ register, errors, control }: SectionProps) {
  const c = useWatch({ control, name: 'answers.conditions' });
  const e = errors.answers?.conditions;
  const p = 'answers.conditions' as const;
  return (
    <FormSection title="Health conditions" description="Tick everything that applies to you now or recently.">
      <div className="field-wide condition-list">
        <div className="condition">
          <CheckboxField label="High blood pressure (hypertension)" reg={register(`${p}.hypertension.present`)} />
          <Reveal open={!!c?.hypertension?.present}>
            <CheckboxField label="Blood pressure is controlled" hint="With medication or otherwise." reg={register(`${p}.hypertension.controlled`)} />
          </Reveal>
        </div>

        <div className="condition">
          <CheckboxField label="Heart disease" reg={register(`${p}.heartDisease.present`)} />
          <Reveal open={!!c?.heartDisease?.present}>
            <CheckboxField label="Has a pacemaker" reg={register(`${p}.heartDisease.pacemaker`)} />
          </Reveal>
        </div>

        <div className="condition">
          <CheckboxField label="Blood clot / deep vein thrombosis (DVT)" reg={register(`${p}.dvt.present`)} />
          <Reveal open={!!c?.dvt?.present}>
            <CheckboxField label="Cleared for massage by a physician" reg={register(`${p}.dvt.clearedByPhysician`)} />
          </Reveal>
        </div>

        <div className="condition">
          <CheckboxField label="Bleeding disorder" reg={register('answers.bleedingDisorder')} />
        </div>

        <div className="condition">
          <CheckboxField label="Cancer" reg={register(`${p}.cancer.present`)} />
          <Reveal open={!!c?.cancer?.present}>
            <CheckboxField label="In active treatment" hint="Chemotherapy, radiation or immunotherapy." wide reg={register(`${p}.cancer.activeTreatment`)} />
            <TextField label="Last chemotherapy date" type="date" reg={register(`${p}.cancer.lastChemotherapyDate`)} error={e?.cancer?.lastChemotherapyDate?.message} />
            <TextField label="Next chemotherapy date" type="date" reg={register(`${p}.cancer.nextChemotherapyDate`)} error={e?.cancer?.nextChemotherapyDate?.message} />
            <TextField label="Port site" autoComplete="off" placeholder="e.g. right upper chest" reg={register(`${p}.cancer.portSite`)} error={e?.cancer?.portSite?.message} />
            <TextField label="Radiation sites" autoComplete="off" reg={register(`${p}.cancer.radiationSites`)} error={e?.cancer?.radiationSites?.message} />
          </Reveal>
        </div>

        <div className="condition">
          <CheckboxField label="Pregnancy" reg={register(`${p}.pregnancy.present`)} />
          <Reveal open={!!c?.pregnancy?.present}>
            <TextField
              label="Weeks pregnant"
              type="number"
              inputMode="numeric"
              min={1}
              max={42}
              reg={register(`${p}.pregnancy.weeks`, { setValueAs: numberOrNull })}
              error={e?.pregnancy?.weeks?.message}
            />
            <div className="field-stack">
              <CheckboxField label="High-risk pregnancy" reg={register(`${p}.pregnancy.highRisk`)} />
              <CheckboxField label="Cleared for massage by an obstetrician (OB)" reg={register(`${p}.pregnancy.obClearance`)} />
            </div>
          </Reveal>
        </div>

        <div className="condition">
          <CheckboxField label="Surgery in the last 6 months" reg={register(`${p}.recentSurgery.present`)} />
          <Reveal open={!!c?.recentSurgery?.present}>
            <TextField label="Surgery date" type="date" reg={register(`${p}.recentSurgery.date`)} error={e?.recentSurgery?.date?.message} />
            <TextField label="Surgery site" autoComplete="off" placeholder="e.g. left knee" reg={register(`${p}.recentSurgery.where`)} error={e?.recentSurgery?.where?.message} />
          </Reveal>
        </div>

        <div className="condition">
          <CheckboxField label="Skin condition (rash, infection)" reg={register(`${p}.skinCondition.present`)} />
          <Reveal open={!!c?.skinCondition?.present}>
            <TextField label="Skin condition area" autoComplete="off" reg={register(`${p}.skinCondition.where`)} error={e?.skinCondition?.where?.message} />
            <CheckboxField label="Contagious" className="field-align-end" reg={register(`${p}.skinCondition.contagious`)} />
          </Reveal>
        </div>

        <div className="condition-simple">
          <CheckboxField label="Diabetes" reg={register(`${p}.diabetes`)} />
          <CheckboxField label="Neuropathy (numbness, reduced feeling)" reg={register(`${p}.neuropathy`)} />
          <CheckboxField label="Osteoporosis" reg={register(`${p}.osteoporosis`)} />
          <CheckboxField label="Epilepsy / seizures" reg={register(`${p}.epilepsy`)} />
          <CheckboxField label="Fibromyalgia" reg={register(`${p}.fibromyalgia`)} />
        </div>
      </div>
    </FormSection>
  );
}
