// Every migration, registered explicitly and in order. Names are frozen once landed.
import type { Migration } from 'kysely';
import * as m0001 from './20261127_0001_foundation';

export const migrations: Record<string, Migration> = {
  '20261127_0001_foundation': m0001,
};

export const MIGRATION_NAMES = Object.keys(migrations);
