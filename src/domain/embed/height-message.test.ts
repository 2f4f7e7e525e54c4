import { describe, expect, it } from 'vitest';
import { heightMessage, readHeightMessage } from './height-message';

describe('readHeightMessage', () => {
  it('accepts a height message and rounds it up', () => {
    expect(readHeightMessage(heightMessage(401.2))).toBe(402);
  });

  it.each([
    ['null', null],
    ['a string', 'corroborate:height'],
    ['another type', { type: 'other', height: 300 }],
    ['a height as text', { type: 'corroborate:height', height: '300' }],
    ['no height', { type: 'corroborate:height' }],
    ['an infinite height', { type: 'corroborate:height', height: Infinity }],
    ['a negative height', { type: 'corroborate:height', height: -5 }],
    ['an absurd height', { type: 'corroborate:height', height: 10_000_000 }],
  ])('refuses %s', (_name, data) => {
    expect(readHeightMessage(data)).toBeNull();
  });
});
