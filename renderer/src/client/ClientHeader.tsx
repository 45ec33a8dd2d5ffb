// The chart header: who this is at a glance — age, precaution alerts, the referral in force — and
// what can be done to the record. It sticks to the top of every client screen.
import { Archive, ArchiveRestore, Pencil, Stethoscope, TriangleAlert } from 'lucide-react';
import { useLayoutEffect, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { ClientHeader as HeaderData } from '../../../shared/schemas/chart';
import type { AppointmentView } from '../../../shared/schemas/schedule';
import { formatDate, fullName } from '../format';
import { AlertChips } from './AlertChips';
import { BookedNote, BookFromChartButton } from './BookFromChart';

interface Props {
  header: HeaderData;
  busy: boolean;
  onArchive: () => void;
  onUnarchive: () => void;
}

export function ClientHeader({ header, busy, onArchive, onUnarchive }: Props) {
  const navigate = useNavigate();
  const ref = useRef<HTMLElement>(null);
  const [booked, setBooked] = useState<AppointmentView | null>(null);
  const { client, age, alerts, alertSource, referral } = header;

  // The header sticks to the top and grows with alerts: keep a field that takes focus (Tab, an
  // error) from scrolling in underneath it.
  useLayoutEffect(() => {
    const el = ref.current;
    const main = el?.closest<HTMLElement>('.main');
    if (!el || !main) return;
    const fit = () => {
      main.style.scrollPaddingTop = `${el.offsetHeight + 16}px`;
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(el);
    return () => {
      observer.disconnect();
      main.style.scrollPaddingTop = '';
    };
  }, []);
  const archived = client.status === 'archived';
  const facts = [
    client.preferredName && `Goes by “${client.preferredName}”`,
    age !== null && `${age} years (born ${formatDate(client.dateOfBirth)})`,
    client.pronouns,
  ].filter(Boolean);
  const source = alertSource
    ? alertSource.signed
      ? `From the intake signed ${formatDate(alertSource.date)}.`
      : `From the unsigned draft intake of ${formatDate(alertSource.date)}.`
    : undefined;

  return (
    <header ref={ref} className={archived ? 'chart-header chart-header-archived' : 'chart-header'}>
      <div className="chart-header-inner">
        <div className="chart-identity">
          <div className="chart-title-row">
            <h1 tabIndex={-1}>{fullName(client)}</h1>
            {archived && <span className="chip chip-archived chip-large">Archived</span>}
          </div>
          <p className="chart-facts">
            {facts.length ? (
              facts.map((f, i) => (
                <span key={i} className="chart-fact">
                  {f}
                </span>
              ))
            ) : (
              <span className="muted">No birth date or pronouns recorded</span>
            )}
          </p>
          {(alerts.length > 0 || referral) && (
            <div className="chart-status">
              <AlertChips alerts={alerts} source={source} />
              {alertSource && !alertSource.signed && alerts.length > 0 && <span className="chip chip-draft">from a draft intake</span>}
              {referral && <ReferralBadge clientId={client.id} referral={referral} />}
            </div>
          )}
        </div>
        <div className="chart-actions">
          {!archived && <BookFromChartButton client={{ id: client.id, name: fullName(client) }} onBooked={setBooked} />}
          <button type="button" className="button button-secondary" onClick={() => navigate(`/clients/${client.id}/edit`)}>
            <Pencil size={16} aria-hidden="true" />
            Edit
          </button>
          {archived ? (
            <button type="button" className="button button-secondary" onClick={onUnarchive} disabled={busy}>
              <ArchiveRestore size={16} aria-hidden="true" />
              Unarchive
            </button>
          ) : (
            <button type="button" className="button button-secondary" onClick={onArchive} disabled={busy}>
              <Archive size={16} aria-hidden="true" />
              Archive
            </button>
          )}
        </div>
      </div>
      {booked && !archived && <BookedNote appointment={booked} onDismiss={() => setBooked(null)} />}
      {archived && (
        <p className="chart-archived-note">
          This client is archived: hidden from lists and search. Nothing was deleted; unarchive to make them active again.
        </p>
      )}
    </header>
  );
}

function ReferralBadge({ clientId, referral }: { clientId: string; referral: NonNullable<HeaderData['referral']> }) {
  const warn = referral.warnings.length > 0;
  return (
    <div className="referral-status">
      <Link
        to={`/clients/${clientId}/referrals`}
        className={warn ? 'referral-badge referral-badge-warn' : 'referral-badge'}
      >
        <Stethoscope size={14} aria-hidden="true" />
        Referral: {referral.badge}
      </Link>
      {referral.warnings.map((w) => (
        <span key={w.code} className="referral-warning">
          <TriangleAlert size={13} aria-hidden="true" />
          {w.message}
        </span>
      ))}
    </div>
  );
}
