// Child process for the invoice-number race: waits for the go signal, issues its draft invoice
// and prints the number it got.
import { existsSync, writeSync } from 'node:fs';
import { openCore } from '../../../electron/core';

async function main(): Promise<void> {
  const [dataDir, goFile, invoiceId] = process.argv.slice(2) as [string, string, string];
  const core = await openCore({ dataDir });
  writeSync(1, 'ready\n');
  while (!existsSync(goFile)) await new Promise((r) => setTimeout(r, 2));
  const result = core.invoke('invoices/issue', { id: invoiceId });
  writeSync(1, `${JSON.stringify(result.ok ? { ok: true, number: (result.value as { number: string }).number } : { ok: false, error: result.error })}\n`);
  core.close();
}

main().catch((error: unknown) => {
  writeSync(2, `writer failed: ${String(error)}\n`);
  process.exit(1);
});
