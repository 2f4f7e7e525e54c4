import { useState } from 'react';

/** `value`, except while `hold` is true: then the value it had when the hold began (a view keeps the links that match
 * what it still shows while the next answer is on its way). */
export function useHeld<T>(value: T, hold: boolean): T {
  const [held, setHeld] = useState(value);
  // Derived state, set during render: React renders again at once, before committing.
  if (!hold && !Object.is(held, value)) setHeld(value);
  return hold ? held : value;
}
