// The clinic's precaution rule table: the defaults until edited; every save is a new version, so
// what an alert said on a given day can always be traced.
import { PrecautionRuleSet, defaultPrecautionRules, withDefaultRules, type PrecautionRule } from '../../shared/domain/precaution-rules';
import type { PrecautionRulesSaveInput, PrecautionRulesState } from '../../shared/schemas/chart';
import { compiled } from './compiled';
import { nowIso, type CoreContext } from './context';
import { all, run } from './sql';

// Every chart header, calendar week and signature evaluates the rules; a version never changes once
// saved (a new save is a new version), so each stored version is parsed once. The rules returned
// are that shared copy: callers read them (evaluatePrecautions), never change them.
const parsedVersions = new Map<string, PrecautionRule[]>();
let defaults: PrecautionRule[] | null = null;

const newestVersion = compiled((qb) => qb.selectFrom('precaution_rule_versions').selectAll().orderBy('version', 'desc').limit(1));

export function currentPrecautionRules(ctx: CoreContext): PrecautionRulesState {
  const row = newestVersion.first(ctx);
  if (!row) return { version: 0, rules: (defaults ??= defaultPrecautionRules()), note: '', savedAt: null };
  const key = `${row.version}\u0000${row.created_at}\u0000${row.rules}`;
  let rules = parsedVersions.get(key);
  if (!rules) {
    // Stored JSON was validated on the way in; parse again so a hand-edited file cannot break alerts.
    const parsed = PrecautionRuleSet.safeParse(JSON.parse(row.rules));
    rules = withDefaultRules(parsed.success ? parsed.data : defaultPrecautionRules());
    if (parsedVersions.size > 50) parsedVersions.clear();
    parsedVersions.set(key, rules);
  }
  return { version: row.version, rules, note: row.note, savedAt: row.created_at };
}

export function savePrecautionRules(ctx: CoreContext, input: PrecautionRulesSaveInput): PrecautionRulesState {
  run(
    ctx.sqlite,
    ctx.qb.insertInto('precaution_rule_versions').values({ rules: JSON.stringify(withDefaultRules(input.rules)), note: input.note, created_at: nowIso(ctx) }),
  );
  return currentPrecautionRules(ctx);
}

export function resetPrecautionRules(ctx: CoreContext): PrecautionRulesState {
  return savePrecautionRules(ctx, { rules: defaultPrecautionRules(), note: 'Reset to defaults' });
}

export function precautionRuleHistory(ctx: CoreContext): Omit<PrecautionRulesState, 'rules'>[] {
  return all(ctx.sqlite, ctx.qb.selectFrom('precaution_rule_versions').select(['version', 'note', 'created_at']).orderBy('version', 'desc')).map(
    (r) => ({ version: r.version, note: r.note, savedAt: r.created_at }),
  );
}
