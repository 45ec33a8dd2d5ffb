// The Overview tab: every recorded detail, grouped the way the form groups them.
import type { ReactNode } from 'react';
import type { Client } from '../../../shared/schemas/client';
import { useToday } from '../ClinicContext';
import { birthDateWithAge, orDash, RELATIONSHIP_LABELS, SEX_LABELS } from '../format';

type Row = [label: string, value: string];

function InfoCard({ title, rows, wide, children }: { title: string; rows?: Row[]; wide?: boolean; children?: ReactNode }) {
  return (
    <section className={wide ? 'card info-card info-card-wide' : 'card info-card'}>
      <h2 className="card-title">{title}</h2>
      {rows && (
        <dl className="info-list">
          {rows.map(([label, value]) => (
            <div key={label} className="info-row">
              <dt>{label}</dt>
              <dd className={value.trim() ? undefined : 'muted'}>{orDash(value)}</dd>
            </div>
          ))}
        </dl>
      )}
      {children}
    </section>
  );
}

/** Address lines joined the way an envelope reads them; blank parts are left out. */
function address(c: Client): string {
  const cityLine = [c.city, [c.region, c.postalCode].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  return [c.addressLine1, c.addressLine2, cityLine, c.country].filter(Boolean).join('\n');
}

export function OverviewCards({ client: c }: { client: Client }) {
  const today = useToday();
  const subscriberRelationship = c.insuranceSubscriberRelationship ? (RELATIONSHIP_LABELS[c.insuranceSubscriberRelationship] ?? '') : '';
  return (
    <div className="card-grid">
      <InfoCard
        title="Contact"
        rows={[
          ['Phone', c.phone],
          ['Email', c.email],
          ['Address', address(c)],
        ]}
      />
      <InfoCard
        title="Personal"
        rows={[
          ['Date of birth', birthDateWithAge(c.dateOfBirth, today)],
          ['Sex', c.sex ? (SEX_LABELS[c.sex] ?? c.sex) : ''],
          ['Pronouns', c.pronouns],
          ['Preferred name', c.preferredName],
        ]}
      />
      <InfoCard
        title="Emergency contact"
        rows={[
          ['Name', c.emergencyContactName],
          ['Relationship', c.emergencyContactRelationship],
          ['Phone', c.emergencyContactPhone],
        ]}
      />
      <InfoCard
        title="Referring physician"
        rows={[
          ['Name', c.referringPhysicianName],
          ['Phone', c.referringPhysicianPhone],
        ]}
      />
      <InfoCard
        title="Insurance"
        rows={[
          ['Payer', c.insurancePayer],
          ['Member ID', c.insuranceMemberId],
          ['Group number', c.insuranceGroupNumber],
          ['Subscriber', c.insuranceSubscriberName],
          ['Subscriber relationship', subscriberRelationship],
        ]}
      />
      <InfoCard title="Notes">
        <p className={c.notes ? 'notes-text' : 'notes-text muted'}>{orDash(c.notes)}</p>
      </InfoCard>
    </div>
  );
}
