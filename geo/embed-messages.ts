/**
 * What the embed tells the page that frames it about its height, so the host can size the iframe to the content
 * (no inner scrollbar, no blank space). One height goes out in every format a newsroom's page may already listen for;
 * each host script ignores the others. The height is not a secret, so the messages go to any parent ('*'), as
 * Pym.js, AMP and Datawrapper's children post theirs.
 */

/** Our own message, read by public/embed.js. */
export const HEIGHT_MESSAGE_TYPE = 'buildup-map:height';
export interface HeightMessage { type: typeof HEIGHT_MESSAGE_TYPE; height: number }

/**
 * The key of Datawrapper's `{ "datawrapper-height": { <chart id>: height } }`. Its current host snippet finds the
 * iframe by `event.source`; an older one looks for `iframe[src*='<chart id>']`, so the key has a space, which no
 * iframe address of ours contains: that snippet then resizes nothing rather than the wrong frame.
 */
export const DATAWRAPPER_KEY = 'buildup map';

/** Pym.js's separator: its messages are strings, `pym` + id + type + value joined by it. */
const PYM_DELIMITER = 'xPYMx';

/** Pym.js's `height` message for the parent with this id (the `childId` its parent puts in the iframe's address). */
export const pymHeightMessage = (childId: string, height: number) => ['pym', childId, 'height', String(height)].join(PYM_DELIMITER);

/**
 * Every message for one height: ours, Datawrapper's, AMP's `embed-size` (amp-iframe with `resizable`), and Pym.js's
 * only when a Pym parent made the frame (it passes `childId`; a Pym parent only reads messages carrying its id).
 */
export function heightMessages(height: number, pymChildId: string | null): unknown[] {
  const messages: unknown[] = [
    { type: HEIGHT_MESSAGE_TYPE, height } satisfies HeightMessage,
    { 'datawrapper-height': { [DATAWRAPPER_KEY]: height } },
    { sentinel: 'amp', type: 'embed-size', height },
  ];
  if (pymChildId) messages.push(pymHeightMessage(pymChildId, height));
  return messages;
}

/** Pym's parent ids are element ids (no spaces); a longer or spaced `childId` is not a Pym parent's. */
export function readPymChildId(value: string | null): string | null {
  return value && /^\S{1,200}$/.test(value) ? value : null;
}
