// The clinic's own settings and its practitioners.
import type {
  AppStatus,
  Clinic,
  ClinicInput,
  ClinicSetupInput,
  Practitioner,
  PractitionerInput,
} from '../../shared/schemas/clinic';
import { todayIn } from '../../shared/domain/dates';
import { compiled } from './compiled';
import { signInAfterSetup } from './auth';
import { insertUser, saveSecuritySettings, securitySettings } from './users';
import { nowIso, type CoreContext } from './context';
import { isDemoFolder } from './demo/marker';
import { AppError, notFound } from './errors';
import type { PractitionerRow } from './schema';
import { all, first, run } from './sql';

// Asked by nearly every call ("today" and the time zone are the clinic's): compiled once.
const clinicRow = compiled((qb) => qb.selectFrom('clinic').selectAll().where('id', '=', 1));

export function getClinic(ctx: CoreContext): Clinic | null {
  const row = clinicRow.first(ctx);
  return row ? { name: row.name, timeZone: row.time_zone, updatedAt: row.updated_at } : null;
}

/** Today's date (YYYY-MM-DD) where the clinic is; the runtime's zone before setup. */
export function clinicToday(ctx: CoreContext): string {
  return todayIn(ctx.clock.now(), getClinic(ctx)?.timeZone);
}

export function appStatus(ctx: CoreContext): AppStatus {
  const clinic = getClinic(ctx);
  return { needsSetup: clinic === null, clinic, version: ctx.version, dataDir: ctx.dataDir, demo: isDemoFolder(ctx.dataDir) };
}

/**
 * First run: the clinic, its first practitioner and the owner user who charts as them are saved
 * together, once; with a passcode, sign-in is required from now on and the owner's recovery code
 * is handed back (once) to be printed. The owner is signed in either way.
 */
export function setupClinic(ctx: CoreContext, input: ClinicSetupInput): AppStatus & { recoveryCode: string | null } {
  const created = ctx.sqlite.transaction(() => {
    if (getClinic(ctx)) throw new AppError('conflict', 'This clinic is already set up. Change its details in Settings.');
    const now = nowIso(ctx);
    run(
      ctx.sqlite,
      ctx.qb.insertInto('clinic').values({ id: 1, name: input.clinic.name, time_zone: input.clinic.timeZone, created_at: now, updated_at: now }),
    );
    const practitionerId = insertPractitioner(ctx, input.practitioner);
    const passcode = input.access.mode === 'passcode' ? input.access.passcode : null;
    const name = `${input.practitioner.firstName} ${input.practitioner.lastName}`.trim();
    const owner = insertUser(ctx, { name, role: 'owner', practitionerId, passcode });
    saveSecuritySettings(ctx, { signInRequired: passcode !== null, lockMinutes: securitySettings(ctx).lockMinutes });
    return owner;
  })();
  signInAfterSetup(ctx, created.user);
  return { ...appStatus(ctx), recoveryCode: created.recoveryCode };
}

export function updateClinic(ctx: CoreContext, input: ClinicInput): Clinic {
  const changed = run(
    ctx.sqlite,
    ctx.qb.updateTable('clinic').set({ name: input.name, time_zone: input.timeZone, updated_at: nowIso(ctx) }).where('id', '=', 1),
  );
  if (changed === 0) throw new AppError('not_ready', 'Set up the clinic first.');
  return getClinic(ctx)!;
}

function toPractitioner(row: PractitionerRow): Practitioner {
  return {
    id: row.id,
    firstName: row.first_name,
    lastName: row.last_name,
    credentials: row.credentials,
    licenseNumber: row.license_number,
    npi: row.npi,
    active: row.active === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function listPractitioners(ctx: CoreContext): Practitioner[] {
  return all(ctx.sqlite, ctx.qb.selectFrom('practitioners').selectAll().orderBy('last_name').orderBy('first_name')).map(toPractitioner);
}

function getPractitioner(ctx: CoreContext, id: string): Practitioner {
  const row = first(ctx.sqlite, ctx.qb.selectFrom('practitioners').selectAll().where('id', '=', id));
  if (!row) throw notFound('That practitioner');
  return toPractitioner(row);
}

function insertPractitioner(ctx: CoreContext, input: PractitionerInput): string {
  const now = nowIso(ctx);
  const id = ctx.newId();
  run(
    ctx.sqlite,
    ctx.qb.insertInto('practitioners').values({
      id,
      first_name: input.firstName,
      last_name: input.lastName,
      credentials: input.credentials,
      license_number: input.licenseNumber,
      npi: input.npi,
      active: 1,
      created_at: now,
      updated_at: now,
    }),
  );
  return id;
}

export function createPractitioner(ctx: CoreContext, input: PractitionerInput): Practitioner {
  return getPractitioner(ctx, insertPractitioner(ctx, input));
}

export function updatePractitioner(ctx: CoreContext, input: PractitionerInput & { id: string }): Practitioner {
  const changed = run(
    ctx.sqlite,
    ctx.qb
      .updateTable('practitioners')
      .set({
        first_name: input.firstName,
        last_name: input.lastName,
        credentials: input.credentials,
        license_number: input.licenseNumber,
        npi: input.npi,
        updated_at: nowIso(ctx),
      })
      .where('id', '=', input.id),
  );
  if (changed === 0) throw notFound('That practitioner');
  return getPractitioner(ctx, input.id);
}

/** Refuses an id that is not a practitioner, with the message beside `field`. */
export function requirePractitioner(ctx: CoreContext, id: string, field = 'practitionerId'): void {
  if (!first(ctx.sqlite, ctx.qb.selectFrom('practitioners').select('id').where('id', '=', id))) {
    throw new AppError('invalid_input', 'Choose a practitioner from the list.', { [field]: 'Choose a practitioner from the list' });
  }
}
