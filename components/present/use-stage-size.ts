'use client';
import { useSyncExternalStore } from 'react';

const noSubscription = () => () => {};
/** Within the export's limits on a side, in steps of 8 px (a window a few pixels off asks for the same picture). */
const side = (px: number) => Math.min(8192, Math.max(200, Math.round(px / 8) * 8));
// A string, so that the snapshot compares equal while the size is the same.
const read = () => `${side(window.innerWidth)}x${side(window.innerHeight)}`;
/** On the server and until the page runs: the broadcast size. */
const BROADCAST = '1920x1080';

/**
 * The stage's size for the server-drawn picture under it. Read when the stage draws (on hydration, at each scene),
 * not on every resize event, so that dragging a window's edge does not ask for a picture per pixel.
 */
export function useStageSize(): { width: number; height: number } {
  const [width, height] = useSyncExternalStore(noSubscription, read, () => BROADCAST).split('x').map(Number);
  return { width, height };
}
