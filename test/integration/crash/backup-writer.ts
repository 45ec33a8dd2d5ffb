// Child process for the backup crash test: commits one client per turn of the event loop and
// reports each only after its transaction committed ("commit N"). With "backup", it also makes
// backups one after another meanwhile ("backup-start" / "backup-done"), small steps of the online
// backup API interleaved with the commits. The parent kills it with SIGKILL at a random moment.
import { writeSync } from 'node:fs';
import { openCore } from '../../../electron/core';
import { createBackup } from '../../../electron/core/backup';

async function main(): Promise<void> {
  const [dataDir, mode] = process.argv.slice(2) as [string, 'commits' | 'backup'];
  const core = await openCore({ dataDir });
  let n = 0;
  const commit = () => {
    n += 1;
    const result = core.invoke('clients/create', { legalFirstName: `C${n}`, legalLastName: 'Commit', notes: `commit ${n} `.repeat(20) });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    // Reported only after the commit returned: everything reported must survive the kill.
    writeSync(1, `commit ${n}\n`);
    setImmediate(commit);
  };
  setImmediate(commit);
  if (mode !== 'backup') return;
  for (;;) {
    writeSync(1, 'backup-start\n');
    const made = await createBackup(core.ctx, { reason: 'auto', pagesPerStep: 8 });
    writeSync(1, `backup-done ${made.backup.file}\n`);
  }
}

main().catch((error: unknown) => {
  writeSync(2, `writer failed: ${String(error)}\n`);
  process.exit(1);
});
