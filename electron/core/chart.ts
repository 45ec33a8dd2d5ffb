// The client header: one call that gives every screen the same name, age, alerts and referral line.
import { ageOn } from '../../shared/domain/dates';
import { evaluatePrecautions } from '../../shared/domain/precautions';
import type { ClientHeader } from '../../shared/schemas/chart';
import { getClient } from './clients';
import { clinicToday } from './clinic';
import type { CoreContext } from './context';
import { intakeForAlerts } from './intakes';
import { currentPrecautionRules } from './precaution-rules';
import { referralBadgesFor } from './referrals';

export function clientHeader(ctx: CoreContext, clientId: string): ClientHeader {
  const client = getClient(ctx, clientId);
  const today = clinicToday(ctx);
  const intake = intakeForAlerts(ctx, clientId);
  const alerts = intake ? evaluatePrecautions(intake.answers, currentPrecautionRules(ctx).rules, today) : [];
  // The badge alone (not the whole referral with its scanned orders): this runs on every chart opening.
  const referral = referralBadgesFor(ctx, [clientId], today).get(clientId);
  return {
    client,
    age: client.dateOfBirth ? ageOn(client.dateOfBirth, today) : null,
    alerts,
    alertSource: intake ? { intakeId: intake.id, signed: intake.signed, date: (intake.signedAt ?? intake.createdAt).slice(0, 10) } : null,
    referral: referral ? { id: referral.id, badge: referral.badge, warnings: referral.warnings } : null,
  };
}
