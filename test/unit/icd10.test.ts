import { describe, expect, it } from 'vitest';
import { normalizeIcd10, searchIcd10, validateIcd10 } from '../../shared/domain/icd10';
import { DELETED_CODES, ICD10_COMMON } from '../../shared/domain/icd10-codes';

describe('validateIcd10', () => {
  it('rejects M54.5 (deleted in 2021) and points to M54.50, M54.51 and M54.59', () => {
    expect(validateIcd10('M54.5')).toEqual({
      ok: false,
      message:
        'M54.5 was deleted in 2021 (ICD-10-CM). Use M54.50 (low back pain, unspecified), M54.51 (vertebrogenic low back pain) or M54.59 (other low back pain).',
    });
    // However it is typed.
    expect(validateIcd10('m545')).toMatchObject({ ok: false, message: expect.stringMatching(/^M54\.5 was deleted/) });
  });

  it('accepts M54.50 with its description', () => {
    expect(validateIcd10('M54.50')).toEqual({ ok: true, code: 'M54.50', description: 'Low back pain, unspecified' });
  });

  it('normalizes case, spaces and the missing dot', () => {
    expect(normalizeIcd10('m5450')).toBe('M54.50');
    expect(normalizeIcd10(' s13.4xxa ')).toBe('S13.4XXA');
    expect(normalizeIcd10('m54')).toBe('M54');
    expect(validateIcd10('m5450')).toMatchObject({ ok: true, code: 'M54.50' });
    expect(validateIcd10('s134xxd')).toMatchObject({ ok: true, code: 'S13.4XXD' });
    expect(validateIcd10('R52')).toEqual({ ok: true, code: 'R52' });
  });

  it('accepts any well-formed code not in the bundled list, without a description', () => {
    expect(validateIcd10('E11.9')).toEqual({ ok: true, code: 'E11.9' });
    expect(validateIcd10('C7A.010')).toEqual({ ok: true, code: 'C7A.010' });
  });

  it.each(['54.5', 'MM4.5', 'M54.12345', 'M5.45', 'M54.', 'M54..5', 'M-54.5', '5M4'])('rejects the form of %j', (code) => {
    expect(validateIcd10(code)).toEqual({ ok: false, message: expect.stringMatching(/^An ICD-10-CM code is a letter/) });
  });

  it('asks for a code when empty', () => {
    expect(validateIcd10('')).toEqual({ ok: false, message: 'Enter an ICD-10-CM code (e.g. M54.50)' });
    expect(validateIcd10('   ')).toMatchObject({ ok: false });
  });

  it('rejects the other deleted codes with their replacements', () => {
    for (const [code, message] of Object.entries(DELETED_CODES)) {
      expect(validateIcd10(code)).toEqual({ ok: false, message });
      expect(message.startsWith(`${code} was deleted in `)).toBe(true);
    }
    expect(validateIcd10('M79.1')).toMatchObject({ ok: false, message: expect.stringMatching(/M79\.10.*M79\.11.*M79\.12.*M79\.18/) });
  });

  it('rejects a category header of the bundled codes, suggesting complete ones', () => {
    expect(validateIcd10('M54')).toMatchObject({ ok: false, message: expect.stringMatching(/^M54 is a category, not a complete code: use a more specific one such as M54\.50/) });
    expect(validateIcd10('M75.1')).toMatchObject({ ok: false, message: expect.stringMatching(/M75\.101, M75\.102/) });
    expect(validateIcd10('S13.4XX')).toMatchObject({ ok: false, message: expect.stringMatching(/S13\.4XXA, S13\.4XXD/) });
  });
});

describe('the bundled list', () => {
  it('holds real-looking, complete, unique codes that all validate with their description', () => {
    expect(ICD10_COMMON.length).toBeGreaterThanOrEqual(60);
    const codes = ICD10_COMMON.map((e) => e.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const entry of ICD10_COMMON) {
      expect(validateIcd10(entry.code), entry.code).toEqual({ ok: true, code: entry.code, description: entry.description });
      expect(entry.description.trim(), entry.code).toBe(entry.description);
    }
  });

  it('never lists a code together with one of its own children (a header is not billable)', () => {
    const compact = ICD10_COMMON.map((e) => e.code.replace('.', ''));
    for (const parent of compact) {
      const children = compact.filter((c) => c !== parent && c.startsWith(parent));
      expect(children, parent).toEqual([]);
    }
  });

  it('does not bundle a deleted code', () => {
    for (const entry of ICD10_COMMON) expect(DELETED_CODES[entry.code], entry.code).toBeUndefined();
  });
});

describe('searchIcd10', () => {
  const codes = (query: string) => searchIcd10(query).map((e) => e.code);

  it('finds by code prefix, with or without the dot', () => {
    expect(codes('M54.5')).toEqual(['M54.50', 'M54.51', 'M54.59']);
    expect(codes('m545')).toEqual(['M54.50', 'M54.51', 'M54.59']);
    expect(codes('G56')).toEqual(['G56.00', 'G56.01', 'G56.02', 'G56.03']);
  });

  it('finds by words of the description or the common name', () => {
    expect(codes('low back')).toEqual(expect.arrayContaining(['M54.50', 'M54.51', 'M54.59']));
    expect(codes('whiplash')).toEqual(['S13.4XXA', 'S13.4XXD', 'S16.1XXA', 'S16.1XXD']);
    expect(codes('tmj')).toContain('M26.601');
    expect(codes('plantar fasc')).toEqual(['M72.2']);
    expect(codes('tension head')).toEqual(['G44.209', 'G44.219', 'G44.229']);
    expect(codes('RIGHT shoulder pain')).toEqual(['M25.511']);
    expect(codes('no such thing')).toEqual([]);
  });

  it('returns at most 20 (or the limit asked), most common first when the query is empty', () => {
    expect(searchIcd10('')).toHaveLength(20);
    expect(searchIcd10('')[0]?.code).toBe('M54.50');
    expect(searchIcd10('m')).toHaveLength(20);
    expect(searchIcd10('pain', 5)).toHaveLength(5);
  });
});
