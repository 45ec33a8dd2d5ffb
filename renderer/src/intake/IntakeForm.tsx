// Filling in an intake: the shared schema drives the form; a draft saves itself about a second
// after typing stops (so closing the app loses nothing), and "Sign intake" stores the answers with
// the consent signature and locks them for good.
import { zodResolver } from '@hookform/resolvers/zod';
import { ClipboardSignature } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { useForm, useWatch, type Control } from 'react-hook-form';
import { evaluatePrecautions } from '../../../shared/domain/precautions';
import { IntakeDraftAnswers, type Intake, type IntakeAnswers } from '../../../shared/schemas/intake';
import { call } from '../api';
import { useToday } from '../ClinicContext';
import { AlertChips } from '../client/AlertChips';
import { ErrorBanner } from '../components/Status';
import { formatClockTime } from '../format';
import { applyServerErrors } from '../hooks/serverErrors';
import { messageOf, useCall } from '../hooks/useCall';
import { MOD_LABEL, useSaveShortcut } from '../hooks/useShortcut';
import { ConditionsSection } from './ConditionsSection';
import { ConsentSection } from './ConsentSection';
import { AllergiesSection, MedicationsSection, PreferencesSection, ReasonSection } from './IntakeFields';
import {
  draftAnswers,
  firstDraftProblem,
  formValuesFrom,
  IntakeFormSchema,
  previewAnswers,
  type IntakeFormOutput,
  type IntakeFormValues,
} from './intakeForm';

/** "About 1 s after typing stops" (DESIGN.md: a draft is at most ~1 s behind the screen). */
const AUTOSAVE_MS = 1000;

type SaveStatus =
  | { kind: 'new' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'incomplete'; message: string }
  | { kind: 'failed'; message: string };

interface Props {
  clientId: string;
  /** The draft being continued; absent for a new intake until its first save. */
  intakeId?: string | undefined;
  initial: IntakeAnswers;
  /** When the draft was last saved (its updatedAt). */
  savedAt?: string | undefined;
  handOff: boolean;
  onSaved: (intake: Intake) => void;
  onSigned: (intake: Intake) => void;
}

