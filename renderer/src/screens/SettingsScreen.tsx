// Settings (#/settings): for the owner, the clinic, its practitioners, users and sign-in, and what
// later updates will add; for everyone signed in, their own passcode.
import type { ReactNode } from 'react';
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

/** The page is long: an index at the top jumps to each group of cards. */
const SECTIONS = [
  { id: 'clinic', label: 'Clinic & practitioners' },
  { id: 'sign-in', label: 'Users & sign-in' },
  { id: 'schedule', label: 'Schedule' },
  { id: 'billing', label: 'Billing' },
  { id: 'precautions', label: 'Precautions' },
  { id: 'data', label: 'Backups & data' },
] as const;
type SectionId = (typeof SECTIONS)[number]['id'];

const sectionDomId = (id: SectionId) => `settings-section-${id}`;

function Section({ id, children }: { id: SectionId; children: ReactNode }) {
  return (
    <div id={sectionDomId(id)} className="settings-section">
      {children}
    </div>
  );
}

function SettingsIndex() {
  // Buttons, not #anchors: the app's routes live in the URL's hash.
  // Only the main pane scrolls (scrollIntoView would also nudge the window), to just below the index.
  const jump = (id: SectionId) => {
    const target = document.getElementById(sectionDomId(id));
    const pane = target?.closest('.main');
    const index = document.querySelector('.settings-index');
    if (!target || !pane) return;
    const offset = target.getBoundingClientRect().top - pane.getBoundingClientRect().top - (index?.getBoundingClientRect().height ?? 0) - 12;
    pane.scrollTo({ top: pane.scrollTop + offset });
  };
  return (
    <nav className="settings-index" aria-label="Settings sections">
      {SECTIONS.map((s) => (
        <button key={s.id} type="button" className="settings-index-link" onClick={() => jump(s.id)}>
          {s.label}
        </button>
      ))}
    </nav>
  );
}

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
      <SettingsIndex />
      <div className="settings-stack">
        <Section id="clinic">
          <ClinicCard />
          <PractitionersCard />
        </Section>
        <Section id="sign-in">
          <UsersCard />
          <SecurityCard />
          {myPasscode}
        </Section>
        <Section id="schedule">
          <ScheduleSettingsCards />
        </Section>
        <Section id="billing">
          <BillingSettingsCard />
        </Section>
        <Section id="precautions">
          <PrecautionRulesCard />
        </Section>
        <Section id="data">
          <BackupCard />
          <EncryptionCard />
          <ExportCard />
          <AuditCard />
        </Section>
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
