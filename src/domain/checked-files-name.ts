/** The build's record of the dataset files it checked, beside them (its own module: the worker's small entry names it
 * without loading the schema code). */
export const CHECKED_FILE = 'checked.json';

/** The published landing view made at build time (src/domain/first-view.ts), sealed with the files it was made from. */
export const FIRST_VIEW_FILE = 'first-view.json';
