import 'server-only';
/**
 * Whether a page can be drawn: proxy.ts asks before any page renders, so data that was never available (a store
 * that cannot be read, data files that never validated) is a 503 naming the problem instead of a page error (a 500).
 */
import { currentData } from '@/store/current';
import { unavailableMessage } from './data-file';

export async function dataProblem(): Promise<string | null> {
  try {
    await currentData();
    return null;
  } catch (error) {
    const message = unavailableMessage(error);
    if (message) return message;
    throw error;
  }
}
