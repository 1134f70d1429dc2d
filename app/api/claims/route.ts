/**
 * GET /api/claims: every claim with its state and history (the desk's list; editors only).
 * POST /api/claims: `{ claim, note, publish? }` adds a claim, as a draft or published (201 with it and its version).
 */
import { answerProblem, editorFor, NO_STORE } from '@/store/api';
import { answerClaimWrite } from '@/store/claim-write';
import { database } from '@/store/db';
import { deskClaims } from '@/store/read';
import { saveClaim, WriteRefused, writeBodyProblems } from '@/store/write';
import { storedSources } from '@/store/stored-sources';
import { otherMethods } from '@/app/api/other-methods';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';
export const { PUT, PATCH, DELETE, OPTIONS } = otherMethods('GET', 'POST');

export async function GET(request: Request): Promise<Response> {
  const editor = await editorFor(request, { write: false });
  if (editor instanceof Response) return editor;
  try {
    return Response.json({ claims: await deskClaims((await database()).db), editor }, { headers: NO_STORE });
  } catch (error) {
    return answerProblem(error);
  }
}

export async function POST(request: Request): Promise<Response> {
  return answerClaimWrite(request, 'none', async ({ db, editor, body }) => {
    const malformed = writeBodyProblems(body);
    if (malformed.length) throw new WriteRefused(malformed);
    return saveClaim(db, editor, { claim: body.claim, note: body.note, publish: body.publish === true, stored: storedSources() });
  }, { created: true });
}
