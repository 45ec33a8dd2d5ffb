// Child process for the encryption crash test: opens a clinic, turns encryption on ("on") or off
// ("off") through the host, as Settings does (the passphrase is the third argument), and reports "switch-start" / "switch-done". The
// parent kills it with SIGKILL at a random moment in between (or after).
import { writeSync } from 'node:fs';
import { openCore } from '../../../electron/core';
import { createCoreHost } from '../../../electron/core/backup-host';

async function main(): Promise<void> {
  const [dataDir, mode, passphrase] = process.argv.slice(2) as [string, 'on' | 'off', string];
  const core = await openCore({ dataDir, passphrase });
  const host = createCoreHost({ core, reopen: () => openCore({ dataDir }), shell: () => ({}) });
  const started = Date.now();
  writeSync(1, 'switch-start\n');
  const answer = await host.invoke('security/setEncryption', mode === 'on' ? { enabled: true, passphrase } : { enabled: false });
  if (!answer.ok) throw new Error(JSON.stringify(answer.error));
  writeSync(1, `switch-done ${Date.now() - started}\n`);
  // Stay alive until killed, like an app left open.
  setInterval(() => undefined, 60_000);
}

main().catch((error: unknown) => {
  writeSync(2, `switcher failed: ${String(error)}\n`);
  process.exit(1);
});
