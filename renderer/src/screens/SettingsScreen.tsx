// Settings (#/settings): the clinic, its practitioners, and what later updates will add.
import { PageHeader } from '../components/PageHeader';
import { AuditCard } from '../settings/AuditCard';
import { BackupCard } from '../settings/BackupCard';
import { BillingSettingsCard } from '../settings/BillingSettingsScreen';
import { ClinicCard } from '../settings/ClinicCard';
import { PractitionersCard } from '../settings/PractitionersCard';
import { PrecautionRulesCard } from '../settings/PrecautionRulesCard';
import { ScheduleSettingsCards } from '../settings/ScheduleSettings';

const COMING: ReadonlyArray<{ title: string; text: string }> = [
  { title: 'Security', text: 'User accounts, a lock screen and automatic locking.' },
];

export function SettingsScreen() {
  return (
    <div className="page">
      <PageHeader title="Settings" />
      <div className="settings-stack">
        <ClinicCard />
        <PractitionersCard />
        <ScheduleSettingsCards />
        <BillingSettingsCard />
        <PrecautionRulesCard />
        <BackupCard />
        <AuditCard />
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
