// The app's left column: clinic name, the sections this role may open, client search, and who is
// signed in with the Lock button (when the clinic uses sign-in).
import { CalendarCheck, CalendarDays, ChartColumn, Lock, Receipt, Search, Settings, Users, type LucideIcon } from 'lucide-react';
import { NavLink } from 'react-router';
import type { Method } from '../../../shared/methods';
import { ROLE_LABELS } from '../../../shared/schemas/auth';
import { useAuth } from '../auth/AuthContext';
import { UserAvatar } from '../auth/UserAvatar';
import { useClinic } from '../ClinicContext';
import { DemoRibbon } from '../demo/DemoRibbon';
import { MOD_LABEL } from '../hooks/useShortcut';

/** Each section with the call its screen needs: a role that may not make it does not see the link. */
const SECTIONS: ReadonlyArray<{ to: string; label: string; icon: LucideIcon; needs: Method }> = [
  { to: '/', label: 'Today', icon: CalendarCheck, needs: 'schedule/today' },
  { to: '/schedule', label: 'Schedule', icon: CalendarDays, needs: 'appointments/range' },
  { to: '/clients', label: 'Clients', icon: Users, needs: 'clients/list' },
  { to: '/billing', label: 'Billing', icon: Receipt, needs: 'invoices/list' },
  { to: '/reports', label: 'Reports', icon: ChartColumn, needs: 'reports/get' },
  // Everyone has Settings: at least their own passcode.
  { to: '/settings', label: 'Settings', icon: Settings, needs: 'users/setPasscode' },
];

export function Sidebar({ onSearch }: { onSearch: () => void }) {
  const { clinic } = useClinic();
  const auth = useAuth();
  return (
    <aside className="sidebar">
      <DemoRibbon />
      <div className="sidebar-brand">
        <span className="brand-mark" aria-hidden="true">
          P
        </span>
        <div className="brand-text">
          <span className="brand-clinic" title={clinic.name}>
            {clinic.name}
          </span>
          <span className="brand-app">Palpate</span>
        </div>
      </div>
      <nav aria-label="Main" className="sidebar-nav">
        <ul>
          {SECTIONS.filter((s) => auth.may(s.needs)).map(({ to, label, icon: Icon }) => (
            <li key={to}>
              <NavLink to={to} end={to === '/'} className="nav-link">
                <Icon size={18} aria-hidden="true" />
                {label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <div className="sidebar-footer">
        <button type="button" className="search-button" onClick={onSearch}>
          <Search size={16} aria-hidden="true" />
          <span className="search-button-label">Search clients</span>
          <kbd aria-hidden="true">{MOD_LABEL} K</kbd>
        </button>
        {auth.state.signInRequired && (
          <div className="sidebar-user">
            <div className="sidebar-user-who">
              <UserAvatar name={auth.user.name} small />
              <div className="sidebar-user-text">
                <span className="sidebar-user-name" title={auth.user.name}>
                  {auth.user.name}
                </span>
                <span className="sidebar-user-role">{ROLE_LABELS[auth.role]}</span>
              </div>
            </div>
            <div className="sidebar-user-actions">
              <button type="button" className="button button-secondary button-small sidebar-lock" onClick={auth.lock} aria-keyshortcuts="Control+L Meta+L">
                <Lock size={14} aria-hidden="true" />
                Lock
                <kbd aria-hidden="true">{MOD_LABEL} L</kbd>
              </button>
              <button type="button" className="button button-ghost button-small" onClick={auth.switchUser}>
                Switch user
              </button>
            </div>
          </div>
        )}
      </div>
    </aside>
  );
}
