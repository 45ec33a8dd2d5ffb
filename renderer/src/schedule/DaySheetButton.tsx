// "Print day sheet": the day's appointments with phones and alerts as a PDF. Shown only when the
// documents module offers the 'day-sheet' kind.
import { Printer } from 'lucide-react';
import { useState } from 'react';
import { DOCUMENT_KINDS, type DocumentKind } from '../../../shared/schemas/documents';
import { call } from '../api';
import { useClinic } from '../ClinicContext';
import { useToast } from '../components/Toast';
import { messageOf } from '../hooks/useCall';
import { paperFor } from '../hooks/useSavePdf';

const DAY_SHEET: DocumentKind | null = (DOCUMENT_KINDS as readonly string[]).includes('day-sheet') ? ('day-sheet' as DocumentKind) : null;

export function DaySheetButton({ date, onError }: { date: string; onError: (message: string | null) => void }) {
  const { clinic } = useClinic();
  const toast = useToast();
  const [busy, setBusy] = useState(false);
  if (!DAY_SHEET) return null;
  async function save(kind: DocumentKind) {
    setBusy(true);
    onError(null);
    try {
      const result = await call('documents/savePdf', { kind, date, paper: paperFor(clinic.timeZone) });
      if (result.saved) toast(result.path ? `Saved to ${result.path}` : 'PDF saved');
    } catch (e) {
      onError(messageOf(e));
    } finally {
      setBusy(false);
    }
  }
  return (
    <button type="button" className="button button-secondary" disabled={busy} onClick={() => void save(DAY_SHEET)}>
      <Printer size={16} aria-hidden="true" />
      {busy ? 'Saving…' : 'Print day sheet'}
    </button>
  );
}
