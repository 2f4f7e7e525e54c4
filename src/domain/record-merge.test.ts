import { describe, expect, it } from 'vitest';
import { defaultPicks, diffRecord, mergeRecord, sameValue, type FieldGroup } from './record-merge';

const GROUPS: FieldGroup[] = [
  { key: 'quote', fields: ['quote', 'span'] },
  { key: 'place', fields: ['place'] },
  { key: 'notes', fields: ['notes'] },
];

const base = { id: 'c-1', quote: 'more than 900 raids', span: [10, 29], place: 'Palmyra', notes: '' };

describe('sameValue', () => {
  it('compares nested values, ignoring key order', () => {
    expect(sameValue({ a: [1, { b: 2, c: null }] }, { a: [1, { c: null, b: 2 }] })).toBe(true);
    expect(sameValue({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
    expect(sameValue({ a: 1 }, { a: 1, b: undefined })).toBe(true);
    expect(sameValue([], {})).toBe(false);
    expect(sameValue(null, {})).toBe(false);
  });
});

describe('diffRecord', () => {
  it('marks only the groups that differ, and who changed each', () => {
    const mine = { ...base, place: 'Tadmur' };
    const stored = { ...base, notes: 'checked' };
    const diffs = diffRecord(base, mine, stored, GROUPS);
    expect(diffs.map((d) => [d.key, d.differs, d.changedByMe, d.changedByThem, d.pick])).toEqual([
      ['quote', false, false, false, 'mine'],
      ['place', true, true, false, 'mine'],
      ['notes', true, false, true, 'stored'],
      ['id', false, false, false, 'mine'],
    ]);
  });

  it('compares a group as a whole: a quote moved to other offsets differs even with the same words', () => {
    const stored = { ...base, span: [40, 59] };
    expect(diffRecord(base, base, stored, GROUPS).find((d) => d.key === 'quote')).toMatchObject({ differs: true, pick: 'stored' });
  });

  it('keeps the user’s side where both changed the same field', () => {
    const diffs = diffRecord(base, { ...base, notes: 'mine' }, { ...base, notes: 'theirs' }, GROUPS);
    expect(diffs.find((d) => d.key === 'notes')).toMatchObject({ changedByMe: true, changedByThem: true, pick: 'mine' });
  });

  it('without a base, counts every difference as changed on both sides and starts from the user’s side', () => {
    const diffs = diffRecord(null, { ...base, notes: 'mine' }, base, GROUPS);
    expect(diffs.find((d) => d.key === 'notes')).toMatchObject({ differs: true, changedByMe: true, changedByThem: true, pick: 'mine' });
  });

  it('reports a field no group names on its own, so no difference is hidden', () => {
    const diffs = diffRecord(base, { ...base, context: true }, { ...base, context: false }, GROUPS);
    expect(diffs.find((d) => d.key === 'context')).toMatchObject({ differs: true });
  });
});

describe('mergeRecord', () => {
  it('takes each group from the side picked, and both changes survive with the default picks', () => {
    const mine = { ...base, place: 'Tadmur' };
    const stored = { ...base, notes: 'checked' };
    const picks = defaultPicks(diffRecord(base, mine, stored, GROUPS));
    expect(picks).toEqual({ place: 'mine', notes: 'stored' });
    expect(mergeRecord(mine, stored, GROUPS, picks)).toEqual({ ...base, place: 'Tadmur', notes: 'checked' });
  });

  it('moves grouped fields together', () => {
    const mine = { ...base, quote: 'at least 50', span: [0, 11] };
    const stored = { ...base, quote: 'dozens', span: [90, 96] };
    expect(mergeRecord(mine, stored, GROUPS, { quote: 'stored' })).toEqual(stored);
    expect(mergeRecord(mine, stored, GROUPS, {})).toEqual(mine);
  });

  it('drops a field the stored side does not have when that side is picked', () => {
    const mine = { ...base, extra: 1 };
    expect(mergeRecord(mine, base, GROUPS, { extra: 'stored' })).toEqual(base);
  });

  it('does not change its inputs', () => {
    const mine = { ...base, notes: 'mine' };
    const stored = { ...base, notes: 'theirs' };
    mergeRecord(mine, stored, GROUPS, { notes: 'stored' });
    expect(mine.notes).toBe('mine');
  });
});
