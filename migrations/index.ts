// Every migration, registered explicitly and in order. Names are frozen once landed.
import type { Migration } from 'kysely';
import * as m0001 from './20261127_0001_foundation';
import * as m0002 from './20261127_0002_intake_referrals';
import * as m0003 from './20261127_0003_sessions';
import * as m0004 from './20261127_0004_schedule';
import * as m0005 from './20261127_0005_billing';
import * as m0006 from './20261127_0006_indexes';
import * as m0007 from './20261127_0007_audit';
import * as m0008 from './20261127_0008_users';

export const migrations: Record<string, Migration> = {
  '20261127_0001_foundation': m0001,
  '20261127_0002_intake_referrals': m0002,
  '20261127_0003_sessions': m0003,
  '20261127_0004_schedule': m0004,
  '20261127_0005_billing': m0005,
  '20261127_0006_indexes': m0006,
  '20261127_0007_audit': m0007,
  '20261127_0008_users': m0008,
};

export const MIGRATION_NAMES = Object.keys(migrations);
