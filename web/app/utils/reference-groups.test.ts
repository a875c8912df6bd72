import { describe, expect, it } from 'vitest';
import { groupByParent } from './reference-groups';

const d = (code: string, parentCode: string | null = null) => ({
  code,
  nameJa: code,
  nameEn: code,
  parentCode,
});

describe('reference groups', () => {
  it('puts each sub-domain under its parent, in the given order', () => {
    const groups = groupByParent([d('WRK'), d('WRK-CND', 'WRK'), d('HLT'), d('WRK-HAR', 'WRK'), d('OTH')]);
    expect(groups.map((g) => [g.parent.code, g.children.map((c) => c.code)])).toEqual([
      ['WRK', ['WRK-CND', 'WRK-HAR']],
      ['HLT', []],
      ['OTH', []],
    ]);
  });

  it('keeps flat lists and children without a listed parent as they are', () => {
    expect(groupByParent([{ code: 'vi', nameJa: 'ベトナム語', nameEn: 'Vietnamese' }]).length).toBe(1);
    expect(groupByParent([d('FAM-DV', 'FAM')]).map((g) => g.parent.code)).toEqual(['FAM-DV']);
  });
});