export function IntakeForm({ clientId, intakeId, initial, savedAt, handOff, onSaved, onSigned }: Props) {
  const [banner, setBanner] = useState<string | null>(null);
  const [status, setStatus] = useState<SaveStatus>(savedAt ? { kind: 'saved', at: new Date(savedAt) } : { kind: 'new' });
  const {
    register,
    control,
    handleSubmit,
    setError,
    getValues,
    subscribe,
    formState: { errors, isSubmitting },
  } = useForm<IntakeFormValues, unknown, IntakeFormOutput>({
    resolver: zodResolver(IntakeFormSchema),
    defaultValues: formValuesFrom(initial),
  });

  // Autosave state lives in refs: it must not re-render the form, and saves run one at a time.
  const idRef = useRef(intakeId);
  const [initialJson] = useState(() => JSON.stringify(IntakeDraftAnswers.safeParse(draftAnswers(initial)).data ?? null));
  const lastSaved = useRef(initialJson);
  const timer = useRef<number | undefined>(undefined);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const locked = useRef(false);
  const callbacks = useRef({ onSaved });
  useEffect(() => {
    callbacks.current = { onSaved };
  });

  function saveNow(): Promise<void> {
    window.clearTimeout(timer.current);
    timer.current = undefined;
    queue.current = queue.current.then(async () => {
      if (locked.current) return;
      const answers = draftAnswers(getValues('answers') ?? {});
      const parsed = IntakeDraftAnswers.safeParse(answers);
      if (!parsed.success) {
        setStatus({ kind: 'incomplete', message: firstDraftProblem(answers) ?? 'Some answers are not valid yet' });
        return;
      }
      const json = JSON.stringify(parsed.data);
      if (json === lastSaved.current) {
        setStatus((s) => (s.kind === 'incomplete' || s.kind === 'failed' ? (idRef.current ? { kind: 'saved', at: new Date() } : { kind: 'new' }) : s));
        return;
      }
      setStatus({ kind: 'saving' });
      try {
        const saved = await call('intakes/saveDraft', { clientId, ...(idRef.current ? { id: idRef.current } : {}), answers: parsed.data });
        idRef.current = saved.id;
        lastSaved.current = json;
        setStatus({ kind: 'saved', at: new Date(saved.updatedAt) });
        callbacks.current.onSaved(saved);
      } catch (error) {
        setStatus({ kind: 'failed', message: messageOf(error) });
      }
    });
    return queue.current;
  }

  // Any change (re)starts the timer; leaving the form saves what is pending right away.
  useEffect(() => {
    const unsubscribe = subscribe({
      formState: { values: true },
      callback: () => {
        window.clearTimeout(timer.current);
        timer.current = window.setTimeout(() => void saveNow(), AUTOSAVE_MS);
      },
    });
    return () => {
      unsubscribe();
      if (timer.current !== undefined) void saveNow();
    };
    // saveNow reads refs only; subscribing once is intended.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [subscribe]);

  useSaveShortcut(() => void saveNow());

  async function sign(values: IntakeFormOutput) {
    setBanner(null);
    window.clearTimeout(timer.current);
    timer.current = undefined;
    await queue.current;
    locked.current = true;
    try {
      const signed = await call('intakes/sign', {
        clientId,
        ...(idRef.current ? { id: idRef.current } : {}),
        answers: values.answers,
        signature: values.signature,
      });
      onSigned(signed);
    } catch (error) {
      locked.current = false;
      setBanner(applyServerErrors(error, setError));
    }
  }

  return (
    <form className="form intake-form" onSubmit={(e) => void handleSubmit(sign)(e)} noValidate aria-label="Intake form">
      {banner && <ErrorBanner message={banner} />}
      <p className="muted form-legend">
        Fields marked <span className="field-required">*</span> are required. Answers are saved as you go
        {handOff ? '.' : (
          <>
            {' '}
            (<kbd>{MOD_LABEL}</kbd> <kbd>S</kbd> saves at once).
          </>
        )}
      </p>
      <ReasonSection register={register} errors={errors} />
      <MedicationsSection register={register} errors={errors} control={control} />
      <AllergiesSection register={register} errors={errors} />
      <ConditionsSection register={register} errors={errors} control={control} />
      <PreferencesSection register={register} errors={errors} />
      <ConsentSection register={register} errors={errors} control={control} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={isSubmitting}>
          <ClipboardSignature size={16} aria-hidden="true" />
          {isSubmitting ? 'Signing…' : 'Sign intake'}
        </button>
        <span className="muted form-actions-hint">Once signed, an intake cannot be changed.</span>
      </div>
      <div className="form-actions-sticky intake-footer">
        <SaveStatusLine status={status} onRetry={() => void saveNow()} />
        {!handOff && <AlertPreview control={control} />}
      </div>
    </form>
  );
}

function SaveStatusLine({ status, onRetry }: { status: SaveStatus; onRetry: () => void }) {
  let text: string;
  switch (status.kind) {
    case 'new':
      text = 'Not saved yet';
      break;
    case 'saving':
      text = 'Saving…';
      break;
    case 'saved':
      text = `Draft saved ${formatClockTime(status.at)}`;
      break;
    case 'incomplete':
      text = `Draft not saved yet: ${status.message}`;
      break;
    case 'failed':
      text = `Draft not saved: ${status.message}`;
      break;
  }
  return (
    <p className={status.kind === 'failed' ? 'save-status save-status-failed' : 'save-status'} role="status">
      {text}
      {status.kind === 'failed' && (
        <>
          {' '}
          <button type="button" className="link-button" onClick={onRetry}>
            Retry
          </button>
        </>
      )}
    </p>
  );
}

/** The alerts these answers would raise, live, with the clinic's own rule table. */
function AlertPreview({ control }: { control: Control<IntakeFormValues> }) {
  const values = useWatch({ control, name: 'answers' });
  const rules = useCall('precautions/get', {});
  const today = useToday();
  if (!rules.data || !values) return null;
  const alerts = evaluatePrecautions(previewAnswers(values), rules.data.rules, today);
  return (
    <div className="alert-preview">
      <span className="alert-preview-label">{alerts.length ? 'Would raise:' : 'No precaution alerts from these answers.'}</span>
      <AlertChips alerts={alerts} label="Alerts these answers would raise" source="A preview from the answers on screen." />
    </div>
  );
}
