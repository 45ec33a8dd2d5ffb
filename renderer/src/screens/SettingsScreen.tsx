// Settings (#/settings): for the owner, the clinic, its practitioners, users and sign-in, and what
// later updates will add; for everyone signed in, their own passcode.
import { useAuth } from '../auth/AuthContext';
import { ChangePasscodeCard } from '../auth/ChangePasscodeCard';
import { PageHeader } from '../components/PageHeader';
import { AuditCard } from '../settings/AuditCard';
import { BackupCard } from '../settings/BackupCard';
import { BillingSettingsCard } from '../settings/BillingSettingsScreen';
import { ClinicCard } from '../settings/ClinicCard';
import { EncryptionCard } from '../settings/EncryptionCard';
import { ExportCard } from '../settings/ExportCard';
import { PractitionersCard } from '../settings/PractitionersCard';
import { PrecautionRulesCard } from '../settings/PrecautionRulesCard';
import { ScheduleSettingsCards } from '../settings/ScheduleSettings';
import { SecurityCard } from '../settings/SecurityCard';
import { UsersCard } from '../settings/UsersCard';

const COMING: ReadonlyArray<{ title: string; text: string }> = [];

export function SettingsScreen() {
  const auth = useAuth();
  const myPasscode = auth.state.signInRequired && <ChangePasscodeCard />;
  if (!auth.may('clinic/update')) {
    return (
      <div className="page">
        <PageHeader title="Settings" subtitle="The clinic’s settings are kept by its owner." />
        <div className="settings-stack">{myPasscode}</div>
      </div>
    );
  }
  return (
    <div className="page">
      <PageHeader title="Settings" />
      <div className="settings-stack">
        <ClinicCard />
        <PractitionersCard />
        <UsersCard />
        <SecurityCard />
        {myPasscode}
        <ScheduleSettingsCards />
        <BillingSettingsCard />
        <PrecautionRulesCard />
        <BackupCard />
        <EncryptionCard />
        <ExportCard />
        <AuditCard />
        {COMING.length > 0 && (
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
        )}
      </div>
    </div>
  );
}
