/** What a key does in presenter mode (clickers send PageUp/PageDown). Pure, so the mapping is testable. */
export type PresenterAction =
  | { type: 'next' } | { type: 'previous' } | { type: 'first' } | { type: 'last' }
  | { type: 'jump'; index: number } | { type: 'fullscreen' } | { type: 'black' } | { type: 'leave' } | { type: 'help' } | { type: 'export' };

export function actionForKey(key: string): PresenterAction | null {
  switch (key) {
    case 'ArrowRight': case ' ': case 'PageDown': return { type: 'next' };
    case 'ArrowLeft': case 'PageUp': return { type: 'previous' };
    case 'Home': return { type: 'first' };
    case 'End': return { type: 'last' };
    case 'f': case 'F': return { type: 'fullscreen' };
    case 'b': case 'B': case '.': return { type: 'black' };
    case 'Escape': return { type: 'leave' };
    case '?': return { type: 'help' };
    case 'e': case 'E': return { type: 'export' };
    default: return /^[1-9]$/.test(key) ? { type: 'jump', index: Number(key) - 1 } : null;
  }
}

export const KEY_HELP: [string, string][] = [
  ['→  Space  PageDown', 'next scene'],
  ['←  PageUp', 'previous scene'],
  ['Home / End', 'first / last scene'],
  ['1–9', 'jump to scene'],
  ['F', 'fullscreen'],
  ['B or .', 'black screen'],
  ['Esc', 'leave to the dashboard at this view'],
  ['E', 'export this scene as an image'],
  ['?', 'show these keys'],
];

export const PRESENT_CHANNEL = 'buildup-map-present';
export type PresentMessage = { type: 'go'; index: number } | { type: 'hello' };
