// The matrix's orders on their own: the address reads them on every page, without the matrix model.

/** The orders the matrix's rows can take. */
export const matrixSorts = ['contested', 'measure', 'sources'] as const;
export type MatrixSort = (typeof matrixSorts)[number];

/** The order when the address names none: most contested first. */
export const DEFAULT_MATRIX_SORT: MatrixSort = 'contested';
