// Settings → Encryption (owner only): whether the database and its backups are encrypted at rest,
// and how the key is kept; turning it on (recommended) with the computer's keychain or a
// passphrase, the recovery key shown once to print; changing the passphrase or the recovery key;
// turning it off, asked about first. Turning it on or off rewrites the database through the host
// (security/setEncryption), which takes a moment for a large clinic.
import { zodResolver } from '@hookform/resolvers/zod';
import { KeyRound, Lock, LockOpen, Printer, ShieldCheck } from 'lucide-react';
import { useId, useState, type FormEvent } from 'react';
import { useForm } from 'react-hook-form';
import { PassphraseForm, type EncryptionStatus, type PassphraseFormValues } from '../../../shared/schemas/encryption';
import { call } from '../api';
import { useClinic } from '../ClinicContext';
import { Dialog } from '../components/Dialog';
import { TextField } from '../components/Field';
import { ErrorBanner, Loading } from '../components/Status';
import { useToast } from '../components/Toast';
import { formatInstant } from '../format';
import { applyServerErrors } from '../hooks/serverErrors';
import { messageOf, useCall } from '../hooks/useCall';
import './encryption.css';

type Step = 'turn-on' | 'turn-off' | 'passphrase' | 'recovery' | null;

export function EncryptionCard() {
  const status = useCall('security/encryption', {});
  const [step, setStep] = useState<Step>(null);
  /** The recovery key just made, shown until the owner says it is stored; and what the switch said. */
  const [shown, setShown] = useState<{ recoveryKey: string | null; message: string } | null>(null);
  const close = () => setStep(null);
  const done = (next: EncryptionStatus, result: { recoveryKey: string | null; message: string }) => {
    status.setData(next);
    setStep(null);
    setShown(result);
  };

  return (
    <section className="card encryption-card" aria-labelledby="settings-encryption">
      <h2 id="settings-encryption" className="card-title">
        Encryption
      </h2>
      {status.error && !status.data ? (
        <ErrorBanner message={status.error} onRetry={status.reload} />
      ) : !status.data ? (
        <Loading />
      ) : (
        <EncryptionSummary status={status.data} onStep={setStep} />
      )}
      {shown && <SwitchResult {...shown} onDone={() => setShown(null)} />}

      {status.data && (
        <>
          <TurnOnDialog open={step === 'turn-on'} status={status.data} onClose={close} onDone={done} />
          <TurnOffDialog open={step === 'turn-off'} onClose={close} onDone={done} />
          <PassphraseDialog open={step === 'passphrase'} onClose={close} onDone={(next) => done(next, { recoveryKey: null, message: 'The passphrase was changed. Use the new one from the next start.' })} />
          <RecoveryKeyDialog open={step === 'recovery'} onClose={close} onDone={(recoveryKey) => done(status.data!, { recoveryKey, message: 'A new recovery key was made; the old one no longer works.' })} />
        </>
      )}
    </section>
  );
}

function EncryptionSummary({ status, onStep }: { status: EncryptionStatus; onStep: (step: Step) => void }) {
  const { clinic } = useClinic();
  if (status.demo) return <p className="muted">The demo clinic holds only sample data and is never encrypted.</p>;
  const backups = status.backups;
  return (
    <>
      {status.enabled ? (
        <p className="encryption-state encryption-state-on" role="status">
          <Lock size={16} aria-hidden="true" />
          <span>
            <strong>Encryption is on.</strong> The database and its backups are encrypted with {status.cipher}
            {status.since ? ` since ${formatInstant(status.since, clinic.timeZone)}` : ''}.{' '}
            {status.protection === 'os-keychain'
              ? 'The key is kept in this computer’s keychain, so Palpate opens without a passphrase for this user on this computer.'
              : 'Palpate asks for the passphrase every time it starts.'}
          </span>
        </p>
      ) : (
        <p className="encryption-state encryption-state-off" role="status">
          <LockOpen size={16} aria-hidden="true" />
          <span>
            <strong>Encryption is off.</strong> Anyone who copies Palpate’s files from this computer, or a backup, can read every client record. Turning
            it on is recommended.
          </span>
        </p>
      )}
      {backups.mismatched > 0 && (
        <p className="banner banner-notice" role="note">
          {backups.mismatched} of {backups.total} backups are {status.enabled ? 'not encrypted yet' : 'still encrypted'} (the change was interrupted, or
          the second backup folder was not reachable). {status.enabled ? 'Choose “Encrypt remaining backups” to finish.' : ''}
        </p>
      )}
      {status.enabled && status.setAside.plain > 0 && (
        <p className="muted">
          {status.setAside.plain} older database {status.setAside.plain === 1 ? 'copy' : 'copies'} set aside by restores (in the “replaced” folder) {status.setAside.plain === 1 ? 'is' : 'are'} not
          encrypted. Palpate never deletes them; move them somewhere safe or delete them yourself once you no longer need them.
        </p>
      )}
      <div className="encryption-actions">
        {status.enabled ? (
          <>
            {backups.mismatched > 0 && (
              <button type="button" className="button button-secondary button-small" onClick={() => onStep('turn-on')}>
                <ShieldCheck size={14} aria-hidden="true" />
                Encrypt remaining backups
              </button>
            )}
            {status.protection === 'passphrase' && (
              <button type="button" className="button button-secondary button-small" onClick={() => onStep('passphrase')}>
                <KeyRound size={14} aria-hidden="true" />
                Change passphrase
              </button>
            )}
            <button type="button" className="button button-secondary button-small" onClick={() => onStep('recovery')}>
              <KeyRound size={14} aria-hidden="true" />
              New recovery key
            </button>
            <button type="button" className="button button-secondary button-small" onClick={() => onStep('turn-off')}>
              <LockOpen size={14} aria-hidden="true" />
              Turn off encryption
            </button>
          </>
        ) : (
          <button type="button" className="button button-primary button-small" onClick={() => onStep('turn-on')}>
            <Lock size={14} aria-hidden="true" />
            Turn on encryption (recommended)
          </button>
        )}
      </div>
    </>
  );
}

