// Printed documents: which one, for what record, on which paper.
import { z } from 'zod';
import { id, requiredDate } from './fields';

export const DOCUMENT_KINDS = ['intake-blank', 'intake', 'progress-report', 'session-note', 'chart-export', 'day-sheet'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
export const PAPER_SIZES = ['letter', 'a4'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

export const DocumentRequest = z
  .object({
    kind: z.enum(DOCUMENT_KINDS, { error: 'Choose a document to print' }),
    /**
     * The record printed: an intake id for 'intake', a session id for 'session-note', a client id
     * for 'progress-report' and 'chart-export'. Not for 'intake-blank' or 'day-sheet'.
     */
    id: id.optional(),
    /** The day a 'day-sheet' prints (YYYY-MM-DD); without it, the clinic's today. Only for 'day-sheet'. */
    date: requiredDate('Date').optional(),
    paper: z.enum(PAPER_SIZES, { error: 'Paper is Letter or A4' }).default('letter'),
  })
  .strict()
  .superRefine((v, ctx) => {
    const byRecord = v.kind !== 'intake-blank' && v.kind !== 'day-sheet';
    if (byRecord && !v.id) ctx.addIssue({ code: 'custom', path: ['id'], message: 'Say which record to print' });
    if (!byRecord && v.id !== undefined) ctx.addIssue({ code: 'custom', path: ['id'], message: 'This document is not printed for one record: leave out the id' });
    if (v.kind !== 'day-sheet' && v.date !== undefined) ctx.addIssue({ code: 'custom', path: ['date'], message: 'Only the day sheet is printed for a date' });
  });
export type DocumentRequest = z.output<typeof DocumentRequest>;

/** A document as HTML, ready for Chromium's print engine (Electron printToPDF or page.pdf()). */
export interface RenderedDocument {
  title: string;
  /** A safe file name for "Save as PDF", e.g. "Intake - Vance, Eleanor - 2026-11-27.pdf". */
  fileName: string;
  paper: PaperSize;
  html: string;
  /** Chromium footer template (page numbers), shared by both print paths. */
  footerTemplate: string;
}

export interface SavedPdf {
  /** False when the person cancelled the save dialog. */
  saved: boolean;
  path: string | null;
}
