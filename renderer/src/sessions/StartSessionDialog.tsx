// "Start session": who, when, and what the note starts from — blank, the last signed note carried
// forward (findings, modalities, plan, home care), or one of the practitioner's templates.
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useNavigate } from 'react-router';
import type { z } from 'zod';
import { SessionStartInput } from '../../../shared/schemas/session';
import { call } from '../api';
import { useClinic, useToday } from '../ClinicContext';
import { Dialog } from '../components/Dialog';
import { SelectField, TextField } from '../components/Field';
import { ErrorBanner } from '../components/Status';
import { applyServerErrors } from '../hooks/serverErrors';
import { useCall } from '../hooks/useCall';
import { notifySessionsChanged, practitionerName, roundedNow, usePractitioners } from './useSessions';

const StartSchema = SessionStartInput.omit({ clientId: true });
type StartValues = z.input<typeof StartSchema>;
type StartOutput = z.output<typeof StartSchema>;

interface Props {
  open: boolean;
  clientId: string;
  /** False when the client has no signed session to copy forward. */
  canCopyForward: boolean;
  onClose: () => void;
}

export function StartSessionDialog({ open, onClose, ...rest }: Props) {
  return (
    <Dialog open={open} onClose={onClose} title="Start session" className="dialog-small" description={<p>The note saves itself as a draft as you type.</p>}>
      <StartSessionForm onCancel={onClose} {...rest} />
    </Dialog>
  );
}

function StartSessionForm({ clientId, canCopyForward, onCancel }: Omit<Props, 'open' | 'onClose'> & { onCancel: () => void }) {
  const navigate = useNavigate();
  const { clinic } = useClinic();
  const today = useToday();
  const { active } = usePractitioners();
  const [banner, setBanner] = useState<string | null>(null);
  const [defaults] = useState(() => ({ sessionDate: today, startTime: roundedNow(clinic.timeZone) }));
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<StartValues, unknown, StartOutput>({
    resolver: zodResolver(StartSchema),
    values: { practitionerId: active[0]?.id ?? '', ...defaults, from: 'blank' },
    resetOptions: { keepDirtyValues: true },
  });
  const practitionerId = useWatch({ control, name: 'practitionerId' }) ?? '';
  const templates = useCall('templates/list', { practitionerId });

  const onSubmit = handleSubmit(async (values) => {
    setBanner(null);
    try {
      const session = await call('sessions/start', { clientId, ...values });
      notifySessionsChanged(clientId);
      navigate(`/clients/${clientId}/sessions/${session.id}`);
    } catch (error) {
      setBanner(applyServerErrors(error, setError));
    }
  });

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate className="form">
      {banner && <ErrorBanner message={banner} />}
      <div className="field-grid">
        <SelectField
          label="Practitioner"
          wide
          reg={register('practitionerId')}
          error={errors.practitionerId?.message}
          options={active.map((p) => ({ value: p.id, label: practitionerName(p) }))}
        />
        <TextField label="Date" type="date" reg={register('sessionDate')} error={errors.sessionDate?.message} />
        <TextField label="Start time" type="time" reg={register('startTime')} error={errors.startTime?.message} />
      </div>
      <fieldset className="choice-group start-from">
        <legend className="field-label">Start from</legend>
        <div className="start-from-options">
          <label className="checkbox">
            <input type="radio" value="blank" {...register('from')} data-autofocus />
            <span>Blank note</span>
          </label>
          <label className={canCopyForward ? 'checkbox' : 'checkbox is-disabled'}>
            <input type="radio" value="last" disabled={!canCopyForward} aria-describedby="copy-forward-hint" {...register('from')} />
            <span>Copy forward from last signed session</span>
          </label>
          <p id="copy-forward-hint" className="field-hint start-from-hint">
            {canCopyForward
              ? 'Carries over findings, modalities, plan and home care. Pain scores and acknowledgments start fresh.'
              : 'No signed session yet: there is nothing to copy forward.'}
          </p>
          {(templates.data ?? []).map((t) => (
            <label key={t.id} className="checkbox">
              <input type="radio" value={t.id} {...register('from')} />
              <span>Template: {t.name}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="dialog-actions">
        <button type="button" className="button button-secondary" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button button-primary" disabled={isSubmitting || active.length === 0}>
          {isSubmitting ? 'Starting…' : 'Start session'}
        </button>
      </div>
    </form>
  );
}
