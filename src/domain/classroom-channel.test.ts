import { describe, expect, it } from 'vitest';
import { channelName, readClassroomMessage, tallyShares } from './classroom-channel';

describe('readClassroomMessage', () => {
  it('reads the three messages of the story it listens to', () => {
    expect(readClassroomMessage({ type: 'hello', storyId: 's' }, 's')).toEqual({ type: 'hello', storyId: 's' });
    expect(readClassroomMessage({ type: 'command', storyId: 's', command: 'next' }, 's')).toEqual({
      type: 'command',
      storyId: 's',
      command: 'next',
    });
    expect(readClassroomMessage({ type: 'position', storyId: 's', step: 2, stage: 1, blind: true, extra: 'x' }, 's')).toEqual({
      type: 'position',
      storyId: 's',
      step: 2,
      stage: 1,
      blind: true,
    });
  });
  it('ignores another story, and anything malformed', () => {
    expect(readClassroomMessage({ type: 'hello', storyId: 'other' }, 's')).toBeNull();
    for (const bad of [
      null,
      'next',
      42,
      { type: 'command', storyId: 's', command: 'jump' },
      { type: 'position', storyId: 's', step: -1, stage: 0, blind: true },
      { type: 'position', storyId: 's', step: 1.5, stage: 0, blind: false },
      { type: 'position', storyId: 's', step: 1, stage: 0, blind: 'yes' },
    ]) {
      expect(readClassroomMessage(bad, 's')).toBeNull();
    }
  });
  it('names one channel per story', () => {
    expect(channelName('palmyra')).toBe('corroborate-classroom:palmyra');
  });
});

describe('tallyShares', () => {
  it('gives each choice its share of the hands in whole percent', () => {
    expect(tallyShares([12, 6, 0, 2])).toEqual([60, 30, 0, 10]);
    expect(tallyShares([1, 2])).toEqual([33, 67]);
  });
  it('says nothing when nobody voted, and reads a negative or broken count as none', () => {
    expect(tallyShares([0, 0])).toEqual([null, null]);
    expect(tallyShares([Number.NaN, -3, 4])).toEqual([0, 0, 100]);
  });
});
