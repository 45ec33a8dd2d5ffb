// What the client header shows wherever a client appears: who, how old, alerts, referral status.
import { z } from 'zod';
import { PrecautionRuleSet, type PrecautionRule } from '../domain/precaution-rules';
import type { Alert } from '../domain/precautions';
import type { Client } from './client';
import { optionalText } from './fields';

export interface ClientHeader {
  client: Client;
  /** Whole years today in the clinic's time zone; null without a birth date. */
  age: number | null;
  alerts: Alert[];
  /** The intake the alerts come from (the latest signed one, else the latest draft). */
  alertSource: { intakeId: string; signed: boolean; date: string } | null;
  /** The referral in force today (or the latest one), with its warnings. */
  referral: { id: string; badge: string; warnings: { code: string; message: string }[] } | null;
}

export interface PrecautionRulesState {
  /** 0 when the clinic has never edited the defaults. */
  version: number;
  rules: PrecautionRule[];
  note: string;
  savedAt: string | null;
}

export const PrecautionRulesSaveInput = z
  .object({ rules: PrecautionRuleSet, note: optionalText('Note', 300) })
  .strict();
export type PrecautionRulesSaveInput = z.output<typeof PrecautionRulesSaveInput>;
