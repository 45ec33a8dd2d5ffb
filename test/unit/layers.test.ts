// The layer rules are only worth something if they fire: lint forbidden imports as if they
// were written in each folder and expect the rule to refuse them.
import { ESLint } from 'eslint';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: resolve(__dirname, '../..') });

async function restricted(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(__dirname, '../..', file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layer rules', () => {
  it('keeps electron out of the core', async () => {
    expect(await restricted('electron/core/probe.ts', `import { app } from 'electron';\nexport const a = app;\n`)).toHaveLength(1);
  });

  it('keeps shared/ free of platform and app imports', async () => {
    const code = `import fs from 'node:fs';\nimport Database from 'better-sqlite3-multiple-ciphers';\nimport { useState } from 'react';\nimport { openCore } from '../electron/core';\nexport const a = [fs, Database, useState, openCore];\n`;
    expect((await restricted('shared/probe.ts', code)).length).toBeGreaterThanOrEqual(4);
  });

  it('keeps the renderer talking through the contract only', async () => {
    const code = `import { openCore } from '../../electron/core';\nimport { ipcRenderer } from 'electron';\nexport const a = [openCore, ipcRenderer];\n`;
    expect((await restricted('renderer/src/probe.ts', code)).length).toBeGreaterThanOrEqual(2);
  });

  it('keeps migrations from importing app code', async () => {
    const code = `import { isIsoDate } from '../shared/domain/dates';\nexport const a = isIsoDate;\n`;
    expect(await restricted('migrations/probe.ts', code)).toHaveLength(1);
  });

  it('allows what each layer may use', async () => {
    expect(await restricted('renderer/src/probe.ts', `import { contract } from '../../shared/contract';\nexport const a = contract;\n`)).toEqual([]);
    expect(await restricted('electron/core/probe.ts', `import Database from 'better-sqlite3-multiple-ciphers';\nexport const a = Database;\n`)).toEqual([]);
    expect(await restricted('migrations/probe.ts', `import { sql } from 'kysely';\nexport const a = sql;\n`)).toEqual([]);
  });
});
