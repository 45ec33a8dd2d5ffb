// Drafts are never lost: a process autosaving a note is killed with SIGKILL at random moments;
// after each kill the file passes integrity_check and holds every save that had been reported.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, expect, it } from 'vitest';
import { cleanupTestCores, expectOk, makeTempDir, openTestCore } from './../helpers/core';

afterEach(cleanupTestCores);


/** Runs the writer until `waitMs` after its first save, kills it, and returns what it reported. */
function runAndKill(dataDir: string, waitMs: number): Promise<{ sessionId: string; lastSaved: number }> {
  return new Promise((ok, fail) => {
    // tsx as a loader in this very process (its CLI would fork a child that outlives SIGKILL).
    const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'crash/autosave-writer.ts'), dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let timer: NodeJS.Timeout | undefined;
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (!timer && /saved \d+/.test(out)) timer = setTimeout(() => child.kill('SIGKILL'), waitMs);
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    // 'close', not 'exit': lines the writer flushed before dying may still be in the pipe.
    child.on('close', (_code, signal) => {
      if (signal !== 'SIGKILL') return fail(new Error(`writer ended by itself: ${err || out.slice(-500)}`));
      const sessionId = /session (\S+)/.exec(out)?.[1];
      const saves = [...out.matchAll(/saved (\d+)\n/g)].map((m) => Number(m[1]));
      if (!sessionId || saves.length === 0) return fail(new Error(`writer reported nothing: ${err}`));
      ok({ sessionId, lastSaved: saves[saves.length - 1]! });
    });
  });
}

it('keeps every reported autosave and a sound file across SIGKILLs at random moments', async () => {
  await fc.assert(
    fc.asyncProperty(fc.integer({ min: 0, max: 400 }), async (waitMs) => {
      const dataDir = makeTempDir('palpate-crash-');
      const { sessionId, lastSaved } = await runAndKill(dataDir, waitMs);
      const core = await openTestCore({ dataDir });
      expect(core.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
      const draft = expectOk<{ subjective: string; findings: unknown[] }>(core.invoke('sessions/get', { id: sessionId }));
      const saved = Number(/typed (\d+)/.exec(draft.subjective)?.[1]);
      // The reported save is there; one more may have committed just before the kill.
      expect(saved === lastSaved || saved === lastSaved + 1, `reported ${lastSaved}, found ${saved}`).toBe(true);
      expect(draft.findings).toHaveLength(saved % 7);
      core.close();
    }),
    { numRuns: 6 },
  );
}, 120_000);
