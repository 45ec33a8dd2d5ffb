// The sentence to show beside one field for a failed call: the core's message for that field if
// it gave one, else its general message (e.g. "That passcode is not right", or the rate limit's).
import { CallError } from '../api';
import { messageOf } from '../hooks/useCall';

export function serverMessageFor(error: unknown, field: string): string {
  if (error instanceof CallError) return error.detail.fields?.[field] ?? error.message;
  return messageOf(error);
}
