import { describe, expect, it } from 'vitest';
import type { Article, Source } from './schema';
import {
  addAlias,
  alignmentOptions,
  buildSource,
  draftFromSource,
  emptySourceDraft,
  parentLoop,
  parentOptions,
  parentProblem,
  type SourceDraft,
} from './source-draft';

function source(id: string, name: string, over: Partial<Source> = {}): Source {
  return { id, name, kind: 'government', alignment: 'Syrian government', description: '', parentId: null, aliases: [], ...over };
}

const SOURCES: Source[] = [
  source('ministry', 'Defence Ministry'),
  source('spokesman', 'Ministry spokesman', { parentId: 'ministry' }),
  source('press-office', 'Press office', { parentId: 'spokesman' }),
  source('monitor', 'The Monitor', { kind: 'monitoring group', alignment: 'independent', aliases: ['the Observatory'] }),
  source('courier', 'The Courier', { kind: 'outlet', alignment: 'independent' }),
];
const BY_ID = new Map(SOURCES.map((s) => [s.id, s]));
const ARTICLES = [{ id: 'a-1', title: 'Raid on Homs', outlet: 'courier' } as Article];
const CONTEXT = { sources: SOURCES, articles: ARTICLES };

function draft(over: Partial<SourceDraft> = {}): SourceDraft {
  return { ...emptySourceDraft(), name: 'Army spokesman', kind: 'military', alignment: 'Syrian government', ...over };
}

describe('buildSource', () => {
  it('makes a new source with an id from its name, its parent and its other names', () => {
    const built = buildSource(draft({ parentId: 'ministry', aliases: ['Col. Hassan'], description: ' Speaks for the army. ' }), CONTEXT);
    expect(built).toEqual({
      ok: true,
      created: true,
      source: {
        id: 'army-spokesman',
        name: 'Army spokesman',
        kind: 'military',
        alignment: 'Syrian government',
        description: 'Speaks for the army.',
        parentId: 'ministry',
        aliases: ['Col. Hassan'],
      },
    });
  });

  it('keeps the id of a source it edits, and an outlet may take any side', () => {
    const courier = SOURCES.find((s) => s.id === 'courier') as Source;
    const built = buildSource({ ...draftFromSource(courier), alignment: 'Syrian government' }, CONTEXT);
    expect(built.ok && built.source).toMatchObject({ id: 'courier', kind: 'outlet', alignment: 'Syrian government' });
    expect(built.ok && built.created).toBe(false);
  });

  it('names every field that is wrong, at once', () => {
    const built = buildSource({ ...emptySourceDraft(), name: ' ', aliases: [] }, CONTEXT);
    expect(built.ok).toBe(false);
    if (built.ok) return;
    expect(Object.keys(built.errors).sort()).toEqual(['alignment', 'kind', 'name']);
    expect(built.errors.name).toBe('Give the source’s name, as reports write it.');
    expect(built.errors.kind).toBe('Choose what kind of source this is.');
  });

  it('refuses a second source with the same name', () => {
    const built = buildSource(draft({ name: 'the monitor' }), CONTEXT);
    expect(!built.ok && built.errors.name).toBe(
      'Another source is already called “The Monitor”: edit that one, or tell the two apart (add a role or a country).',
    );
  });

  it('keeps an outlet that published an article an outlet', () => {
    const courier = SOURCES.find((s) => s.id === 'courier') as Source;
    const built = buildSource({ ...draftFromSource(courier), kind: 'state media' }, CONTEXT);
    expect(!built.ok && built.errors.kind).toBe('It published “Raid on Homs” in this workspace, so it must stay an outlet.');
  });

  it('refuses a parent organisation that is part of the source, naming the loop', () => {
    const ministry = SOURCES.find((s) => s.id === 'ministry') as Source;
    const built = buildSource({ ...draftFromSource(ministry), parentId: 'press-office' }, CONTEXT);
    expect(!built.ok && built.errors.parentId).toBe(
      '“Press office” is already part of “Defence Ministry” (Defence Ministry → Press office → Ministry spokesman → Defence Ministry), so it cannot also be its parent organisation. Choose an organisation above it, or none.',
    );
  });

  it('checks the other names again (a merge can bring a clash)', () => {
    const built = buildSource(draft({ aliases: ['The Observatory'] }), CONTEXT);
    expect(!built.ok && built.errors.aliases).toBe(
      '“The Observatory” already names another source, “The Monitor”: a name can point to one source only.',
    );
  });
});

describe('parents', () => {
  it('finds the loop a parent would close, and none for a new source or a parent above', () => {
    expect(parentLoop('ministry', 'press-office', BY_ID)).toEqual(['ministry', 'press-office', 'spokesman', 'ministry']);
    expect(parentLoop('press-office', 'ministry', BY_ID)).toBeNull();
    expect(parentLoop(null, 'ministry', BY_ID)).toBeNull();
  });

  it('says why a parent cannot be chosen', () => {
    expect(parentProblem('ministry', 'Defence Ministry', 'ministry', BY_ID)).toBe('A source cannot be its own parent organisation.');
    expect(parentProblem('ministry', 'Defence Ministry', 'gone', BY_ID)).toBe(
      'That organisation is no longer in this workspace: choose another, or none.',
    );
    expect(parentProblem('ministry', 'Defence Ministry', '', BY_ID)).toBeNull();
    expect(parentProblem('monitor', 'The Monitor', 'ministry', BY_ID)).toBeNull();
  });

  it('offers every other source, by name', () => {
    expect(parentOptions(SOURCES, 'monitor').map((s) => s.id)).toEqual(['ministry', 'spokesman', 'press-office', 'courier']);
  });
});

describe('aliases', () => {
  it('adds a trimmed name, and refuses blanks, repeats, the own name and another source’s name', () => {
    const start = draft();
    const added = addAlias(start, '  Col. Hassan ', SOURCES);
    expect(added.ok && added.draft.aliases).toEqual(['Col. Hassan']);
    if (!added.ok) return;
    expect(addAlias(added.draft, 'col. hassan', SOURCES)).toEqual({ ok: false, error: '“col. hassan” is in the list already.' });
    expect(addAlias(start, ' ', SOURCES)).toEqual({ ok: false, error: 'Type the other name first.' });
    expect(addAlias(start, 'army spokesman', SOURCES)).toEqual({ ok: false, error: 'That is the source’s own name already.' });
    expect(addAlias(start, 'Defence Ministry', SOURCES)).toEqual({
      ok: false,
      error: '“Defence Ministry” already names another source, “Defence Ministry”: a name can point to one source only.',
    });
  });

  it('caps their number and length', () => {
    const full = draft({ aliases: Array.from({ length: 20 }, (_, i) => `Name ${i}`) });
    expect(addAlias(full, 'One more', SOURCES)).toEqual({ ok: false, error: 'A source can have up to 20 other names.' });
    expect(addAlias(draft(), 'x'.repeat(121), SOURCES)).toEqual({ ok: false, error: 'Keep each other name under 120 characters.' });
  });
});

describe('alignmentOptions', () => {
  it('offers the sides already used, most used first, and always “independent”', () => {
    expect(alignmentOptions(SOURCES)).toEqual(['Syrian government', 'independent']);
    expect(alignmentOptions([])).toEqual(['independent']);
  });
});
