import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCore } from '../../../electron/core/index';
import { recordStatements } from '../sql-replay';
async function main() {
  const src = process.argv[2]!;
  const work = mkdtempSync(join(tmpdir(), 'wk-'));
  cpSync(src, work, { recursive: true });
  const core = await openCore({ dataDir: work });
  const input = { from: '2026-11-23T05:00:00.000Z', to: '2026-11-30T05:00:00.000Z' };
  const r = core.invoke('appointments/range', input) as any;
  console.log('appointments', r.value.length, 'clients', new Set(r.value.map((a: any) => a.clientId)).size);
  const ran = recordStatements(core.sqlite, () => core.invoke('appointments/range', input));
  const by = new Map<string, number>();
  for (const s of ran) by.set(s.sql.slice(0, 110), (by.get(s.sql.slice(0, 110)) ?? 0) + 1);
  console.log('statements', ran.length); for (const [k, v] of [...by].sort((a, b) => b[1] - a[1])) console.log(String(v).padStart(4), k);
  for (const m of ['appointments/range', 'clients/header', 'schedule/today'] as const) {
    const inp = m === 'appointments/range' ? input : m === 'clients/header' ? { id: r.value[0].clientId } : {};
    for (let i = 0; i < 50; i++) core.invoke(m, inp);
    const t = performance.now(); for (let i = 0; i < 200; i++) core.invoke(m, inp); console.log(m, ((performance.now() - t) / 200).toFixed(3), 'ms');
  }
}
main();
