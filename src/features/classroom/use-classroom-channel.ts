import { useCallback, useEffect, useRef } from 'react';
import { channelName, readClassroomMessage, type ClassroomMessage } from '../../domain/classroom-channel';

type Post = (message: ClassroomMessage) => void;

/**
 * The story's BroadcastChannel between the presenter's windows: messages for this story reach `onMessage` (with `post` to
 * answer); `post` sends one. Effects declared after this hook in the same component find the channel open.
 */
export function useClassroomChannel(storyId: string, onMessage: (message: ClassroomMessage, post: Post) => void) {
  const handler = useRef(onMessage);
  const channel = useRef<BroadcastChannel | null>(null);
  useEffect(() => {
    handler.current = onMessage;
  });
  const post = useCallback<Post>((message) => channel.current?.postMessage(message), []);
  useEffect(() => {
    // Some browsers (and test DOMs) have no BroadcastChannel: the presentation still runs, in one window.
    if (typeof BroadcastChannel === 'undefined' || storyId === '') return;
    const opened = new BroadcastChannel(channelName(storyId));
    opened.onmessage = (event: MessageEvent) => {
      const message = readClassroomMessage(event.data, storyId);
      if (message) handler.current(message, post);
    };
    channel.current = opened;
    return () => {
      opened.close();
      channel.current = null;
    };
  }, [storyId, post]);
  return { supported: typeof BroadcastChannel !== 'undefined', post };
}
