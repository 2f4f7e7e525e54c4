// The questions whose answers the build makes for a large published dataset (src/domain/built-answers.ts), and the
// making of them by the service's own handlers, so that an answer from the build is the one the worker would give.
import { builtAnswerFile, type BuiltAnswer, type BuiltName } from '../domain/built-answers';
import type { ControlEvent } from '../domain/events';
import { NO_FILTERS } from '../domain/filter';
import type { Dataset } from '../domain/schema';
import { DEFAULT_MATRIX_SORT } from '../domain/view-models/matrix-sort';
import { SOURCE_PAGE_SIZE } from '../domain/view-models/source-profiles-order';
import { TIMELINE_ROW_BLOCK } from '../domain/view-models/timeline-view';
import { createStore } from './dataset-store';
import { createHandlers } from './handlers';
import { PUBLISHED } from './keys';
import type { ArgsOf } from './transport';

export type Handlers = ReturnType<typeof createHandlers>;

/** A question the build answers, as the page asks it but without the dataset's key. */
export type BuiltQuestion = { [K in BuiltName]: { name: K; asked: Omit<ArgsOf<Handlers, K>, 'key'> } }[BuiltName];

/** The first questions of the timeline, sources and matrix views, unfiltered: the timeline's two charts with the changes
 * of control and without (it asks before they arrive), its table's first block of rows, the first page of sources, and
 * the matrix in its default order (with its first screen's cells). */
export function firstQuestions(events: ControlEvent[]): BuiltQuestion[] {
  const filters = NO_FILTERS;
  return [
    ...[[], events].flatMap((shown): BuiltQuestion[] => [
      { name: 'timeline', asked: { filters, events: shown } },
      { name: 'measureTimeline', asked: { filters, events: shown, measureId: null } },
    ]),
    { name: 'timelineRows', asked: { filters, rows: { start: 0, end: TIMELINE_ROW_BLOCK } } },
    { name: 'sources', asked: { filters, count: SOURCE_PAGE_SIZE } },
    { name: 'matrix', asked: { filters, sort: DEFAULT_MATRIX_SORT, q: '' } },
  ];
}

/** Asks `handlers` a built question about the records under `key`, by the question's own handler. */
export function askQuestion(handlers: Handlers, { name, asked }: BuiltQuestion, key: string = PUBLISHED): Promise<unknown> {
  // The union of questions is narrowed by name, one case each.
  switch (name) {
    case 'timeline':
      return handlers.timeline({ key, ...asked }, {});
    case 'measureTimeline':
      return handlers.measureTimeline({ key, ...asked }, {});
    case 'timelineRows':
      return handlers.timelineRows({ key, ...asked }, {});
    case 'sources':
      return handlers.sources({ key, ...asked }, {});
    case 'matrix':
      return handlers.matrix({ key, ...asked }, {});
  }
}

/** The build's answers to the first questions, made by the service's handlers from `dataset` (the published records),
 * each with the file it is written to. */
export async function answersAtBuild(dataset: Dataset, events: ControlEvent[]): Promise<{ file: string; built: BuiltAnswer }[]> {
  const handlers = createHandlers(createStore({ fetchPublished: () => Promise.resolve(dataset) }));
  const made = new Map<string, BuiltAnswer>();
  const answer = async (question: BuiltQuestion) => {
    const file = builtAnswerFile(question.name, question.asked);
    if (!made.has(file)) made.set(file, { name: question.name, asked: question.asked, answer: await askQuestion(handlers, question) });
  };
  for (const question of firstQuestions(events)) await answer(question);
  return [...made].map(([file, built]) => ({ file, built }));
}
