import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../domain/filter';
import { SOURCE_PAGE_SIZE } from '../domain/view-models/source-profiles-order';
import { firstQuestions } from './built-answers';

describe('the questions the build answers', () => {
  it('are the timeline’s two charts with the changes of control and without, its first rows, the first page of sources and the matrix', () => {
    const questions = firstQuestions([]);
    expect(questions.map((q) => q.name)).toEqual([
      'timeline',
      'measureTimeline',
      'timeline',
      'measureTimeline',
      'timelineRows',
      'sources',
      'matrix',
    ]);
    expect(questions.find((q) => q.name === 'sources')?.asked).toEqual({ filters: NO_FILTERS, count: SOURCE_PAGE_SIZE });
  });
});
