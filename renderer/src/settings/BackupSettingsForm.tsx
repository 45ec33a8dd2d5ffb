// Where backup copies go and how many are kept: a second folder the owner picks (a USB drive, a
// NAS folder) and the rotation numbers. Saved beside the database, so a restore keeps them.
import { zodResolver } from '@hookform/resolvers/zod';
import { FolderOpen } from 'lucide-react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { absoluteFolder, backupRotationFields, type BackupSettings } from '../../../shared/schemas/backup';
import { call } from '../api';
import { TextField } from '../components/Field';
import { ErrorBanner } from '../components/Status';
import { useToast } from '../components/Toast';
import { applyServerErrors } from '../hooks/serverErrors';
import { messageOf } from '../hooks/useCall';

const SettingsForm = z
  .object({
    // '' means "no second folder".
    secondFolder: z.union([z.literal(''), absoluteFolder]),
    ...backupRotationFields,
  })
  .strict();
type SettingsFormValues = z.input<typeof SettingsForm>;
type SettingsFormOutput = z.output<typeof SettingsForm>;

export function BackupSettingsForm({ settings, onSaved }: { settings: BackupSettings; onSaved: () => void }) {
  const toast = useToast();
  const [banner, setBanner] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    setValue,
    reset,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<SettingsFormValues, unknown, SettingsFormOutput>({
    resolver: zodResolver(SettingsForm),
    defaultValues: { ...settings, secondFolder: settings.secondFolder ?? '' },
  });

  async function choose() {
    setBanner(null);
    try {
      const chosen = await call('backups/chooseFolder', {});
      if (!chosen.cancelled) setValue('secondFolder', chosen.path, { shouldDirty: true, shouldValidate: true });
    } catch (e) {
      setBanner(messageOf(e));
    }
  }

  const onSubmit = handleSubmit(async (values) => {
    setBanner(null);
    try {
      const saved = await call('backups/saveSettings', { ...values, secondFolder: values.secondFolder === '' ? null : values.secondFolder });
      reset({ ...saved, secondFolder: saved.secondFolder ?? '' });
      toast('Backup settings saved');
      onSaved();
    } catch (error) {
      setBanner(applyServerErrors(error, setError));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="form backup-settings" aria-labelledby="backup-settings-title">
      <h3 id="backup-settings-title" className="backup-subtitle">
        Copies and how many are kept
      </h3>
      {banner && <ErrorBanner message={banner} />}
      <div className="backup-folder-row">
        <TextField
          label="Second backup folder"
          placeholder="None: backups stay in Palpate’s own folder only"
          reg={register('secondFolder')}
          error={errors.secondFolder?.message}
          hint="Every backup is also copied here, ideally a USB drive or another computer’s shared folder. Leave empty for none."
        />
        <button type="button" className="button button-secondary" onClick={() => void choose()}>
          <FolderOpen size={14} aria-hidden="true" />
          Choose folder…
        </button>
      </div>
      <div className="field-grid backup-rotation">
        <TextField label="Backups kept from today" type="number" min={1} max={50} reg={register('keepToday', { valueAsNumber: true })} error={errors.keepToday?.message} hint="The newest ones." />
        <TextField label="Days with a daily backup" type="number" min={0} max={366} reg={register('keepDays', { valueAsNumber: true })} error={errors.keepDays?.message} hint="One per day, the last of that day." />
        <TextField label="Months with a monthly backup" type="number" min={0} max={120} reg={register('keepMonths', { valueAsNumber: true })} error={errors.keepMonths?.message} hint="One per month, for older months." />
      </div>
      <p className="muted backup-rotation-note">Older backups are removed only by this rotation, and never the newest one.</p>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={isSubmitting}>
          {isSubmitting ? 'Saving…' : 'Save backup settings'}
        </button>
        {isDirty && <span className="muted">Unsaved changes</span>}
      </div>
    </form>
  );
}
