// The messages that keep the presenter's two windows in step (the projected step, and the notes with the next step).
// Anything on the channel is read as untrusted: a message is used only once it has exactly the expected shape.

/** The presenter window says where it is; the notes window follows. */
export interface PositionMessage {
  type: 'position';
  storyId: string;
  step: number;
  stage: number;
  blind: boolean;
}

/** The notes window asks the presenter window to move on or back. */
export interface CommandMessage {
  type: 'command';
  storyId: string;
  command: 'next' | 'previous';
}

/** A window that has just opened asks where the presentation is. */
export interface HelloMessage {
  type: 'hello';
  storyId: string;
}

export type ClassroomMessage = PositionMessage | CommandMessage | HelloMessage;

/** The channel of one story: two presentations of different stories never steer each other. */
export function channelName(storyId: string): string {
  return `corroborate-classroom:${storyId}`;
}

const isWhole = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0 && n < 10_000;

/** A message for `storyId` read from the channel, or null for anything else (another story, a stray or malformed message). */
export function readClassroomMessage(data: unknown, storyId: string): ClassroomMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const m = data as Record<string, unknown>;
  if (m.storyId !== storyId) return null;
  if (m.type === 'hello') return { type: 'hello', storyId };
  if (m.type === 'command' && (m.command === 'next' || m.command === 'previous')) return { type: 'command', storyId, command: m.command };
  if (m.type === 'position' && isWhole(m.step) && isWhole(m.stage) && typeof m.blind === 'boolean') {
    return { type: 'position', storyId, step: m.step, stage: m.stage, blind: m.blind };
  }
  return null;
}

/** Each choice's share of the hands raised, in whole percent (rounded half up); null for every choice when nobody voted. */
export function tallyShares(counts: readonly number[]): (number | null)[] {
  const clean = counts.map((n) => (Number.isFinite(n) && n > 0 ? Math.floor(n) : 0));
  const total = clean.reduce((a, b) => a + b, 0);
  return clean.map((n) => (total === 0 ? null : Math.round((n / total) * 100)));
}
