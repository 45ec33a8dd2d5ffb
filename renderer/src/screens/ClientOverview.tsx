// A client's chart (#/clients/:id/…): a header that never scrolls away, the chart's tabs as
// routes (#/clients/:id, …/intake, …/referrals, …), and the tab's content under them.
import { useState } from 'react';
import { Outlet, useParams } from 'react-router';
import { call } from '../api';
import { useMay } from '../auth/AuthContext';
import { ArchiveDialog } from '../client/ArchiveDialog';
import type { ChartOutlet } from '../client/ChartContext';
import { ChartTabs } from '../client/ChartTabs';
import { ExportRecordButton } from '../clients/ExportRecordButton';
import { ClientHeader } from '../client/ClientHeader';
import { PageHeader } from '../components/PageHeader';
import { ErrorBanner, Loading } from '../components/Status';
import { useToast } from '../components/Toast';
import { fullName } from '../format';
import { messageOf } from '../hooks/useCall';
import { notifyClientChanged, useClientHeader } from '../hooks/useClientHeader';
import { useHandOff } from '../layout/HandOff';
import { DraftNotice } from '../sessions/DraftNotice';

export function ClientOverview() {
  const { id = '' } = useParams();
  return <ClientChart key={id} clientId={id} />;
}

function ClientChart({ clientId }: { clientId: string }) {
  const header = useClientHeader(clientId);
  const handOff = useHandOff();
  const may = useMay();
  const toast = useToast();
  const [confirming, setConfirming] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (header.error && !header.data) {
    return (
      <div className="page">
        <PageHeader title="Client" />
        <ErrorBanner message={header.error} onRetry={header.reload} />
      </div>
    );
  }
  if (!header.data) {
    return (
      <div className="page">
        <Loading label="Loading client…" />
      </div>
    );
  }
  const data = header.data;
  const client = data.client;

  async function setArchived(archived: boolean): Promise<boolean> {
    setBusy(true);
    setActionError(null);
    try {
      const updated = await call(archived ? 'clients/archive' : 'clients/unarchive', { id: client.id });
      header.setData({ ...data, client: updated });
      notifyClientChanged(client.id);
      toast(`${fullName(updated)} ${archived ? 'archived' : 'unarchived'}`);
      return true;
    } catch (error) {
      setActionError(messageOf(error));
      return false;
    } finally {
      setBusy(false);
    }
  }

  const outlet: ChartOutlet = { client, header: data };
  // Handing the computer to a client leaves out the header and tabs; the tab's content keeps its
  // place in the tree (the conditionals hold their slots), so a half-filled form is not remounted.
  return (
    <div className={handOff.active ? 'chart chart-hand-off' : 'chart'}>
      {!handOff.active && (
        <ClientHeader
          header={data}
          busy={busy}
          onArchive={() => {
            setActionError(null);
            setConfirming(true);
          }}
          onUnarchive={() => void setArchived(false)}
        />
      )}
      <div className="page page-wide chart-body">
        {!handOff.active && actionError && !confirming && <ErrorBanner message={actionError} />}
        {!handOff.active && may('sessions/list') && <DraftNotice clientId={client.id} />}
        {!handOff.active && (
          <div className="chart-tabs-row">
            <ChartTabs clientId={client.id} />
            <ExportRecordButton clientId={client.id} name={fullName(client)} />
          </div>
        )}
        <Outlet context={outlet} />
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
