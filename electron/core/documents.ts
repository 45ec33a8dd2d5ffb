// Printed documents: gathers a document's data and renders it to HTML (shared/documents). Turning
// the HTML into a PDF or a print job is the host's part (electron/print.ts, or the test harness),
// because that needs a browser engine; both hosts print exactly what this returns.
import { evaluatePrecautions } from '../../shared/domain/precautions';
import { renderDaySheet } from '../../shared/documents/day-sheet';
import { dateIn, formatDateTime, safeFileName, sortName } from '../../shared/documents/format';
import { renderBlankIntake, renderFilledIntake } from '../../shared/documents/intake-form';
import type { DocumentPage, Letterhead } from '../../shared/documents/layout';
import { renderChartExport } from '../../shared/documents/chart-export';
import { renderProgressReport, summarizeProgress, type Physician } from '../../shared/documents/progress-report';
import { renderSessionNote } from '../../shared/documents/session-note';
import type { Client } from '../../shared/schemas/client';
import type { DocumentRequest, RenderedDocument } from '../../shared/schemas/documents';
import type { TreatmentPlan } from '../../shared/schemas/plan';
import type { Referral } from '../../shared/schemas/referral';
import type { Session } from '../../shared/schemas/session';
import { today as agendaFor } from './agenda';
import { clientHeader } from './chart';
import { getClient } from './clients';
import { clinicToday, getClinic, listPractitioners } from './clinic';
import { nowIso, type CoreContext } from './context';
import { AppError } from './errors';
import { getIntake } from './intakes';
import { listPlans } from './plans';
import { currentPrecautionRules } from './precaution-rules';
import { currentReferral, getReferral, listReferrals } from './referrals';
import { closedDays } from './schedule-settings';
import { clientProgress } from './session-lists';
import { getSession } from './sessions';
import { all } from './sql';

/**
 * The practitioner a clinic-wide document (intake, progress report, chart) speaks for: the
 * clinic's first practitioner (the one who set it up) while they are active. A session note
 * speaks for the session's own practitioner.
 */
function documentPractitioner(ctx: CoreContext): Letterhead['practitioner'] {
  const active = listPractitioners(ctx).filter((p) => p.active);
  return active.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))[0] ?? null;
}

function requireId(request: DocumentRequest): string {
  if (request.id) return request.id;
  throw new AppError('invalid_input', 'Say which record to print.', { id: 'Say which record to print' });
}

/** The referral's physician, else the referring physician typed on the client's record. */
function physicianFor(client: Client, referral: Referral | null): Physician | null {
  if (referral) {
    const { physicianName: name, physicianPractice: practice, physicianPhone: phone, physicianFax: fax, physicianNpi: npi } = referral;
    return { name, practice, phone, fax, npi };
  }
  if (client.referringPhysicianName) {
    return { name: client.referringPhysicianName, practice: '', phone: client.referringPhysicianPhone, fax: '', npi: '' };
  }
  return null;
}

/** The plan the report is about: the active plan under this referral, else any active plan, else the latest. */
function planFor(plans: TreatmentPlan[], referral: Referral | null): TreatmentPlan | null {
  const active = plans.filter((p) => p.status === 'active');
  return active.find((p) => referral !== null && p.referralId === referral.id) ?? active[0] ?? plans[0] ?? null;
}

/** A client's sessions in visit order (date, start time), ids and status only: the chart export reads each in full. */
function sessionsInOrder(ctx: CoreContext, clientId: string) {
  return all(
    ctx.sqlite,
    ctx.qb
      .selectFrom('sessions')
      .select(['id', 'status', 'session_date'])
      .where('client_id', '=', clientId)
      .orderBy('session_date')
      .orderBy('start_time')
      .orderBy('created_at')
      .orderBy('id'),
  );
}

export function renderDocument(ctx: CoreContext, request: DocumentRequest): RenderedDocument {
  const clinic = getClinic(ctx);
  if (!clinic) throw new AppError('not_ready', 'Set up the clinic first: its name heads every printed document.');
  const letterhead: Letterhead = { clinicName: clinic.name, practitioner: documentPractitioner(ctx) };
  const { paper } = request;
  const today = clinicToday(ctx);
  const done = (page: DocumentPage, fileName: string): RenderedDocument => ({ ...page, paper, fileName: safeFileName(fileName, 'pdf') });

  switch (request.kind) {
    case 'intake-blank':
      return done(renderBlankIntake({ letterhead, paper }), 'Intake form - blank');

    case 'intake': {
      const intake = getIntake(ctx, requireId(request));
      const client = getClient(ctx, intake.clientId);
      const alerts = evaluatePrecautions(intake.answers, currentPrecautionRules(ctx).rules, today);
      const page = renderFilledIntake({ letterhead, paper, timeZone: clinic.timeZone, client, intake, alerts, alertsDate: today });
      const date = dateIn(intake.signedAt ?? intake.createdAt, clinic.timeZone);
      return done(page, `Intake - ${sortName(client)} - ${date}${intake.signed ? '' : ' - draft'}`);
    }

    case 'progress-report': {
      const clientId = requireId(request);
      const { client, alerts } = clientHeader(ctx, clientId);
      const referral = currentReferral(ctx, clientId);
      const plan = planFor(listPlans(ctx, clientId), referral);
      const progress = summarizeProgress(clientProgress(ctx, clientId), referral);
      const page = renderProgressReport({ letterhead, paper, today, client, physician: physicianFor(client, referral), referral, plan, alerts, progress });
      return done(page, `Progress report - ${sortName(client)} - ${today}`);
    }

    case 'session-note': {
      const session = getSession(ctx, requireId(request));
      const client = getClient(ctx, session.clientId);
      const practitioner = listPractitioners(ctx).find((p) => p.id === session.practitionerId) ?? null;
      const referral = session.referralId ? getReferral(ctx, session.referralId) : null;
      const page = renderSessionNote({
        letterhead: { ...letterhead, practitioner: practitioner ?? letterhead.practitioner },
        paper,
        timeZone: clinic.timeZone,
        client,
        session,
        practitioner,
        referral,
      });
      // Named by the date of service (two visits printed the same day must not share a name).
      return done(page, `Session note - ${sortName(client)} - ${session.sessionDate}${session.status === 'signed' ? '' : ' - draft'}`);
    }

    case 'chart-export': {
      const clientId = requireId(request);
      const { client, age, alerts } = clientHeader(ctx, clientId);
      const rows = sessionsInOrder(ctx, clientId);
      const sessions: Session[] = rows.filter((r) => r.status === 'signed').map((r) => getSession(ctx, r.id));
      const drafts = rows.filter((r) => r.status !== 'signed').map((r) => ({ sessionDate: r.session_date }));
      const practitioners = new Map(listPractitioners(ctx).map((p) => [p.id, p]));
      const page = renderChartExport({
        letterhead,
        paper,
        timeZone: clinic.timeZone,
        today,
        client,
        age,
        alerts,
        referrals: listReferrals(ctx, clientId),
        plans: listPlans(ctx, clientId),
        sessions,
        drafts,
        practitioners,
      });
      return done(page, `Chart - ${sortName(client)} - ${today}`);
    }

    case 'day-sheet': {
      const day = agendaFor(ctx, request.date ?? today);
      const closed = closedDays(ctx).find((c) => c.date === day.date);
      const page = renderDaySheet({
        letterhead,
        paper,
        day,
        printedAt: formatDateTime(nowIso(ctx), clinic.timeZone),
        closedReason: closed ? closed.reason : null,
      });
      return done(page, `Day sheet - ${day.date}`);
    }
  }
}
