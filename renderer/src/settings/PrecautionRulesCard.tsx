// Settings → Precaution rules: the clinic's own wording, severity and modalities for each condition
// the intake can raise. When a rule applies is fixed in code (so it cannot be edited into silence);
// everything shown here can be changed, and every save is a new version.
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { PRECAUTIONS_DISCLAIMER } from '../../../shared/domain/precautions';
import { PrecautionRulesSaveInput, type PrecautionRulesState } from '../../../shared/schemas/chart';
import { call } from '../api';
import { Dialog } from '../components/Dialog';
import { TextField } from '../components/Field';
import { ErrorBanner, Loading } from '../components/Status';
import { useToast } from '../components/Toast';
import { useClinic } from '../ClinicContext';
import { formatInstantDate } from '../format';
import { applyServerErrors } from '../hooks/serverErrors';
import { messageOf, useCall } from '../hooks/useCall';
import { RuleFields, type RulesFormValues } from './RuleFields';

export function PrecautionRulesCard() {
  const state = useCall('precautions/get', {});
  return (
    <section className="card" aria-labelledby="settings-precautions">
      <h2 id="settings-precautions" className="card-title">
        Precaution rules
      </h2>
      {state.error && !state.data ? (
        <ErrorBanner message={state.error} onRetry={state.reload} />
      ) : !state.data ? (
        <Loading />
      ) : (
        <RulesForm key={state.data.version} state={state.data} onSaved={state.setData} />
      )}
    </section>
  );
}

function versionLine(s: PrecautionRulesState, timeZone: string): string {
  if (s.version === 0 || !s.savedAt) return 'Version 0: the built-in defaults, never edited.';
  return `Version ${s.version}, saved ${formatInstantDate(s.savedAt, timeZone)}${s.note ? ` — “${s.note}”` : ''}`;
}

function RulesForm({ state, onSaved }: { state: PrecautionRulesState; onSaved: (s: PrecautionRulesState) => void }) {
  const toast = useToast();
  const { clinic } = useClinic();
  const [banner, setBanner] = useState<string | null>(null);
  const [confirmReset, setConfirmReset] = useState(false);
  const [resetting, setResetting] = useState(false);
  const [resetError, setResetError] = useState<string | null>(null);
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<RulesFormValues, unknown, PrecautionRulesSaveInput>({
    resolver: zodResolver(PrecautionRulesSaveInput),
    defaultValues: { rules: state.rules, note: '' },
  });

  const onSubmit = handleSubmit(async (values) => {
    setBanner(null);
    try {
      const saved = await call('precautions/save', values);
      onSaved(saved);
      toast(`Precaution rules saved (version ${saved.version})`);
    } catch (error) {
      setBanner(applyServerErrors(error, setError));
    }
  });

  async function reset() {
    setResetting(true);
    setResetError(null);
    try {
      const saved = await call('precautions/reset', {});
      setConfirmReset(false);
      onSaved(saved);
      toast('Precaution rules reset to the defaults');
    } catch (error) {
      setResetError(messageOf(error));
    } finally {
      setResetting(false);
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="rules-form" aria-label="Precaution rules">
      <p className="muted">
        Intake answers raise these alerts on the client header. Reword them, change their severity and the modalities they
        name, or switch a rule off. Each save is kept as a new version.
      </p>
      <p className="rules-version">{versionLine(state, clinic.timeZone)}</p>
      <p className="disclaimer">{PRECAUTIONS_DISCLAIMER}</p>
      {banner && <ErrorBanner message={banner} />}
      <ul className="rules-list">
        {state.rules.map((rule, i) => (
          <li key={rule.id}>
            <RuleFields index={i} rule={rule} register={register} control={control} errors={errors} />
          </li>
        ))}
      </ul>
      <div className="form-actions form-actions-sticky rules-actions">
        <div className="rules-note">
          <TextField label="Note for this version" placeholder="Optional, e.g. “Reworded for our new oils”" autoComplete="off" reg={register('note')} error={errors.note?.message} />
        </div>
        <button type="submit" className="button button-primary" disabled={isSubmitting}>
          {isSubmitting ? 'Saving…' : 'Save rules'}
        </button>
        <button type="button" className="button button-secondary" onClick={() => setConfirmReset(true)}>
          Reset to defaults
        </button>
        {isDirty && <span className="muted">Unsaved changes</span>}
      </div>
      <Dialog
        open={confirmReset}
        onClose={() => setConfirmReset(false)}
        title="Reset precaution rules to the defaults?"
        className="dialog-small"
        description={<p>Every rule goes back to Palpate’s defaults, as a new version. Earlier versions stay in the history.</p>}
      >
        {resetError && <ErrorBanner message={resetError} />}
        <div className="dialog-actions">
          <button type="button" className="button button-secondary" onClick={() => setConfirmReset(false)} data-autofocus>
            Cancel
          </button>
          <button type="button" className="button button-primary" onClick={() => void reset()} disabled={resetting}>
            {resetting ? 'Resetting…' : 'Reset to defaults'}
          </button>
        </div>
      </Dialog>
    </form>
  );
}
