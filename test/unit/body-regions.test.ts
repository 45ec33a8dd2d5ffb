import { describe, expect, it } from 'vitest';
import { BODY_REGIONS, FINDING_TYPES, findingScale, regionLabel, sidesOf } from '../../shared/domain/body-regions';
import { SessionFinding } from '../../shared/schemas/session';

describe('body regions', () => {
  it('covers the DESIGN.md taxonomy with unique ids', () => {
    const ids = BODY_REGIONS.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ['temporalis', 'masseter_tmj', 'suboccipitals', 'scm', 'scalenes', 'quadratus_lumborum', 'piriformis', 'iliopsoas', 'tfl_it_band', 'foot_plantar_fascia']) expect(ids).toContain(id);
  });

  it('gives paired regions left and right, and the abdomen only the midline', () => {
    expect(sidesOf('upper_trapezius')).toEqual(['left', 'right']);
    expect(sidesOf('abdomen')).toEqual(['midline']);
    expect(sidesOf('nowhere')).toEqual([]);
  });

  it('names a region with its side, keeping acronyms in capitals', () => {
    expect(regionLabel('upper_trapezius', 'right')).toBe('Right upper trapezius');
    expect(regionLabel('tfl_it_band', 'left')).toBe('Left TFL / IT band');
    expect(regionLabel('scm', 'left')).toBe('Left SCM');
    expect(regionLabel('masseter_tmj', 'right')).toBe('Right masseter / TMJ');
    expect(regionLabel('abdomen', 'midline')).toBe('Abdomen');
  });

  it('scores pain 0–10 and every other finding type 1–3', () => {
    expect(FINDING_TYPES.filter((t) => findingScale(t.id) === 'pain').map((t) => t.id)).toEqual(['pain']);
  });
});

describe('finding schema', () => {
  const base = { id: '01JD0000000000000000000001', regionId: 'calf', side: 'left' };
  it('accepts a severity finding and a pain finding', () => {
    expect(SessionFinding.safeParse({ ...base, type: 'spasm', severity: 2 }).success).toBe(true);
    expect(SessionFinding.safeParse({ ...base, type: 'pain', pain: 0 }).success).toBe(true);
  });
  it.each([
    [{ type: 'spasm' }, 'severity'],
    [{ type: 'pain' }, 'pain'],
    [{ type: 'spasm', severity: 0 }, 'severity'],
    [{ type: 'pain', pain: 11 }, 'pain'],
    [{ type: 'spasm', severity: 1, side: 'midline' }, 'side'],
    [{ type: 'spasm', severity: 1, regionId: 'abdomen' }, 'side'],
    [{ type: 'bruise', severity: 1 }, 'type'],
  ])('refuses %j on %s', (over, field) => {
    const r = SessionFinding.safeParse({ ...base, ...over });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.path.join('.'))).toContain(field);
  });
});
