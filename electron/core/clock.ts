import { monotonicFactory } from 'ulid';

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** ULIDs sort by creation time and need no coordination, so a later multi-desk sync never renumbers. */
export function createIdFactory(clock: Clock): () => string {
  const next = monotonicFactory();
  return () => next(clock.now().getTime());
}
