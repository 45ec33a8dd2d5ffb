// Invoices, superbills, receipts, statements and a month's invoices: saved as PDF or sent to the
// system print dialog. Main renders and prints them; the screen says where the file went.
import { useState } from 'react';
import type { InputOf } from '../../../shared/contract';
import type { DocumentKind } from '../../../shared/schemas/documents';
import { call } from '../api';
import { useClinic } from '../ClinicContext';
import { useToast } from '../components/Toast';
import { messageOf } from '../hooks/useCall';
import { paperFor } from '../hooks/useSavePdf';

export type BillingDocumentKind = Extract<DocumentKind, 'invoice' | 'superbill' | 'receipt' | 'statement' | 'invoices-month'>;

/** Which record: an invoice id, a payment id (receipt), a client id (statement), or a month 'YYYY-MM'. */
export type BillingDocumentTarget = { id: string } | { month: string };

export interface BillingDocuments {
  save: (kind: BillingDocumentKind, target: BillingDocumentTarget) => Promise<void>;
  print: (kind: BillingDocumentKind, target: BillingDocumentTarget) => Promise<void>;
  /** "kind:target" of the document being made right now, to disable its button. */
  busy: string | null;
  error: string | null;
  clearError: () => void;
}

export function documentKey(kind: BillingDocumentKind, target: BillingDocumentTarget): string {
  return `${kind}:${'id' in target ? target.id : target.month}`;
}

export function useBillingDocuments(): BillingDocuments {
  const toast = useToast();
  const { clinic } = useClinic();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  function request(kind: BillingDocumentKind, target: BillingDocumentTarget): InputOf<'documents/savePdf'> {
    return { kind, ...target, paper: paperFor(clinic.timeZone) };
  }

  async function run(kind: BillingDocumentKind, target: BillingDocumentTarget, action: () => Promise<void>): Promise<void> {
    setBusy(documentKey(kind, target));
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(null);
    }
  }

  return {
    save: (kind, target) =>
      run(kind, target, async () => {
        const result = await call('documents/savePdf', request(kind, target));
        if (result.saved) toast(result.path ? `Saved to ${result.path}` : 'PDF saved');
      }),
    print: (kind, target) =>
      run(kind, target, async () => {
        await call('documents/print', request(kind, target));
      }),
    busy,
    error,
    clearError: () => setError(null),
  };
}
