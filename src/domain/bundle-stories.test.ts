import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_DIR, loadShippedDataset, readArticleText } from '../testing/real-dataset';
import { bundleJsonChunks, bundleToFolder, exportProblems, mergeContent, parseBundle, toBundle, type BundleContent } from './bundle';
import { NO_GRADES } from './grades';
import type { Story } from './schema';
import { formatDatasetError } from './validate-dataset';

const REAL = loadShippedDataset();
const STORIES = JSON.parse(readFileSync(join(DATA_DIR, 'stories.json'), 'utf8')) as Story[];
const content = (stories?: Story[]): BundleContent => ({
  dataset: structuredClone(REAL),
  texts: new Map(REAL.articles.map((a) => [a.file, readArticleText(a.file)])),
  grades: NO_GRADES,
  ...(stories && { stories: structuredClone(stories) }),
});

describe('stories in bundles', () => {
  it('travel in the bundle and come back as they were, in the streamed form too', () => {
    const bundle = toBundle(content(STORIES));
    const text = [...bundleJsonChunks(bundle)].join('');
    const result = parseBundle(text, 'bundle.json');
    if (!result.ok) throw new Error(result.errors.map(formatDatasetError).join('\n'));
    expect(result.content.stories).toEqual(STORIES);
    expect(JSON.parse(text)).toEqual(bundle);
    expect(bundleToFolder(bundle).get('stories.json')).toBe(`${JSON.stringify(STORIES, null, 2)}\n`);
  });

  it('are optional: a bundle without them (as every older bundle) imports, and exports as before', () => {
    const bundle = toBundle(content());
    expect('stories' in bundle).toBe(false);
    const text = [...bundleJsonChunks(bundle)].join('');
    expect(text).not.toContain('"stories"');
    const result = parseBundle(text, 'bundle.json');
    expect(result.ok && result.content.stories).toBeUndefined();
  });

  it('are refused, naming the story and step, when a step points at a measure the bundle does not hold', () => {
    const broken = structuredClone(STORIES);
    broken[0]!.steps[0]!.view.path = '/compare/gone';
    const result = parseBundle(JSON.stringify(toBundle(content(broken))), 'bundle.json');
    expect(result.ok ? [] : result.errors.map(formatDatasetError)).toEqual([
      'stories.json › story palmyra-who-counts-what › steps.0.view.path: names the measure "gone", which is not in the dataset',
    ]);
    expect(exportProblems(content(broken), 'x.json').ok).toBe(false);
    expect(exportProblems(content(STORIES), 'x.json').ok).toBe(true);
  });

  it('merge by id, and a kept story must still find its records in the merged dataset', () => {
    const other: Story = { ...structuredClone(STORIES[0]!), id: 'second', title: 'Second' };
    const merged = mergeContent(content(STORIES), content([other]));
    expect(merged.ok && merged.content.stories?.map((s) => s.id)).toEqual(['palmyra-who-counts-what', 'second']);
    // An import that moves the December claims to another measure leaves a kept story's step with no figure to show.
    const incoming = content();
    incoming.dataset.claims = incoming.dataset.claims.map((c) =>
      c.measureId === 'isis-killed-palmyra-2016-12' ? { ...c, measureId: 'tanks-destroyed-palmyra-2016-12' } : c,
    );
    const refused = mergeContent(content(STORIES), incoming);
    expect(refused.ok ? [] : refused.errors.map(formatDatasetError)).toEqual([
      expect.stringMatching(/steps\.6\.view\.path: no claim is on the measure "isis-killed-palmyra-2016-12"/),
      expect.stringMatching(/steps\.7\.view\.path: no claim is on the measure "isis-killed-palmyra-2016-12"/),
    ]);
  });
});
