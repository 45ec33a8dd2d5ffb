// Charting a draft note: session details and SOAP on the left, the body map and findings on the
// right, modalities with their precautions below. Everything saves itself (useSessionAutosave);
// "Sign note" locks it once every precaution named by a chosen modality is acknowledged.
import { BookmarkPlus, FileDown } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { useForm, type Path } from 'react-hook-form';
import { makeAcknowledgment, missingAcknowledgments, PRECAUTIONS_DISCLAIMER, type Alert, type ModalityPrompt } from '../../../shared/domain/precautions';
import type { Practitioner } from '../../../shared/schemas/clinic';
import type { TreatmentPlan } from '../../../shared/schemas/plan';
import type { Referral } from '../../../shared/schemas/referral';
import type { Session } from '../../../shared/schemas/session';
import { call } from '../api';
import { ErrorBanner } from '../components/Status';
import { useToast } from '../components/Toast';
import { applyServerErrors } from '../hooks/serverErrors';
import { notifyClientChanged } from '../hooks/useClientHeader';
import { useSavePdf } from '../hooks/useSavePdf';
import { isModalOpen, isModKey, useKeydown, useSaveShortcut } from '../hooks/useShortcut';
import { FindingsPanel } from './FindingsPanel';
import { ModalitiesSection } from './ModalitiesSection';
import { SessionDetails, SoapFields } from './SessionFields';
import { chosenModalities, SessionFooter } from './SessionFooter';
import { contentOf, draftContent, finalContent, formValuesFrom, type FieldProblem, type SessionFormValues } from './sessionForm';
import { SessionToolbar } from './SessionToolbar';
import { SignDialog } from './SignDialog';
import { TemplateDialog } from './TemplateDialog';
import { useSessionAutosave } from './useSessionAutosave';
import { notifySessionsChanged, practitionerName } from './useSessions';

export interface SessionFormProps {
  session: Session;
  alerts: readonly Alert[];
  /** Loaded before the form, so each select has its options when it reads its value. */
  practitioners: Practitioner[];
  referrals: Referral[];
  plans: TreatmentPlan[];
  onSigned: (session: Session) => void;
}

