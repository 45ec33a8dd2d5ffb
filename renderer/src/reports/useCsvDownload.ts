// "Export CSV": main builds the file (formula-safe cells); the renderer hands it to the browser as
// a download, so the person chooses where it goes.
import { useState } from 'react';
import type { InputOf } from '../../../shared/contract';
import { call } from '../api';
import { messageOf } from '../hooks/useCall';
import { saveText } from '../hooks/saveDownload';

export type ReportName = InputOf<'reports/csv'>['report'];

export function useCsvDownload(from: string, to: string) {
  const [busy, setBusy] = useState<ReportName | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function download(report: ReportName): Promise<void> {
    setBusy(report);
    setError(null);
    try {
      const { fileName, csv } = await call('reports/csv', { report, from, to });
      saveText(fileName, csv, 'text/csv');
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(null);
    }
  }

  return { download, busy, error };
}
