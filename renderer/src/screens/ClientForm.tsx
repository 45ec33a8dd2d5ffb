// New client (#/clients/new) and edit client (#/clients/:id/edit): one form, the same schema as main.
import { zodResolver } from '@hookform/resolvers/zod';
import { ArrowLeft } from 'lucide-react';
import { useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { ClientInput, clientFields, type Client, type ClientFormValues } from '../../../shared/schemas/client';
import { call } from '../api';
import { ClientFields } from '../client/ClientFields';
import { PageHeader } from '../components/PageHeader';
import { ErrorBanner, Loading } from '../components/Status';
import { useToast } from '../components/Toast';
import { fullName } from '../format';
import { applyServerErrors } from '../hooks/serverErrors';
import { useCall } from '../hooks/useCall';
import { MOD_LABEL, useSaveShortcut } from '../hooks/useShortcut';

const FIELD_NAMES = Object.keys(clientFields) as Array<keyof ClientFormValues>;

const BLANK: ClientFormValues = Object.fromEntries(FIELD_NAMES.map((k) => [k, ''])) as ClientFormValues;

/** The form's values for an existing client: exactly the schema's fields, nothing else. */
function valuesOf(client: Client): ClientFormValues {
  return Object.fromEntries(FIELD_NAMES.map((k) => [k, client[k] ?? ''])) as ClientFormValues;
}

export function ClientForm() {
  const { id } = useParams();
  return id ? <EditClient id={id} /> : <ClientFormBody key="new" />;
}

function EditClient({ id }: { id: string }) {
  const client = useCall('clients/get', { id });
  if (client.error) {
    return (
      <div className="page">
        <PageHeader title="Edit client" />
        <ErrorBanner message={client.error} onRetry={client.reload} />
      </div>
    );
  }
  if (!client.data) return <div className="page"><Loading label="Loading client…" /></div>;
  return <ClientFormBody key={id} client={client.data} />;
}

function ClientFormBody({ client }: { client?: Client }) {
  const navigate = useNavigate();
  const location = useLocation();
  const toast = useToast();
  const formRef = useRef<HTMLFormElement>(null);
  const [banner, setBanner] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<ClientFormValues, unknown, ClientInput>({
    resolver: zodResolver(ClientInput),
    defaultValues: client ? valuesOf(client) : BLANK,
  });

  useSaveShortcut(() => formRef.current?.requestSubmit());

  const backTo = client ? `/clients/${client.id}` : '/clients';
  const cancel = () => {
    // Return to wherever the person came from; a direct visit has nowhere to go back to.
    if (location.key !== 'default') navigate(-1);
    else navigate(backTo);
  };

  const onSubmit = handleSubmit(async (values) => {
    setBanner(null);
    try {
      const saved = client ? await call('clients/update', { id: client.id, ...values }) : await call('clients/create', values);
      toast('Client saved');
      navigate(`/clients/${saved.id}`, { replace: true });
    } catch (error) {
      setBanner(applyServerErrors(error, setError));
    }
  });

  return (
    <div className="page">
      <Link to={backTo} className="back-link">
        <ArrowLeft size={16} aria-hidden="true" />
        {client ? fullName(client) : 'Client list'}
      </Link>
      <PageHeader title={client ? `Edit ${fullName(client)}` : 'New client'} />
      <form ref={formRef} className="form" onSubmit={onSubmit} noValidate>
        {banner && <ErrorBanner message={banner} />}
        <p className="muted form-legend">
          Fields marked <span className="field-required">*</span> are required. Everything else can be added later.
        </p>
        <ClientFields register={register} errors={errors} autoFocus={!client} />
        <div className="form-actions form-actions-sticky">
          <button type="submit" className="button button-primary" disabled={isSubmitting} aria-keyshortcuts="Control+S Meta+S">
            {isSubmitting ? 'Saving…' : 'Save client'}
          </button>
          <button type="button" className="button button-secondary" onClick={cancel}>
            Cancel
          </button>
          <span className="muted form-actions-hint">
            <kbd>{MOD_LABEL}</kbd> <kbd>S</kbd> saves
          </span>
        </div>
      </form>
    </div>
  );
}