export function SessionForm({ session, alerts, practitioners, referrals, plans, onSigned }: SessionFormProps) {
  const toast = useToast();
  const pdf = useSavePdf();
  const names = new Map(practitioners.map((p) => [p.id, practitionerName(p)]));
  const [initial] = useState(() => contentOf(session));
  const [banner, setBanner] = useState<string | null>(null);
  const [tried, setTried] = useState(false);
  const [signing, setSigning] = useState<{ busy: boolean; error: string | null } | null>(null);
  const [templating, setTemplating] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const problemsShown = useRef('[]');
  const { register, control, getValues, setValue, setError, clearErrors, subscribe, formState: { errors } } = useForm<SessionFormValues>({
    defaultValues: formValuesFrom(initial),
  });

  /** Puts each problem beside its field (only when they changed: setting errors re-renders the form). */
  function showProblems(problems: FieldProblem[], focus = false) {
    const json = JSON.stringify(problems);
    if (json === problemsShown.current && !focus) return;
    problemsShown.current = json;
    clearErrors();
    problems.forEach((p, i) => setError(p.path as Path<SessionFormValues>, { type: 'draft', message: p.message }, { shouldFocus: focus && i === 0 }));
  }

  const { status, schedule, saveNow, lock, unlock } = useSessionAutosave({
    sessionId: session.id,
    initial,
    savedAt: session.updatedAt,
    getValues,
    onProblems: showProblems,
  });

  // Any typed change restarts the autosave timer.
  useEffect(() => subscribe({ formState: { values: true }, callback: schedule }), [subscribe, schedule]);

  useSaveShortcut(() => void saveNow());
  useKeydown((e) => {
    if (isModKey(e) && e.key === 'Enter' && !e.altKey && !e.shiftKey && !isModalOpen()) {
      e.preventDefault();
      requestSign();
    }
  });

  function setFindings(findings: SessionFormValues['findings']) {
    setValue('findings', findings, { shouldDirty: true });
    schedule();
  }

  function acknowledge(prompt: ModalityPrompt) {
    const by = names.get(getValues('practitionerId')) ?? 'Unknown practitioner';
    const others = getValues('acknowledgments').filter((a) => !(a.ruleId === prompt.ruleId && a.modality === prompt.modality));
    setValue('acknowledgments', [...others, makeAcknowledgment({ prompt, by, at: new Date().toISOString() })], { shouldDirty: true });
    schedule();
  }

  function requestSign() {
    const values = getValues();
    setTried(true);
    if (missingAcknowledgments(alerts, chosenModalities(values.modalities), values.acknowledgments).length > 0) {
      // The list shows above "Sign note"; take the therapist to the first Acknowledge button.
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLButtonElement>('.prompt:not(.is-acknowledged) button')?.focus());
      return;
    }
    const { problems } = finalContent(values);
    if (problems.length > 0) {
      showProblems(problems, true);
      setBanner(`Check the fields marked in red before signing: ${problems[0]!.message}.`);
      return;
    }
    setBanner(null);
    setSigning({ busy: false, error: null });
  }

  async function sign(signedBy: string) {
    setSigning({ busy: true, error: null });
    await lock();
    const { content } = finalContent(getValues());
    if (!content) {
      unlock();
      setSigning(null);
      return;
    }
    try {
      const signed = await call('sessions/sign', { id: session.id, signedBy, ...content });
      notifyClientChanged(session.clientId);
      notifySessionsChanged(session.clientId);
      toast('Note signed');
      onSigned(signed);
    } catch (error) {
      unlock();
      setSigning({ busy: false, error: applyServerErrors(error, setError) });
    }
  }

  const actions = (
    <>
      <button type="button" className="button button-secondary" onClick={() => setTemplating(true)}>
        <BookmarkPlus size={16} aria-hidden="true" />
        Save as template
      </button>
      <button
        type="button"
        className="button button-secondary"
        disabled={pdf.busy !== null}
        onClick={() => void saveNow().then(() => pdf.save('session-note', session.id))}
      >
        <FileDown size={16} aria-hidden="true" />
        {pdf.busy ? 'Saving…' : 'Save note as PDF'}
      </button>
    </>
  );

  return (
    <div className="session-screen">
      <SessionToolbar session={session} actions={actions} />
      {banner && <ErrorBanner message={banner} />}
      {pdf.error && <ErrorBanner message={pdf.error} />}
      <form
        ref={formRef}
        className="session-form"
        aria-label="Session note"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void saveNow();
        }}
      >
        <div className="card">
          <SessionDetails register={register} errors={errors} control={control} practitioners={practitioners} referrals={referrals} plans={plans} />
        </div>
        <div className="session-columns">
          <div className="card session-note">
            <SoapFields register={register} errors={errors} />
          </div>
          <div className="card session-map">
            <FindingsPanel control={control} clientId={session.clientId} sessionId={session.id} onChange={setFindings} />
          </div>
        </div>
        <ModalitiesSection control={control} register={register} setValue={setValue} errors={errors} alerts={alerts} onAcknowledge={acknowledge} onChanged={schedule} />
        {alerts.length > 0 && <p className="disclaimer session-disclaimer">{PRECAUTIONS_DISCLAIMER}</p>}
        <SessionFooter control={control} alerts={alerts} status={status} tried={tried} onRetry={() => void saveNow()} onSign={requestSign} />
      </form>
      <SignDialog
        open={signing !== null}
        practitioners={practitioners}
        defaultSigner={getValues('practitionerId')}
        busy={signing?.busy ?? false}
        error={signing?.error ?? null}
        onClose={() => setSigning(null)}
        onSign={(by) => void sign(by)}
      />
      <TemplateDialog
        open={templating}
        content={() => draftContent(getValues(), initial).content}
        onClose={() => setTemplating(false)}
        onSaved={(name) => {
          setTemplating(false);
          toast(`Template “${name}” saved`);
        }}
      />
    </div>
  );
}
