// The one shape every call returns, over IPC and over the harness alike.

export type ErrorCode =
  | 'invalid_input' // the input failed its schema; `fields` says where
  | 'unknown_method'
  | 'not_found'
  | 'conflict'
  | 'needs_confirmation' // allowed, but ask the person first (e.g. outside business hours); resend with confirm
  | 'forbidden' // wrong sender, or this person's role may not do it
  | 'locked' // nobody is signed in, or the app is locked: show the lock screen
  | 'not_ready' // e.g. the clinic is not set up yet
  | 'unavailable' // this host cannot do it (e.g. printing without a browser engine)
  | 'internal';

export interface AppErrorShape {
  code: ErrorCode;
  /** A sentence a clinic owner understands. */
  message: string;
  /** Field path (dot-joined, e.g. `practitioner.npi`) → message shown beside that field. */
  fields?: Record<string, string>;
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape };
