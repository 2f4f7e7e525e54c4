import { describe, expect, it } from 'vitest';
import { buildMeasureGraph, compareClaims } from './comparability';
import {
  buildMeasure,
  describeIncoming,
  describeLink,
  draftFromMeasure,
  emptyLinkDraft,
  emptyMeasureDraft,
  incomingLinks,
  linkOptions,
  measureErrorLabels,
  parseNumber,
  type LinkDraft,
  type MeasureDraft,
} from './measure-draft';
import type { Claim, Comparison, Measure } from './schema';
import { validateDataset } from './validate-dataset';

function measure(id: string, label: string, over: Partial<Measure> = {}): Measure {
  return { id, label, unit: 'people', description: '', total: null, context: false, comparableWith: [], ...over };
}

const KILLED = measure('killed', 'Fighters killed');
const KILLED_WOUNDED = measure('killed-wounded', 'Fighters killed and wounded');
const DESTROYED = measure('destroyed', 'Share destroyed', { unit: 'percent', total: 100 });
const INTACT = measure('intact', 'Share intact', { unit: 'percent', total: 100 });
const THOUSANDS = measure('thousands', 'Displaced, in thousands', { unit: 'thousand people' });
const MEASURES = [KILLED, KILLED_WOUNDED, DESTROYED, INTACT, THOUSANDS];

function claim(id: string, measureId: string, over: Partial<Claim> = {}): Claim {
  return {
    id,
    articleId: 'a-1',
    quote: 'q',
    span: [0, 1],
    claimantId: 's',
    outletId: 'o',
    via: [],
    measureId,
    value: { low: 20, high: 20, lowInclusive: true, highInclusive: true, approximate: false, asWritten: '20', interpretation: null },
    period: null,
    per: null,
    statedOn: null,
    statedOnInferred: false,
    statedOnEvidence: '',
    place: 'Palmyra',
    context: false,
    notes: '',
    ...over,
  };
}

const CONTEXT = {
  measures: MEASURES,
  claims: [claim('c-1', 'destroyed', { value: { ...claim('x', 'x').value, low: 40, high: 40, asWritten: '40%' } })],
};

function link(over: Partial<LinkDraft> = {}): LinkDraft {
  return { ...emptyLinkDraft('k'), ...over };
}

function edit(m: Measure, over: Partial<MeasureDraft> = {}): MeasureDraft {
  return { ...draftFromMeasure(m), ...over };
}

describe('buildMeasure', () => {
  it('makes a new measure with an id from its label', () => {
    const built = buildMeasure({ ...emptyMeasureDraft(), label: ' ISIS fighters killed ', unit: 'fighters', total: '' }, CONTEXT);
    expect(built).toEqual({
      ok: true,
      created: true,
      measure: measure('isis-fighters-killed', 'ISIS fighters killed', { unit: 'fighters' }),
    });
  });

  it('links killed to killed and wounded as a part, with a caveat, and the engine reads it both ways', () => {
    const built = buildMeasure(
      edit(KILLED, {
        links: [link({ measureId: 'killed-wounded', relation: 'part', caveats: [{ kind: 'definition', note: ' Wounded not counted ' }] })],
      }),
      CONTEXT,
    );
    if (!built.ok) throw new Error(JSON.stringify(built.errors));
    expect(built.created).toBe(false);
    expect(built.measure.comparableWith).toEqual([
      { measureId: 'killed-wounded', relation: 'part', caveats: [{ kind: 'definition', note: 'Wounded not counted' }] },
    ]);
    const graph = buildMeasureGraph([built.measure, KILLED_WOUNDED]);
    expect(compareClaims(claim('a', 'killed-wounded'), claim('b', 'killed'), graph)).toMatchObject({ status: 'caveats' });
  });

  it('keeps a factor for scale only', () => {
    const scale = buildMeasure(edit(THOUSANDS, { links: [link({ measureId: 'killed', relation: 'scale', factor: '1,000' })] }), CONTEXT);
    expect(scale.ok && scale.measure.comparableWith[0]).toEqual({ measureId: 'killed', relation: 'scale', factor: 1000, caveats: [] });
    const same = buildMeasure(edit(THOUSANDS, { links: [link({ measureId: 'killed', relation: 'same', factor: '1000' })] }), CONTEXT);
    expect(same.ok && same.measure.comparableWith[0]).toEqual({ measureId: 'killed', relation: 'same', caveats: [] });
  });

  it('refuses a scale without a factor, or with one of zero or below', () => {
    for (const [factor, message] of [
      ['', 'Give the factor: the number a figure of this measure is multiplied by to read it in the other’s unit.'],
      ['0', 'The factor must be a number above zero, such as 1000 or 0.5.'],
      ['-2', 'The factor must be a number above zero, such as 1000 or 0.5.'],
      ['lots', 'The factor must be a number above zero, such as 1000 or 0.5.'],
    ]) {
      const built = buildMeasure(edit(THOUSANDS, { links: [link({ measureId: 'killed', relation: 'scale', factor })] }), CONTEXT);
      expect(built).toEqual({ ok: false, errors: { 'links.0.factor': message } });
    }
  });

  it('refuses a link to itself, to a missing measure, twice to one measure, or without a measure or relation', () => {
    const built = buildMeasure(
      edit(KILLED, {
        links: [
          link({ measureId: 'killed', relation: 'same' }),
          link({ measureId: 'gone', relation: 'same' }),
          link({ measureId: 'killed-wounded', relation: 'part' }),
          link({ measureId: 'killed-wounded', relation: 'same' }),
          link(),
        ],
      }),
      CONTEXT,
    );
    expect(built).toEqual({
      ok: false,
      errors: {
        'links.0.measureId': 'A measure cannot be linked to itself.',
        'links.1.measureId': 'That measure is no longer in this workspace: choose another, or remove the link.',
        'links.3.measureId': 'Link 3 already goes to “Fighters killed and wounded”: keep one link for the two measures.',
        'links.4.measureId': 'Choose the measure this one is linked to.',
        'links.4.relation': 'Choose how the two measures relate.',
      },
    });
  });

  it('refuses a second link for a pair the other measure already declares', () => {
    const declared = measure('killed', 'Fighters killed', {
      comparableWith: [{ measureId: 'killed-wounded', relation: 'part', caveats: [] }],
    });
    const built = buildMeasure(edit(KILLED_WOUNDED, { links: [link({ measureId: 'killed', relation: 'same' })] }), {
      measures: [declared, KILLED_WOUNDED],
      claims: [],
    });
    expect(built).toEqual({
      ok: false,
      errors: {
        'links.0.measureId':
          '“Fighters killed” already declares a link to this measure. Change that link on “Fighters killed”, so the two never disagree.',
      },
    });
  });

  it('needs a whole on both sides of a complement, and the same whole', () => {
    const ok = buildMeasure(edit(DESTROYED, { links: [link({ measureId: 'intact', relation: 'complement' })] }), CONTEXT);
    expect(ok.ok).toBe(true);
    const noWhole = buildMeasure(edit(KILLED, { links: [link({ measureId: 'intact', relation: 'complement' })] }), CONTEXT);
    expect(noWhole).toEqual({
      ok: false,
      errors: { 'links.0.relation': 'A complement needs a whole on both measures (100 for percent): give this measure a whole.' },
    });
    const other = buildMeasure(edit(DESTROYED, { total: '1000', links: [link({ measureId: 'intact', relation: 'complement' })] }), {
      measures: MEASURES,
      claims: [],
    });
    expect(other).toEqual({
      ok: false,
      errors: { 'links.0.relation': 'A complement needs the same whole on both measures: this one has 1000, “Share intact” has 100.' },
    });
  });

  it('needs both sides of a part counted alike', () => {
    const built = buildMeasure(edit(KILLED, { links: [link({ measureId: 'destroyed', relation: 'part' })] }), CONTEXT);
    expect(built).toEqual({
      ok: false,
      errors: {
        'links.0.relation':
          '“Part of” needs both measures counted alike: two counts, or two shares of the same whole. “Share destroyed” is a share of 100, this measure a count.',
      },
    });
  });

  it('refuses a blank unit, a label another measure has, a bad whole and an unfinished caveat, all at once', () => {
    const built = buildMeasure(
      edit(KILLED, {
        label: 'fighters KILLED AND wounded',
        unit: ' ',
        total: 'a hundred',
        links: [link({ measureId: 'killed-wounded', relation: 'part', caveats: [{ kind: 'scope', note: ' ' }] })],
      }),
      CONTEXT,
    );
    expect(built).toEqual({
      ok: false,
      errors: {
        label: 'Another measure is already called “Fighters killed and wounded”: edit that one, or tell the two apart (a place or a date).',
        unit: 'Say what one unit counts: people, raids, percent…',
        total: 'The whole must be a number above zero (100 for percent), or blank.',
        'links.0.caveats': 'Caveat 1: say in a few words what differs.',
      },
    });
  });

  it('keeps the whole and the background flag true to the figures already on the measure', () => {
    const built = buildMeasure(edit(DESTROYED, { total: '10', context: true }), CONTEXT);
    expect(built).toEqual({
      ok: false,
      errors: {
        total: 'The figure “40%” on this measure lies outside 0–10: give a larger whole, or none.',
        context:
          'The figure “40%” on this measure is recorded as contested; a background measure can hold only background figures. Leave this unticked, or move those figures to another measure first.',
      },
    });
  });

  it('refuses a percent reading on a measure whose whole is not 100', () => {
    const most = claim('c-2', 'destroyed', {
      value: {
        low: 50,
        high: 100,
        lowInclusive: false,
        highInclusive: true,
        approximate: false,
        asWritten: 'most',
        interpretation: { rule: 'most', reading: 'r' },
      },
    });
    const built = buildMeasure(edit(DESTROYED, { total: '' }), { measures: MEASURES, claims: [most] });
    expect(built).toEqual({
      ok: false,
      errors: { total: 'The figure “most” on this measure is read as a percentage, so the whole must be 100.' },
    });
  });

  it('keeps a whole that a link declared on another measure needs', () => {
    const intact = { ...INTACT, comparableWith: [{ measureId: 'destroyed', relation: 'complement' as const, caveats: [] }] };
    const built = buildMeasure(edit(DESTROYED, { total: '' }), { measures: [intact, DESTROYED], claims: [] });
    expect(built).toEqual({
      ok: false,
      errors: {
        total:
          '“Share intact” is declared complement of this measure, which needs the same whole on both (100 for percent); “Share intact” has a whole of 100. Change that link on “Share intact” first.',
      },
    });
  });

  it('never builds a measure the dataset check would refuse on export', () => {
    const drafts: MeasureDraft[] = [
      edit(KILLED, { links: [link({ measureId: 'killed-wounded', relation: 'part' })] }),
      edit(DESTROYED, { links: [link({ measureId: 'intact', relation: 'complement' })] }),
      edit(THOUSANDS, { links: [link({ measureId: 'killed', relation: 'scale', factor: '1000' })] }),
      edit(KILLED, { links: [link({ measureId: 'destroyed', relation: 'part' })] }),
      edit(KILLED, { links: [link({ measureId: 'intact', relation: 'complement' })] }),
    ];
    for (const d of drafts) {
      // The record as it would be stored if nothing were checked.
      const raw: Measure = {
        ...(MEASURES.find((m) => m.id === d.id) as Measure),
        comparableWith: d.links.map((l) => ({
          measureId: l.measureId,
          relation: l.relation as Comparison['relation'],
          ...(l.relation === 'scale' && { factor: Number(l.factor) }),
          caveats: [],
        })),
      };
      const measures = MEASURES.map((m) => (m.id === raw.id ? raw : m));
      const checked = validateDataset({ articles: [], sources: [], measures, claims: [] }, new Map());
      expect(buildMeasure(d, { measures: MEASURES, claims: [] }).ok).toBe(checked.ok);
    }
  });
});

describe('the form’s helpers', () => {
  it('reads numbers as typed, refusing a comma that is not a thousands separator', () => {
    expect(parseNumber('')).toBeNull();
    expect(parseNumber(' 100 ')).toBe(100);
    expect(parseNumber('1,000,000')).toBe(1_000_000);
    expect(parseNumber('0.5')).toBe(0.5);
    expect(parseNumber('1,5')).toBe('invalid');
    expect(parseNumber('-3')).toBe('invalid');
  });

  it('offers every other measure as a link, by label, and lists the links others declare', () => {
    expect(linkOptions(MEASURES, 'killed').map((m) => m.id)).toEqual(['thousands', 'killed-wounded', 'destroyed', 'intact']);
    const declared = { ...KILLED, comparableWith: [{ measureId: 'killed-wounded', relation: 'part' as const, caveats: [] }] };
    expect(incomingLinks([declared, KILLED_WOUNDED], 'killed-wounded')).toEqual([{ from: declared, link: declared.comparableWith[0] }]);
    expect(incomingLinks([declared], null)).toEqual([]);
    expect(describeIncoming(declared, { measureId: 'killed-wounded', relation: 'part', caveats: [] })).toBe(
      '“Fighters killed” counts part of what this one counts',
    );
    expect(
      describeIncoming(THOUSANDS, { measureId: 'killed', relation: 'scale', factor: 1000, caveats: [{ kind: 'unit', note: 'rounded' }] }),
    ).toBe('“Displaced, in thousands” counts the same thing in other units (its figures times 1000 give this one’s); unit: rounded');
  });

  it('says a link in words and names a link’s field in the error summary', () => {
    const byId = new Map(MEASURES.map((m) => [m.id, m]));
    expect(describeLink({ measureId: 'killed-wounded', relation: 'part', caveats: [{ kind: 'definition', note: 'n' }] }, byId)).toBe(
      'Part of “Fighters killed and wounded”; definition: n',
    );
    expect(describeLink({ measureId: 'killed', relation: 'scale', factor: 1000, caveats: [] }, byId)).toBe(
      'Multiplied by 1000, gives “Fighters killed”',
    );
    const draft = edit(KILLED, { links: [link({ measureId: 'killed-wounded' })] });
    expect(measureErrorLabels({ unit: 'x', 'links.0.relation': 'y' }, draft, byId)).toMatchObject({
      unit: 'Unit',
      'links.0.relation': 'Link 1 (to “Fighters killed and wounded”), how they relate',
    });
  });
});
