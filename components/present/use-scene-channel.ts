'use client';
import { useCallback, useEffect, useEffectEvent, useRef } from 'react';
import { PRESENT_CHANNEL, type PresentMessage } from './keys';

/**
 * Keeps the presenting window and the notes window on the same scene, in both directions. `post` (stable) announces
 * a local change; messages from the other window arrive in `onMessage`, which may answer through its `post`.
 */
export function useSceneChannel(onMessage: (message: PresentMessage, post: (message: PresentMessage) => void) => void) {
  const channelRef = useRef<BroadcastChannel | null>(null);
  const post = useCallback((message: PresentMessage) => channelRef.current?.postMessage(message), []);
  const received = useEffectEvent((message: PresentMessage) => onMessage(message, post));
  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const channel = new BroadcastChannel(PRESENT_CHANNEL);
    const listen = (event: MessageEvent<PresentMessage>) => received(event.data);
    channel.addEventListener('message', listen);
    channelRef.current = channel;
    return () => {
      channel.removeEventListener('message', listen);
      channel.close();
      channelRef.current = null;
    };
  }, []);
  return post;
}
