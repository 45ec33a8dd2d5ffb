import { z } from 'zod';
import { SetupAccess } from './auth';
import { id, optionalNpi, optionalText, requiredText, timeZone } from './fields';

export const clinicFields = {
  name: requiredText('Clinic name', 120),
  timeZone,
};
export const ClinicInput = z.object(clinicFields).strict();
export type ClinicInput = z.output<typeof ClinicInput>;
export type ClinicFormValues = z.input<typeof ClinicInput>;

export const practitionerFields = {
  firstName: requiredText('First name'),
  lastName: requiredText('Last name'),
  credentials: optionalText('Credentials', 60),
  licenseNumber: optionalText('License number', 60),
  npi: optionalNpi,
};
export const PractitionerInput = z.object(practitionerFields).strict();
export type PractitionerInput = z.output<typeof PractitionerInput>;
export type PractitionerFormValues = z.input<typeof PractitionerInput>;

export const PractitionerUpdateInput = z.object({ id, ...practitionerFields }).strict();

/**
 * First run: the clinic, the first practitioner (who becomes the owner user) and how the app is
 * protected — the owner's passcode, or an explicit "no sign-in" — saved together or not at all.
 */
export const ClinicSetupInput = z
  .object({ clinic: ClinicInput, practitioner: PractitionerInput, access: SetupAccess })
  .strict();
export type ClinicSetupInput = z.output<typeof ClinicSetupInput>;
export type ClinicSetupFormValues = z.input<typeof ClinicSetupInput>;

export interface Clinic extends ClinicInput {
  updatedAt: string;
}

export interface Practitioner extends PractitionerInput {
  id: string;
  active: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface AppStatus {
  /** True until first-run setup has saved the clinic. */
  needsSetup: boolean;
  clinic: Clinic | null;
  version: string;
  dataDir: string;
  /** True in the demo clinic (sample data in its own folder): every screen says so. */
  demo: boolean;
  /** Set when the data folder is one a sync service copies (Dropbox, OneDrive…): say so in Settings → Backups. */
  storageWarning?: string | null;
  /**
   * Set when the start-up check, run after opening, found the database damaged (electron/core/startup-check.ts):
   * the renderer shows the damaged-database screen, offering the newest good backup.
   */
  damaged?: { message: string; problem: string; backup: { file: string; at: string } | null };
  /** True while that check still runs (the first second or so after a start): ask again shortly. */
  checkingDatabase?: boolean;
}
