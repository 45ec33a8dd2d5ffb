// The one path from an untrusted call to a handler: used by ipc.ts in Electron and by the harness.
import type { z } from 'zod';
import { contract, type Handlers } from '../../shared/contract';
import { isMethod } from '../../shared/methods';
import type { AppErrorShape, Envelope } from '../../shared/result';
import { AppError } from './errors';

export type Logger = (message: string, error: unknown) => void;

const defaultLogger: Logger = (message, error) => console.error(message, error);

/** Zod issues → one message per field path, plus a summary sentence. */
export function describeIssues(issues: z.core.$ZodIssue[]): AppErrorShape {
  const fields: Record<string, string> = {};
  const general: string[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      general.push(`Unexpected field${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.join(', ')}`);
      continue;
    }
    const path = issue.path.map(String).join('.');
    if (path === '') general.push(issue.message);
    else fields[path] ??= issue.message;
  }
  const count = Object.keys(fields).length;
  const summary = count > 0 ? `Please correct ${count === 1 ? 'the highlighted field' : `the ${count} highlighted fields`}.` : '';
  const message = [summary, ...general].filter(Boolean).join(' ') || 'That request was not valid.';
  return count > 0 ? { code: 'invalid_input', message, fields } : { code: 'invalid_input', message };
}

export function dispatch(api: Handlers, method: unknown, input: unknown, log: Logger = defaultLogger): Envelope<unknown> {
  if (!isMethod(method)) {
    return { ok: false, error: { code: 'unknown_method', message: `Palpate has no action called "${String(method).slice(0, 60)}".` } };
  }
  const parsed = contract[method].input.safeParse(input ?? {});
  if (!parsed.success) return { ok: false, error: describeIssues(parsed.error.issues) };
  try {
    const handler = api[method] as (input: unknown) => unknown;
    return { ok: true, value: handler(parsed.data) };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error: error.toShape() };
    log(`Palpate: ${method} failed`, error);
    return {
      ok: false,
      error: { code: 'internal', message: 'Something went wrong and nothing was saved. Try again; if it keeps happening, restart Palpate.' },
    };
  }
}
