// Child process for the crash test: autosaves a session draft as fast as it can and reports each
// save only after it has committed. The parent kills it with SIGKILL at a random moment.
import { writeSync } from 'node:fs';
import { openCore } from '../../../electron/core';

async function main(): Promise<void> {
  const dataDir = process.argv[2]!;
  const core = await openCore({ dataDir });
  const ok = <T>(r: { ok: boolean; value?: unknown; error?: unknown }): T => {
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    return r.value as T;
  };
  ok(core.invoke('clinic/setup', { clinic: { name: 'Crash Test Clinic', timeZone: 'UTC' }, practitioner: { firstName: 'Pat', lastName: 'K' }, access: { mode: 'none' } }));
  const practitionerId = ok<{ id: string }[]>(core.invoke('practitioners/list', {}))[0]!.id;
  const clientId = ok<{ id: string }>(core.invoke('clients/create', { legalFirstName: 'Cara', legalLastName: 'Client' })).id;
  const sessionId = ok<{ id: string }>(core.invoke('sessions/start', { clientId, practitionerId, sessionDate: '2026-11-27' })).id;
  writeSync(1, `session ${sessionId}\n`);
  for (let i = 1; ; i++) {
    // Each save rewrites the note and a varying number of findings, as typing and charting do.
    const findings = Array.from({ length: i % 7 }, (_, k) => ({
      id: `01JD${String(k).padStart(22, '0')}`,
      regionId: 'calf',
      side: k % 2 ? 'left' : 'right',
      type: 'spasm',
      severity: 1 + (k % 3),
    }));
    ok(core.invoke('sessions/saveDraft', { id: sessionId, practitionerId, sessionDate: '2026-11-27', subjective: `typed ${i} `.repeat(20), findings }));
    // Reported only after the commit returned: everything reported must survive the kill.
    writeSync(1, `saved ${i}\n`);
  }
}

main().catch((error: unknown) => {
  writeSync(2, `writer failed: ${String(error)}\n`);
  process.exit(1);
});