type DoneWith = (next: EncryptionStatus, result: { recoveryKey: string | null; message: string }) => void;

/** The passphrase twice, with the rules beside the field. */
function PassphraseFields({ form }: { form: ReturnType<typeof usePassphraseForm> }) {
  const { register, formState } = form;
  return (
    <>
      <TextField
        label="Passphrase"
        type="password"
        autoComplete="new-password"
        required
        reg={register('passphrase')}
        error={formState.errors.passphrase?.message}
        hint="At least 10 characters. A few ordinary words are easier to remember than symbols."
        data-autofocus
      />
      <TextField label="Passphrase again" type="password" autoComplete="new-password" required reg={register('confirm')} error={formState.errors.confirm?.message} />
    </>
  );
}

const usePassphraseForm = () => useForm<PassphraseFormValues>({ resolver: zodResolver(PassphraseForm), defaultValues: { passphrase: '', confirm: '' } });

function TurnOnDialog({ open, status, onClose, onDone }: { open: boolean; status: EncryptionStatus; onClose: () => void; onDone: DoneWith }) {
  const form = usePassphraseForm();
  const [usePassphrase, setUsePassphrase] = useState(false);
  const [banner, setBanner] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const hintId = useId();
  const needsPassphrase = !status.keychainAvailable || usePassphrase;
  const finishing = status.enabled;

  async function turnOn(passphrase: string | undefined) {
    setBanner(null);
    setBusy(true);
    try {
      const change = await call('security/setEncryption', passphrase === undefined ? { enabled: true } : { enabled: true, passphrase });
      form.reset();
      onDone(change.status, change);
    } catch (error) {
      setBanner(applyServerErrors(error, form.setError));
    } finally {
      setBusy(false);
    }
  }

  const submit = needsPassphrase && !finishing ? form.handleSubmit((values) => turnOn(values.passphrase)) : (e: FormEvent) => {
          e.preventDefault();
          void turnOn(undefined);
        };

  return (
    <Dialog
      open={open}
      onClose={busy ? () => undefined : onClose}
      title={finishing ? 'Encrypt the remaining backups' : 'Turn on encryption'}
      description={
        finishing
          ? 'Backups that are not encrypted yet are rewritten encrypted, one by one, each checked before it replaces the original.'
          : 'Palpate makes a backup, writes an encrypted copy of the database, checks it, and switches to it. Backups are encrypted too. For a large clinic this takes a minute; nothing else can be done meanwhile.'
      }
    >
      <form onSubmit={submit} noValidate className="form">
        {banner && <ErrorBanner message={banner} />}
        {!finishing && status.keychainAvailable && (
          <div className="field field-checkbox">
            <label className="checkbox">
              <input type="checkbox" checked={usePassphrase} onChange={(e) => setUsePassphrase(e.currentTarget.checked)} aria-describedby={hintId} />
              <span>Ask for a passphrase at every start instead</span>
            </label>
            <p id={hintId} className="field-hint">
              Without it, the key is kept in this computer’s keychain and Palpate opens as it does now.
            </p>
          </div>
        )}
        {!finishing && !status.keychainAvailable && (
          <p className="muted">This computer has no keychain Palpate can keep the key in, so Palpate will ask for a passphrase every time it starts.</p>
        )}
        {!finishing && needsPassphrase && <PassphraseFields form={form} />}
        {busy && (
          <p className="muted" role="status">
            Encrypting… Keep Palpate open.
          </p>
        )}
        <div className="form-actions">
          <button type="button" className="button button-secondary" onClick={onClose} disabled={busy}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={busy} data-autofocus={needsPassphrase ? undefined : true}>
            {busy ? 'Encrypting…' : finishing ? 'Encrypt backups' : 'Turn on encryption'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

function TurnOffDialog({ open, onClose, onDone }: { open: boolean; onClose: () => void; onDone: DoneWith }) {
  const [banner, setBanner] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function turnOff() {
    setBanner(null);
    setBusy(true);
    try {
      const change = await call('security/setEncryption', { enabled: false });
      onDone(change.status, change);
    } catch (error) {
      setBanner(messageOf(error));
    } finally {
      setBusy(false);
    }
  }
  return (
    <Dialog
      open={open}
      onClose={busy ? () => undefined : onClose}
      title="Turn off encryption?"
      description="The database and every backup will be stored unencrypted again: anyone who copies Palpate’s files, or a backup, can then read every client record. A backup is made first; the key file is kept, renamed, in case an encrypted copy turns up later."
    >
      {banner && <ErrorBanner message={banner} />}
      {busy && (
        <p className="muted" role="status">
          Decrypting… Keep Palpate open.
        </p>
      )}
      <div className="form-actions">
        <button type="button" className="button button-secondary" onClick={onClose} disabled={busy} data-autofocus>
          Keep it on
        </button>
        <button type="button" className="button button-danger" onClick={() => void turnOff()} disabled={busy}>
          {busy ? 'Decrypting…' : 'Turn off encryption'}
        </button>
      </div>
    </Dialog>
  );
}

function PassphraseDialog({ open, onClose, onDone }: { open: boolean; onClose: () => void; onDone: (next: EncryptionStatus) => void }) {
  const form = usePassphraseForm();
  const [banner, setBanner] = useState<string | null>(null);
  const submit = form.handleSubmit(async (values) => {
    setBanner(null);
    try {
      const next = await call('security/changePassphrase', { passphrase: values.passphrase });
      form.reset();
      onDone(next);
    } catch (error) {
      setBanner(applyServerErrors(error, form.setError));
    }
  });
  return (
    <Dialog open={open} onClose={onClose} title="Change the passphrase" description="Only the way to the key changes: the database is not rewritten. The recovery key stays the same.">
      <form onSubmit={submit} noValidate className="form">
        {banner && <ErrorBanner message={banner} />}
        <PassphraseFields form={form} />
        <div className="form-actions">
          <button type="button" className="button button-secondary" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={form.formState.isSubmitting}>
            Change passphrase
          </button>
        </div>
      </form>
    </Dialog>
  );
}

function RecoveryKeyDialog({ open, onClose, onDone }: { open: boolean; onClose: () => void; onDone: (recoveryKey: string) => void }) {
  const [banner, setBanner] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function make() {
    setBanner(null);
    setBusy(true);
    try {
      onDone((await call('security/newRecoveryKey', {})).recoveryKey);
    } catch (error) {
      setBanner(messageOf(error));
    } finally {
      setBusy(false);
    }
  }
  return (
    <Dialog open={open} onClose={onClose} title="Make a new recovery key?" description="Do this if the printed recovery key was lost or seen by someone else. The old one stops working at once.">
      {banner && <ErrorBanner message={banner} />}
      <div className="form-actions">
        <button type="button" className="button button-secondary" onClick={onClose} data-autofocus>
          Cancel
        </button>
        <button type="button" className="button button-primary" onClick={() => void make()} disabled={busy}>
          Make a new recovery key
        </button>
      </div>
    </Dialog>
  );
}

/** What the switch said, and the recovery key when one was made: shown once, to print. */
function SwitchResult({ recoveryKey, message, onDone }: { recoveryKey: string | null; message: string; onDone: () => void }) {
  const { clinic } = useClinic();
  const toast = useToast();
  if (!recoveryKey) {
    return (
      <div className="encryption-result" role="status">
        <p>{message}</p>
        <button type="button" className="button button-secondary button-small" onClick={onDone}>
          OK
        </button>
      </div>
    );
  }
  return (
    <div className="encryption-result" role="status">
      <p>{message}</p>
      <div className="encryption-key-sheet">
        <h3 className="encryption-key-title">
          <KeyRound size={18} aria-hidden="true" />
          Recovery key for {clinic.name}’s Palpate database
        </h3>
        <p className="encryption-key" aria-label="Recovery key">
          {recoveryKey}
        </p>
        <p className="encryption-key-print-only">
          Palpate · printed {new Date().toLocaleDateString()} · Enter it at Palpate’s start (“Use the recovery key”) if the passphrase is forgotten or
          the computer’s keychain is lost. Keep it away from the computer.
        </p>
      </div>
      <div className="encryption-actions">
        <button type="button" className="button button-secondary button-small" onClick={() => window.print()}>
          <Printer size={14} aria-hidden="true" />
          Print
        </button>
        <button
          type="button"
          className="button button-primary button-small"
          onClick={() => {
            onDone();
            toast('Recovery key stored: it will not be shown again');
          }}
        >
          I have printed or stored it
        </button>
      </div>
    </div>
  );
}
