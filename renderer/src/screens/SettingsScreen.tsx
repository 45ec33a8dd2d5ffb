// Settings (#/settings): the clinic, its practitioners, and what later updates will add.
import { PageHeader } from '../components/PageHeader';
import { ClinicCard } from '../settings/ClinicCard';
import { PractitionersCard } from '../settings/PractitionersCard';
import { PrecautionRulesCard } from '../settings/PrecautionRulesCard';

const COMING: ReadonlyArray<{ title: string; text: string }> = [
  { title: 'Rooms and hours', text: 'Treatment rooms and opening hours, so the schedule knows what can be booked.' },
  { title: 'Services and fees', text: 'Session types, lengths, CPT codes and prices.' },
  { title: 'Payers', text: 'Insurance companies and their billing details.' },
  { title: 'Backups', text: 'Scheduled copies of your clinic’s data file, and restoring one.' },
  { title: 'Security', text: 'User accounts, a lock screen and automatic locking.' },
];

export function SettingsScreen() {
  return (
    <div className="page">
      <PageHeader title="Settings" />
      <div className="settings-stack">
        <ClinicCard />
        <PractitionersCard />
        <PrecautionRulesCard />
        <section className="card" aria-labelledby="settings-coming">
          <h2 id="settings-coming" className="card-title">
            Coming in later updates
          </h2>
          <dl className="coming-list">
            {COMING.map((c) => (
              <div key={c.title} className="coming-item">
                <dt>{c.title}</dt>
                <dd className="muted">{c.text}</dd>
              </div>
            ))}
          </dl>
        </section>
      </div>
    </div>
  );
}
