import 'server-only';
/** The claims (geo/data/claims.json, or BUILDUP_CLAIMS_FILE), validated, kept at their last good version. */
import path from 'node:path';
import { type Buildup, deriveBuildup } from './buildup';
import { dataFile } from './data-file';
import { ClaimsFileSchema, parseDataFile } from './schema';

export const CLAIMS_FILE = process.env.BUILDUP_CLAIMS_FILE ?? path.join(process.cwd(), 'geo', 'data', 'claims.json');

export function parseClaimsText(text: string, file = 'geo/data/claims.json'): Buildup {
  return deriveBuildup(parseDataFile(ClaimsFileSchema, text, file, 'claims', 'claim'));
}

const claims = dataFile(CLAIMS_FILE, parseClaimsText, 'claims');

export const loadBuildup = (): Buildup => claims.read();
