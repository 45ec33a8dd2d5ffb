// Today (#/, the landing screen): the day's appointments in order with their alerts, then overdue
// notes, then referrals running out. ↑/↓ move through the appointments; Enter starts (or opens)
// the session, C opens the client's chart.
import './today.css';
import { CalendarDays, CalendarPlus } from 'lucide-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { useMay } from '../auth/AuthContext';
import { useToday } from '../ClinicContext';
import { PageHeader } from '../components/PageHeader';
import { EmptyState, ErrorBanner, Loading } from '../components/Status';
import { formatDate } from '../format';
import { useCall } from '../hooks/useCall';
import { DaySheetButton } from '../schedule/DaySheetButton';
import { OverdueNotes } from '../sessions/OverdueNotes';
import { ReferralsRunningOut } from './ReferralsRunningOut';
import { TodayAppointments } from './TodayAppointments';

export function TodayScreen() {
  const today = useToday();
  const may = useMay();
  const day = useCall('schedule/today', {});
  const [printError, setPrintError] = useState<string | null>(null);
  const weekday = new Intl.DateTimeFormat(undefined, { weekday: 'long', timeZone: 'UTC' }).format(new Date(`${today}T12:00:00Z`));
  const appointments = day.data?.appointments ?? [];

  return (
    <div className="page page-today">
      <PageHeader
        title="Today"
        subtitle={`${weekday}, ${formatDate(today)}`}
        actions={
          <>
            <DaySheetButton date={today} onError={setPrintError} />
            <Link to={`/schedule?view=day&date=${today}`} className="button button-secondary">
              <CalendarDays size={16} aria-hidden="true" />
              Open the schedule
            </Link>
          </>
        }
      />
      {printError && <ErrorBanner message={printError} />}
      <section className="card today-card" aria-labelledby="today-appointments">
        <div className="card-header">
          <h2 id="today-appointments" className="card-title">
            Appointments{day.data && appointments.length > 0 ? ` (${appointments.length})` : ''}
          </h2>
          {appointments.length > 0 && (
            <p className="muted today-keys" aria-hidden="true">
              <kbd>↑</kbd> <kbd>↓</kbd> move · <kbd>Enter</kbd> session · <kbd>C</kbd> chart
            </p>
          )}
        </div>
        {day.error && !day.data ? (
          <ErrorBanner message={day.error} onRetry={day.reload} />
        ) : !day.data ? (
          <Loading />
        ) : appointments.length === 0 ? (
          <EmptyState
            icon={<CalendarPlus size={28} />}
            title="No appointments today — book one from the Schedule"
            actions={
              <Link to="/schedule" className="button button-primary">
                <CalendarDays size={16} aria-hidden="true" />
                Open the schedule
              </Link>
            }
          />
        ) : (
          <TodayAppointments appointments={appointments} />
        )}
      </section>
      {may('sessions/overdue') && <OverdueNotes />}
      <ReferralsRunningOut items={day.data?.referralsRunningOut} />
    </div>
  );
}
