// Sections that arrive in later updates: each says what is coming and what to do meanwhile.
import { CalendarCheck, CalendarDays, ChartColumn, Compass, Receipt, Search, UserPlus } from 'lucide-react';
import { Link } from 'react-router';
import { PageHeader } from '../components/PageHeader';
import { EmptyState } from '../components/Status';
import { useToday } from '../ClinicContext';
import { formatDate } from '../format';
import { MOD_LABEL } from '../hooks/useShortcut';
import { OverdueNotes } from '../sessions/OverdueNotes';

function ClientActions() {
  return (
    <>
      <Link to="/clients/new" className="button button-primary">
        <UserPlus size={16} aria-hidden="true" />
        Add a client
      </Link>
      <Link to="/clients" className="button button-secondary">
        <Search size={16} aria-hidden="true" />
        Find a client
      </Link>
    </>
  );
}

export function TodayScreen() {
  const today = useToday();
  const weekday = new Intl.DateTimeFormat(undefined, { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(`${today}T12:00:00Z`),
  );
  return (
    <div className="page">
      <PageHeader title="Today" subtitle={`${weekday}, ${formatDate(today)}`} />
      <div className="card">
        <EmptyState icon={<CalendarCheck size={28} />} title="No appointments yet — scheduling arrives soon." actions={<ClientActions />}>
          <p>
            Meanwhile, add or find a client. Press <kbd>{MOD_LABEL}</kbd> <kbd>K</kbd> to search from anywhere.
          </p>
        </EmptyState>
      </div>
      <OverdueNotes />
    </div>
  );
}

export function ScheduleScreen() {
  return (
    <div className="page">
      <PageHeader title="Schedule" />
      <div className="card">
        <EmptyState icon={<CalendarDays size={28} />} title="The day and week calendar arrives in a coming update." actions={<ClientActions />}>
          <p>You will book appointments per room or practitioner here. For now, keep your client records up to date.</p>
        </EmptyState>
      </div>
    </div>
  );
}

export function BillingScreen() {
  return (
    <div className="page">
      <PageHeader title="Billing" />
      <div className="card">
        <EmptyState icon={<Receipt size={28} />} title="Invoices, payments and superbills arrive in a coming update." actions={<ClientActions />}>
          <p>Recording each client’s insurance payer and member ID now will make billing quicker later.</p>
        </EmptyState>
      </div>
    </div>
  );
}

export function ReportsScreen() {
  return (
    <div className="page">
      <PageHeader title="Reports" />
      <div className="card">
        <EmptyState icon={<ChartColumn size={28} />} title="Reports arrive once sessions and invoices are recorded." actions={<ClientActions />}>
          <p>Progress reports for referring physicians and practice summaries will appear here.</p>
        </EmptyState>
      </div>
    </div>
  );
}

export function NotFoundScreen() {
  return (
    <div className="page">
      <PageHeader title="Page not found" />
      <div className="card">
        <EmptyState
          icon={<Compass size={28} />}
          title="There is nothing at this address."
          actions={
            <Link to="/" className="button button-secondary">
              Back to the start
            </Link>
          }
        />
      </div>
    </div>
  );
}
