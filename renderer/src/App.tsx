// Boot: ask main whether the clinic is set up, then show first-run setup, or the app behind the
// auth gate (the lock screen while nobody is signed in). Routes a role may not open say so.
import { useMemo } from 'react';
import { Route, Routes, useNavigate } from 'react-router';
import { Allowed } from './auth/Allowed';
import { AuthGate } from './auth/AuthGate';
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
import { ImportClientsScreen } from './clients/ImportClientsScreen';
import { ClientForm } from './screens/ClientForm';
import { ClientOverview } from './screens/ClientOverview';
import { ClientsScreen } from './screens/ClientsScreen';
import { DamagedDatabaseScreen, useDatabaseCheck } from './screens/DamagedDatabaseScreen';
import { NotFoundScreen } from './screens/EmptyScreens';
import { ScheduleScreen } from './schedule/ScheduleScreen';
import { SettingsScreen } from './screens/SettingsScreen';
import { BillingSettingsScreen } from './settings/BillingSettingsScreen';
import { SessionScreen } from './sessions/SessionScreen';
import { SessionsTab } from './sessions/SessionsTab';
import { SetupScreen } from './screens/SetupScreen';
import { TodayScreen } from './today/TodayScreen';

const CLINICAL = 'Intakes, session notes and progress are clinical records, for the owner and therapists.';
const MONEY = 'Invoices, payments and reports are for the owner and the front desk.';
const OWNER = 'Billing settings are for the clinic’s owner.';

export function App() {
  const status = useCall('app/status', {});
  const navigate = useNavigate();
  const clinic = status.data?.clinic;
  const clinicState = useMemo<ClinicState | null>(
    () => (clinic ? { clinic, refresh: status.reload } : null),
    [clinic, status.reload],
  );
  useDatabaseCheck(status.data, status.setData);

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

  if (status.data.damaged) return <DamagedDatabaseScreen damaged={status.data.damaged} timeZone={clinic?.timeZone} />;

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
      <AuthGate>
        <ToastProvider>
          <Routes>
            <Route element={<Shell />}>
              <Route index element={<TodayScreen />} />
              <Route path="schedule" element={<ScheduleScreen />} />
              <Route path="clients" element={<ClientsScreen />} />
              <Route path="clients/new" element={<ClientForm />} />
              <Route path="clients/import" element={<ImportClientsScreen />} />
              <Route path="clients/:id" element={<ClientOverview />}>
                <Route index element={<OverviewTab />} />
                <Route path="intake" element={<Allowed method="intakes/list" reason={CLINICAL}><IntakeTab /></Allowed>} />
                <Route path="referrals" element={<ReferralsTab />} />
                <Route path="sessions" element={<Allowed method="sessions/list" reason={CLINICAL}><SessionsTab /></Allowed>} />
                <Route path="sessions/:sessionId" element={<Allowed method="sessions/get" reason={CLINICAL}><SessionScreen /></Allowed>} />
                <Route path="progress" element={<Allowed method="clients/progress" reason={CLINICAL}><ProgressTab /></Allowed>} />
                <Route path="billing" element={<Allowed method="invoices/list" reason={MONEY}><ClientBillingTab /></Allowed>} />
                <Route path=":tab" element={<ComingTab />} />
              </Route>
              <Route path="clients/:id/edit" element={<ClientForm />} />
              <Route path="billing" element={<Allowed page="Billing" method="invoices/list" reason={MONEY}><BillingScreen /></Allowed>} />
              <Route path="billing/invoices/:id" element={<Allowed page="Invoice" method="invoices/get" reason={MONEY}><InvoicePage /></Allowed>} />
              <Route path="reports" element={<Allowed page="Reports" method="reports/get" reason={MONEY}><ReportsScreen /></Allowed>} />
              <Route path="settings" element={<SettingsScreen />} />
              <Route path="settings/billing" element={<Allowed page="Billing settings" method="billing/saveSettings" reason={OWNER}><BillingSettingsScreen /></Allowed>} />
              <Route path="*" element={<NotFoundScreen />} />
            </Route>
          </Routes>
        </ToastProvider>
      </AuthGate>
    </ClinicContext>
  );
}
