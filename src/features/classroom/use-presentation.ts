import { parseAsBoolean, parseAsInteger, useQueryStates } from 'nuqs';
import { useCallback, useEffect, useMemo } from 'react';
import type { Story } from '../../domain/schema';
import { clampPosition, nextPosition, previousPosition, type Position } from '../../domain/story-steps';
import { useClassroomChannel } from './use-classroom-channel';

// Step (from 1) and reveals done (from 0) are in the address, so a reload or a shared link lands on the same moment; they say
// nothing of who said what. Replaced, not pushed: a lesson's clicks would otherwise fill the history.
const parsers = {
  step: parseAsInteger.withDefault(1),
  reveal: parseAsInteger.withDefault(0),
  blind: parseAsBoolean.withDefault(true),
};

/** Where a walk through the story is, and how to move, from the address. */
export function useStoryPosition(story: Story) {
  const [params, setParams] = useQueryStates(parsers, { history: 'replace', clearOnDefault: false });
  const blind = params.blind;
  const position = useMemo(
    () => clampPosition(story, blind, { step: params.step - 1, stage: params.reveal }),
    [story, blind, params.step, params.reveal],
  );
  const go = useCallback((to: Position) => void setParams({ step: to.step + 1, reveal: to.stage }), [setParams]);
  const next = useCallback(() => go(nextPosition(story, blind, position)), [go, story, blind, position]);
  const previous = useCallback(() => go(previousPosition(story, blind, position)), [go, story, blind, position]);
  return { position, blind, next, previous, go };
}

/** Where the presentation is, and how to move; kept in step with the presenter view over the story's channel. */
export function usePresentation(story: Story) {
  const { position, blind, next, previous, go } = useStoryPosition(story);
  const { post } = useClassroomChannel(story.id, (message, reply) => {
    if (message.type === 'hello') reply({ type: 'position', storyId: story.id, ...position, blind });
    else if (message.type === 'command') (message.command === 'next' ? next : previous)();
  });
  useEffect(() => {
    post({ type: 'position', storyId: story.id, step: position.step, stage: position.stage, blind });
  }, [post, story.id, position.step, position.stage, blind]);
  return { position, blind, next, previous, go };
}
