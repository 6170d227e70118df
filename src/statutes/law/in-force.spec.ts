import { Provision } from '../provision.model';
import { EffectRecord, effectApplies, statuteNotInEffect, versionAt, withoutProvisionsNotInEffect } from './in-force';

const node = (citation: string, children: Provision[] = []): Provision => ({ citation, label: citation, kind: 'section', depth: 0, text: `text of ${citation}`, role: 'normative', line: 1, children });
const record = (over: Partial<EffectRecord>): EffectRecord => ({ id: 1, citation: null, effect: 'suspended', fromDate: null, toDate: null, source: 'High Court', note: null, ...over });

describe('the law in force on a day', () => {
  // the shape of Kenya's 2018 Act: sections suspended by the High Court from May 2018 to February 2020
  const suspension = record({ citation: '22', fromDate: '2018-05-29', toDate: '2020-02-20' });

  it('applies a record from its first day up to (not including) its last', () => {
    expect(effectApplies(suspension, '2018-05-28')).toBe(false);
    expect(effectApplies(suspension, '2018-05-29')).toBe(true);
    expect(effectApplies(suspension, '2020-02-19')).toBe(true);
    expect(effectApplies(suspension, '2020-02-20')).toBe(false);
    expect(effectApplies(record({}), '1990-01-01')).toBe(true);
  });

  it('takes a suspended section and its subsections out of the tree while the suspension runs, and lists them', () => {
    const tree = [node('21'), node('22', [node('22(1)'), node('22(2)')]), node('23')];
    const during = withoutProvisionsNotInEffect(tree, [suspension], '2019-01-01');
    expect(during.tree.map((p) => p.citation)).toEqual(['21', '23']);
    expect(during.removed.map((r) => r.citation)).toEqual(['22']);
    const after = withoutProvisionsNotInEffect(tree, [suspension], '2021-01-01');
    expect(after.tree.map((p) => p.citation)).toEqual(['21', '22', '23']);
    expect(after.removed).toEqual([]);
    const sub = withoutProvisionsNotInEffect(tree, [record({ citation: 'Section 22 (2)', effect: 'struck-down' })], '2021-01-01');
    expect(sub.tree[1].children.map((p) => p.citation)).toEqual(['22(1)']);
  });

  it('counts only statutes in force, and a dated repeal only from its date', () => {
    expect(statuteNotInEffect('bill', [], '2020-01-01')).toEqual({ reason: 'bill' });
    expect(statuteNotInEffect('draft', [], '2020-01-01')).toEqual({ reason: 'draft' });
    expect(statuteNotInEffect('repealed', [], '2020-01-01')).toEqual({ reason: 'repealed' });
    const repeal = record({ effect: 'repealed', fromDate: '2021-07-01', source: 'Act 5 of 2021, s. 40' });
    expect(statuteNotInEffect('repealed', [repeal], '2020-01-01')).toBeUndefined();
    expect(statuteNotInEffect('repealed', [repeal], '2022-01-01')).toMatchObject({ reason: 'repealed', from: '2021-07-01', source: 'Act 5 of 2021, s. 40' });
    expect(statuteNotInEffect('in-force', [record({ effect: 'not-commenced', toDate: '2019-01-01' })], '2018-06-01')).toMatchObject({ reason: 'not-commenced' });
    expect(statuteNotInEffect('in-force', [record({ effect: 'not-commenced', toDate: '2019-01-01' })], '2019-06-01')).toBeUndefined();
  });

  it('picks the version in force on a day: the newest dated (or imported) on or before it; an undated first version stands for the law before', () => {
    expect(versionAt([{ version: 1, versionDate: null, importedAt: '2026-01-01T00:00:00Z' }], '2019-01-01')?.version).toBe(1);
    const versions = [
      { version: 1, versionDate: '2018-05-16', importedAt: '2025-01-01T00:00:00Z' },
      { version: 2, versionDate: '2024-03-01', importedAt: '2025-01-02T00:00:00Z' },
      { version: 3, versionDate: null, importedAt: '2025-06-01T00:00:00Z' },
    ];
    expect(versionAt(versions, '2017-01-01')).toBeUndefined();
    expect(versionAt(versions, '2019-01-01')?.version).toBe(1);
    expect(versionAt(versions, '2025-01-01')?.version).toBe(2);
    expect(versionAt(versions, '2025-06-01')?.version).toBe(3);
  });
});
