import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { controlEventsSchema } from '../events';
import { DATA_DIR } from '../../testing/real-dataset';
import { controlChangeItems, eventConcerns } from './control-changes';

const events = controlEventsSchema.parse(JSON.parse(readFileSync(join(DATA_DIR, 'events.json'), 'utf8')));

describe('changes of control', () => {
  it('a change of control counts only for figures about the place it names, one before and one after', () => {
    const ev = events.find((e) => e.id === 'e-2016-03-government-recaptures')!;
    expect(eventConcerns(ev, 'Palmyra ancient site')).toBe(true);
    expect(eventConcerns(ev, 'Al-Qaryatain')).toBe(false);
    const before = { claimId: 'x', name: 'A', date: '2016-03-20', basis: 'stated' as const, place: 'Palmyra' };
    const after = { ...before, claimId: 'y', name: 'B', date: '2016-03-28' };
    expect(controlChangeItems([before, after], [ev])).toHaveLength(1);
    expect(controlChangeItems([before, { ...after, date: '2016-03-21' }], [ev])).toEqual([]);
    expect(controlChangeItems([before, { ...after, place: 'Al-Qaryatain' }], [ev])).toEqual([]);
  });

  it('names who spoke before and after, with the date each figure was said or reported', () => {
    const ev = { ...events[0]!, date: '2016-03-27', label: 'Government retakes Palmyra' };
    const before = { claimId: 'x', name: 'the Observatory', date: '2016-03-20', basis: 'stated' as const, place: 'Palmyra' };
    const after = { claimId: 'y', name: 'SANA', date: '2016-03-28', basis: 'reported' as const, place: 'Palmyra' };
    expect(controlChangeItems([before, after], [ev])).toEqual([
      {
        kind: 'control',
        text: 'Government retakes Palmyra on 27 March 2016: the Observatory (said 20 March 2016) spoke before, SANA (reported 28 March 2016) after.',
        claimIds: ['x', 'y'],
      },
    ]);
  });
});
