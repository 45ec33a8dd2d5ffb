// The app's left column: clinic name, the six sections, and client search.
import { CalendarCheck, CalendarDays, ChartColumn, Receipt, Search, Settings, Users, type LucideIcon } from 'lucide-react';
import { NavLink } from 'react-router';
import { useClinic } from '../ClinicContext';
import { DemoRibbon } from '../demo/DemoRibbon';
import { MOD_LABEL } from '../hooks/useShortcut';

const SECTIONS: ReadonlyArray<{ to: string; label: string; icon: LucideIcon }> = [
  { to: '/', label: 'Today', icon: CalendarCheck },
  { to: '/schedule', label: 'Schedule', icon: CalendarDays },
  { to: '/clients', label: 'Clients', icon: Users },
  { to: '/billing', label: 'Billing', icon: Receipt },
  { to: '/reports', label: 'Reports', icon: ChartColumn },
  { to: '/settings', label: 'Settings', icon: Settings },
];

export function Sidebar({ onSearch }: { onSearch: () => void }) {
  const { clinic } = useClinic();
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
          {SECTIONS.map(({ to, label, icon: Icon }) => (
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
      </div>
    </aside>
  );
}
