/**
 * Server-only: reads geo/data/claims.json when it changes, validates it, and keeps serving the last good
 * version if an edit breaks it (logging a line that names the file and the problems).
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { type Buildup, deriveBuildup } from './buildup';
import { ClaimsFileSchema, parseDataFile } from './schema';

export const CLAIMS_FILE = process.env.BUILDUP_CLAIMS_FILE ?? path.join(process.cwd(), 'geo', 'data', 'claims.json');

interface Loaded { mtimeMs: number; size: number; buildup: Buildup }
let lastGood: Loaded | null = null;
let lastError: { mtimeMs: number; message: string } | null = null;

export function parseClaimsText(text: string, file = 'geo/data/claims.json'): Buildup {
  return deriveBuildup(parseDataFile(ClaimsFileSchema, text, file, 'claims', 'claim'));
}

export function loadBuildup(file = CLAIMS_FILE): Buildup {
  const { mtimeMs, size } = statSync(/*turbopackIgnore: true*/ file);
  if (lastGood && lastGood.mtimeMs === mtimeMs && lastGood.size === size) return lastGood.buildup;
  try {
    const buildup = parseClaimsText(readFileSync(/*turbopackIgnore: true*/ file, 'utf8'), path.relative(process.cwd(), file) || file);
    lastGood = { mtimeMs, size, buildup };
    lastError = null;
    return buildup;
  } catch (error) {
    if (!lastGood) throw error;
    if (lastError?.mtimeMs !== mtimeMs) console.error(`[buildup] kept the last good claims: ${(error as Error).message}`);
    lastError = { mtimeMs, message: (error as Error).message };
    return lastGood.buildup;
  }
}
