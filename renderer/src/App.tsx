// Boot: ask main whether the clinic is set up, then show first-run setup or the app.
import { useMemo } from 'react';
import { Route, Routes, useNavigate } from 'react-router';
import { BillingScreen } from './billing/BillingScreen';
import { ClientBillingTab } from './billing/ClientBillingTab';
import { InvoicePage } from './billing/InvoicePage';
import { ComingTab, OverviewTab } from './client/ChartTabs';
import { ClinicContext, type ClinicState } from './ClinicContext';
import { ErrorBanner, Loading } from './components/Status';
import { ToastProvider } from './components/Toast';
import { useCall } from './hooks/useCall';
import { IntakeTab } from './intake/IntakeTab';
import { Shell } from './layout/Shell';
import { ProgressTab } from './progress/ProgressTab';
import { ReferralsTab } from './referrals/ReferralsTab';
import { ReportsScreen } from './reports/ReportsScreen';
import { ClientForm } from './screens/ClientForm';
import { ClientOverview } from './screens/ClientOverview';
import { ClientsScreen } from './screens/ClientsScreen';
import { NotFoundScreen } from './screens/EmptyScreens';
import { ScheduleScreen } from './schedule/ScheduleScreen';
import { SettingsScreen } from './screens/SettingsScreen';
import { BillingSettingsScreen } from './settings/BillingSettingsScreen';
import { SessionScreen } from './sessions/SessionScreen';
import { SessionsTab } from './sessions/SessionsTab';
import { SetupScreen } from './screens/SetupScreen';
import { TodayScreen } from './today/TodayScreen';

export function App() {
  const status = useCall('app/status', {});
  const navigate = useNavigate();
  const clinic = status.data?.clinic;
  const clinicState = useMemo<ClinicState | null>(
    () => (clinic ? { clinic, refresh: status.reload } : null),
    [clinic, status.reload],
  );

  if (!status.data) {
    return (
      <div className="boot">
        {status.error ? (
          <ErrorBanner message={status.error} onRetry={status.reload} />
        ) : (
          <Loading label="Opening Palpate…" />
        )}
      </div>
    );
  }

  if (status.data.needsSetup || !clinicState) {
    return (
      <SetupScreen
        onDone={(next) => {
          status.setData(next);
          navigate('/', { replace: true });
        }}
      />
    );
  }

  return (
    <ClinicContext value={clinicState}>
      <ToastProvider>
        <Routes>
          <Route element={<Shell />}>
            <Route index element={<TodayScreen />} />
            <Route path="schedule" element={<ScheduleScreen />} />
            <Route path="clients" element={<ClientsScreen />} />
            <Route path="clients/new" element={<ClientForm />} />
            <Route path="clients/:id" element={<ClientOverview />}>
              <Route index element={<OverviewTab />} />
              <Route path="intake" element={<IntakeTab />} />
              <Route path="referrals" element={<ReferralsTab />} />
              <Route path="sessions" element={<SessionsTab />} />
              <Route path="sessions/:sessionId" element={<SessionScreen />} />
              <Route path="progress" element={<ProgressTab />} />
              <Route path="billing" element={<ClientBillingTab />} />
              <Route path=":tab" element={<ComingTab />} />
            </Route>
            <Route path="clients/:id/edit" element={<ClientForm />} />
            <Route path="billing" element={<BillingScreen />} />
            <Route path="billing/invoices/:id" element={<InvoicePage />} />
            <Route path="reports" element={<ReportsScreen />} />
            <Route path="settings" element={<SettingsScreen />} />
            <Route path="settings/billing" element={<BillingSettingsScreen />} />
            <Route path="*" element={<NotFoundScreen />} />
          </Route>
        </Routes>
      </ToastProvider>
    </ClinicContext>
  );
}
