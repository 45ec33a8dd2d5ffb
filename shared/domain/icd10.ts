// ICD-10-CM diagnosis codes on referrals: check the form of any code, refuse codes that no longer
// exist (with what to use instead), and search the bundled list of common massage-referral codes.
// Only the bundled codes are known to exist; any other well-formed code is accepted on trust,
// because bundling the whole code set (~74,000 codes) would need a yearly data update of its own.
import { DELETED_CODES, ICD10_COMMON, type Icd10Entry } from './icd10-codes';

export type Icd10Check = { ok: true; code: string; description?: string } | { ok: false; message: string };

// A letter, a digit, a letter or digit; then optionally a dot and 1–4 letters or digits.
const CODE_FORM = /^[A-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?$/;
const FORM_MESSAGE =
  'An ICD-10-CM code is a letter, a digit, a letter or digit, then a dot and up to 4 more (e.g. M54.50)';

const BY_CODE = new Map<string, Icd10Entry>(ICD10_COMMON.map((e) => [e.code, e]));

/** Uppercase, no spaces, and the dot after the third character ('m5450' → 'M54.50'). */
export function normalizeIcd10(input: string): string {
  const compact = input.replace(/\s+/g, '').toUpperCase();
  if (compact.includes('.') || compact.length <= 3) return compact;
  return `${compact.slice(0, 3)}.${compact.slice(3)}`;
}

export function validateIcd10(input: string): Icd10Check {
  const code = normalizeIcd10(input);
  if (code === '') return { ok: false, message: 'Enter an ICD-10-CM code (e.g. M54.50)' };
  if (!CODE_FORM.test(code)) return { ok: false, message: FORM_MESSAGE };
  const deleted = DELETED_CODES[code];
  if (deleted) return { ok: false, message: deleted };
  const known = BY_CODE.get(code);
  if (known) return { ok: true, code, description: known.description };
  // A code that starts more specific bundled codes is their category, which cannot be billed.
  const children = ICD10_COMMON.filter((e) => e.code.replace('.', '').startsWith(code.replace('.', '')));
  if (children.length > 0) {
    const examples = children.slice(0, 4).map((e) => e.code).join(', ');
    return {
      ok: false,
      message: `${code} is a category, not a complete code: use a more specific one such as ${examples}.`,
    };
  }
  return { ok: true, code };
}

/**
 * Bundled codes matching `query`: by code ('m54', 'M54.5') first, then by words, every word of the
 * query starting a word of the description or its search terms ('low back', 'tmj', 'whiplash').
 * An empty query lists the first `limit` codes (the list is ordered most common first).
 */
export function searchIcd10(query: string, limit = 20): Icd10Entry[] {
  const q = query.trim().toLowerCase();
  if (q === '') return ICD10_COMMON.slice(0, limit);
  const codeQuery = q.replace(/[\s.]/g, '').toUpperCase();
  const byCode = ICD10_COMMON.filter((e) => e.code.replace('.', '').startsWith(codeQuery));
  const words = q.split(/\s+/);
  const byWords = ICD10_COMMON.filter((e) => {
    if (byCode.includes(e)) return false;
    const haystack = searchWords(e);
    return words.every((w) => haystack.some((h) => h.startsWith(w)));
  });
  return [...byCode, ...byWords].slice(0, limit);
}

function searchWords(entry: Icd10Entry): string[] {
  return `${entry.description} ${entry.also ?? ''}`.toLowerCase().split(/[^a-z0-9']+/).filter(Boolean);
}
