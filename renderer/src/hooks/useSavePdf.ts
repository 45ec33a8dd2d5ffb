// "Save as PDF" for printed documents (blank and filled intakes, progress reports): main asks where
// to save, prints, and says where the file went; the screen shows that, or why it failed.
import { useState } from 'react';
import type { DocumentKind, PaperSize } from '../../../shared/schemas/documents';
import { call } from '../api';
import { useClinic } from '../ClinicContext';
import { useToast } from '../components/Toast';
import { messageOf } from './useCall';

/** Letter in the Americas (US, Canada, Mexico and most of Latin America use it), A4 elsewhere. */
export function paperFor(timeZone: string): PaperSize {
  return timeZone.startsWith('America/') ? 'letter' : 'a4';
}

export interface SavePdf {
  save: (kind: DocumentKind, id?: string) => Promise<void>;
  /** The kind being saved right now, to disable its button. */
  busy: DocumentKind | null;
  error: string | null;
  clearError: () => void;
}

export function useSavePdf(): SavePdf {
  const toast = useToast();
  const { clinic } = useClinic();
  const [busy, setBusy] = useState<DocumentKind | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function save(kind: DocumentKind, id?: string): Promise<void> {
    setBusy(kind);
    setError(null);
    try {
      const result = await call('documents/savePdf', { kind, ...(id ? { id } : {}), paper: paperFor(clinic.timeZone) });
      if (result.saved) toast(result.path ? `Saved to ${result.path}` : 'PDF saved');
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(null);
    }
  }

  return { save, busy, error, clearError: () => setError(null) };
}
