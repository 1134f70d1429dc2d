/** What a key does in presenter mode (clickers send PageUp/PageDown). Pure, so the mapping is testable. */
export type PresenterAction =
  | { type: 'next' } | { type: 'previous' } | { type: 'first' } | { type: 'last' }
  | { type: 'jump'; index: number } | { type: 'fullscreen' } | { type: 'black' } | { type: 'leave' } | { type: 'help' } | { type: 'export' } | { type: 'notes' } | { type: 'key' };

/** The actions that step through the scenes (a clicker's). */
export const STEP_ACTIONS: readonly PresenterAction['type'][] = ['next', 'previous', 'first', 'last'];

/** `shift`: Shift+Space goes back, as in slide software. Digits are typedScene's (a scene's number can have two). */
export function actionForKey(key: string, shift = false): PresenterAction | null {
  switch (key) {
    case ' ': return { type: shift ? 'previous' : 'next' };
    case 'ArrowRight': case 'PageDown': return { type: 'next' };
    case 'ArrowLeft': case 'PageUp': return { type: 'previous' };
    case 'Home': return { type: 'first' };
    case 'End': return { type: 'last' };
    case 'f': case 'F': return { type: 'fullscreen' };
    case 'b': case 'B': case '.': return { type: 'black' };
    case 'Escape': return { type: 'leave' };
    case '?': return { type: 'help' };
    case 'e': case 'E': return { type: 'export' };
    case 'n': case 'N': return { type: 'notes' };
    case 'k': case 'K': return { type: 'key' };
    default: return null;
  }
}

/**
 * A scene's number as it is typed (digits so far): the scene it names (0-based), and whether to wait for another
 * digit (with 12 scenes, "1" may become "12": it goes after a pause or Enter; "2" cannot, and goes at once). No
 * scene has that number: null.
 */
export function typedScene(typed: string, count: number): { index: number; wait: boolean } | null {
  const n = Number(typed);
  if (!/^[1-9]\d*$/.test(typed) || n > count) return null;
  return { index: n - 1, wait: n * 10 <= count };
}

export const KEY_HELP: [string, string][] = [
  ['→  Space  PageDown', 'next scene'],
  ['←  Shift+Space  PageUp', 'previous scene'],
  ['Home / End', 'first / last scene'],
  ['A number (1 2 for 12), Enter', 'go to that scene'],
  ['F', 'fullscreen'],
  ['B or .', 'black screen'],
  ['Esc', 'leave to the dashboard at this view'],
  ['E', 'export this scene as an image'],
  ['N', "open the speaker's notes in a window"],
  ['K', "the map's key over the map, or back"],
  ['?', 'show these keys'],
];

/** The notes window's own keys: they step and black out the stage, not the notes window alone. */
export const NOTES_KEY_HELP: [string, string][] = [
  ['→  Space  PageDown', 'next scene on the stage'],
  ['←  Shift+Space  PageUp', 'previous scene'],
  ['Home / End', 'first / last scene'],
  ['A number (1 2 for 12), Enter', 'go to that scene'],
  ['B or .', 'black out the stage, or bring it back'],
  ['K', "the map's key over the stage's map, or back"],
];

export const PRESENT_CHANNEL = 'buildup-map-present';
/** `black`: the notes window's B, which blacks out (or brings back) the stage; `key`: its K, the key over the map. */
export type PresentMessage = { type: 'go'; index: number } | { type: 'hello' } | { type: 'black' } | { type: 'key' };
