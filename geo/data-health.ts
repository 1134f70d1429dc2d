import 'server-only';
/**
 * Whether a page can be drawn: proxy.ts asks before any page renders, so a data file that never validated is a 503
 * naming it instead of a page error (a 500). The presenter also needs its scenes.
 */
import { unavailableMessage } from './data-file';
import { loadBuildup } from './load-buildup';
import { loadScenes } from './load-scenes';

export function dataProblem(pathname: string): string | null {
  try {
    loadBuildup();
    if (pathname.startsWith('/present')) loadScenes();
    return null;
  } catch (error) {
    const message = unavailableMessage(error);
    if (message) return message;
    throw error;
  }
}
