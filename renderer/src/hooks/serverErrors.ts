// Puts a failed save's field messages beside the fields they concern.
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { CallError } from '../api';
import { messageOf } from './useCall';

/**
 * Applies `error.fields` (dot paths such as `practitioner.npi`, which are also react-hook-form
 * paths) with setError, and returns the sentence to show in the form's banner.
 */
export function applyServerErrors<T extends FieldValues>(error: unknown, setError: UseFormSetError<T>): string {
  if (error instanceof CallError && error.detail.fields) {
    let first = true;
    for (const [path, message] of Object.entries(error.detail.fields)) {
      setError(path as Path<T>, { type: 'server', message }, { shouldFocus: first });
      first = false;
    }
  }
  return messageOf(error);
}
