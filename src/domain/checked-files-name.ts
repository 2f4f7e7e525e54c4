/** The build's record of the dataset files it checked, beside them (its own module: the worker's small entry names it
 * without loading the schema code). */
export const CHECKED_FILE = 'checked.json';
