// One session note (#/clients/:id/sessions/:sessionId), under the client header: a draft opens in
// the charting form; a signed note is shown read-only with its addenda.
import { useParams } from 'react-router';
import { useChart } from '../client/ChartContext';
import { ErrorBanner, Loading } from '../components/Status';
import { useCall } from '../hooks/useCall';
import { SessionForm } from './SessionForm';
import { SignedNote } from './SignedNote';

export function SessionScreen() {
  const { sessionId = '' } = useParams();
  return <SessionLoader key={sessionId} sessionId={sessionId} />;
}

function SessionLoader({ sessionId }: { sessionId: string }) {
  const { client, header } = useChart();
  const session = useCall('sessions/get', { id: sessionId });
  const practitioners = useCall('practitioners/list', {});
  const referrals = useCall('referrals/list', { clientId: client.id });
  const plans = useCall('plans/list', { clientId: client.id });
  const failed = [session, practitioners, referrals, plans].find((c) => c.error && !c.data);
  if (failed) return <ErrorBanner message={failed.error!} onRetry={failed.reload} />;
  if (!session.data || !practitioners.data || !referrals.data || !plans.data) return <Loading label="Loading the note…" />;
  const data = session.data;
  if (data.clientId !== client.id) return <ErrorBanner message="This note belongs to another client." />;

  return data.status === 'signed' ? (
    <SignedNote session={data} onChange={session.setData} />
  ) : (
    <SessionForm
      session={data}
      alerts={header.alerts}
      practitioners={practitioners.data}
      referrals={referrals.data}
      plans={plans.data}
      onSigned={session.setData}
    />
  );
}
