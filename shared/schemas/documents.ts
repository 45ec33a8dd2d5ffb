// Printed documents: which one, for what record, on which paper.
import { z } from 'zod';
import { id, requiredDate } from './fields';

export const DOCUMENT_KINDS = [
  'intake-blank',
  'intake',
  'progress-report',
  'session-note',
  'chart-export',
  'day-sheet',
  'invoice',
  'receipt',
  'superbill',
  'statement',
  'invoices-month',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
export const PAPER_SIZES = ['letter', 'a4'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

export const DocumentRequest = z
  .object({
    kind: z.enum(DOCUMENT_KINDS, { error: 'Choose a document to print' }),
    /**
     * The record printed: an intake id for 'intake', a session id for 'session-note', a client id
     * for 'progress-report', 'chart-export' and 'statement', an invoice id for 'invoice' and
     * 'superbill', a payment id for 'receipt'. Not for 'intake-blank', 'day-sheet' or 'invoices-month'.
     */
    id: id.optional(),
    /** The day a 'day-sheet' prints (YYYY-MM-DD); without it, the clinic's today. Only for 'day-sheet'. */
    date: requiredDate('Date').optional(),
    /** The month whose invoices 'invoices-month' prints (YYYY-MM); without it, the clinic's this month. Only for 'invoices-month'. */
    month: z
      .string({ error: 'Month must be text like 2026-11' })
      .trim()
      .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Month: enter it as YYYY-MM, e.g. 2026-11')
      .optional(),
    paper: z.enum(PAPER_SIZES, { error: 'Paper is Letter or A4' }).default('letter'),
  })
  .strict()
  .superRefine((v, ctx) => {
    const byRecord = v.kind !== 'intake-blank' && v.kind !== 'day-sheet' && v.kind !== 'invoices-month';
    if (byRecord && !v.id) ctx.addIssue({ code: 'custom', path: ['id'], message: 'Say which record to print' });
    if (!byRecord && v.id !== undefined) ctx.addIssue({ code: 'custom', path: ['id'], message: 'This document is not printed for one record: leave out the id' });
    if (v.kind !== 'day-sheet' && v.date !== undefined) ctx.addIssue({ code: 'custom', path: ['date'], message: 'Only the day sheet is printed for a date' });
    if (v.kind !== 'invoices-month' && v.month !== undefined) ctx.addIssue({ code: 'custom', path: ['month'], message: "Only a month's invoices are printed for a month" });
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
