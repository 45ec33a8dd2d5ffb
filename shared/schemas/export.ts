// Exports: the whole database as files the clinic can keep and open anywhere (CSV, JSON, the
// scanned orders as files, a manifest with row counts and checksums), and one client's record as
// a FHIR R4 Bundle for another clinic's system.
import { z } from 'zod';
import { id } from './fields';

/** The full export takes no input from the renderer: the host asks for the destination folder. */
export const FullExportInput = z.object({}).strict();

export const FhirClientExportInput = z.object({ clientId: id }).strict();
export type FhirClientExportInput = z.output<typeof FhirClientExportInput>;

export interface ExportedTable {
  name: string;
  rows: number;
}

export type FullExportResult =
  | { cancelled: true }
  | {
      cancelled: false;
      /** The new folder, e.g. …/Palpate export 2026-11-27 10-04-05. */
      folder: string;
      tables: ExportedTable[];
      totalRows: number;
      /** Scanned orders written as files under attachments/. */
      attachments: number;
      /** Every file written, the manifest included. */
      files: number;
      bytes: number;
      /** One sentence for the screen: where it went and what it holds. */
      message: string;
    };

/** What manifest.json says about each file it lists (the manifest does not list itself). */
export interface ManifestFile {
  path: string;
  bytes: number;
  sha256: string;
}

export interface ExportManifest {
  format: 'palpate-export';
  formatVersion: 1;
  app: { name: 'Palpate'; version: string };
  exportedAt: string;
  clinic: { name: string; timeZone: string } | null;
  migrations: string[];
  tables: { name: string; rows: number; columns: string[]; csv: string; json: string }[];
  attachments: number;
  /** Columns written empty on purpose (passcode hashes): table → column names. */
  redacted: Record<string, string[]>;
  files: ManifestFile[];
}

export interface FhirClientExport {
  fileName: string;
  /** The Bundle as pretty-printed JSON text. */
  json: string;
  /** Resources in the Bundle by type, e.g. { Patient: 1, Encounter: 12 }. */
  counts: Record<string, number>;
}
