import { LIMITS } from './render/export-limits';

/**
 * The size of the map a view was seen in (`frame=865x650`): with it, a view is shown as that map showed it, all of it,
 * in a map of another size (an export; an embed of the view an editor saw on the dashboard). Free of zod: the browser
 * reads it too.
 */

/** The address's name for it, in the export API and the embed's address alike. */
export const SEEN_FRAME_PARAM = 'frame';

/** The smallest map a view is seen in: a phone's, with room to spare. */
export const FRAME_MIN = 100;

/** `865x650` → { width: 865, height: 650 }; null unless both are integers from 100 to 8192. */
export function parseFrame(raw: string): { width: number; height: number } | null {
  const match = /^([1-9]\d{0,4})x([1-9]\d{0,4})$/.exec(raw);
  if (!match) return null;
  const [width, height] = [Number(match[1]), Number(match[2])];
  const fits = (n: number) => n >= FRAME_MIN && n <= LIMITS.maxSide;
  return fits(width) && fits(height) ? { width, height } : null;
}

/** { width: 865.4, height: 650 } → `865x650`; null for a map too small or too large to say anything (hidden, say). */
export function formatFrame(frame: { width: number; height: number }): string | null {
  const text = `${Math.round(frame.width)}x${Math.round(frame.height)}`;
  return parseFrame(text) ? text : null;
}
