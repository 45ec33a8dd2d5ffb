// A client's chart (#/clients/:id): a header that never scrolls away, then the chart's tabs.
import { useState } from 'react';
import { useParams } from 'react-router';
import type { Client } from '../../../shared/schemas/client';
import { call } from '../api';
import { ArchiveDialog } from '../client/ArchiveDialog';
import { ChartTabs } from '../client/ChartTabs';
import { ClientHeader } from '../client/ClientHeader';
import { PageHeader } from '../components/PageHeader';
import { ErrorBanner, Loading } from '../components/Status';
import { useToast } from '../components/Toast';
import { fullName } from '../format';
import { messageOf, useCall } from '../hooks/useCall';

export function ClientOverview() {
  const { id = '' } = useParams();
  const client = useCall('clients/get', { id });
  if (client.error && !client.data) {
    return (
      <div className="page">
        <PageHeader title="Client" />
        <ErrorBanner message={client.error} onRetry={client.reload} />
      </div>
    );
  }
  if (!client.data) {
    return (
      <div className="page">
        <Loading label="Loading client…" />
      </div>
    );
  }
  return <ClientChart key={id} client={client.data} onChange={client.setData} />;
}

function ClientChart({ client, onChange }: { client: Client; onChange: (client: Client) => void }) {
  const toast = useToast();
  const [confirming, setConfirming] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function setArchived(archived: boolean): Promise<boolean> {
    setBusy(true);
    setActionError(null);
    try {
      const updated = await call(archived ? 'clients/archive' : 'clients/unarchive', { id: client.id });
      onChange(updated);
      toast(`${fullName(updated)} ${archived ? 'archived' : 'unarchived'}`);
      return true;
    } catch (error) {
      setActionError(messageOf(error));
      return false;
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="chart">
      <ClientHeader
        client={client}
        busy={busy}
        onArchive={() => {
          setActionError(null);
          setConfirming(true);
        }}
        onUnarchive={() => void setArchived(false)}
      />
      <div className="page page-wide chart-body">
        {actionError && !confirming && <ErrorBanner message={actionError} />}
        <ChartTabs client={client} />
      </div>
      <ArchiveDialog
        open={confirming}
        name={fullName(client)}
        busy={busy}
        error={actionError}
        onCancel={() => setConfirming(false)}
        onConfirm={async () => {
          if (await setArchived(true)) setConfirming(false);
        }}
      />
    </div>
  );
}
