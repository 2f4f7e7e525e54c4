// Reads by index that the type checker can trust. An index out of range is a bug in the caller's loop, so it throws a
// clear RangeError rather than letting undefined flow on as a value.

/** Throws the RangeError for a read outside an array; `arr[i] ?? outOfRange(i, arr)` keeps a hot loop's read inline and typed as a number. */
export function outOfRange(i: number, arr: { length: number }): never {
  throw new RangeError(`Index ${i} is outside an array of length ${arr.length}.`);
}

/** arr[i] of a plain array whose items are never undefined; throws a RangeError when i is not an index of arr. */
export function itemAt<T>(arr: readonly T[], i: number): T {
  const v = arr[i];
  return v === undefined ? outOfRange(i, arr) : v;
}
