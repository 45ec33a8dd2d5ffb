// On Today: referrals that expire soon or have few visits left, one click from the client's
// Referrals & plan tab (where a new referral is added).
import { FileClock } from 'lucide-react';
import { Link } from 'react-router';
import type { TodayView } from '../../../shared/schemas/schedule';

export function ReferralsRunningOut({ items }: { items: TodayView['referralsRunningOut'] | undefined }) {
  return (
    <section className="card" aria-labelledby="referrals-running-out">
      <h2 id="referrals-running-out" className="card-title">
        Referrals running out
      </h2>
      {items &&
        (items.length === 0 ? (
          <p className="muted">No referrals running out in the next two weeks.</p>
        ) : (
          <ul className="running-out-list">
            {items.map((r) => (
              <li key={r.id} className="running-out-item">
                <FileClock size={16} aria-hidden="true" className="running-out-icon" />
                <span className="running-out-name">{r.clientName}</span>
                <span className="referral-badge referral-badge-warn">{r.badge}</span>
                <span className="running-out-warnings">{r.warnings.join(' · ')}</span>
                <Link to={`/clients/${r.clientId}/referrals`} className="button button-secondary button-small" aria-label={`Open the referrals of ${r.clientName}`}>
                  Referrals
                </Link>
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}
