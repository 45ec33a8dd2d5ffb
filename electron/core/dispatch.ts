// The one path from an untrusted call to a handler: used by ipc.ts in Electron and by the harness.
import type { z } from 'zod';
import { contract, type Handlers, type ShellHandlers } from '../../shared/contract';
import { isAsyncMethod, isMethod, isShellMethod, type Method } from '../../shared/methods';
import type { AppErrorShape, Envelope } from '../../shared/result';
import { AppError } from './errors';

export type Logger = (message: string, error: unknown) => void;
/** Runs before the input is parsed (who may call what: auth.ts checkRole); throws an AppError to refuse. */
export type Gate = (method: Method) => void;

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

const INTERNAL: AppErrorShape = {
  code: 'internal',
  message: 'Something went wrong and nothing was saved. Try again; if it keeps happening, restart Palpate.',
};

function failure(method: string, error: unknown, log: Logger): Envelope<never> {
  if (error instanceof AppError) return { ok: false, error: error.toShape() };
  log(`Palpate: ${method} failed`, error);
  return { ok: false, error: INTERNAL };
}

type Parsed = { ok: true; method: Method; data: unknown } | { ok: false; envelope: Envelope<never> };

function parse(method: unknown, input: unknown, gate?: Gate): Parsed {
  if (!isMethod(method)) {
    return { ok: false, envelope: { ok: false, error: { code: 'unknown_method', message: `Palpate has no action called "${(typeof method === 'string' ? method : typeof method).slice(0, 60)}".` } } };
  }
  if (gate) {
    try {
      gate(method);
    } catch (error) {
      if (error instanceof AppError) return { ok: false, envelope: { ok: false, error: error.toShape() } };
      throw error;
    }
  }
  const parsed = contract[method].input.safeParse(input ?? {});
  if (!parsed.success) return { ok: false, envelope: { ok: false, error: describeIssues(parsed.error.issues) } };
  return { ok: true, method, data: parsed.data };
}

const UNAVAILABLE: Envelope<never> = { ok: false, error: { code: 'unavailable', message: 'This action is not available here.' } };

/**
 * Validates `input` against the method's strict schema and runs the core's (synchronous) handler.
 * The shell's methods and the core's asynchronous ones (backups) answer only through
 * dispatchWithShell, which hosts use: here they are 'unavailable'.
 */
export function dispatch(api: Handlers, method: unknown, input: unknown, log: Logger = defaultLogger, gate?: Gate): Envelope<unknown> {
  const parsed = parse(method, input, gate);
  if (!parsed.ok) return parsed.envelope;
  if (isShellMethod(parsed.method) || isAsyncMethod(parsed.method)) return UNAVAILABLE;
  try {
    return { ok: true, value: (api[parsed.method] as (input: unknown) => unknown)(parsed.data) };
  } catch (error) {
    return failure(parsed.method, error, log);
  }
}

/**
 * The same, plus what answers asynchronously: the host's shell handlers (printing, restoring) and
 * the core's backups. A shell method the host does not provide is 'unavailable'.
 */
export function dispatchWithShell(
  api: Handlers,
  shell: Partial<ShellHandlers>,
  method: unknown,
  input: unknown,
  log: Logger = defaultLogger,
  gate?: Gate,
): Envelope<unknown> | Promise<Envelope<unknown>> {
  const parsed = parse(method, input, gate);
  if (!parsed.ok) return parsed.envelope;
  if (!(isShellMethod(parsed.method) || isAsyncMethod(parsed.method))) return dispatch(api, method, input, log, gate);
  const name = parsed.method;
  const handler = isShellMethod(name) ? shell[name] : api[name];
  if (!handler) return UNAVAILABLE;
  try {
    return (handler as (input: unknown) => Promise<unknown>)(parsed.data).then(
      (value): Envelope<unknown> => ({ ok: true, value }),
      (error: unknown) => failure(name, error, log),
    );
  } catch (error) {
    return failure(name, error, log);
  }
}
