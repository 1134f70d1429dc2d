/**
 * A claim's id is the last part of its address under /api/claims: an id that is also the name of one of the API's
 * own folders there (check, preview) was published and then never opened, corrected or retracted (405). Every such
 * folder, today's and any added later, must be an id the rule refuses.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLAIM_ID } from '@/geo/claim-words';

describe("the claims API's own addresses", () => {
  const own = readdirSync(path.join(process.cwd(), 'app/api/claims'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('[')).map((entry) => entry.name);

  it('are refused as claim ids', () => {
    expect(own.sort()).toEqual(['check', 'preview']);
    for (const name of own) expect(CLAIM_ID.test(name), name).toBe(false);
  });

  it('leave ids that merely start or end with them alone', () => {
    for (const id of ['check-90k', 'preview-2', 'precheck', 'nato-preview']) expect(CLAIM_ID.test(id), id).toBe(true);
  });
});
