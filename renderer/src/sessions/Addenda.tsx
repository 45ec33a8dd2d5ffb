// Under a signed note: its addenda, oldest first (author, time, reason, text), and the form that
// adds one. The note above is never changed by them.
import { zodResolver } from '@hookform/resolvers/zod';
import { MessageSquarePlus } from 'lucide-react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import type { Practitioner } from '../../../shared/schemas/clinic';
import { AddendumInput, type Session } from '../../../shared/schemas/session';
import { call } from '../api';
import { useClinic } from '../ClinicContext';
import { SelectField, TextAreaField, TextField } from '../components/Field';
import { ErrorBanner } from '../components/Status';
import { useToast } from '../components/Toast';
import { formatInstantDate } from '../format';
import { applyServerErrors } from '../hooks/serverErrors';
import { clockTime, practitionerName, usePractitioners } from './useSessions';

const AddendumForm = AddendumInput.omit({ sessionId: true });
type AddendumValues = z.input<typeof AddendumForm>;
type AddendumOutput = z.output<typeof AddendumForm>;

export function Addenda({ session, onAdded }: { session: Session; onAdded: (s: Session) => void }) {
  const { clinic } = useClinic();
  const when = (iso: string) => `${formatInstantDate(iso, clinic.timeZone)} at ${clockTime(iso, clinic.timeZone)}`;
  const { list, active } = usePractitioners();
  return (
    <section className="card addenda" aria-labelledby="addenda-title">
      <h3 id="addenda-title" className="card-title">
        Addenda
      </h3>
      {session.addenda.length === 0 ? (
        <p className="muted addenda-empty">No addenda. To correct or add to this note, write an addendum: the note itself stays as signed.</p>
      ) : (
        <ol className="addenda-list">
          {session.addenda.map((a) => (
            <li key={a.id} className="addendum">
              <p className="addendum-meta">
                <strong>{a.authorName}</strong> <span className="muted">· {when(a.createdAt)}</span>
              </p>
              <p className="addendum-reason">
                <span className="muted">Reason:</span> {a.reason}
              </p>
              <p className="notes-text">{a.text}</p>
            </li>
          ))}
        </ol>
      )}
      {/* The author select needs its options before the form reads its default. */}
      {list.data && <NewAddendum session={session} authors={active} onAdded={onAdded} />}
    </section>
  );
}

function NewAddendum({ session, authors, onAdded }: { session: Session; authors: Practitioner[]; onAdded: (s: Session) => void }) {
  const toast = useToast();
  const [banner, setBanner] = useState<string | null>(null);
  const signer = session.signedBy ?? session.practitionerId;
  const author = authors.some((p) => p.id === signer) ? signer : (authors[0]?.id ?? '');
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<AddendumValues, unknown, AddendumOutput>({
    resolver: zodResolver(AddendumForm),
    defaultValues: { authorId: author, text: '', reason: '' },
  });

  const onSubmit = handleSubmit(async (values) => {
    setBanner(null);
    try {
      const updated = await call('sessions/addendum', { sessionId: session.id, ...values });
      reset({ authorId: values.authorId, text: '', reason: '' });
      toast('Addendum added');
      onAdded(updated);
    } catch (error) {
      setBanner(applyServerErrors(error, setError));
    }
  });

  return (
      <form className="form addendum-form" noValidate onSubmit={(e) => void onSubmit(e)}>
        <h4 className="addendum-form-title">Add addendum</h4>
        {banner && <ErrorBanner message={banner} />}
        <div className="field-grid">
          <TextAreaField label="Addendum" rows={3} reg={register('text')} error={errors.text?.message} />
          <TextField label="Reason" placeholder="e.g. Late entry, correction of the pain score" reg={register('reason')} error={errors.reason?.message} />
          <SelectField label="Author" reg={register('authorId')} error={errors.authorId?.message} options={authors.map((p) => ({ value: p.id, label: practitionerName(p) }))} />
        </div>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={isSubmitting}>
            <MessageSquarePlus size={16} aria-hidden="true" />
            {isSubmitting ? 'Adding…' : 'Add addendum'}
          </button>
        </div>
      </form>
  );
}
