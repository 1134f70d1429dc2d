/** Server-only: official figures to show beside the measured ones. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDataFile, ReferenceFactsSchema, type ReferenceFacts } from './schema';

export const REFERENCE_FACTS_FILE = path.join(process.cwd(), 'geo', 'data', 'reference-facts.json');

export function loadReferenceFacts(file = REFERENCE_FACTS_FILE): ReferenceFacts {
  return parseDataFile(ReferenceFactsSchema, readFileSync(/*turbopackIgnore: true*/ file, 'utf8'), path.relative(process.cwd(), file), 'facts', 'fact');
}
