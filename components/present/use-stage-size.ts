'use client';
import { useSyncExternalStore } from 'react';
import { type CaptionPlace, stageLayout } from '@/geo/scene-camera';

const noSubscription = () => () => {};
/** Within the export's limits on a side, in steps of 8 px (a window a few pixels off asks for the same picture). */
const side = (px: number) => Math.min(8192, Math.max(200, Math.round(px / 8) * 8));
// A string, so that the snapshot compares equal while the size is the same.
const read = () => `${side(window.innerWidth)}x${side(window.innerHeight)}`;
/** On the server and until the page runs: the broadcast size. */
const BROADCAST = { width: 1920, height: 1080 };

/**
 * The stage's size for the server-drawn picture under it. Read when the stage draws (on hydration, at each scene),
 * not on every resize event, so that dragging a window's edge does not ask for a picture per pixel.
 */
export function useStageSize(): { width: number; height: number } {
  const [width, height] = useSyncExternalStore(noSubscription, read, () => `${BROADCAST.width}x${BROADCAST.height}`).split('x').map(Number);
  return { width, height };
}

const onResize = (change: () => void) => {
  window.addEventListener('resize', change);
  return () => window.removeEventListener('resize', change);
};
const readCaption = () => stageLayout(window.innerWidth, window.innerHeight).caption;
const broadcastCaption = () => stageLayout(BROADCAST.width, BROADCAST.height).caption;

/**
 * Where the stage shows the caption (geo/scene-camera.ts, stageLayout), following the window: a presenter who goes
 * full screen after the page has loaded gets the layout of the screen. It changes rarely, so each change is a render.
 */
export function useCaptionPlace(): CaptionPlace {
  return useSyncExternalStore(onResize, readCaption, broadcastCaption);
}
