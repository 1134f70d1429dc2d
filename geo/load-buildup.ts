import 'server-only';
/** The claims (geo/data/claims.json, or BUILDUP_CLAIMS_FILE), validated, kept at their last good version. */
import path from 'node:path';
import { type Buildup, deriveBuildup } from './buildup';
import { dataFile } from './data-file';
import { checkNewClaims, ClaimsFileSchema, parseDataFile } from './schema';

export const CLAIMS_FILE = process.env.BUILDUP_CLAIMS_FILE ?? path.join(process.cwd(), 'geo', 'data', 'claims.json');

/** A hand-kept claims file: valid data, each claim also meeting what a claim written now must (newClaimProblems). */
export function parseClaimsText(text: string, file = 'geo/data/claims.json'): Buildup {
  return deriveBuildup(checkNewClaims(parseDataFile(ClaimsFileSchema, text, file, 'claims', 'claim'), file));
}

const claims = dataFile(CLAIMS_FILE, parseClaimsText, 'claims');

export const loadBuildup = (): Buildup => claims.read();
