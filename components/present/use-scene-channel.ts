'use client';
import { useEffect, useRef } from 'react';
import { PRESENT_CHANNEL, type PresentMessage } from './keys';

/**
 * Keeps the presenting window and the notes window on the same scene, in both directions. `post` announces a
 * local change; messages from the other window arrive in `onMessage`.
 */
export function useSceneChannel(onMessage: (message: PresentMessage) => void) {
  const channelRef = useRef<BroadcastChannel | null>(null);
  const handler = useRef(onMessage);
  handler.current = onMessage;
  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const channel = new BroadcastChannel(PRESENT_CHANNEL);
    const listen = (event: MessageEvent<PresentMessage>) => handler.current(event.data);
    channel.addEventListener('message', listen);
    channelRef.current = channel;
    return () => {
      channel.removeEventListener('message', listen);
      channel.close();
      channelRef.current = null;
    };
  }, []);
  return (message: PresentMessage) => channelRef.current?.postMessage(message);
}
