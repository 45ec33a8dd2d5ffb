// Importing clients from a CSV file: which column fills which client field, the preview (every
// row checked by the same schema as "New client"), and the import itself (all rows or none).
import { z } from 'zod';
import type { ClientInput } from './client';

/** Limits that keep one import quick and reviewable. */
export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;
export const IMPORT_MAX_ROWS = 5000;

/** The client fields a column can fill, in the order the mapping screen lists them. */
export const IMPORT_FIELDS = [
  'legalFirstName',
  'legalLastName',
  'preferredName',
  'pronouns',
  'dateOfBirth',
  'sex',
  'phone',
  'email',
  'addressLine1',
  'addressLine2',
  'city',
  'region',
  'postalCode',
  'country',
  'emergencyContactName',
  'emergencyContactRelationship',
  'emergencyContactPhone',
  'referringPhysicianName',
  'referringPhysicianPhone',
  'insurancePayer',
  'insuranceMemberId',
  'insuranceGroupNumber',
  'insuranceSubscriberName',
  'insuranceSubscriberRelationship',
  'notes',
] as const satisfies readonly (keyof ClientInput)[];
export type ImportField = (typeof IMPORT_FIELDS)[number];

export const REQUIRED_IMPORT_FIELDS: readonly ImportField[] = ['legalFirstName', 'legalLastName'];

export const IMPORT_FIELD_LABELS: Record<ImportField, string> = {
  legalFirstName: 'Legal first name',
  legalLastName: 'Legal last name',
  preferredName: 'Preferred name',
  pronouns: 'Pronouns',
  dateOfBirth: 'Date of birth',
  sex: 'Sex',
  phone: 'Phone',
  email: 'Email',
  addressLine1: 'Address',
  addressLine2: 'Address line 2',
  city: 'City',
  region: 'State / region',
  postalCode: 'Postal code',
  country: 'Country',
  emergencyContactName: 'Emergency contact name',
  emergencyContactRelationship: 'Emergency contact relationship',
  emergencyContactPhone: 'Emergency contact phone',
  referringPhysicianName: 'Referring physician',
  referringPhysicianPhone: 'Physician phone',
  insurancePayer: 'Insurance payer',
  insuranceMemberId: 'Member ID',
  insuranceGroupNumber: 'Group number',
  insuranceSubscriberName: 'Subscriber name',
  insuranceSubscriberRelationship: 'Subscriber relationship',
  notes: 'Notes',
};

const column = z.string({ error: 'Choose a column from the file' }).max(200, 'That column name is too long').nullable();

/** Palpate field → the file's column (its header as the preview lists it), or null for "not imported". */
export const ImportMapping = z
  .object(Object.fromEntries(IMPORT_FIELDS.map((f) => [f, column.optional()])) as Record<ImportField, z.ZodOptional<typeof column>>)
  .strict();
export type ImportMapping = Partial<Record<ImportField, string | null>>;

const csv = z
  .string({ error: 'Choose a CSV file' })
  .max(IMPORT_MAX_BYTES, `The file is larger than ${IMPORT_MAX_BYTES / 1024 / 1024} MB. Split it into smaller files and import them one at a time.`);

export const ClientImportPreviewInput = z.object({ csv, mapping: ImportMapping.optional() }).strict();
export type ClientImportPreviewInput = z.output<typeof ClientImportPreviewInput>;

export const ClientImportInput = z
  .object({
    csv,
    mapping: ImportMapping,
    /** Rows that match a client already in Palpate are left out (the default), or imported as new clients. */
    skipDuplicates: z.boolean({ error: 'Skip duplicates must be yes or no' }).default(true),
  })
  .strict();
export type ClientImportInput = z.output<typeof ClientImportInput>;

export interface ImportDuplicate {
  /** An existing client with the same name and birth date (or email), or an earlier row of the file. */
  kind: 'existing' | 'file';
  clientId: string | null;
  /** "Jane Doe (born 1980-04-12)" or "row 4". */
  label: string;
}

export interface ImportRow {
  /** The row's line in the spreadsheet (the header is line 1). */
  line: number;
  /** What would be saved, field by field (after dates and options were read). */
  values: Partial<Record<ImportField, string>>;
  /** Field → message, like a form's field errors; '_row' for the row as a whole. */
  errors: Record<string, string>;
  duplicate: ImportDuplicate | null;
}

export interface ImportPreview {
  /** The file's column headers (made unique: a second "Phone" is "Phone (2)"; a blank one "Column 3"). */
  headers: string[];
  /** The mapping Palpate suggests from the headers. */
  suggested: ImportMapping;
  /** The mapping the rows below were read with (the one sent, else the suggestion). */
  mapping: ImportMapping;
  /** Problems with the mapping itself, by field (a required field with no column, one column used twice). */
  mappingErrors: Partial<Record<ImportField, string>>;
  totalRows: number;
  errorRows: number;
  duplicateRows: number;
  /** Rows to show: every row with an error or a duplicate, then the first rows, in file order (at most PREVIEW_ROWS). */
  rows: ImportRow[];
  /** True when rows were left out of `rows` (the counts above still cover the whole file). */
  truncated: boolean;
}

export const PREVIEW_ROWS = 300;

export interface ImportResult {
  imported: number;
  skippedDuplicates: number;
  message: string;
}
